package io.github.tapegrad.losses;

/**
 * Options of {@link Losses#poissonNllLoss(io.github.tapegrad.Tensor, io.github.tapegrad.Tensor, PoissonNllLossOptions)},
 * PyTorch's: {@code logInput} (the input is log λ, default true), {@code full} (add the Stirling term, default false),
 * {@code eps} (added inside log λ when logInput is false, default 1e-8, must be &gt;= 0) and the reduction (default MEAN).
 */
public record PoissonNllLossOptions(boolean logInput, boolean full, double eps, Reduction reduction) {
    /** Validates eps &gt;= 0 (finite) and a reduction other than BATCHMEAN. */
    public PoissonNllLossOptions {
        Checks.nonNegative("poissonNllLoss", "eps", eps, "use a small eps such as 1e-8 (PyTorch's default)");
        Checks.reduction("poissonNllLoss", reduction);
    }

    /** PyTorch's defaults: logInput true, full false, eps 1e-8, MEAN. */
    public static PoissonNllLossOptions defaults() {
        return new PoissonNllLossOptions(true, false, 1e-8, Reduction.MEAN);
    }

    /** These options with the input read as log λ (true) or λ (false). */
    public PoissonNllLossOptions withLogInput(boolean logInput) {
        return new PoissonNllLossOptions(logInput, full, eps, reduction);
    }

    /** These options with (true) or without the Stirling term. */
    public PoissonNllLossOptions withFull(boolean full) {
        return new PoissonNllLossOptions(logInput, full, eps, reduction);
    }

    /** These options with another eps. */
    public PoissonNllLossOptions withEps(double eps) {
        return new PoissonNllLossOptions(logInput, full, eps, reduction);
    }

    /** These options with another reduction. */
    public PoissonNllLossOptions withReduction(Reduction reduction) {
        return new PoissonNllLossOptions(logInput, full, eps, reduction);
    }
}
