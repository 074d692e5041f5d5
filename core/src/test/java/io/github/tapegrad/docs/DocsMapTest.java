package io.github.tapegrad.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/README.md maps every main source file of core, losses and examples, and links every page of docs/. */
class DocsMapTest {
    private static final List<String> MODULES = List.of("core", "losses", "examples");
    private static final String MAP = "docs/README.md";

    @Test
    void everyMainSourceFileIsInTheMap() {
        String map = Repo.read(MAP);
        List<String> missing = new ArrayList<>();
        for (String module : MODULES) {
            for (String file : Repo.files(module + "/src/main/java", ".java")) {
                if (!map.contains("](../" + file + ")")) missing.add(suggestedLine(file));
            }
        }
        assertTrue(missing.isEmpty(), MAP + " does not map these main source files; add each line under its module and package:\n"
                + String.join("\n", missing) + "\n");
    }

    @Test
    void everyEntryOfTheMapIsAMainSourceFile() {
        List<String> stale = new ArrayList<>();
        Matcher m = Pattern.compile("\\]\\(\\.\\./([a-z]+/src/main/java/[^)]+)\\)").matcher(Repo.read(MAP));
        while (m.find()) {
            if (!Repo.files(m.group(1).replaceFirst("/[^/]+$", ""), ".java").contains(m.group(1))) stale.add(m.group(1));
        }
        assertTrue(stale.isEmpty(), MAP + " maps files that no longer exist; remove their lines:\n" + String.join("\n", stale));
    }

    @Test
    void everyPageOfTheDocsIsLinkedFromTheMap() {
        String map = Repo.read(MAP);
        List<String> missing = new ArrayList<>();
        for (String doc : Repo.markdownFiles()) {
            String name = doc.substring(doc.lastIndexOf('/') + 1);
            if (!doc.startsWith("docs/") || doc.equals(MAP)) continue;
            if (!map.contains("](" + name + ")") && !map.contains("](" + name + "#")) missing.add(name);
        }
        assertTrue(missing.isEmpty(), MAP + " does not link these pages; add a line for each to its reading list: " + missing);
    }

    /** A line for the map: a link to the file and the first sentence of its first Javadoc comment. */
    static String suggestedLine(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        Matcher m = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/", Pattern.DOTALL).matcher(Repo.read(file));
        String what = m.find() ? Javadoc.text(m.group(1)).replaceFirst("(?<=\\.)\\s.*", "") : "…";
        if (what.length() > 160) what = what.substring(0, 157) + "…";
        return "- [" + name + "](../" + file + ") — " + what;
    }
}
