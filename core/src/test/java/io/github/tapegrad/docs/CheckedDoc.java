package io.github.tapegrad.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The checks of a page whose code cannot rot. Every {@code java}, {@code text}, {@code mermaid} or untagged block
 * of the page must be one of:
 * <ul>
 *   <li>a snippet of a snippet class, verbatim, run by the test; when it prints, the next block is its exact output;</li>
 *   <li>a whole test file of the repository, verbatim (a complete example that the build runs);</li>
 *   <li>an excerpt of a source file, announced by {@code <!-- excerpt: path -->} on the line before it: its lines
 *       appear in that file in order, modulo indentation, where a line {@code ...} stands for lines left out.</li>
 * </ul>
 */
final class CheckedDoc {
    private static final Set<String> MUST_CHECK = Set.of("java", "text", "mermaid", "");

    private final String path;
    private final Markdown md;
    private final boolean[] checked;
    private final List<String> problems = new ArrayList<>();

    CheckedDoc(String path) {
        this.path = path;
        this.md = new Markdown(Repo.read(path));
        this.checked = new boolean[md.fences().size()];
    }

    CheckedDoc snippets(Class<?> holder) {
        for (Snippets.Snippet s : Snippets.of(holder)) snippet(holder, s);
        return this;
    }

    private void snippet(Class<?> holder, Snippets.Snippet s) {
        int i = find("java", s.code());
        if (i < 0) {
            problems.add("snippet '" + s.name() + "' of " + holder.getSimpleName() + " is not in " + path
                    + " verbatim; its block is:\n```java\n" + s.code() + "\n```");
            return;
        }
        checked[i] = true;
        String out = Snippets.run(holder, s.name());
        if (out.isEmpty()) return;
        List<Markdown.Fence> f = md.fences();
        boolean next = i + 1 < f.size() && Set.of("text", "mermaid").contains(f.get(i + 1).info());
        if (next && f.get(i + 1).content().stripTrailing().equals(out)) {
            checked[i + 1] = true;
            return;
        }
        String tag = out.startsWith("flowchart") ? "mermaid" : "text";
        problems.add("the output of snippet '" + s.name() + "' (line " + (f.get(i).close() + 1) + " of " + path + ") must follow it in a "
                + "```text or ```mermaid block; the real output is:\n```" + tag + "\n" + out + "\n```"
                + (next ? "\nthe block there is:\n" + f.get(i + 1).content() : ""));
    }

    /** A whole file of the repository shown verbatim. */
    CheckedDoc wholeFile(String file) {
        int i = find("java", Repo.read(file).stripTrailing());
        if (i < 0) problems.add(path + " must show " + file + " verbatim in a ```java block (it does not, or it differs)");
        else checked[i] = true;
        return this;
    }

    private int find(String info, String content) {
        List<Markdown.Fence> f = md.fences();
        for (int i = 0; i < f.size(); i++) {
            if (f.get(i).info().equals(info) && f.get(i).content().stripTrailing().equals(content)) return i;
        }
        return -1;
    }

    /** All problems, after checking excerpts and looking for blocks nothing checked. */
    List<String> problems() {
        List<Markdown.Fence> f = md.fences();
        for (int i = 0; i < f.size(); i++) {
            if (checked[i]) continue;
            String before = md.lineBefore(f.get(i));
            if (before.matches("<!-- excerpt: \\S+ -->")) {
                String file = before.replaceAll("<!-- excerpt: (\\S+) -->", "$1");
                String p = Excerpts.problem(f.get(i).content(), file);
                if (p != null) problems.add(path + " line " + (f.get(i).open() + 1) + ": excerpt of " + file + ": " + p);
            } else if (MUST_CHECK.contains(f.get(i).info())) {
                problems.add(path + " line " + (f.get(i).open() + 1) + ": a ```" + f.get(i).info()
                        + " block that no test checks; make it a snippet, its output, or an excerpt (<!-- excerpt: path -->)");
            }
        }
        return problems;
    }
}
