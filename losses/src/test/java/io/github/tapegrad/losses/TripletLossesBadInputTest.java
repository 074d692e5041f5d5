package io.github.tapegrad.losses;

import static io.github.tapegrad.losses.MarginLossesBadInputTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tapegrad.Tensor;
import org.junit.jupiter.api.Test;

/** Bad input to the triplet losses fails with a text that names the loss, the shapes, what is wrong and a fix. */
class TripletLossesBadInputTest {
    private static final Tensor A = Tensor.zeros(2, 3);

    @Test
    void tripletMarginRejectsUnequalShapes() {
        assertMessage("tripletMarginLoss: anchor has shape (2, 3) but negative has shape (2, 4) (dimension 1: 3 vs 4); give"
                + " anchor and negative the same shape (this loss does not broadcast)",
                () -> TripletLosses.tripletMarginLoss(A, A, Tensor.zeros(2, 4)));
        assertMessage("tripletMarginLoss: anchor has shape (2, 3) but positive has shape (3) (rank 2 vs 1); give anchor and"
                + " positive the same shape (this loss does not broadcast)",
                () -> TripletLosses.tripletMarginLoss(A, Tensor.zeros(3), A));
    }

    @Test
    void tripletMarginRejectsScalars() {
        Tensor s = Tensor.scalar(1);
        assertMessage("tripletMarginLoss: anchor has shape () (a scalar); give (N, D) or (D) embeddings",
                () -> TripletLosses.tripletMarginLoss(s, s, s));
    }

    @Test
    void tripletMarginRejectsBadOptions() {
        assertMessage("tripletMarginLoss: p is -1.0; give p >= 0 (2 for the Euclidean distance)",
                () -> TripletMarginOptions.defaults().withP(-1));
        assertMessage("tripletMarginLoss: eps is Infinity; give a finite eps",
                () -> TripletMarginOptions.defaults().withEps(Double.POSITIVE_INFINITY));
    }

    @Test
    void distanceLossRejectsDistancesOfUnequalShapes() {
        Tensor p = Tensor.ones(2, 3), n = Tensor.ones(2, 3);
        var options = TripletMarginWithDistanceOptions.defaults().withSwap(true)
                .withDistanceFunction((x, y) -> x == A ? x.sub(y).square().sum(-1) : x.sub(y).square());
        assertMessage("tripletMarginWithDistanceLoss: d(anchor, negative) has shape (2) but d(positive, negative) has shape"
                + " (2, 3) (rank 1 vs 2); give d(anchor, negative) and d(positive, negative) the same shape (this loss does not"
                + " broadcast)", () -> TripletLosses.tripletMarginWithDistanceLoss(A, p, n, options));
    }

    @Test
    void distanceLossNeedsADistanceFunction() {
        var e = assertThrows(NullPointerException.class,
                () -> TripletMarginWithDistanceOptions.defaults().withDistanceFunction(null));
        assertEquals("tripletMarginWithDistanceLoss: distanceFunction is null; use TripletLosses::pairwiseDistance (the default)",
                e.getMessage());
    }
}
