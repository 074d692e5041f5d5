package io.github.tapegrad.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/walkthrough.md: its excerpts are in the sources, its snippets are {@link WalkthroughSnippets} and print what it shows. */
class WalkthroughDocTest {
    @Test
    void excerptsSnippetsAndOutputsAreReal() {
        List<String> problems = new CheckedDoc("docs/walkthrough.md").snippets(WalkthroughSnippets.class).problems();
        assertTrue(problems.isEmpty(), String.join("\n\n", problems));
    }
}
