package io.github.tapegrad.optim;

/**
 * Cosine annealing from the initial learning rate η₀ down to η_min over T_max epochs, as PyTorch 1.13's
 * {@code CosineAnnealingLR} stepped without an epoch (the recursive form), for e &gt; 0:
 * <pre>
 * η_e = η_{e−1} + (η₀ − η_min)·(1 − cos(π / T_max)) / 2                      when (e − 1 − T_max) mod 2T_max = 0
 * η_e = (1 + cos(π·e / T_max)) / (1 + cos(π·(e − 1) / T_max))·(η_{e−1} − η_min) + η_min   otherwise
 * </pre>
 * While nothing else changes the rate this equals the closed form η_e = η_min + (η₀ − η_min)·(1 + cos(π·e / T_max)) / 2,
 * rising again after T_max as PyTorch's does (a cosine, not a restart). Pinned by {@code OptimizerTrajectoryTest} case
 * {@code cosine_annealing_lr}.
 */
public final class CosineAnnealingLR extends LRScheduler {
    private final int tMax;
    private final double etaMin;

    /**
     * A cosine schedule; performs the initial step.
     *
     * @param optimizer the optimizer whose learning rates to set
     * @param tMax the number of epochs T_max ≥ 1 of a half period
     * @param etaMin the minimum learning rate η_min ≥ 0
     * @throws IllegalArgumentException when tMax &lt; 1 or etaMin is negative or NaN
     */
    public CosineAnnealingLR(Optimizer optimizer, int tMax, double etaMin) {
        super(optimizer);
        this.tMax = Checks.positive("CosineAnnealingLR", "tMax", tMax, "anneal over tMax >= 1 epochs");
        this.etaMin = Checks.nonNegative("CosineAnnealingLR", "etaMin", etaMin, "use 0 or a small learning rate");
        initialStep();
    }

    /**
     * A cosine schedule down to 0.
     *
     * @param optimizer the optimizer whose learning rates to set
     * @param tMax the number of epochs T_max ≥ 1 of a half period
     */
    public CosineAnnealingLR(Optimizer optimizer, int tMax) {
        this(optimizer, tMax, 0);
    }

    @Override
    protected double nextLr(int epoch, double lr, double baseLr) {
        if (epoch == 0) return lr;
        if (Math.floorMod(epoch - 1 - tMax, 2 * tMax) == 0) {
            return lr + (baseLr - etaMin) * (1 - Math.cos(Math.PI / tMax)) / 2;
        }
        return (1 + Math.cos(Math.PI * epoch / tMax)) / (1 + Math.cos(Math.PI * (epoch - 1) / tMax)) * (lr - etaMin)
                + etaMin;
    }
}
