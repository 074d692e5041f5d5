package io.github.tapegrad.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tapegrad.Tensor;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchesTest {
    /** Row i has features (i, −i) and target i, so a batch tells which rows it holds. */
    private static Dataset numbered(int n) {
        double[] x = new double[2 * n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = i;
            x[2 * i + 1] = -i;
            y[i] = i;
        }
        return new Dataset("numbered", Tensor.of(x, n, 2), Tensor.of(y), List.of("a", "b"), 0);
    }

    private static double[] rowsOf(List<Batches.Batch> epoch) {
        return epoch.stream().flatMapToDouble(b -> Arrays.stream(b.y().toArray())).toArray();
    }

    @Test
    void anEpochVisitsEveryRowOnceWithFeaturesAndTargetsTogether() {
        List<Batches.Batch> epoch = Batches.epoch(numbered(10), 4, new SplittableRandom(1));
        assertEquals(List.of(4, 4, 2), epoch.stream().map(b -> b.x().size(0)).toList());
        assertArrayEquals(IntStream.range(0, 10).asDoubleStream().toArray(), Arrays.stream(rowsOf(epoch)).sorted().toArray());
        for (Batches.Batch b : epoch) assertArrayEquals(b.y().toArray(), b.x().select(1, 0).toArray());
    }

    @Test
    void theSeedFixesTheOrderAndEpochsDiffer() {
        SplittableRandom a = new SplittableRandom(9), b = new SplittableRandom(9);
        double[] first = rowsOf(Batches.epoch(numbered(20), 5, a));
        assertArrayEquals(first, rowsOf(Batches.epoch(numbered(20), 5, b)));
        assertFalse(Arrays.equals(first, rowsOf(Batches.epoch(numbered(20), 5, a))), "the next epoch is reshuffled");
    }

    @Test
    void batchSizeMustBePositive() {
        var e = assertThrows(IllegalArgumentException.class, () -> Batches.epoch(numbered(3), 0, new SplittableRandom(1)));
        assertEquals("Batches.epoch: batch size 0 is not positive; use 1 or more", e.getMessage());
    }
}
