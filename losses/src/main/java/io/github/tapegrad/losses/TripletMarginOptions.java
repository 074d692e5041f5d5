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
    /** @throws IllegalArgumentException for a non-finite margin or eps, a negative or NaN p, or BATCHMEAN */
    public TripletMarginOptions {
        MarginChecks.finite("tripletMarginLoss", "margin", margin);
        MarginChecks.finite("tripletMarginLoss", "eps", eps);
        if (!(p >= 0)) {
            throw new IllegalArgumentException("tripletMarginLoss: p is " + p + "; give p >= 0 (2 for the Euclidean distance)");
        }
        MarginChecks.reduction("tripletMarginLoss", reduction);
    }

    /** margin 1, p 2, eps 1e−6, no swap, MEAN. */
    public static TripletMarginOptions defaults() {
        return new TripletMarginOptions(1, 2, 1e-6, false, Reduction.MEAN);
    }

    /** These options with another margin. */
    public TripletMarginOptions withMargin(double margin) {
        return new TripletMarginOptions(margin, p, eps, swap, reduction);
    }

    /** These options with another p. */
    public TripletMarginOptions withP(double p) {
        return new TripletMarginOptions(margin, p, eps, swap, reduction);
    }

    /** These options with another eps. */
    public TripletMarginOptions withEps(double eps) {
        return new TripletMarginOptions(margin, p, eps, swap, reduction);
    }

    /** These options with swap on or off. */
    public TripletMarginOptions withSwap(boolean swap) {
        return new TripletMarginOptions(margin, p, eps, swap, reduction);
    }

    /** These options with another reduction. */
    public TripletMarginOptions withReduction(Reduction reduction) {
        return new TripletMarginOptions(margin, p, eps, swap, reduction);
    }
}
