package io.github.tapegrad.losses;

/**
 * Options of {@link TripletLosses#tripletMarginLoss}: margin (default 1), the norm's p (default 2), the eps added to
 * each difference (default 1e−6), swap (default false) and the reduction (default MEAN), as PyTorch's
 * {@code triplet_margin_loss}.
 *
 * @param margin    a finite margin
 * @param p         the p of the p-norm distance: p ≥ 0, {@code Double.POSITIVE_INFINITY} for the max norm
 * @param eps       added to every difference before the norm, as PyTorch's {@code pairwise_distance}
 * @param swap      use min(d(a, n), d(p, n)) as the negative distance (Balntas et al., 2016)
 * @param reduction NONE, MEAN or SUM
 */
public record TripletMarginOptions(double margin, double p, double eps, boolean swap, Reduction reduction) {
    /**
     * Validates the components.
     *
     * @param margin a finite margin
     * @param p the p of the p-norm distance: p ≥ 0, {@code Double.POSITIVE_INFINITY} for the max norm
     * @param eps added to every difference before the norm, as PyTorch's {@code pairwise_distance}
     * @param swap use min(d(a, n), d(p, n)) as the negative distance (Balntas et al., 2016)
     * @param reduction NONE, MEAN or SUM
     * @throws IllegalArgumentException for a non-finite margin or eps, a negative or NaN p, or BATCHMEAN
     */
    public TripletMarginOptions {
        MarginChecks.finite("tripletMarginLoss", "margin", margin);
        MarginChecks.finite("tripletMarginLoss", "eps", eps);
        if (!(p >= 0)) {
            throw new IllegalArgumentException("tripletMarginLoss: p is " + p + "; give p >= 0 (2 for the Euclidean distance)");
        }
        MarginChecks.reduction("tripletMarginLoss", reduction);
    }

    /**
     * margin 1, p 2, eps 1e−6, no swap, MEAN.
     *
     * @return the default options
     */
    public static TripletMarginOptions defaults() {
        return new TripletMarginOptions(1, 2, 1e-6, false, Reduction.MEAN);
    }

    /**
     * These options with another margin.
     *
     * @param margin a finite margin
     * @return a copy of these options with {@code margin} replaced
     */
    public TripletMarginOptions withMargin(double margin) {
        return new TripletMarginOptions(margin, p, eps, swap, reduction);
    }

    /**
     * These options with another p.
     *
     * @param p the p of the p-norm distance: p ≥ 0, {@code Double.POSITIVE_INFINITY} for the max norm
     * @return a copy of these options with {@code p} replaced
     */
    public TripletMarginOptions withP(double p) {
        return new TripletMarginOptions(margin, p, eps, swap, reduction);
    }

    /**
     * These options with another eps.
     *
     * @param eps added to every difference before the norm, as PyTorch's {@code pairwise_distance}
     * @return a copy of these options with {@code eps} replaced
     */
    public TripletMarginOptions withEps(double eps) {
        return new TripletMarginOptions(margin, p, eps, swap, reduction);
    }

    /**
     * These options with swap on or off.
     *
     * @param swap use min(d(a, n), d(p, n)) as the negative distance (Balntas et al., 2016)
     * @return a copy of these options with {@code swap} replaced
     */
    public TripletMarginOptions withSwap(boolean swap) {
        return new TripletMarginOptions(margin, p, eps, swap, reduction);
    }

    /**
     * These options with another reduction.
     *
     * @param reduction NONE, MEAN or SUM
     * @return a copy of these options with {@code reduction} replaced
     */
    public TripletMarginOptions withReduction(Reduction reduction) {
        return new TripletMarginOptions(margin, p, eps, swap, reduction);
    }
}
