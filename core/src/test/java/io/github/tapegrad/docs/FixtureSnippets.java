package io.github.tapegrad.docs;

/** Snippets for {@link CheckedDocTest}: one the fixture pages show, one they leave out. */
final class FixtureSnippets {
    private FixtureSnippets() {}

    static void greet() {
        // snippet:greet
        System.out.println("hello, " + 6 * 7);
        // end
    }

    static void silent() {
        // snippet:silent
        int unused = 0;
        // end
    }
}
