package io.github.tapegrad.losses;

import io.github.tapegrad.Tensor;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Options of {@link TripletLosses#tripletMarginWithDistanceLoss}: the distance function (default
 * {@link TripletLosses#pairwiseDistance}), margin (default 1), swap (default false) and the reduction (default MEAN), as
 * PyTorch's {@code triplet_margin_with_distance_loss}.
 *
 * @param distanceFunction maps two (…, D) batches to (…) non-negative distances, composed of tensor ops
 * @param margin           a finite margin
 * @param swap             use min(d(a, n), d(p, n)) as the negative distance
 * @param reduction        NONE, MEAN or SUM
 */
public record TripletMarginWithDistanceOptions(BiFunction<Tensor, Tensor, Tensor> distanceFunction, double margin,
        boolean swap, Reduction reduction) {
    /**
     * Validates the components.
     *
     * @param distanceFunction maps two (…, D) batches to (…) non-negative distances, composed of tensor ops
     * @param margin a finite margin
     * @param swap use min(d(a, n), d(p, n)) as the negative distance
     * @param reduction NONE, MEAN or SUM
     * @throws IllegalArgumentException for a non-finite margin or BATCHMEAN; NullPointerException for no distance
     */
    public TripletMarginWithDistanceOptions {
        Objects.requireNonNull(distanceFunction,
                "tripletMarginWithDistanceLoss: distanceFunction is null; use TripletLosses::pairwiseDistance (the default)");
        MarginChecks.finite("tripletMarginWithDistanceLoss", "margin", margin);
        MarginChecks.reduction("tripletMarginWithDistanceLoss", reduction);
    }

    /**
     * pairwiseDistance, margin 1, no swap, MEAN.
     *
     * @return the default options
     */
    public static TripletMarginWithDistanceOptions defaults() {
        return new TripletMarginWithDistanceOptions(TripletLosses::pairwiseDistance, 1, false, Reduction.MEAN);
    }

    /**
     * These options with another distance function.
     *
     * @param distanceFunction maps two (…, D) batches to (…) non-negative distances, composed of tensor ops
     * @return a copy of these options with {@code distanceFunction} replaced
     */
    public TripletMarginWithDistanceOptions withDistanceFunction(BiFunction<Tensor, Tensor, Tensor> distanceFunction) {
        return new TripletMarginWithDistanceOptions(distanceFunction, margin, swap, reduction);
    }

    /**
     * These options with another margin.
     *
     * @param margin a finite margin
     * @return a copy of these options with {@code margin} replaced
     */
    public TripletMarginWithDistanceOptions withMargin(double margin) {
        return new TripletMarginWithDistanceOptions(distanceFunction, margin, swap, reduction);
    }

    /**
     * These options with swap on or off.
     *
     * @param swap use min(d(a, n), d(p, n)) as the negative distance
     * @return a copy of these options with {@code swap} replaced
     */
    public TripletMarginWithDistanceOptions withSwap(boolean swap) {
        return new TripletMarginWithDistanceOptions(distanceFunction, margin, swap, reduction);
    }

    /**
     * These options with another reduction.
     *
     * @param reduction NONE, MEAN or SUM
     * @return a copy of these options with {@code reduction} replaced
     */
    public TripletMarginWithDistanceOptions withReduction(Reduction reduction) {
        return new TripletMarginWithDistanceOptions(distanceFunction, margin, swap, reduction);
    }
}
