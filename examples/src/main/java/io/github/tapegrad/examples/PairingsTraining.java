package io.github.tapegrad.examples;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.losses.Losses;
import io.github.tapegrad.nn.Linear;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

/**
 * CE + softmax against MSE + softmax, side by side: the same linear model on Digits, the same initial weights, the
 * same batches, the same optimizer; only the loss differs. The test accuracy per epoch shows which learns faster.
 */
public final class PairingsTraining {
    /** Epochs and samples per step. */
    public static final int EPOCHS = 10, BATCH_SIZE = 16;

    private PairingsTraining() {}

    /** Cross-entropy on the logits. */
    public static Trainer.Objective crossEntropy() {
        return new Trainer.Objective(Losses::crossEntropy, Metrics::accuracy, "accuracy");
    }

    /** Mean squared error between softmax(z) and the one-hot target. */
    public static Trainer.Objective mseOnSoftmax(int classes) {
        return new Trainer.Objective((z, y) -> Losses.mseLoss(z.softmax(1), Tensor.oneHot(y, classes)), Metrics::accuracy,
                "accuracy");
    }

    /** Trains a fresh linear layer (initialised from the seed) with {@code objective} and the given optimizer. */
    public static Run train(String label, Trainer.Objective objective, Preprocessing.Split split, OptimizerKind kind,
                            double lr, Trainer.Settings s) {
        Linear linear = new Linear(split.train().numFeatures(), split.train().numClasses(), s.seed());
        return Trainer.train(label, linear::forward, kind.create(linear.parameters(), lr), objective, split, s);
    }

    /** Trains both with the first chosen optimizer; prints the table and writes the accuracy curves. */
    public static List<Path> run(Options o) {
        Preprocessing.Split split = SoftmaxRegression.data("digits", o.seed());
        OptimizerKind kind = o.optimizers().get(0);
        System.out.printf("%n== CE + softmax vs MSE + softmax on digits, %s (same model, data, init, batches) ==%n",
                kind.title());
        Trainer.Settings s = new Trainer.Settings(o.epochsOr(EPOCHS), BATCH_SIZE, o.seed(), true);
        double lr = o.lrOr(kind.defaultLr());
        Run ce = train("CE + softmax", crossEntropy(), split, kind, lr, s);
        Run mse = train("MSE + softmax", mseOnSoftmax(split.train().numClasses()), split, kind, lr, s);
        Table.printSummary("CE + softmax vs MSE + softmax, digits, " + kind.title() + " (each row's loss is its own)",
                List.of(ce, mse));
        XYChart chart = Plots.perEpoch("CE + softmax vs MSE + softmax on digits (" + kind.title() + ")",
                "test accuracy", false);
        Plots.curve(chart, ce.label(), ce.testMetrics(), new Color(31, 119, 180), false);
        Plots.curve(chart, mse.label(), mse.testMetrics(), new Color(214, 39, 40), false);
        chart.getStyler().setYAxisMax(1.0).setLegendPosition(Styler.LegendPosition.InsideSE);
        return Plots.save(chart, o.out(), "pairings_ce_vs_mse");
    }
}
