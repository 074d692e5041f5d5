package io.github.tapegrad.losses;

import io.github.tapegrad.Tensor;

/**
 * Options of {@link Losses#nllLoss(Tensor, Tensor, NllLossOptions)}, PyTorch's: a per-class {@code weight} of
 * shape (C) (default none), the {@code ignoreIndex} of targets to skip (default −100) and the reduction (default MEAN).
 *
 * @param weight null, or one weight per class, of shape (C)
 * @param ignoreIndex a target value whose samples are skipped (default −100)
 * @param reduction NONE, MEAN or SUM
 */
public record NllLossOptions(Tensor weight, int ignoreIndex, Reduction reduction) {
    /**
     * Validates a 1-D weight (or null) and a reduction other than BATCHMEAN.
     *
     * @param weight null, or one weight per class, of shape (C)
     * @param ignoreIndex a target value whose samples are skipped (default −100)
     * @param reduction NONE, MEAN or SUM
     */
    public NllLossOptions {
        Checks.classWeight("nllLoss", weight);
        Checks.reduction("nllLoss", reduction);
    }

    /**
     * PyTorch's defaults: no weight, ignoreIndex −100, MEAN.
     *
     * @return the default options
     */
    public static NllLossOptions defaults() {
        return new NllLossOptions(null, -100, Reduction.MEAN);
    }

    /**
     * These options with a per-class weight of shape (C); null removes it.
     *
     * @param weight null, or one weight per class, of shape (C)
     * @return a copy of these options with {@code weight} replaced
     */
    public NllLossOptions withWeight(Tensor weight) {
        return new NllLossOptions(weight, ignoreIndex, reduction);
    }

    /**
     * These options with another ignored target value.
     *
     * @param ignoreIndex a target value whose samples are skipped (default −100)
     * @return a copy of these options with {@code ignoreIndex} replaced
     */
    public NllLossOptions withIgnoreIndex(int ignoreIndex) {
        return new NllLossOptions(weight, ignoreIndex, reduction);
    }

    /**
     * These options with another reduction.
     *
     * @param reduction NONE, MEAN or SUM
     * @return a copy of these options with {@code reduction} replaced
     */
    public NllLossOptions withReduction(Reduction reduction) {
        return new NllLossOptions(weight, ignoreIndex, reduction);
    }
}
