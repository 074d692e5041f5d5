package io.github.tapegrad.losses;

/**
 * Options of {@link Losses#huberLoss(io.github.tapegrad.Tensor, io.github.tapegrad.Tensor, HuberLossOptions)}:
 * the threshold δ where the loss turns from quadratic to linear (PyTorch's {@code delta}, default 1.0, must be &gt; 0)
 * and the reduction (default MEAN).
 *
 * @param delta the threshold δ &gt; 0 between the quadratic and linear parts
 * @param reduction NONE, MEAN or SUM
 */
public record HuberLossOptions(double delta, Reduction reduction) {
    /**
     * Validates δ &gt; 0 (finite) and a reduction other than BATCHMEAN.
     *
     * @param delta the threshold δ &gt; 0 between the quadratic and linear parts
     * @param reduction NONE, MEAN or SUM
     */
    public HuberLossOptions {
        Checks.positive("huberLoss", "delta", delta, "use a delta > 0 (PyTorch's default is 1.0)");
        Checks.reduction("huberLoss", reduction);
    }

    /**
     * PyTorch's defaults: δ = 1.0, MEAN.
     *
     * @return the default options
     */
    public static HuberLossOptions defaults() {
        return new HuberLossOptions(1.0, Reduction.MEAN);
    }

    /**
     * These options with another δ.
     *
     * @param delta the threshold δ &gt; 0 between the quadratic and linear parts
     * @return a copy of these options with {@code delta} replaced
     */
    public HuberLossOptions withDelta(double delta) {
        return new HuberLossOptions(delta, reduction);
    }

    /**
     * These options with another reduction.
     *
     * @param reduction NONE, MEAN or SUM
     * @return a copy of these options with {@code reduction} replaced
     */
    public HuberLossOptions withReduction(Reduction reduction) {
        return new HuberLossOptions(delta, reduction);
    }
}
