package io.github.tapegrad.losses;

import io.github.tapegrad.Tensor;

/**
 * Options of {@link Losses#nllLoss(Tensor, Tensor, NllLossOptions)}, PyTorch's: a per-class {@code weight} of
 * shape (C) (default none), the {@code ignoreIndex} of targets to skip (default −100) and the reduction (default MEAN).
 */
public record NllLossOptions(Tensor weight, int ignoreIndex, Reduction reduction) {
    /** Validates a 1-D weight (or null) and a reduction other than BATCHMEAN. */
    public NllLossOptions {
        Checks.classWeight("nllLoss", weight);
        Checks.reduction("nllLoss", reduction);
    }

    /** PyTorch's defaults: no weight, ignoreIndex −100, MEAN. */
    public static NllLossOptions defaults() {
        return new NllLossOptions(null, -100, Reduction.MEAN);
    }

    /** These options with a per-class weight of shape (C); null removes it. */
    public NllLossOptions withWeight(Tensor weight) {
        return new NllLossOptions(weight, ignoreIndex, reduction);
    }

    /** These options with another ignored target value. */
    public NllLossOptions withIgnoreIndex(int ignoreIndex) {
        return new NllLossOptions(weight, ignoreIndex, reduction);
    }

    /** These options with another reduction. */
    public NllLossOptions withReduction(Reduction reduction) {
        return new NllLossOptions(weight, ignoreIndex, reduction);
    }
}
