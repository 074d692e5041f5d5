package io.github.tapegrad.losses;

import io.github.tapegrad.Tensor;

/**
 * Options of {@link Losses#binaryCrossEntropyWithLogits(Tensor, Tensor, BinaryCrossEntropyWithLogitsOptions)},
 * PyTorch's: a {@code weight} and a {@code posWeight} p (the weight of positive targets, typically one per class,
 * shape (C)), each broadcasting to the input's shape (default none), and the reduction (default MEAN).
 *
 * @param weight null, or a weight per element that broadcasts to the input's shape
 * @param posWeight null, or a weight p of the positive targets that broadcasts to the input's shape
 * @param reduction NONE, MEAN or SUM
 */
public record BinaryCrossEntropyWithLogitsOptions(Tensor weight, Tensor posWeight, Reduction reduction) {
    /**
     * Validates a reduction other than BATCHMEAN.
     *
     * @param weight null, or a weight per element that broadcasts to the input's shape
     * @param posWeight null, or a weight p of the positive targets that broadcasts to the input's shape
     * @param reduction NONE, MEAN or SUM
     */
    public BinaryCrossEntropyWithLogitsOptions {
        Checks.reduction("binaryCrossEntropyWithLogits", reduction);
    }

    /**
     * PyTorch's defaults: no weight, no posWeight, MEAN.
     *
     * @return the default options
     */
    public static BinaryCrossEntropyWithLogitsOptions defaults() {
        return new BinaryCrossEntropyWithLogitsOptions(null, null, Reduction.MEAN);
    }

    /**
     * These options with a weight that broadcasts to the input's shape; null removes it.
     *
     * @param weight null, or a weight per element that broadcasts to the input's shape
     * @return a copy of these options with {@code weight} replaced
     */
    public BinaryCrossEntropyWithLogitsOptions withWeight(Tensor weight) {
        return new BinaryCrossEntropyWithLogitsOptions(weight, posWeight, reduction);
    }

    /**
     * These options with a weight of positive targets that broadcasts to the input's shape; null removes it.
     *
     * @param posWeight null, or a weight p of the positive targets that broadcasts to the input's shape
     * @return a copy of these options with {@code posWeight} replaced
     */
    public BinaryCrossEntropyWithLogitsOptions withPosWeight(Tensor posWeight) {
        return new BinaryCrossEntropyWithLogitsOptions(weight, posWeight, reduction);
    }

    /**
     * These options with another reduction.
     *
     * @param reduction NONE, MEAN or SUM
     * @return a copy of these options with {@code reduction} replaced
     */
    public BinaryCrossEntropyWithLogitsOptions withReduction(Reduction reduction) {
        return new BinaryCrossEntropyWithLogitsOptions(weight, posWeight, reduction);
    }
}
