package io.github.tapegrad.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * The record of one training: per epoch, the training loss, the test loss and the test metric.
 *
 * @param label  what was trained (e.g. the optimizer's name)
 * @param metric the metric's name (accuracy, R²)
 */
public record Run(String label, String metric, List<Epoch> epochs) {
    /** The numbers of one epoch, measured after it on the whole training and test sets. */
    public record Epoch(int epoch, double trainLoss, double testLoss, double testMetric) {}

    /** An empty run to append epochs to. */
    public static Run of(String label, String metric) {
        return new Run(label, metric, new ArrayList<>());
    }

    /** The last epoch. */
    public Epoch last() {
        return epochs.get(epochs.size() - 1);
    }

    /** The training losses, epoch by epoch. */
    public double[] trainLosses() {
        return epochs.stream().mapToDouble(Epoch::trainLoss).toArray();
    }

    /** The test metrics, epoch by epoch. */
    public double[] testMetrics() {
        return epochs.stream().mapToDouble(Epoch::testMetric).toArray();
    }
}
