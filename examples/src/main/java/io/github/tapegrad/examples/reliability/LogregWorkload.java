package io.github.tapegrad.examples.reliability;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.losses.Losses;
import io.github.tapegrad.optim.Adam;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The logreg workload of WORKLOADS.md as a training that never ends: 4096 × 32 inputs N(0, 1), labels
 * (x·w + 0.5·noise) &gt; 0, weights (32, 1) and bias (1) from 0, minibatches of 64 in order (cycling), Adam lr 0.01,
 * {@code Losses.binaryCrossEntropyWithLogits} on the logits z.
 *
 * <p>Each step also computes the batch accuracy from sigmoid(z) outside no-grad, as users do: those extra recorded
 * nodes hang off the graph and are never backpropagated, so they must be collected with it.
 */
public final class LogregWorkload {
    /** Samples, features and minibatch size. */
    public static final int SAMPLES = 4096, FEATURES = 32, BATCH = 64;

    private final Tensor x;
    private final Tensor y;
    private final Tensor w = Tensor.zeros(FEATURES, 1).requiresGrad(true);
    private final Tensor b = Tensor.zeros(1).requiresGrad(true);
    private final Adam adam = new Adam(List.of(w, b), Adam.options().lr(0.01));
    private long steps;
    private double lastLoss = Double.NaN;
    private double lastAccuracy = Double.NaN;

    /** The data from {@code seed}. */
    public LogregWorkload(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        x = Tensor.randn(rng, SAMPLES, FEATURES);
        Tensor trueW = Tensor.randn(rng, FEATURES, 1);
        y = x.matmul(trueW).add(Tensor.randn(rng, SAMPLES, 1).mul(0.5)).gt(0);
    }

    /** One minibatch step; returns its loss. */
    public double step() {
        int start = (int) (steps * BATCH % SAMPLES);
        Tensor xb = x.narrow(0, start, BATCH), yb = y.narrow(0, start, BATCH);
        Tensor logits = xb.matmul(w).add(b);
        Tensor loss = Losses.binaryCrossEntropyWithLogits(logits, yb);
        adam.zeroGrad();
        loss.backward();
        adam.step();
        lastAccuracy = logits.sigmoid().gt(0.5).eq(yb).mean().item();
        lastLoss = loss.item();
        steps++;
        return lastLoss;
    }

    /** Steps taken. */
    public long steps() {
        return steps;
    }

    /** The loss of the last step. */
    public double lastLoss() {
        return lastLoss;
    }

    /** The accuracy of the last step's minibatch, before its update. */
    public double lastAccuracy() {
        return lastAccuracy;
    }
}
