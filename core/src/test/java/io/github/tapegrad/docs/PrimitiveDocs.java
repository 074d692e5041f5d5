package io.github.tapegrad.docs;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What Primitives.java says: each record's Javadoc, and the reasons its class Javadoc gives for primitives beyond the minimal set. */
final class PrimitiveDocs {
    private PrimitiveDocs() {}

    static final String FILE = "core/src/main/java/io/github/tapegrad/Primitives.java";

    /** Record name → its Javadoc as one line, in file order. Fails for a record without a Javadoc. */
    static Map<String, String> formulas() {
        String src = Repo.read(FILE);
        Map<String, String> r = new LinkedHashMap<>();
        Matcher m = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*record (\\w+)\\(", Pattern.DOTALL).matcher(src);
        while (m.find()) r.put(m.group(2), Javadoc.text(m.group(1)));
        Matcher records = Pattern.compile("(?m)^\\s*record (\\w+)\\(").matcher(src);
        while (records.find()) {
            if (!r.containsKey(records.group(1))) {
                throw new AssertionError(FILE + ": record " + records.group(1) + " has no Javadoc; open it with its formula and VJP");
            }
        }
        return r;
    }

    /**
     * Reason → the op names the class Javadoc lists for it, from "for accuracy (log1p, …)", "for speed (sub, div: …)"
     * and "because no composition exists (sin, …)".
     */
    static Map<String, java.util.List<String>> reasons() {
        Matcher c = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*final class Primitives", Pattern.DOTALL).matcher(Repo.read(FILE));
        if (!c.find()) throw new AssertionError(FILE + ": no class Javadoc");
        String text = Javadoc.text(c.group(1));
        Map<String, java.util.List<String>> r = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\\b(?:for|because) ([a-z ]+?) \\(([^)]*)\\)").matcher(text);
        while (m.find()) {
            String reason = m.group(1).strip();
            java.util.List<String> names = new java.util.ArrayList<>();
            for (String n : m.group(2).replaceAll(":.*", "").split(",")) names.add(n.strip().toLowerCase(Locale.ROOT));
            r.put(reason, names);
        }
        return r;
    }

    /** The name a record goes by in those lists: lower case, without the "Op" suffix (MatMulOp → matmul). */
    static String shortName(String record) {
        return record.replaceFirst("Op$", "").toLowerCase(Locale.ROOT);
    }

    /** The name the tape prints for a record. */
    static String printedName(String record) {
        return record.replaceFirst("Op$", "");
    }
}
