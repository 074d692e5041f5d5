package io.github.tapegrad.optim;

/**
 * Multiplies the learning rate by γ every {@code stepSize} epochs, as PyTorch's {@code StepLR}:
 * η_e = η_{e−1}·γ when e &gt; 0 and e mod stepSize = 0, else η_{e−1}; in closed form η_e = η₀·γ^⌊e / stepSize⌋.
 * Pinned by {@code OptimizerTrajectoryTest} case {@code step_lr}.
 */
public final class StepLR extends LRScheduler {
    private final int stepSize;
    private final double gamma;

    /**
     * A step schedule; performs the initial step.
     *
     * @param optimizer the optimizer whose learning rates to set
     * @param stepSize the number of epochs ≥ 1 between decays
     * @param gamma the factor γ ≥ 0 applied every stepSize epochs
     * @throws IllegalArgumentException when stepSize &lt; 1 or γ is negative or NaN
     */
    public StepLR(Optimizer optimizer, int stepSize, double gamma) {
        super(optimizer);
        this.stepSize = Checks.positive("StepLR", "stepSize", stepSize, "decay every stepSize >= 1 epochs");
        this.gamma = Checks.nonNegative("StepLR", "gamma", gamma, "use a factor such as 0.1");
        initialStep();
    }

    @Override
    protected double nextLr(int epoch, double lr, double baseLr) {
        return epoch == 0 || epoch % stepSize != 0 ? lr : lr * gamma;
    }
}
