package io.github.tapegrad.losses;

/**
 * Options of {@link Losses#huberLoss(io.github.tapegrad.Tensor, io.github.tapegrad.Tensor, HuberLossOptions)}:
 * the threshold δ where the loss turns from quadratic to linear (PyTorch's {@code delta}, default 1.0, must be &gt; 0)
 * and the reduction (default MEAN).
 */
public record HuberLossOptions(double delta, Reduction reduction) {
    /** Validates δ &gt; 0 (finite) and a reduction other than BATCHMEAN. */
    public HuberLossOptions {
        Checks.positive("huberLoss", "delta", delta, "use a delta > 0 (PyTorch's default is 1.0)");
        Checks.reduction("huberLoss", reduction);
    }

    /** PyTorch's defaults: δ = 1.0, MEAN. */
    public static HuberLossOptions defaults() {
        return new HuberLossOptions(1.0, Reduction.MEAN);
    }

    /** These options with another δ. */
    public HuberLossOptions withDelta(double delta) {
        return new HuberLossOptions(delta, reduction);
    }

    /** These options with another reduction. */
    public HuberLossOptions withReduction(Reduction reduction) {
        return new HuberLossOptions(delta, reduction);
    }
}
