package io.github.tapegrad.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotsTest {
    @Test
    void writesPngAndSvgHeadless(@TempDir Path dir) throws IOException {
        var chart = Plots.perEpoch("title", "loss", true);
        Plots.curve(chart, "SGD", new double[] {1, 0.5, 0.25}, Plots.color(OptimizerKind.SGD), false);
        Plots.line(chart, "dashed", new double[] {1, 3}, new double[] {0.3, 0.3}, Color.BLACK, true);
        List<Path> files = Plots.save(chart, dir.resolve("sub"), "curve");
        assertEquals(List.of(dir.resolve("sub/curve.png"), dir.resolve("sub/curve.svg")), files);
        byte[] png = Files.readAllBytes(files.get(0));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        String svg = Files.readString(files.get(1), StandardCharsets.UTF_8);
        assertTrue(svg.contains("<svg") && svg.contains("</svg>"));
    }
}
