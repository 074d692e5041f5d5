package io.github.tapegrad.losses;

import static io.github.tapegrad.losses.MarginChecks.sameShape;

import io.github.tapegrad.Tensor;

/**
 * Triplet losses of {@code torch.nn} (PyTorch 1.13 semantics): an anchor should be closer to its positive than to its
 * negative by a margin. Composed of tensor ops, so the gradient comes from the tape; inputs do not broadcast.
 */
public final class TripletLosses {
    private TripletLosses() {}

    /**
     * d(x1, x2) = ‖x1 − x2 + ε‖₂ over the last dimension, ε = 1e−6: PyTorch's {@code pairwise_distance} defaults, the
     * default distance of {@link #tripletMarginWithDistanceLoss}. Inputs: two (…, D) tensors of equal shape; output (…).
     *
     * @param x1 the first points (…, D)
     * @param x2 the second points, of x1's shape
     * @return the distances (…)
     */
    public static Tensor pairwiseDistance(Tensor x1, Tensor x2) {
        return pairwiseDistance(x1, x2, 2, 1e-6);
    }

    /**
     * d(x1, x2) = ‖x1 − x2 + ε‖ₚ over the last dimension (PyTorch adds ε to the difference, so equal inputs are at
     * distance ε·D^(1/p), not 0). The gradient at a zero norm is 0, as PyTorch's.
     *
     * @param x1 the first points (…, D)
     * @param x2 the second points, of x1's shape
     * @param p the norm's p ≥ 0, or {@code Double.POSITIVE_INFINITY} for the max norm
     * @param eps added to every difference before the norm
     * @return the distances (…)
     * @throws IllegalArgumentException for unequal shapes or scalars
     */
    public static Tensor pairwiseDistance(Tensor x1, Tensor x2, double p, double eps) {
        String op = "pairwiseDistance";
        sameShape(op, "x1", x1, "x2", x2);
        MarginChecks.atLeast1d(op, "x1", x1, "(N, D) or (D) vectors");
        return x1.sub(x2).add(eps).norm(p, new int[] {-1}, false);
    }

    // ---------------------------------------------------------------- tripletMarginLoss

    /**
     * ℓᵢ = max(0, margin + d(aᵢ, pᵢ) − d(aᵢ, nᵢ)), d(x, y) = ‖x − y + ε‖ₚ over the last dimension; with swap,
     * d(aᵢ, nᵢ) is replaced by min(d(aᵢ, nᵢ), d(pᵢ, nᵢ)). Inputs: anchor, positive and negative embeddings (N, D) or (D)
     * (or (…, D)) of equal shape; output (…). PyTorch {@code nn.TripletMarginLoss} (margin 1, p 2, eps 1e−6, no swap,
     * mean). The clamp passes the gradient at a tie; min splits it evenly, as PyTorch's.
     *
     * @param anchor the anchor embeddings (N, D), (D) or (…, D)
     * @param positive the positive embeddings, of the anchor's shape
     * @param negative the negative embeddings, of the anchor's shape
     * @return the mean triplet margin loss, a scalar
     * @throws IllegalArgumentException for unequal shapes or scalar inputs
     */
    public static Tensor tripletMarginLoss(Tensor anchor, Tensor positive, Tensor negative) {
        return tripletMarginLoss(anchor, positive, negative, TripletMarginOptions.defaults());
    }

    /**
     * ℓᵢ = max(0, margin + d(aᵢ, pᵢ) − d(aᵢ, nᵢ)) with options; see {@link #tripletMarginLoss(Tensor, Tensor, Tensor)}.
     *
     * @param anchor the anchor embeddings (N, D), (D) or (…, D)
     * @param positive the positive embeddings, of the anchor's shape
     * @param negative the negative embeddings, of the anchor's shape
     * @param options the margin, p, ε, swap and the reduction
     * @return the loss: a scalar, or one value per triplet (…) with NONE
     */
    public static Tensor tripletMarginLoss(Tensor anchor, Tensor positive, Tensor negative, TripletMarginOptions options) {
        String op = "tripletMarginLoss";
        Checks.options(options, op, "TripletMarginOptions");
        checkTriplet(op, anchor, positive, negative);
        double p = options.p(), eps = options.eps();
        Tensor toPositive = pairwiseDistance(anchor, positive, p, eps);
        Tensor toNegative = pairwiseDistance(anchor, negative, p, eps);
        if (options.swap()) toNegative = toNegative.minimum(pairwiseDistance(positive, negative, p, eps));
        Tensor loss = toPositive.add(options.margin()).sub(toNegative).clampMin(0);
        return options.reduction().apply(loss, op);
    }

    /**
     * ℓᵢ = max(0, margin + d(aᵢ, pᵢ) − d(aᵢ, nᵢ)), d(x, y) = ‖x − y + ε‖ₚ: the triplet margin loss as a value
     * {@code (anchor, positive, negative) → loss} with its options fixed.
     *
     * @param options the margin, p, ε, swap and the reduction
     * @return the triplet margin loss as a function of (anchor, positive, negative)
     */
    public static Loss.Ternary tripletMarginLoss(TripletMarginOptions options) {
        Checks.options(options, "tripletMarginLoss", "TripletMarginOptions");
        return (a, p, n) -> tripletMarginLoss(a, p, n, options);
    }

    // ---------------------------------------------------------------- tripletMarginWithDistanceLoss

    /**
     * ℓᵢ = max(0, d(aᵢ, pᵢ) − d(aᵢ, nᵢ) + margin) for a distance function d (default {@link #pairwiseDistance}); with
     * swap, d(aᵢ, nᵢ) is replaced by min(d(aᵢ, nᵢ), d(pᵢ, nᵢ)). Inputs: anchor, positive and negative of equal shape,
     * and a d mapping two of them to one distance per sample. PyTorch {@code nn.TripletMarginWithDistanceLoss}
     * (pairwise distance, margin 1, no swap, mean).
     *
     * @param anchor the anchor embeddings
     * @param positive the positive embeddings, of the anchor's shape
     * @param negative the negative embeddings, of the anchor's shape
     * @return the mean triplet loss, a scalar
     * @throws IllegalArgumentException for unequal shapes, or distances of unequal shapes
     */
    public static Tensor tripletMarginWithDistanceLoss(Tensor anchor, Tensor positive, Tensor negative) {
        return tripletMarginWithDistanceLoss(anchor, positive, negative, TripletMarginWithDistanceOptions.defaults());
    }

    /**
     * ℓᵢ = max(0, d(aᵢ, pᵢ) − d(aᵢ, nᵢ) + margin) with options; see
     * {@link #tripletMarginWithDistanceLoss(Tensor, Tensor, Tensor)}.
     *
     * @param anchor the anchor embeddings
     * @param positive the positive embeddings, of the anchor's shape
     * @param negative the negative embeddings, of the anchor's shape
     * @param options the distance function, the margin, swap and the reduction
     * @return the loss: a scalar, or one value per triplet with NONE
     */
    public static Tensor tripletMarginWithDistanceLoss(Tensor anchor, Tensor positive, Tensor negative,
            TripletMarginWithDistanceOptions options) {
        String op = "tripletMarginWithDistanceLoss";
        Checks.options(options, op, "TripletMarginWithDistanceOptions");
        checkTriplet(op, anchor, positive, negative);
        var d = options.distanceFunction();
        Tensor toPositive = d.apply(anchor, positive), toNegative = d.apply(anchor, negative);
        sameShape(op, "d(anchor, positive)", toPositive, "d(anchor, negative)", toNegative);
        if (options.swap()) {
            Tensor swapped = d.apply(positive, negative);
            sameShape(op, "d(anchor, negative)", toNegative, "d(positive, negative)", swapped);
            toNegative = toNegative.minimum(swapped);
        }
        Tensor loss = toPositive.sub(toNegative).add(options.margin()).clampMin(0);
        return options.reduction().apply(loss, op);
    }

    /**
     * ℓᵢ = max(0, d(aᵢ, pᵢ) − d(aᵢ, nᵢ) + margin): the triplet loss with a distance function d as a value
     * {@code (anchor, positive, negative) → loss}.
     *
     * @param options the distance function, the margin, swap and the reduction
     * @return the triplet loss as a function of (anchor, positive, negative)
     */
    public static Loss.Ternary tripletMarginWithDistanceLoss(TripletMarginWithDistanceOptions options) {
        Checks.options(options, "tripletMarginWithDistanceLoss", "TripletMarginWithDistanceOptions");
        return (a, p, n) -> tripletMarginWithDistanceLoss(a, p, n, options);
    }

    private static void checkTriplet(String op, Tensor anchor, Tensor positive, Tensor negative) {
        sameShape(op, "anchor", anchor, "positive", positive);
        sameShape(op, "anchor", anchor, "negative", negative);
        MarginChecks.atLeast1d(op, "anchor", anchor, "(N, D) or (D) embeddings");
    }
}
