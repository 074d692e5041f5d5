package io.github.tapegrad.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tapegrad.Tensor;
import org.junit.jupiter.api.Test;

class MetricsTest {
    @Test
    void accuracyCountsRowsWhoseLargestScoreIsTheTarget() {
        Tensor scores = Tensor.of(new double[][] {{0.1, 2, 0}, {3, 1, 0}, {0, 0, 5}, {1, 0, 0}});
        assertEquals(0.75, Metrics.accuracy(scores, Tensor.of(1, 0, 2, 2)));
    }

    @Test
    void binaryAccuracyUsesTheThreshold() {
        Tensor p = Tensor.of(0.9, 0.4, 0.6, 0.1);
        assertEquals(0.5, Metrics.binaryAccuracy(p, Tensor.of(1, 1, 0, 0), 0.5));
        assertEquals(1.0, Metrics.binaryAccuracy(Tensor.of(2, -1), Tensor.of(1, 0), 0.0));
    }

    @Test
    void r2IsOneMinusResidualOverTotalAveragedOverOutputs() {
        Tensor y = Tensor.of(new double[][] {{1, 10}, {2, 20}, {3, 30}});
        Tensor perfect = y;
        Tensor mean = Tensor.of(new double[][] {{2, 20}, {2, 20}, {2, 20}});
        assertEquals(1.0, Metrics.r2(perfect, y));
        assertEquals(0.0, Metrics.r2(mean, y));
        Tensor half = Tensor.of(new double[][] {{1, 10}, {2, 20}, {4, 30}});
        assertEquals((1 + (1 - 1.0 / 2)) / 2, Metrics.r2(half, y), 1e-15);
    }
}
