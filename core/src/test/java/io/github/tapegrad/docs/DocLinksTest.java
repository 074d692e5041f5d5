package io.github.tapegrad.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every relative link in README.md and docs/*.md points to a file of the repository, and every #anchor to a heading. */
class DocLinksTest {

    @Test
    void relativeLinksResolve() {
        List<String> broken = new ArrayList<>();
        for (String doc : Repo.markdownFiles()) broken.addAll(problems(doc));
        assertTrue(broken.isEmpty(), "broken links:\n" + String.join("\n", broken));
    }

    static List<String> problems(String doc) {
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, Integer> link : new Markdown(Repo.read(doc)).linkTargets().entrySet()) {
            String problem = problem(doc, link.getKey());
            if (problem != null) broken.add(doc + ":" + link.getValue() + ": " + link.getKey() + " — " + problem);
        }
        return broken;
    }

    private static String problem(String doc, String target) {
        if (target.matches("[a-zA-Z][a-zA-Z+.-]*:.*")) return null;
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path from = Repo.path(doc).getParent();
        Path to = file.isEmpty() ? Repo.path(doc) : from.resolve(file).normalize();
        if (!to.startsWith(Repo.ROOT)) return "leaves the repository";
        if (!Files.exists(to)) return "no such file " + Repo.ROOT.relativize(to);
        if (anchor == null || !to.toString().endsWith(".md")) return null;
        var anchors = new Markdown(Repo.read(to)).anchors();
        return anchors.contains(anchor) ? null : "no heading with anchor #" + anchor + " (anchors: " + anchors + ")";
    }
}
