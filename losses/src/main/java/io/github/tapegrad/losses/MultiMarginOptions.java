package io.github.tapegrad.losses;

import io.github.tapegrad.Tensor;

/**
 * Options of {@link MarginLosses#multiMarginLoss}: the power p ∈ {1, 2} (default 1), the margin (default 1), a per-class
 * weight of shape (C) (default none) and the reduction (default MEAN), as PyTorch's {@code multi_margin_loss}.
 *
 * @param p         1 or 2
 * @param margin    a finite margin
 * @param weight    null, or one weight per class (checked against the input when the loss is applied)
 * @param reduction NONE, MEAN or SUM
 */
public record MultiMarginOptions(int p, double margin, Tensor weight, Reduction reduction) {
    /**
     * Validates the components.
     *
     * @param p 1 or 2
     * @param margin a finite margin
     * @param weight null, or one weight per class (checked against the input when the loss is applied)
     * @param reduction NONE, MEAN or SUM
     * @throws IllegalArgumentException for p other than 1 or 2, a non-finite margin, a weight not 1-D, or BATCHMEAN
     */
    public MultiMarginOptions {
        if (p != 1 && p != 2) {
            throw new IllegalArgumentException("multiMarginLoss: p = " + p + " is not supported; use p = 1 or p = 2");
        }
        MarginChecks.finite("multiMarginLoss", "margin", margin);
        MarginChecks.reduction("multiMarginLoss", reduction);
        MarginChecks.vectorWeight("multiMarginLoss", weight);
    }

    /**
     * p 1, margin 1, no weight, MEAN.
     *
     * @return the default options
     */
    public static MultiMarginOptions defaults() {
        return new MultiMarginOptions(1, 1, null, Reduction.MEAN);
    }

    /**
     * These options with another power (1 or 2).
     *
     * @param p 1 or 2
     * @return a copy of these options with {@code p} replaced
     */
    public MultiMarginOptions withP(int p) {
        return new MultiMarginOptions(p, margin, weight, reduction);
    }

    /**
     * These options with another margin.
     *
     * @param margin a finite margin
     * @return a copy of these options with {@code margin} replaced
     */
    public MultiMarginOptions withMargin(double margin) {
        return new MultiMarginOptions(p, margin, weight, reduction);
    }

    /**
     * These options with another weight (null for none).
     *
     * @param weight null, or one weight per class (checked against the input when the loss is applied)
     * @return a copy of these options with {@code weight} replaced
     */
    public MultiMarginOptions withWeight(Tensor weight) {
        return new MultiMarginOptions(p, margin, weight, reduction);
    }

    /**
     * These options with another reduction.
     *
     * @param reduction NONE, MEAN or SUM
     * @return a copy of these options with {@code reduction} replaced
     */
    public MultiMarginOptions withReduction(Reduction reduction) {
        return new MultiMarginOptions(p, margin, weight, reduction);
    }
}
