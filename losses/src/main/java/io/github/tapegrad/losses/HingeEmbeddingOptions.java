package io.github.tapegrad.losses;

/**
 * Options of {@link EmbeddingLosses#hingeEmbeddingLoss}: the margin (default 1) and the reduction (default MEAN), as
 * PyTorch's {@code hinge_embedding_loss}.
 *
 * @param margin    a finite margin
 * @param reduction NONE, MEAN or SUM
 */
public record HingeEmbeddingOptions(double margin, Reduction reduction) {
    /**
     * Validates the components.
     *
     * @param margin a finite margin
     * @param reduction NONE, MEAN or SUM
     * @throws IllegalArgumentException for a non-finite margin or BATCHMEAN
     */
    public HingeEmbeddingOptions {
        MarginChecks.finite("hingeEmbeddingLoss", "margin", margin);
        MarginChecks.reduction("hingeEmbeddingLoss", reduction);
    }

    /**
     * margin 1, MEAN.
     *
     * @return the default options
     */
    public static HingeEmbeddingOptions defaults() {
        return new HingeEmbeddingOptions(1, Reduction.MEAN);
    }

    /**
     * These options with another margin.
     *
     * @param margin a finite margin
     * @return a copy of these options with {@code margin} replaced
     */
    public HingeEmbeddingOptions withMargin(double margin) {
        return new HingeEmbeddingOptions(margin, reduction);
    }

    /**
     * These options with another reduction.
     *
     * @param reduction NONE, MEAN or SUM
     * @return a copy of these options with {@code reduction} replaced
     */
    public HingeEmbeddingOptions withReduction(Reduction reduction) {
        return new HingeEmbeddingOptions(margin, reduction);
    }
}
