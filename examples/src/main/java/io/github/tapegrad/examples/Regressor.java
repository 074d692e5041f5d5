package io.github.tapegrad.examples;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.losses.Losses;
import io.github.tapegrad.nn.Linear;
import io.github.tapegrad.nn.Sequential;
import io.github.tapegrad.nn.Tanh;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * A small regressor: an MLP x → Linear → tanh → Linear → ŷ with a linear output, trained with the mean squared
 * error on the real Diabetes data (442 patients, 10 raw features, disease progression) and, as a visual
 * curve-fitting demo, on a synthetic noisy sine; each with SGD, Momentum and Adam, and each once more without
 * standardising inputs and targets, to show why normalisation matters.
 */
public final class Regressor {
    /** Hidden units, samples per step, share of the test set. */
    public static final int HIDDEN = 32, BATCH_SIZE = 16;
    public static final double TEST_FRACTION = 0.2;

    private Regressor() {}

    /** A trained model and its record; {@code predict} maps raw inputs to predictions in the target's units. */
    public record Fit(Run run, UnaryOperator<Tensor> predict) {}

    /** The epochs unless {@code --epochs} is given. */
    public static final int EPOCHS = 40;


    /** The datasets, in the order the example runs them: the real one, then the synthetic demo. */
    public static final List<String> DATASETS = List.of("diabetes", "sine");

    /**
     * A seeded 80/20 split of the named dataset, not standardised: diabetes (real, 442 samples, raw features) or
     * sine (synthetic, 400 samples drawn from the seed).
     */
    public static Preprocessing.Split data(String dataset, long seed) {
        Dataset d = switch (dataset) {
            case "diabetes" -> Datasets.diabetes();
            case "sine" -> Datasets.noisySine(400, 0.1, new SplittableRandom(seed));
            default -> throw new IllegalArgumentException("regressor: unknown dataset '" + dataset
                    + "'; use diabetes or sine");
        };
        return Preprocessing.trainTestSplit(d, TEST_FRACTION, seed);
    }

    /**
     * The learning rate unless {@code --lr} is given: the optimizer's default (SGD 0.1, Momentum and Adam 0.01) on
     * sine, ten times smaller on diabetes, whose noisy target (a linear model explains only about half its variance)
     * makes the default steps jump around and overfit its 354 training samples.
     */
    public static double defaultLr(String dataset, OptimizerKind kind) {
        return dataset.equals("diabetes") ? kind.defaultLr() / 10 : kind.defaultLr();
    }

    /** The MLP D → HIDDEN → K with tanh, initialised from the seed. */
    public static Sequential mlp(int in, int out, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        return new Sequential(new Linear(in, HIDDEN, true, rng), new Tanh(), new Linear(HIDDEN, out, true, rng));
    }

    /** The loss (MSE) and the test R² (the same in standardised and in original units: both sides scale alike). */
    public static Trainer.Objective objective() {
        return new Trainer.Objective(Losses::mseLoss, Metrics::r2, "R²");
    }

    /**
     * Trains a fresh MLP with one optimizer, on inputs and targets standardised with the training statistics, or on
     * the raw numbers when {@code standardise} is false.
     */
    public static Fit train(Preprocessing.Split raw, OptimizerKind kind, double lr, Trainer.Settings s, boolean standardise) {
        Standardizer sx = standardise ? raw.featureScaler() : Standardizer.identity(raw.train().numFeatures());
        Standardizer sy = standardise ? Standardizer.fit(raw.train().y()) : Standardizer.identity(raw.train().y().size(1));
        Preprocessing.Split split = new Preprocessing.Split(scaled(raw.train(), sx, sy), scaled(raw.test(), sx, sy));
        Sequential model = mlp(split.train().numFeatures(), split.train().y().size(1), s.seed());
        String label = kind.title() + (standardise ? ", standardised" : ", raw");
        Run run = Trainer.train(label, model::forward, kind.create(model.parameters(), lr), objective(), split, s);
        return new Fit(run, x -> {
            try (var g = Autograd.noGrad()) {
                return sy.inverse(model.forward(sx.transform(x)));
            }
        });
    }

    private static Dataset scaled(Dataset d, Standardizer sx, Standardizer sy) {
        return d.withX(sx.transform(d.x()), d.featureNames()).withY(sy.transform(d.y()));
    }

    /** The example: each dataset (diabetes and sine, or {@code --dataset}) with every optimizer, standardised, raw. */
    public static List<Path> run(Options o) {
        List<Path> files = new ArrayList<>();
        for (String name : o.dataset() == null ? DATASETS : List.of(o.dataset())) {
            files.addAll(runOne(name, o));
        }
        return files;
    }

    private static List<Path> runOne(String name, Options o) {
        Preprocessing.Split raw = data(name, o.seed());
        System.out.printf(Locale.ROOT,
                "%n== MLP regressor on %s (%s): %d train, %d test samples, %d inputs, %d outputs ==%n",
                name, name.equals("sine") ? "synthetic" : "real", raw.train().size(), raw.test().size(),
                raw.train().numFeatures(), raw.train().y().size(1));
        Trainer.Settings s = new Trainer.Settings(o.epochsOr(EPOCHS), BATCH_SIZE, o.seed(), true);
        List<Fit> standardised = new ArrayList<>(), rawFits = new ArrayList<>();
        for (OptimizerKind k : o.optimizers()) standardised.add(train(raw, k, o.lrOr(defaultLr(name, k)), s, true));
        for (OptimizerKind k : o.optimizers()) rawFits.add(train(raw, k, o.lrOr(defaultLr(name, k)), s, false));
        List<Run> runs = new ArrayList<>();
        standardised.forEach(f -> runs.add(f.run()));
        rawFits.forEach(f -> runs.add(f.run()));
        Table.printSummary("MLP regressor, " + name + " (losses of the standardised runs are in standardised units)", runs);
        return RegressorPlots.plot(name, raw, o, standardised, rawFits);
    }
}
