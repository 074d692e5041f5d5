package io.github.tapegrad.examples;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.losses.Loss;
import io.github.tapegrad.optim.Optimizer;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * The training loop every example shares: shuffled minibatches, {@code zeroGrad → loss → backward → step}, and after
 * each epoch the loss on the whole training and test sets and a test metric.
 */
public final class Trainer {
    private Trainer() {}

    /** A metric of the model's output against the targets (accuracy, R²). */
    @FunctionalInterface
    public interface Metric {
        /** The metric's value. */
        double apply(Tensor output, Tensor target);
    }

    /**
     * What to minimise and what to report.
     *
     * @param loss       the training loss of the model's output and the targets
     * @param metric     the test metric
     * @param metricName its name in the printed lines
     */
    public record Objective(Loss loss, Metric metric, String metricName) {}

    /**
     * Settings of one training.
     *
     * @param epochs    passes over the training set
     * @param batchSize samples per step
     * @param seed      seeds the batch order (the same seed gives every optimizer the same batches)
     * @param verbose   print one line per epoch
     */
    public record Settings(int epochs, int batchSize, long seed, boolean verbose) {}

    /** Trains {@code model} with {@code optimizer} on {@code split.train()}; returns the per-epoch record. */
    public static Run train(String label, UnaryOperator<Tensor> model, Optimizer optimizer, Objective objective,
                            Preprocessing.Split split, Settings settings) {
        Run run = Run.of(label, objective.metricName());
        SplittableRandom order = new SplittableRandom(settings.seed());
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            for (Batches.Batch b : Batches.epoch(split.train(), settings.batchSize(), order)) {
                optimizer.zeroGrad();
                objective.loss().apply(model.apply(b.x()), b.y()).backward();
                optimizer.step();
            }
            Run.Epoch e = evaluate(epoch, model, objective, split);
            run.epochs().add(e);
            if (settings.verbose()) Table.printEpoch(run, e);
        }
        return run;
    }

    /** The losses on both sets and the test metric, computed without recording. */
    public static Run.Epoch evaluate(int epoch, UnaryOperator<Tensor> model, Objective objective, Preprocessing.Split split) {
        try (var g = Autograd.noGrad()) {
            Tensor trainOut = model.apply(split.train().x()), testOut = model.apply(split.test().x());
            return new Run.Epoch(epoch, objective.loss().apply(trainOut, split.train().y()).item(),
                    objective.loss().apply(testOut, split.test().y()).item(),
                    objective.metric().apply(testOut, split.test().y()));
        }
    }
}
