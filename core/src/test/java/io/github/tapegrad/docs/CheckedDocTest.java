package io.github.tapegrad.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The docs checks themselves catch rot: on fixture pages under core/src/test/resources/docs/. */
class CheckedDocTest {
    private static final String DIR = "core/src/test/resources/docs/";

    @Test
    void aSoundPagePasses() {
        assertEquals(List.of(), new CheckedDoc(DIR + "sound.md").snippets(FixtureSnippets.class).problems());
    }

    @Test
    void aRottenPageFailsForEachKindOfRot() {
        List<String> p = new CheckedDoc(DIR + "rotten.md").snippets(FixtureSnippets.class).problems();
        String all = String.join("\n----\n", p);
        assertEquals(5, p.size(), all);
        assertTrue(p.get(0).startsWith("the output of snippet 'greet'") && p.get(0).contains("```text\nhello, 42\n```"), all);
        assertTrue(p.get(1).startsWith("snippet 'silent' of FixtureSnippets is not in"), all);
        assertTrue(p.get(2).contains("line 9: a ```text block that no test checks"), all);
        assertTrue(p.get(3).contains("line 16: excerpt of core/src/test/java/io/github/tapegrad/docs/FixtureSnippets.java")
                && p.get(3).endsWith("System.out.println(\"goodbye\");"), all);
        assertTrue(p.get(4).contains("line 23: a ```java block that no test checks"), all);
    }

    @Test
    void aWholeFileMustBeShownVerbatim() {
        List<String> p = new CheckedDoc(DIR + "sound.md").wholeFile(DIR + "rotten.md").problems();
        assertTrue(p.get(0).contains("must show " + DIR + "rotten.md verbatim"), String.join("\n", p));
    }

    @Test
    void excerptsKeepTheirOrder() {
        String file = "core/src/test/java/io/github/tapegrad/docs/FixtureSnippets.java";
        assertNull(Excerpts.problem("static void greet() {\n...\nstatic void silent() {", file));
        assertTrue(Excerpts.problem("static void silent() {\n...\nstatic void greet() {", file).contains("static void greet() {"));
    }

    @Test
    void brokenLinksAndAnchorsAreFound() {
        List<String> p = DocLinksTest.problems(DIR + "rotten.md");
        assertEquals(2, p.size(), String.join("\n", p));
        assertTrue(p.get(0).contains("missing.md — no such file " + DIR + "missing.md"), p.get(0));
        assertTrue(p.get(1).contains("#no-such-heading — no heading with anchor #no-such-heading"), p.get(1));
    }

    @Test
    void anchorsAreGitHubs() {
        Markdown md = new Markdown("# Kinks: non-differentiable points\n## 4. Primitives, and more\n## `max` and ties\n## Kinks: non-differentiable points\n");
        assertEquals(List.of("kinks-non-differentiable-points", "4-primitives-and-more", "max-and-ties", "kinks-non-differentiable-points-1"),
                List.copyOf(md.anchors()));
    }
}
