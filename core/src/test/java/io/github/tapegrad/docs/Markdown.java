package io.github.tapegrad.docs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough GitHub-flavoured Markdown for the docs tests: fenced blocks, table rows, links and heading anchors. */
final class Markdown {
    private final String[] lines;
    private final List<Fence> fences = new ArrayList<>();
    private final boolean[] inFence;

    /** A fenced code block: its info string (java, text, mermaid, …), its content, and the lines of its fences. */
    record Fence(String info, String content, int open, int close) {}

    Markdown(String text) {
        lines = text.split("\n", -1);
        inFence = new boolean[lines.length];
        parseFences();
    }

    private void parseFences() {
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("```")) continue;
            String marker = lines[i].replaceAll("^(`+).*", "$1");
            int j = i + 1;
            while (j < lines.length && !lines[j].strip().equals(marker)) j++;
            if (j == lines.length) throw new IllegalStateException("unclosed code fence at line " + (i + 1));
            fences.add(new Fence(lines[i].substring(marker.length()).strip(), String.join("\n", List.of(lines).subList(i + 1, j)), i, j));
            for (int k = i; k <= j; k++) inFence[k] = true;
            i = j;
        }
    }

    List<Fence> fences() {
        return fences;
    }

    /** The line just before a fence, skipping blank lines (where an excerpt marker comment stands). */
    String lineBefore(Fence f) {
        int i = f.open() - 1;
        while (i >= 0 && lines[i].isBlank()) i--;
        return i < 0 ? "" : lines[i].strip();
    }

    /** A table: its header cells and its body rows. */
    record Table(List<String> header, List<List<String>> rows) {
        /** The index of the column with this header, or −1. */
        int column(String name) {
            return header.indexOf(name);
        }
    }

    /** The tables outside code blocks. */
    List<Table> tables() {
        List<Table> r = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (inFence[i] || !lines[i].strip().startsWith("|")) continue;
            List<String> header = cells(lines[i]);
            List<List<String>> rows = new ArrayList<>();
            int j = i + 2;
            while (j < lines.length && !inFence[j] && lines[j].strip().startsWith("|")) rows.add(cells(lines[j++]));
            r.add(new Table(header, rows));
            i = j - 1;
        }
        return r;
    }

    static List<String> cells(String row) {
        String body = row.strip();
        body = body.substring(1, body.endsWith("|") && !body.endsWith("\\|") ? body.length() - 1 : body.length());
        List<String> cells = new ArrayList<>();
        for (String c : body.split("(?<!\\\\)\\|", -1)) cells.add(c.replace("\\|", "|").strip());
        return cells;
    }

    /** The contents of the code spans in a piece of text. */
    static List<String> codeSpans(String text) {
        List<String> r = new ArrayList<>();
        Matcher m = Pattern.compile("`([^`]+)`").matcher(text);
        while (m.find()) r.add(m.group(1));
        return r;
    }

    /** Link and image targets outside code blocks and code spans, with the line number of each. */
    Map<String, Integer> linkTargets() {
        Map<String, Integer> r = new java.util.LinkedHashMap<>();
        Pattern link = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
        for (int i = 0; i < lines.length; i++) {
            if (inFence[i]) continue;
            Matcher m = link.matcher(lines[i].replaceAll("`[^`]*`", ""));
            while (m.find()) r.putIfAbsent(m.group(1), i + 1);
        }
        return r;
    }

    /** GitHub's anchors of the headings: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
    Set<String> anchors() {
        Set<String> r = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            if (inFence[i] || !lines[i].matches("#{1,6} .*")) continue;
            String text = lines[i].replaceFirst("#{1,6} ", "").strip();
            String slug = text.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-');
            int n = seen.merge(slug, 1, Integer::sum);
            r.add(n == 1 ? slug : slug + "-" + (n - 1));
        }
        return r;
    }
}
