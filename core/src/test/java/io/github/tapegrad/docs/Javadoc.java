package io.github.tapegrad.docs;

/** The text of a Javadoc comment as a reader sees it, on one line. */
final class Javadoc {
    private Javadoc() {}

    /** The comment body (between the delimiters) without leading stars, inline tags or entities, whitespace collapsed. */
    static String text(String body) {
        return body.replaceAll("(?m)^\\s*\\*(?!/) ?", " ")
                .replaceAll("\\{@(?:code|link|linkplain|literal) ([^{}]*)}", "$1")
                .replaceAll("\\{@value ([^{}]*)}", "$1")
                .replaceAll("</?(p|em|i|b|pre)>", " ")
                .replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
