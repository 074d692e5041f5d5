package io.github.tapegrad.reliability.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One place in the main code that throws: its file, the exception type, and the message as a template, the string
 * literals of the message with {@code …} where a value goes (a shape, an index, an op name).
 */
record ThrowSite(String file, String type, String template) {
    private static final Pattern THROW = Pattern.compile("throw new (\\w+(?:Exception|Error))\\(|requireNonNull\\(");

    /** The sites of one source file. */
    static List<ThrowSite> scan(String file, String src) {
        List<ThrowSite> sites = new ArrayList<>();
        Matcher m = THROW.matcher(src);
        while (m.find()) {
            List<List<String>> args = MessageParser.arguments(src, m.end() - 1);
            boolean nullCheck = m.group(1) == null;
            if (nullCheck && args.size() < 2) continue;
            List<String> message = args.isEmpty() ? List.of() : args.get(nullCheck ? 1 : 0);
            String template = MessageParser.template(message);
            if (nullCheck && template.equals("…")) continue;
            sites.add(new ThrowSite(file, nullCheck ? "NullPointerException" : m.group(1), template));
        }
        return sites;
    }

    /** The file name without its directory. */
    String fileName() {
        return file.substring(file.lastIndexOf('/') + 1);
    }

    /** The longest literal piece of the template: what a test that pins this text must contain. */
    String longestPiece() {
        String best = "";
        for (String p : template.split("…")) if (p.trim().length() > best.trim().length()) best = p;
        return best.trim();
    }
}
