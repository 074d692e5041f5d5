package io.github.tapegrad.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program output that docs/pairings.md shows is what {@code Main pairings} prints now. */
class DocsOutputTest {
    /** The fenced blocks of a page whose lines are indented output (two spaces), as printed by the examples. */
    private static List<String> outputBlocks(String page) {
        List<String> blocks = new ArrayList<>();
        StringBuilder b = null;
        for (String line : page.split("\n", -1)) {
            if (line.startsWith("```")) {
                if (b == null) {
                    b = new StringBuilder();
                } else {
                    if (b.toString().startsWith("  ")) blocks.add(b.toString());
                    b = null;
                }
            } else if (b != null) {
                b.append(line).append('\n');
            }
        }
        return blocks;
    }

    @Test
    void pairingsPageShowsWhatMainPairingsPrints(@TempDir Path dir) throws IOException {
        String page = Files.readString(Path.of("..", "docs", "pairings.md"));
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            Main.run(Options.parse("pairings", "--out", dir.toString()));
        } finally {
            System.setOut(before);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        List<String> blocks = outputBlocks(page);
        assertEquals(2, blocks.size(), "the two printed blocks of pairings.md");
        for (String block : blocks) {
            assertTrue(printed.contains(block), "docs/pairings.md shows\n" + block + "but Main pairings prints\n" + printed);
        }
    }
}
