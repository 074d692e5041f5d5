package io.github.tapegrad.losses;

import io.github.tapegrad.Tensor;

/**
 * Options of {@link Losses#binaryCrossEntropy(Tensor, Tensor, BinaryCrossEntropyOptions)}, PyTorch's: a
 * {@code weight} that broadcasts to the input's shape (default none) and the reduction (default MEAN).
 *
 * @param weight null, or a weight per element that broadcasts to the input's shape
 * @param reduction NONE, MEAN or SUM
 */
public record BinaryCrossEntropyOptions(Tensor weight, Reduction reduction) {
    /**
     * Validates a reduction other than BATCHMEAN.
     *
     * @param weight null, or a weight per element that broadcasts to the input's shape
     * @param reduction NONE, MEAN or SUM
     */
    public BinaryCrossEntropyOptions {
        Checks.reduction("binaryCrossEntropy", reduction);
    }

    /**
     * PyTorch's defaults: no weight, MEAN.
     *
     * @return the default options
     */
    public static BinaryCrossEntropyOptions defaults() {
        return new BinaryCrossEntropyOptions(null, Reduction.MEAN);
    }

    /**
     * These options with a weight that broadcasts to the input's shape; null removes it.
     *
     * @param weight null, or a weight per element that broadcasts to the input's shape
     * @return a copy of these options with {@code weight} replaced
     */
    public BinaryCrossEntropyOptions withWeight(Tensor weight) {
        return new BinaryCrossEntropyOptions(weight, reduction);
    }

    /**
     * These options with another reduction.
     *
     * @param reduction NONE, MEAN or SUM
     * @return a copy of these options with {@code reduction} replaced
     */
    public BinaryCrossEntropyOptions withReduction(Reduction reduction) {
        return new BinaryCrossEntropyOptions(weight, reduction);
    }
}
