package io.github.tapegrad.losses;

/**
 * Options of {@link MarginLosses#marginRankingLoss}: the margin (default 0) and the reduction (default MEAN), as
 * PyTorch's {@code margin_ranking_loss}.
 *
 * @param margin    a finite margin
 * @param reduction NONE, MEAN or SUM
 */
public record MarginRankingOptions(double margin, Reduction reduction) {
    /**
     * Validates the components.
     *
     * @param margin a finite margin
     * @param reduction NONE, MEAN or SUM
     * @throws IllegalArgumentException for a non-finite margin or BATCHMEAN
     */
    public MarginRankingOptions {
        MarginChecks.finite("marginRankingLoss", "margin", margin);
        MarginChecks.reduction("marginRankingLoss", reduction);
    }

    /**
     * margin 0, MEAN.
     *
     * @return the default options
     */
    public static MarginRankingOptions defaults() {
        return new MarginRankingOptions(0, Reduction.MEAN);
    }

    /**
     * These options with another margin.
     *
     * @param margin a finite margin
     * @return a copy of these options with {@code margin} replaced
     */
    public MarginRankingOptions withMargin(double margin) {
        return new MarginRankingOptions(margin, reduction);
    }

    /**
     * These options with another reduction.
     *
     * @param reduction NONE, MEAN or SUM
     * @return a copy of these options with {@code reduction} replaced
     */
    public MarginRankingOptions withReduction(Reduction reduction) {
        return new MarginRankingOptions(margin, reduction);
    }
}
