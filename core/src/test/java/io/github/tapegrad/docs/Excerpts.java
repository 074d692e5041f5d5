package io.github.tapegrad.docs;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** Whether a code excerpt in a page is really in a source file: its lines in order, modulo indentation; {@code ...} skips lines. */
final class Excerpts {
    private Excerpts() {}

    static final String GAP = "...";

    /** Null when the excerpt is in the file, otherwise the first line that is not where it should be. */
    static String problem(String excerpt, String file) {
        if (!Files.exists(Repo.path(file))) return "no such file";
        List<String> source = nonBlankStripped(Repo.read(file));
        List<List<String>> runs = new ArrayList<>();
        runs.add(new ArrayList<>());
        for (String l : nonBlankStripped(excerpt)) {
            if (l.equals(GAP)) runs.add(new ArrayList<>());
            else runs.get(runs.size() - 1).add(l);
        }
        int from = 0;
        for (List<String> run : runs) {
            if (run.isEmpty()) continue;
            int at = indexOf(source, run, from);
            if (at < 0) return "these lines are not in the file in this order (after what came before):\n" + String.join("\n", run);
            from = at + run.size();
        }
        return null;
    }

    private static int indexOf(List<String> source, List<String> run, int from) {
        for (int i = from; i + run.size() <= source.size(); i++) {
            if (source.subList(i, i + run.size()).equals(run)) return i;
        }
        return -1;
    }

    private static List<String> nonBlankStripped(String text) {
        List<String> r = new ArrayList<>();
        for (String l : text.split("\n")) if (!l.isBlank()) r.add(l.strip());
        return r;
    }
}
