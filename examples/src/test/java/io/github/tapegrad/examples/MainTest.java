package io.github.tapegrad.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @Test
    void pairingsWritesItsPlotIntoTheOutputDirectory(@TempDir Path dir) {
        List<Path> files = Main.run(Options.parse("pairings", "--epochs", "1", "--out", dir.toString()));
        assertEquals(List.of(dir.resolve("pairings_ce_vs_mse.png"), dir.resolve("pairings_ce_vs_mse.svg")), files);
        for (Path f : files) assertTrue(Files.isRegularFile(f), f + " exists");
    }
}
