package io.github.tapegrad.optim;

/**
 * Multiplies the learning rate by γ every epoch, as PyTorch's {@code ExponentialLR}: η_e = η_{e−1}·γ for e &gt; 0;
 * in closed form η_e = η₀·γ^e. Pinned by {@code OptimizerTrajectoryTest} case {@code exponential_lr}.
 */
public final class ExponentialLR extends LRScheduler {
    private final double gamma;

    /**
     * An exponential schedule; performs the initial step.
     *
     * @param optimizer the optimizer whose learning rates to set
     * @param gamma the factor γ ≥ 0 applied every epoch
     * @throws IllegalArgumentException when γ is negative or NaN
     */
    public ExponentialLR(Optimizer optimizer, double gamma) {
        super(optimizer);
        this.gamma = Checks.nonNegative("ExponentialLR", "gamma", gamma, "use a factor such as 0.95");
        initialStep();
    }

    @Override
    protected double nextLr(int epoch, double lr, double baseLr) {
        return epoch == 0 ? lr : lr * gamma;
    }
}
