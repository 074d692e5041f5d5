package io.github.tapegrad.losses;

/**
 * Options of {@link Losses#klDiv(io.github.tapegrad.Tensor, io.github.tapegrad.Tensor, KlDivOptions)}, PyTorch's:
 * the reduction (default MEAN, which divides by every element; BATCHMEAN divides by the batch size and is the true
 * KL divergence) and {@code logTarget} (whether the target holds log-probabilities, default false).
 *
 * @param reduction NONE, MEAN, SUM or BATCHMEAN
 * @param logTarget whether the target holds log-probabilities
 */
public record KlDivOptions(Reduction reduction, boolean logTarget) {
    /**
     * Validates a non-null reduction (all four are allowed).
     *
     * @param reduction NONE, MEAN, SUM or BATCHMEAN
     * @param logTarget whether the target holds log-probabilities
     */
    public KlDivOptions {
        java.util.Objects.requireNonNull(reduction, "klDiv: reduction is null; use Reduction.BATCHMEAN (the true KL divergence)");
    }

    /**
     * PyTorch's defaults: MEAN, logTarget false.
     *
     * @return the default options
     */
    public static KlDivOptions defaults() {
        return new KlDivOptions(Reduction.MEAN, false);
    }

    /**
     * These options with another reduction.
     *
     * @param reduction NONE, MEAN, SUM or BATCHMEAN
     * @return a copy of these options with {@code reduction} replaced
     */
    public KlDivOptions withReduction(Reduction reduction) {
        return new KlDivOptions(reduction, logTarget);
    }

    /**
     * These options with the target read as log-probabilities (true) or probabilities (false).
     *
     * @param logTarget whether the target holds log-probabilities
     * @return a copy of these options with {@code logTarget} replaced
     */
    public KlDivOptions withLogTarget(boolean logTarget) {
        return new KlDivOptions(reduction, logTarget);
    }
}
