package io.github.tapegrad.losses;

/**
 * Options of {@link EmbeddingLosses#cosineEmbeddingLoss}: the margin (default 0; PyTorch suggests 0 to 0.5) and the
 * reduction (default MEAN), as PyTorch's {@code cosine_embedding_loss}.
 *
 * @param margin    a finite margin
 * @param reduction NONE, MEAN or SUM
 */
public record CosineEmbeddingOptions(double margin, Reduction reduction) {
    /**
     * Validates the components.
     *
     * @param margin a finite margin
     * @param reduction NONE, MEAN or SUM
     * @throws IllegalArgumentException for a non-finite margin or BATCHMEAN
     */
    public CosineEmbeddingOptions {
        MarginChecks.finite("cosineEmbeddingLoss", "margin", margin);
        MarginChecks.reduction("cosineEmbeddingLoss", reduction);
    }

    /**
     * margin 0, MEAN.
     *
     * @return the default options
     */
    public static CosineEmbeddingOptions defaults() {
        return new CosineEmbeddingOptions(0, Reduction.MEAN);
    }

    /**
     * These options with another margin.
     *
     * @param margin a finite margin
     * @return a copy of these options with {@code margin} replaced
     */
    public CosineEmbeddingOptions withMargin(double margin) {
        return new CosineEmbeddingOptions(margin, reduction);
    }

    /**
     * These options with another reduction.
     *
     * @param reduction NONE, MEAN or SUM
     * @return a copy of these options with {@code reduction} replaced
     */
    public CosineEmbeddingOptions withReduction(Reduction reduction) {
        return new CosineEmbeddingOptions(margin, reduction);
    }
}
