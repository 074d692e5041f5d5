package io.github.tapegrad.reliability.errors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every error the main code of core and losses can throw (one entry per file, type and message template), and the
 * test that pins each message: a test whose source contains the message's longest literal piece.
 */
final class ErrorCatalog {
    private ErrorCatalog() {}

    static final List<String> MAIN = List.of("core/src/main/java", "losses/src/main/java");
    static final List<String> TESTS = List.of("core/src/test/java", "losses/src/test/java", "examples/src/test/java");
    private static final Pattern METHOD = Pattern.compile("\\s(void|Stream<\\w+>|List<[\\w.<> ]+>|Arguments) (\\w+)\\(");
    private static final Pattern JOIN = Pattern.compile("\"\\s*\\+\\s*\"");

    /** The throw sites of the main code, without repeats of a type and template within a file. */
    static List<ThrowSite> sites() {
        Map<String, ThrowSite> unique = new LinkedHashMap<>();
        for (String dir : MAIN) {
            for (String f : SourceTree.javaFiles(dir)) {
                for (ThrowSite s : ThrowSite.scan(f, SourceTree.read(f))) unique.putIfAbsent(f + s.type() + s.template(), s);
            }
        }
        return List.copyOf(unique.values());
    }

    /** The test sources, adjacent string literals joined ("a" + "b" read as "ab") and unescaped, keyed by file. */
    static Map<String, String> tests() {
        Map<String, String> t = new LinkedHashMap<>();
        for (String dir : TESTS) {
            for (String f : SourceTree.javaFiles(dir)) {
                if (f.endsWith("/reliability/errors/InternalGuards.java")) continue;
                String joined = JOIN.matcher(SourceTree.read(f)).replaceAll("");
                t.put(f, joined.replace("\\\"", "\"").replace("\\\\", "\\"));
            }
        }
        return t;
    }

    /**
     * The tests that pin a site's text ({@code Class.method}, or {@code Class} for a table of cases), in file order: a
     * test pins it when its source holds every literal piece of the template, in order, within one stretch of text.
     */
    static List<String> pins(ThrowSite site, Map<String, String> tests) {
        List<String> pieces = new ArrayList<>();
        for (String p : site.template().split("…")) if (p.trim().length() >= 3) pieces.add(p.trim());
        List<String> pins = new ArrayList<>();
        if (site.longestPiece().length() < 8) return pins;
        for (Map.Entry<String, String> e : tests.entrySet()) {
            int at = find(e.getValue(), pieces, site.template().length() + 200);
            if (at >= 0) pins.add(enclosing(e.getKey(), e.getValue(), at));
        }
        return pins;
    }

    /** Where the first piece starts in a stretch that holds all pieces in order, or −1. */
    private static int find(String src, List<String> pieces, int window) {
        for (int at = src.indexOf(pieces.get(0)); at >= 0; at = src.indexOf(pieces.get(0), at + 1)) {
            int pos = at, end = Math.min(src.length(), at + window);
            boolean all = true;
            for (String p : pieces) {
                pos = src.indexOf(p, pos);
                if (pos < 0 || pos >= end) {
                    all = false;
                    break;
                }
                pos += p.length();
            }
            if (all) return at;
        }
        return -1;
    }

    private static String enclosing(String file, String src, int at) {
        String cls = file.substring(file.lastIndexOf('/') + 1).replace(".java", "");
        Matcher m = METHOD.matcher(src.substring(0, at));
        String kind = null, name = null;
        while (m.find()) {
            kind = m.group(1);
            name = m.group(2);
        }
        return "void".equals(kind) ? cls + "." + name : cls;
    }
}
