package io.github.tapegrad.losses;

/**
 * Options of {@link CosineLosses#cosineSimilarityLoss}: the axis along which vectors are normalised (default −1) and
 * the reduction (default MEAN), as Keras' {@code losses.CosineSimilarity(axis=-1)}.
 *
 * @param axis      the vector axis (negative counts from the end; checked against the input when applied)
 * @param reduction NONE, MEAN or SUM
 */
public record CosineSimilarityOptions(int axis, Reduction reduction) {
    /**
     * Validates the components.
     *
     * @param axis the vector axis (negative counts from the end; checked against the input when applied)
     * @param reduction NONE, MEAN or SUM
     * @throws IllegalArgumentException for BATCHMEAN
     */
    public CosineSimilarityOptions {
        MarginChecks.reduction("cosineSimilarityLoss", reduction);
    }

    /**
     * axis −1, MEAN.
     *
     * @return the default options
     */
    public static CosineSimilarityOptions defaults() {
        return new CosineSimilarityOptions(-1, Reduction.MEAN);
    }

    /**
     * These options with another axis.
     *
     * @param axis the vector axis (negative counts from the end; checked against the input when applied)
     * @return a copy of these options with {@code axis} replaced
     */
    public CosineSimilarityOptions withAxis(int axis) {
        return new CosineSimilarityOptions(axis, reduction);
    }

    /**
     * These options with another reduction.
     *
     * @param reduction NONE, MEAN or SUM
     * @return a copy of these options with {@code reduction} replaced
     */
    public CosineSimilarityOptions withReduction(Reduction reduction) {
        return new CosineSimilarityOptions(axis, reduction);
    }
}
