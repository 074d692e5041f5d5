package io.github.tapegrad.losses;

import io.github.tapegrad.Tensor;

/**
 * Options of {@link Losses#crossEntropy(Tensor, Tensor, CrossEntropyOptions)}, PyTorch's: a per-class
 * {@code weight} of shape (C) (default none), the {@code ignoreIndex} of class-index targets to skip (default −100),
 * the {@code labelSmoothing} ε ∈ [0, 1] (default 0) and the reduction (default MEAN).
 *
 * @param weight null, or one weight per class, of shape (C)
 * @param ignoreIndex a class-index target value whose samples are skipped (default −100)
 * @param labelSmoothing the label smoothing ε ∈ [0, 1]
 * @param reduction NONE, MEAN or SUM
 */
public record CrossEntropyOptions(Tensor weight, int ignoreIndex, double labelSmoothing, Reduction reduction) {
    /**
     * Validates a 1-D weight (or null), ε ∈ [0, 1] and a reduction other than BATCHMEAN.
     *
     * @param weight null, or one weight per class, of shape (C)
     * @param ignoreIndex a class-index target value whose samples are skipped (default −100)
     * @param labelSmoothing the label smoothing ε ∈ [0, 1]
     * @param reduction NONE, MEAN or SUM
     */
    public CrossEntropyOptions {
        Checks.classWeight("crossEntropy", weight);
        if (!(labelSmoothing >= 0 && labelSmoothing <= 1)) {
            throw new IllegalArgumentException("crossEntropy: labelSmoothing must lie in [0, 1], got " + labelSmoothing
                    + "; use e.g. 0.1 (0 turns smoothing off)");
        }
        Checks.reduction("crossEntropy", reduction);
    }

    /**
     * PyTorch's defaults: no weight, ignoreIndex −100, no label smoothing, MEAN.
     *
     * @return the default options
     */
    public static CrossEntropyOptions defaults() {
        return new CrossEntropyOptions(null, -100, 0.0, Reduction.MEAN);
    }

    /**
     * These options with a per-class weight of shape (C); null removes it.
     *
     * @param weight null, or one weight per class, of shape (C)
     * @return a copy of these options with {@code weight} replaced
     */
    public CrossEntropyOptions withWeight(Tensor weight) {
        return new CrossEntropyOptions(weight, ignoreIndex, labelSmoothing, reduction);
    }

    /**
     * These options with another ignored target value.
     *
     * @param ignoreIndex a class-index target value whose samples are skipped (default −100)
     * @return a copy of these options with {@code ignoreIndex} replaced
     */
    public CrossEntropyOptions withIgnoreIndex(int ignoreIndex) {
        return new CrossEntropyOptions(weight, ignoreIndex, labelSmoothing, reduction);
    }

    /**
     * These options with another label smoothing ε ∈ [0, 1].
     *
     * @param labelSmoothing the label smoothing ε ∈ [0, 1]
     * @return a copy of these options with {@code labelSmoothing} replaced
     */
    public CrossEntropyOptions withLabelSmoothing(double labelSmoothing) {
        return new CrossEntropyOptions(weight, ignoreIndex, labelSmoothing, reduction);
    }

    /**
     * These options with another reduction.
     *
     * @param reduction NONE, MEAN or SUM
     * @return a copy of these options with {@code reduction} replaced
     */
    public CrossEntropyOptions withReduction(Reduction reduction) {
        return new CrossEntropyOptions(weight, ignoreIndex, labelSmoothing, reduction);
    }
}
