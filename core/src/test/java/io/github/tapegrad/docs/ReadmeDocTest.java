package io.github.tapegrad.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** README.md: its taste of the API is {@link ReadmeSnippets} and prints what the README shows. */
class ReadmeDocTest {
    @Test
    void tasteOfTheApiRunsAndPrintsWhatTheReadmeShows() {
        List<String> problems = new CheckedDoc("README.md").snippets(ReadmeSnippets.class).problems();
        assertTrue(problems.isEmpty(), String.join("\n\n", problems));
    }
}
