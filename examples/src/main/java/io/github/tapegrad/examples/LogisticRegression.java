package io.github.tapegrad.examples;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.losses.Loss;
import io.github.tapegrad.losses.Losses;
import io.github.tapegrad.nn.Linear;
import io.github.tapegrad.optim.Optimizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.knowm.xchart.XYChart;

/**
 * Logistic regression on Breast Cancer Wisconsin: p = σ(x·wᵀ + b), trained with binary cross-entropy, written two
 * ways — a sigmoid output with {@code binaryCrossEntropy}, and the fused, stabler {@code binaryCrossEntropyWithLogits}
 * on the logit — and with SGD, Momentum and Adam.
 */
public final class LogisticRegression {
    /** Defaults of the runs: epochs, batch size, share of the test set. */
    public static final int EPOCHS = 30, BATCH_SIZE = 32;
    public static final double TEST_FRACTION = 0.2;

    private LogisticRegression() {}

    /** The same model and loss, written two ways. */
    public enum Variant {
        /** Output the logit z, loss BCE(σ(z), y) computed from z in one stable step. */
        WITH_LOGITS("BCE with logits", 0.0, Losses::binaryCrossEntropyWithLogits),
        /** Output p = σ(z), loss −[y·log p + (1 − y)·log(1 − p)]. */
        SIGMOID_BCE("BCE + sigmoid", 0.5, Losses::binaryCrossEntropy);

        private final String title;
        private final double threshold;
        private final Loss loss;

        Variant(String title, double threshold, Loss loss) {
            this.title = title;
            this.threshold = threshold;
            this.loss = loss;
        }

        /** The model's output for a linear layer: σ(z) or z, shape (N). */
        public UnaryOperator<Tensor> model(Linear linear) {
            return this == WITH_LOGITS ? x -> linear.forward(x).reshape(-1) : x -> linear.forward(x).reshape(-1).sigmoid();
        }

        /** The loss and the test accuracy (class 1 when the output is above ½, or the logit above 0). */
        public Trainer.Objective objective() {
            return new Trainer.Objective(loss, (out, y) -> Metrics.binaryAccuracy(out, y, threshold), "accuracy");
        }
    }


    /** A stratified 80/20 split of Breast Cancer, standardised with the training statistics. */
    public static Preprocessing.Split data(long seed) {
        return Preprocessing.trainTestSplit(Datasets.breastCancer(), TEST_FRACTION, seed).standardized();
    }

    /** Trains one variant with one optimizer; the initial weights depend on the seed only. */
    public static Run train(Preprocessing.Split split, Variant variant, OptimizerKind kind, double lr, Trainer.Settings s) {
        Linear linear = new Linear(split.train().numFeatures(), 1, s.seed());
        Optimizer optimizer = kind.create(linear.parameters(), lr);
        return Trainer.train(kind.title() + ", " + variant.title, variant.model(linear), optimizer, variant.objective(),
                split, s);
    }

    /** The example: both variants with every optimizer, the table, the loss curves and the decision boundary. */
    public static List<Path> run(Options o) {
        Preprocessing.Split split = data(o.seed());
        System.out.printf("%n== Logistic regression on Breast Cancer: %d train, %d test samples, %d features ==%n",
                split.train().size(), split.test().size(), split.train().numFeatures());
        XYChart chart = Plots.perEpoch("Logistic regression on Breast Cancer", "training loss (BCE)", true);
        Trainer.Settings settings = new Trainer.Settings(o.epochsOr(EPOCHS), BATCH_SIZE, o.seed(), true);
        List<Run> runs = new ArrayList<>();
        for (Variant v : Variant.values()) {
            for (OptimizerKind k : o.optimizers()) {
                Run r = train(split, v, k, o.lrOr(k.defaultLr()), settings);
                Plots.curve(chart, r.label(), r.trainLosses(), Plots.color(k), v == Variant.SIGMOID_BCE);
                runs.add(r);
            }
        }
        Table.printSummary("Logistic regression, Breast Cancer", runs);
        List<Path> files = new ArrayList<>(Plots.save(chart, o.out(), "logistic_loss"));
        files.addAll(DecisionBoundary.run(o));
        return files;
    }
}
