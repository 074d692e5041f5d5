package io.github.tapegrad.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/property-testing.md: its complete example is {@link LogCoshAndHuberTest}, verbatim (the build runs it); its
 * snippets are {@link PropertyTestingSnippets} and print what it shows.
 */
class PropertyTestingDocTest {
    @Test
    void exampleSnippetsAndOutputsAreReal() {
        List<String> problems = new CheckedDoc("docs/property-testing.md")
                .wholeFile("core/src/test/java/io/github/tapegrad/docs/LogCoshAndHuberTest.java")
                .snippets(PropertyTestingSnippets.class)
                .problems();
        assertTrue(problems.isEmpty(), String.join("\n\n", problems));
    }
}
