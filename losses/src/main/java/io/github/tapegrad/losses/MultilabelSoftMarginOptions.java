package io.github.tapegrad.losses;

import io.github.tapegrad.Tensor;

/**
 * Options of {@link MarginLosses#multilabelSoftMarginLoss}: a per-class weight of shape (C) (default none) and the
 * reduction (default MEAN), as PyTorch's {@code multilabel_soft_margin_loss}.
 *
 * @param weight    null, or one weight per class (checked against the input when the loss is applied)
 * @param reduction NONE, MEAN or SUM
 */
public record MultilabelSoftMarginOptions(Tensor weight, Reduction reduction) {
    /**
     * Validates the components.
     *
     * @param weight null, or one weight per class (checked against the input when the loss is applied)
     * @param reduction NONE, MEAN or SUM
     * @throws IllegalArgumentException for a weight that is not 1-D, or BATCHMEAN
     */
    public MultilabelSoftMarginOptions {
        MarginChecks.reduction("multilabelSoftMarginLoss", reduction);
        MarginChecks.vectorWeight("multilabelSoftMarginLoss", weight);
    }

    /**
     * No weight, MEAN.
     *
     * @return the default options
     */
    public static MultilabelSoftMarginOptions defaults() {
        return new MultilabelSoftMarginOptions(null, Reduction.MEAN);
    }

    /**
     * These options with another weight (null for none).
     *
     * @param weight null, or one weight per class (checked against the input when the loss is applied)
     * @return a copy of these options with {@code weight} replaced
     */
    public MultilabelSoftMarginOptions withWeight(Tensor weight) {
        return new MultilabelSoftMarginOptions(weight, reduction);
    }

    /**
     * These options with another reduction.
     *
     * @param reduction NONE, MEAN or SUM
     * @return a copy of these options with {@code reduction} replaced
     */
    public MultilabelSoftMarginOptions withReduction(Reduction reduction) {
        return new MultilabelSoftMarginOptions(weight, reduction);
    }
}
