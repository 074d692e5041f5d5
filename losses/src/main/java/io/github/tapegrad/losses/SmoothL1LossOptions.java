package io.github.tapegrad.losses;

/**
 * Options of {@link Losses#smoothL1Loss(io.github.tapegrad.Tensor, io.github.tapegrad.Tensor, SmoothL1LossOptions)}:
 * the threshold β where the loss turns from quadratic to linear (PyTorch's {@code beta}, default 1.0, must be
 * &gt;= 0; β = 0 is the L1 loss) and the reduction (default MEAN).
 *
 * @param beta the threshold β ≥ 0 between the quadratic and linear parts
 * @param reduction NONE, MEAN or SUM
 */
public record SmoothL1LossOptions(double beta, Reduction reduction) {
    /**
     * Validates β &gt;= 0 (finite) and a reduction other than BATCHMEAN.
     *
     * @param beta the threshold β ≥ 0 between the quadratic and linear parts
     * @param reduction NONE, MEAN or SUM
     */
    public SmoothL1LossOptions {
        Checks.nonNegative("smoothL1Loss", "beta", beta, "use a beta >= 0 (PyTorch's default is 1.0; 0 gives l1Loss)");
        Checks.reduction("smoothL1Loss", reduction);
    }

    /**
     * PyTorch's defaults: β = 1.0, MEAN.
     *
     * @return the default options
     */
    public static SmoothL1LossOptions defaults() {
        return new SmoothL1LossOptions(1.0, Reduction.MEAN);
    }

    /**
     * These options with another β.
     *
     * @param beta the threshold β ≥ 0 between the quadratic and linear parts
     * @return a copy of these options with {@code beta} replaced
     */
    public SmoothL1LossOptions withBeta(double beta) {
        return new SmoothL1LossOptions(beta, reduction);
    }

    /**
     * These options with another reduction.
     *
     * @param reduction NONE, MEAN or SUM
     * @return a copy of these options with {@code reduction} replaced
     */
    public SmoothL1LossOptions withReduction(Reduction reduction) {
        return new SmoothL1LossOptions(beta, reduction);
    }
}
