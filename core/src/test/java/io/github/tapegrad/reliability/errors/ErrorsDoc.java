package io.github.tapegrad.reliability.errors;

import java.util.List;
import java.util.Map;

/** The lines of docs/errors.md: one table per source file, one row per error, with the tests that pin it. */
final class ErrorsDoc {
    private ErrorsDoc() {}

    static final String PATH = "docs/errors.md";

    private static String unpinned(ThrowSite s) {
        String key = InternalGuards.key(s);
        if (InternalGuards.EXPLICIT_PINS.containsKey(key)) return "`" + InternalGuards.EXPLICIT_PINS.get(key) + "`";
        return InternalGuards.REASONS.getOrDefault(key, "**not pinned**");
    }

    /** The table row of a site: {@code | type | `template` | pins |}. */
    static String row(ThrowSite s, List<String> pins, String unpinnedReason) {
        String pinText = pins.isEmpty() ? unpinnedReason : String.join(", ", pins.stream().limit(3).map(p -> "`" + p + "`").toList());
        return "| " + s.type() + " | " + cell(s.template()) + " | " + pinText + " |";
    }

    /** The message in a code span, with the table's separator escaped. */
    static String cell(String template) {
        return "`" + template.replace("|", "\\|").replace("`", "'") + "`";
    }


    /** The tables of every file, in the order of the sources. */
    static String tables(List<ThrowSite> sites, Map<String, String> tests) {
        StringBuilder sb = new StringBuilder();
        String file = null, module = null;
        for (ThrowSite s : sites) {
            String m = s.file().substring(0, s.file().indexOf('/'));
            if (!m.equals(module)) {
                module = m;
                sb.append("\n## ").append(m).append('\n');
            }
            if (!s.file().equals(file)) {
                file = s.file();
                sb.append("\n### ").append(s.fileName()).append("\n\n").append("`").append(file).append("`\n\n")
                        .append("| exception | message (… is a value) | pinned by |\n| --- | --- | --- |\n");
            }
            sb.append(row(s, ErrorCatalog.pins(s, tests), unpinned(s))).append('\n');
        }
        return sb.toString();
    }
}
