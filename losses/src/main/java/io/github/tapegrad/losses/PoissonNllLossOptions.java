package io.github.tapegrad.losses;

/**
 * Options of {@link Losses#poissonNllLoss(io.github.tapegrad.Tensor, io.github.tapegrad.Tensor, PoissonNllLossOptions)},
 * PyTorch's: {@code logInput} (the input is log λ, default true), {@code full} (add the Stirling term, default false),
 * {@code eps} (added inside log λ when logInput is false, default 1e-8, must be &gt;= 0) and the reduction (default MEAN).
 *
 * @param logInput whether the input is log λ (else λ)
 * @param full whether to add the Stirling term
 * @param eps the offset eps ≥ 0 added to λ inside the log when logInput is false
 * @param reduction NONE, MEAN or SUM
 */
public record PoissonNllLossOptions(boolean logInput, boolean full, double eps, Reduction reduction) {
    /**
     * Validates eps &gt;= 0 (finite) and a reduction other than BATCHMEAN.
     *
     * @param logInput whether the input is log λ (else λ)
     * @param full whether to add the Stirling term
     * @param eps the offset eps ≥ 0 added to λ inside the log when logInput is false
     * @param reduction NONE, MEAN or SUM
     */
    public PoissonNllLossOptions {
        Checks.nonNegative("poissonNllLoss", "eps", eps, "use a small eps such as 1e-8 (PyTorch's default)");
        Checks.reduction("poissonNllLoss", reduction);
    }

    /**
     * PyTorch's defaults: logInput true, full false, eps 1e-8, MEAN.
     *
     * @return the default options
     */
    public static PoissonNllLossOptions defaults() {
        return new PoissonNllLossOptions(true, false, 1e-8, Reduction.MEAN);
    }

    /**
     * These options with the input read as log λ (true) or λ (false).
     *
     * @param logInput whether the input is log λ (else λ)
     * @return a copy of these options with {@code logInput} replaced
     */
    public PoissonNllLossOptions withLogInput(boolean logInput) {
        return new PoissonNllLossOptions(logInput, full, eps, reduction);
    }

    /**
     * These options with (true) or without the Stirling term.
     *
     * @param full whether to add the Stirling term
     * @return a copy of these options with {@code full} replaced
     */
    public PoissonNllLossOptions withFull(boolean full) {
        return new PoissonNllLossOptions(logInput, full, eps, reduction);
    }

    /**
     * These options with another eps.
     *
     * @param eps the offset eps ≥ 0 added to λ inside the log when logInput is false
     * @return a copy of these options with {@code eps} replaced
     */
    public PoissonNllLossOptions withEps(double eps) {
        return new PoissonNllLossOptions(logInput, full, eps, reduction);
    }

    /**
     * These options with another reduction.
     *
     * @param reduction NONE, MEAN or SUM
     * @return a copy of these options with {@code reduction} replaced
     */
    public PoissonNllLossOptions withReduction(Reduction reduction) {
        return new PoissonNllLossOptions(logInput, full, eps, reduction);
    }
}
