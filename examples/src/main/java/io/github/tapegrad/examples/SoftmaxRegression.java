package io.github.tapegrad.examples;

import io.github.tapegrad.losses.Losses;
import io.github.tapegrad.nn.Linear;
import io.github.tapegrad.optim.Optimizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;

/**
 * Softmax regression (multinomial logistic regression): logits z = x·Wᵀ + b, p = softmax(z), trained with
 * cross-entropy −log p_y computed from the logits ({@code crossEntropy} = logSoftmax + nllLoss), on Iris, Digits
 * and (as an extra) Wine, with SGD, Momentum and Adam.
 */
public final class SoftmaxRegression {
    /** Samples per step, share of the test set. */
    public static final int BATCH_SIZE = 16;
    public static final double TEST_FRACTION = 0.2;

    private SoftmaxRegression() {}

    /** The epochs of each dataset unless {@code --epochs} is given. */
    public static int defaultEpochs(String dataset) {
        return dataset.equals("digits") ? 15 : 40;
    }


    /** A stratified 80/20 split of the named dataset (iris, digits, wine), standardised with the training statistics. */
    public static Preprocessing.Split data(String dataset, long seed) {
        Dataset d = switch (dataset) {
            case "iris" -> Datasets.iris();
            case "digits" -> Datasets.digits();
            case "wine" -> Datasets.wine();
            default -> throw new IllegalArgumentException("softmax: unknown dataset '" + dataset + "'; use iris, digits or wine");
        };
        return Preprocessing.trainTestSplit(d, TEST_FRACTION, seed).standardized();
    }

    /** The loss (cross-entropy on the logits) and the test accuracy (the largest logit is the predicted class). */
    public static Trainer.Objective objective() {
        return new Trainer.Objective(Losses::crossEntropy, Metrics::accuracy, "accuracy");
    }

    /** Trains a fresh linear layer (initialised from the seed) with one optimizer. */
    public static Run train(Preprocessing.Split split, OptimizerKind kind, double lr, Trainer.Settings s) {
        Linear linear = new Linear(split.train().numFeatures(), split.train().numClasses(), s.seed());
        Optimizer optimizer = kind.create(linear.parameters(), lr);
        return Trainer.train(kind.title(), linear::forward, optimizer, objective(), split, s);
    }

    /** The example: each dataset (iris and digits, or {@code --dataset}) with every optimizer; table and curves. */
    public static List<Path> run(Options o) {
        List<Path> files = new ArrayList<>();
        for (String name : o.dataset() == null ? List.of("iris", "digits") : List.of(o.dataset())) {
            files.addAll(runOne(name, o));
        }
        return files;
    }

    private static List<Path> runOne(String name, Options o) {
        Preprocessing.Split split = data(name, o.seed());
        System.out.printf(Locale.ROOT, "%n== Softmax regression on %s: %d train, %d test samples, %d features, %d classes ==%n",
                name, split.train().size(), split.test().size(), split.train().numFeatures(), split.train().numClasses());
        XYChart chart = Plots.perEpoch("Softmax regression on " + name, "training loss (cross-entropy)", true);
        Trainer.Settings settings = new Trainer.Settings(o.epochsOr(defaultEpochs(name)), BATCH_SIZE, o.seed(), true);
        List<Run> runs = new ArrayList<>();
        for (OptimizerKind k : o.optimizers()) {
            Run r = train(split, k, o.lrOr(k.defaultLr()), settings);
            Plots.curve(chart, r.label(), r.trainLosses(), Plots.color(k), false);
            runs.add(r);
        }
        Table.printSummary("Softmax regression, " + name, runs);
        return Plots.save(chart, o.out(), "softmax_" + name + "_loss");
    }
}
