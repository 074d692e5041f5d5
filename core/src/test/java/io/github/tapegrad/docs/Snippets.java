package io.github.tapegrad.docs;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Snippets of a test class: the lines between {@code // snippet:name} and {@code // end} inside a static method
 * {@code name()}, dedented. {@link #run} calls the method and returns what it printed.
 */
final class Snippets {
    private Snippets() {}

    record Snippet(String name, String code) {}

    static String sourceOf(Class<?> holder) {
        return Repo.read("core/src/test/java/" + holder.getName().replace('.', '/') + ".java");
    }

    static List<Snippet> of(Class<?> holder) {
        List<Snippet> r = new ArrayList<>();
        String[] lines = sourceOf(holder).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (!l.startsWith("// snippet:")) continue;
            int j = i + 1;
            while (j < lines.length && !lines[j].strip().equals("// end")) j++;
            if (j == lines.length) throw new IllegalStateException(holder.getSimpleName() + ": snippet at line " + (i + 1) + " has no // end");
            r.add(new Snippet(l.substring("// snippet:".length()).strip(), dedent(Arrays.asList(lines).subList(i + 1, j))));
            i = j;
        }
        return r;
    }

    static String dedent(List<String> lines) {
        int indent = Integer.MAX_VALUE;
        for (String l : lines) if (!l.isBlank()) indent = Math.min(indent, l.length() - l.stripLeading().length());
        StringBuilder sb = new StringBuilder();
        for (String l : lines) sb.append(l.isBlank() ? "" : l.substring(indent).stripTrailing()).append('\n');
        return sb.toString().stripTrailing();
    }

    /** Calls the snippet's method and returns what it printed to System.out (trailing newlines removed). */
    static String run(Class<?> holder, String name) {
        PrintStream before = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            Method m = holder.getDeclaredMethod(name);
            m.setAccessible(true);
            m.invoke(null);
        } catch (InvocationTargetException e) {
            throw new AssertionError("snippet " + name + " threw", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("snippet " + name + ": no static method " + name + "() in " + holder.getSimpleName(), e);
        } finally {
            System.setOut(before);
        }
        return buffer.toString(StandardCharsets.UTF_8).replace("\r\n", "\n").stripTrailing();
    }
}
