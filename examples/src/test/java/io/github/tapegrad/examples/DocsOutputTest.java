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

/** The program output that docs/pairings.md and docs/examples.md show is what {@code Main} prints now. */
class DocsOutputTest {
    /** What {@code Main} prints for these arguments (plots go to {@code dir}). */
    private static String printed(Path dir, String example) {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            Main.run(Options.parse(example, "--out", dir.toString()));
        } finally {
            System.setOut(before);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The cells of each row of the Markdown tables in a text (header and separator rows included), trimmed; an empty
     * row for each line between tables.
     */
    private static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("|") || !t.endsWith("|")) {
                rows.add(List.of());
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String c : t.substring(1, t.length() - 1).split("\\|")) cells.add(c.strip());
            rows.add(cells);
        }
        return rows;
    }

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

    /** Whether a printed row starts with the cells' first (the run) and holds all of them. */
    private static boolean hasRow(List<List<String>> printed, List<String> cells) {
        return printed.stream().anyMatch(p -> !p.isEmpty() && p.get(0).equals(cells.get(0)) && p.containsAll(cells));
    }

    @Test
    void pairingsPageShowsWhatMainPairingsPrints(@TempDir Path dir) throws IOException {
        String page = Files.readString(Path.of("..", "docs", "pairings.md"));
        String printed = printed(dir, "pairings");
        List<String> blocks = outputBlocks(page);
        assertEquals(2, blocks.size(), "the two printed blocks of pairings.md");
        for (String block : blocks) {
            assertTrue(printed.contains(block), "docs/pairings.md shows\n" + block + "but Main pairings prints\n"
                    + printed);
        }
    }

    /**
     * Each row of examples.md's result tables (those with a "train loss" column) is a row of the final tables that
     * {@code Main} prints, its numbers to the last digit (the dataset column left out: the program names the dataset
     * above each table); and so are the test R² of pairings.md's table of Diabetes runs.
     */
    @Test
    void examplesPageTablesAreWhatMainPrints(@TempDir Path dir) throws IOException {
        List<List<String>> printedRows = rows(printed(dir, "all"));
        List<List<String>> docRows = rows(Files.readString(Path.of("..", "docs", "examples.md")));
        int checked = 0;
        boolean results = false, withDataset = false;
        for (List<String> row : docRows) {
            if (row.contains("train loss")) {
                results = true;
                withDataset = row.get(0).equals("dataset");
                continue;
            }
            if (row.isEmpty()) {
                results = false;
                continue;
            }
            if (!results || row.get(0).startsWith("---")) continue;
            List<String> cells = withDataset ? row.subList(1, row.size()) : row;
            assertTrue(hasRow(printedRows, cells), "docs/examples.md has the row " + row + ", which Main does not "
                    + "print");
            checked++;
        }
        assertTrue(checked >= 24, "the result tables of examples.md: " + checked + " rows");
        checked = 0;
        boolean r2 = false;
        for (List<String> row : rows(Files.readString(Path.of("..", "docs", "pairings.md")))) {
            if (row.contains("test R², standardised")) {
                r2 = true;
            } else if (row.isEmpty()) {
                r2 = false;
            } else if (r2 && !row.get(0).startsWith("---")) {
                for (String[] run : new String[][] {{", standardised", row.get(1)}, {", raw", row.get(2)}}) {
                    List<String> cells = List.of(row.get(0) + run[0], run[1]);
                    assertTrue(hasRow(printedRows, cells), "docs/pairings.md has " + cells + ", which Main does "
                            + "not print");
                    checked++;
                }
            }
        }
        assertEquals(6, checked, "pairings.md's table of test R²");
    }
}
