package io.github.tapegrad.reliability.errors;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the argument list of a call in Java source: each argument as a list of string literals (their content) and
 * {@code …} for anything else at the top level of the argument; literals inside nested parentheses (a ternary, a
 * method call) count as a value.
 */
final class MessageParser {
    private MessageParser() {}

    static final String VALUE = "\u0000";

    /** The arguments of the call whose '(' is at {@code open}. */
    static List<List<String>> arguments(String src, int open) {
        List<List<String>> args = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        int depth = 0;
        for (int i = open; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '"') {
                int end = endOfString(src, i);
                cur.add(depth == 1 ? unescape(src.substring(i + 1, end)) : VALUE);
                i = end;
            } else if (c == '\'') {
                i = src.indexOf('\'', i + (src.charAt(i + 1) == '\\' ? 3 : 2));
                cur.add(VALUE);
            } else if (c == '(') {
                depth++;
                if (depth > 1) cur.add(VALUE);
            } else if (c == ')') {
                if (--depth == 0) {
                    args.add(cur);
                    return args;
                }
            } else if (c == ',' && depth == 1) {
                args.add(cur);
                cur = new ArrayList<>();
            } else if (depth >= 1 && !Character.isWhitespace(c) && c != '+') {
                cur.add(VALUE);
            }
        }
        return args;
    }

    /** The literals joined, each run of values shown as {@code …}. */
    static String template(List<String> parts) {
        StringBuilder sb = new StringBuilder();
        boolean value = false;
        for (String p : parts) {
            if (p.equals(VALUE)) {
                if (!value) sb.append('…');
                value = true;
            } else {
                sb.append(p);
                value = false;
            }
        }
        return sb.toString();
    }

    private static int endOfString(String src, int open) {
        for (int i = open + 1; ; i++) {
            if (src.charAt(i) == '\\') i++;
            else if (src.charAt(i) == '"') return i;
        }
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\n", " ").replace("\\t", " ").replace("\\\\", "\\");
    }
}
