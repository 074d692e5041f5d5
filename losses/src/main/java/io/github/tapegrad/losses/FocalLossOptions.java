package io.github.tapegrad.losses;

/**
 * Options of {@link Losses#focalLoss(io.github.tapegrad.Tensor, io.github.tapegrad.Tensor, FocalLossOptions)},
 * torchvision's {@code sigmoid_focal_loss}: the class balance α ∈ [0, 1] (default 0.25; a negative α turns the
 * balancing off, as torchvision's −1), the focusing exponent γ &gt;= 0 (default 2) and the reduction (default NONE,
 * as torchvision's).
 *
 * @param alpha the balance α ≤ 1 of positive targets; negative for no balancing
 * @param gamma the focusing exponent γ ≥ 0
 * @param reduction NONE, MEAN or SUM
 */
public record FocalLossOptions(double alpha, double gamma, Reduction reduction) {
    /**
     * Validates α &lt;= 1 (not NaN), γ &gt;= 0 (finite) and a reduction other than BATCHMEAN.
     *
     * @param alpha the balance α ≤ 1 of positive targets; negative for no balancing
     * @param gamma the focusing exponent γ ≥ 0
     * @param reduction NONE, MEAN or SUM
     */
    public FocalLossOptions {
        if (!(alpha <= 1) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("focalLoss: alpha must lie in [0, 1] (or be negative for no balancing), got "
                    + alpha + "; use e.g. 0.25 (torchvision's default)");
        }
        Checks.nonNegative("focalLoss", "gamma", gamma, "use a gamma >= 0 (torchvision's default is 2; 0 gives BCE)");
        Checks.reduction("focalLoss", reduction);
    }

    /**
     * torchvision's defaults: α = 0.25, γ = 2, NONE.
     *
     * @return the default options
     */
    public static FocalLossOptions defaults() {
        return new FocalLossOptions(0.25, 2.0, Reduction.NONE);
    }

    /**
     * These options with another α (negative: no balancing).
     *
     * @param alpha the balance α ≤ 1 of positive targets; negative for no balancing
     * @return a copy of these options with {@code alpha} replaced
     */
    public FocalLossOptions withAlpha(double alpha) {
        return new FocalLossOptions(alpha, gamma, reduction);
    }

    /**
     * These options with another γ.
     *
     * @param gamma the focusing exponent γ ≥ 0
     * @return a copy of these options with {@code gamma} replaced
     */
    public FocalLossOptions withGamma(double gamma) {
        return new FocalLossOptions(alpha, gamma, reduction);
    }

    /**
     * These options with another reduction.
     *
     * @param reduction NONE, MEAN or SUM
     * @return a copy of these options with {@code reduction} replaced
     */
    public FocalLossOptions withReduction(Reduction reduction) {
        return new FocalLossOptions(alpha, gamma, reduction);
    }
}
