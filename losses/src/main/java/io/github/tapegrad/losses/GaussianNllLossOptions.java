package io.github.tapegrad.losses;

/**
 * Options of {@link Losses#gaussianNllLoss(io.github.tapegrad.Tensor, io.github.tapegrad.Tensor,
 * io.github.tapegrad.Tensor, GaussianNllLossOptions)}, PyTorch's: {@code full} (add the constant ½·log 2π, default
 * false), {@code eps} (the variance's lower clamp, default 1e-6, must be &gt;= 0) and the reduction (default MEAN).
 *
 * @param full whether to add the constant ½·log 2π
 * @param eps the variance clamp eps ≥ 0
 * @param reduction NONE, MEAN or SUM
 */
public record GaussianNllLossOptions(boolean full, double eps, Reduction reduction) {
    /**
     * Validates eps &gt;= 0 (finite) and a reduction other than BATCHMEAN.
     *
     * @param full whether to add the constant ½·log 2π
     * @param eps the variance clamp eps ≥ 0
     * @param reduction NONE, MEAN or SUM
     */
    public GaussianNllLossOptions {
        Checks.nonNegative("gaussianNllLoss", "eps", eps, "use a small eps such as 1e-6 (PyTorch's default)");
        Checks.reduction("gaussianNllLoss", reduction);
    }

    /**
     * PyTorch's defaults: full false, eps 1e-6, MEAN.
     *
     * @return the default options
     */
    public static GaussianNllLossOptions defaults() {
        return new GaussianNllLossOptions(false, 1e-6, Reduction.MEAN);
    }

    /**
     * These options with (true) or without the constant term.
     *
     * @param full whether to add the constant ½·log 2π
     * @return a copy of these options with {@code full} replaced
     */
    public GaussianNllLossOptions withFull(boolean full) {
        return new GaussianNllLossOptions(full, eps, reduction);
    }

    /**
     * These options with another variance clamp.
     *
     * @param eps the variance clamp eps ≥ 0
     * @return a copy of these options with {@code eps} replaced
     */
    public GaussianNllLossOptions withEps(double eps) {
        return new GaussianNllLossOptions(full, eps, reduction);
    }

    /**
     * These options with another reduction.
     *
     * @param reduction NONE, MEAN or SUM
     * @return a copy of these options with {@code reduction} replaced
     */
    public GaussianNllLossOptions withReduction(Reduction reduction) {
        return new GaussianNllLossOptions(full, eps, reduction);
    }
}
