package io.github.tapegrad.optim;

/**
 * Linear warm-up: scales the initial learning rate η₀ by a factor going linearly from {@code startFactor} (s) to
 * {@code endFactor} (f) over {@code totalIters} (n) epochs, as PyTorch 1.13's {@code LinearLR} in its recursive form:
 * <pre>
 * η_0 = η·s
 * η_e = η_{e−1}·(1 + (f − s) / (n·s + (e − 1)·(f − s)))     for 0 &lt; e ≤ n
 * η_e = η_{e−1}                                             for e &gt; n
 * </pre>
 * which equals the closed form η_e = η₀·(s + (f − s)·min(e, n) / n). PyTorch 1.13 also accepts s = 0, which divides by
 * zero at e = 1; here s must be &gt; 0. Pinned by {@code OptimizerTrajectoryTest} case {@code linear_lr}.
 */
public final class LinearLR extends LRScheduler {
    private final double startFactor;
    private final double endFactor;
    private final int totalIters;

    /**
     * A linear schedule; performs the initial step (which multiplies each group's rate by {@code startFactor}).
     *
     * @param optimizer the optimizer whose learning rates to set
     * @param startFactor the factor of the first epoch, in (0, 1]
     * @param endFactor the factor reached after totalIters epochs, in [0, 1]
     * @param totalIters the number of epochs ≥ 1 over which the factor changes
     * @throws IllegalArgumentException when startFactor is outside (0, 1], endFactor outside [0, 1] or totalIters &lt; 1
     */
    public LinearLR(Optimizer optimizer, double startFactor, double endFactor, int totalIters) {
        super(optimizer);
        if (!(startFactor > 0 && startFactor <= 1)) {
            throw new IllegalArgumentException("LinearLR: startFactor is " + startFactor + " but must be in (0, 1]; "
                    + "use a factor such as 1.0 / 3");
        }
        if (!(endFactor >= 0 && endFactor <= 1)) {
            throw new IllegalArgumentException("LinearLR: endFactor is " + endFactor + " but must be in [0, 1]; "
                    + "use 1.0 to end at the full learning rate");
        }
        this.startFactor = startFactor;
        this.endFactor = endFactor;
        this.totalIters = Checks.positive("LinearLR", "totalIters", totalIters, "warm up over totalIters >= 1 epochs");
        initialStep();
    }

    /**
     * PyTorch's defaults: from 1/3 of the rate to the full rate over 5 epochs.
     *
     * @param optimizer the optimizer whose learning rates to set
     */
    public LinearLR(Optimizer optimizer) {
        this(optimizer, 1.0 / 3, 1.0, 5);
    }

    @Override
    protected double nextLr(int epoch, double lr, double baseLr) {
        if (epoch == 0) return lr * startFactor;
        if (epoch > totalIters) return lr;
        // NOTE: with endFactor = 0 this recursive form (PyTorch's) ends at a rounding residue of either sign, such as
        // -2.2e-18; a negative one becomes 0, the exact value, since a learning rate must be >= 0 here
        // (SchedulerTest.linearToZeroEndsAtZero).
        double next = lr * (1. + (endFactor - startFactor)
                / (totalIters * startFactor + (epoch - 1) * (endFactor - startFactor)));
        return Math.max(next, 0);
    }
}
