package io.github.tapegrad.losses;

import io.github.tapegrad.Tensor;

/**
 * Options of {@link Losses#crossEntropy(Tensor, Tensor, CrossEntropyOptions)}, PyTorch's: a per-class
 * {@code weight} of shape (C) (default none), the {@code ignoreIndex} of class-index targets to skip (default −100),
 * the {@code labelSmoothing} ε ∈ [0, 1] (default 0) and the reduction (default MEAN).
 */
public record CrossEntropyOptions(Tensor weight, int ignoreIndex, double labelSmoothing, Reduction reduction) {
    /** Validates a 1-D weight (or null), ε ∈ [0, 1] and a reduction other than BATCHMEAN. */
    public CrossEntropyOptions {
        Checks.classWeight("crossEntropy", weight);
        if (!(labelSmoothing >= 0 && labelSmoothing <= 1)) {
            throw new IllegalArgumentException("crossEntropy: labelSmoothing must lie in [0, 1], got " + labelSmoothing
                    + "; use e.g. 0.1 (0 turns smoothing off)");
        }
        Checks.reduction("crossEntropy", reduction);
    }

    /** PyTorch's defaults: no weight, ignoreIndex −100, no label smoothing, MEAN. */
    public static CrossEntropyOptions defaults() {
        return new CrossEntropyOptions(null, -100, 0.0, Reduction.MEAN);
    }

    /** These options with a per-class weight of shape (C); null removes it. */
    public CrossEntropyOptions withWeight(Tensor weight) {
        return new CrossEntropyOptions(weight, ignoreIndex, labelSmoothing, reduction);
    }

    /** These options with another ignored target value. */
    public CrossEntropyOptions withIgnoreIndex(int ignoreIndex) {
        return new CrossEntropyOptions(weight, ignoreIndex, labelSmoothing, reduction);
    }

    /** These options with another label smoothing ε ∈ [0, 1]. */
    public CrossEntropyOptions withLabelSmoothing(double labelSmoothing) {
        return new CrossEntropyOptions(weight, ignoreIndex, labelSmoothing, reduction);
    }

    /** These options with another reduction. */
    public CrossEntropyOptions withReduction(Reduction reduction) {
        return new CrossEntropyOptions(weight, ignoreIndex, labelSmoothing, reduction);
    }
}
