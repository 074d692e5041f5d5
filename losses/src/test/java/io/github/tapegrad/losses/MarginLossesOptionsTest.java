package io.github.tapegrad.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.tapegrad.Tensor;
import org.junit.jupiter.api.Test;

/** The options' defaults are PyTorch's (Keras' for the extras), and each loss as a value equals its static method. */
class MarginLossesOptionsTest {
    private static final Tensor X = Tensor.randn(new int[] {3, 4}, 5), Y = Tensor.randn(new int[] {3, 4}, 6);
    private static final Tensor SIGNS = Tensor.of(new double[][] {{1, -1, -1, 1}, {-1, 1, 1, -1}, {1, 1, -1, -1}});

    @Test
    void defaultsArePyTorchs() {
        assertEquals(new MarginRankingOptions(0, Reduction.MEAN), MarginRankingOptions.defaults());
        assertEquals(new HingeEmbeddingOptions(1, Reduction.MEAN), HingeEmbeddingOptions.defaults());
        assertEquals(new CosineEmbeddingOptions(0, Reduction.MEAN), CosineEmbeddingOptions.defaults());
        assertEquals(new MultiMarginOptions(1, 1, null, Reduction.MEAN), MultiMarginOptions.defaults());
        assertNull(MultilabelSoftMarginOptions.defaults().weight());
        assertEquals(new TripletMarginOptions(1, 2, 1e-6, false, Reduction.MEAN), TripletMarginOptions.defaults());
        var distance = TripletMarginWithDistanceOptions.defaults();
        assertEquals(1, distance.margin());
        assertEquals(false, distance.swap());
        assertEquals(new CtcOptions(0, Reduction.MEAN, false), CtcOptions.defaults());
        assertEquals(new CosineSimilarityOptions(-1, Reduction.MEAN), CosineSimilarityOptions.defaults());
    }

    @Test
    void withersChangeOneOption() {
        var o = TripletMarginOptions.defaults().withSwap(true).withP(1).withMargin(0.5).withEps(0).withReduction(Reduction.SUM);
        assertEquals(new TripletMarginOptions(0.5, 1, 0, true, Reduction.SUM), o);
        assertEquals(new CtcOptions(3, Reduction.NONE, true),
                CtcOptions.defaults().withBlank(3).withReduction(Reduction.NONE).withZeroInfinity(true));
    }

    @Test
    void defaultDistanceIsPairwiseDistance() {
        Tensor a = TripletLosses.tripletMarginWithDistanceLoss(X, Y, Y.flip(0));
        Tensor b = TripletLosses.tripletMarginLoss(X, Y, Y.flip(0));
        assertEquals(b.item(), a.item(), 1e-15, "triplet margin loss with p = 2, eps = 1e-6 equals the distance form's default");
    }

    @Test
    void valuesEqualTheStaticMethods() {
        Loss soft = MarginLosses::softMarginLoss;
        assertEquals(MarginLosses.softMarginLoss(X, SIGNS).item(), soft.apply(X, SIGNS).item());
        assertEquals(MarginLosses.softMarginLoss(X, SIGNS, Reduction.SUM).item(),
                MarginLosses.softMarginLoss(Reduction.SUM).apply(X, SIGNS).item());
        Loss.Ternary ranking = MarginLosses.marginRankingLoss(MarginRankingOptions.defaults().withMargin(0.1));
        assertEquals(MarginLosses.marginRankingLoss(X, Y, SIGNS, MarginRankingOptions.defaults().withMargin(0.1)).item(),
                ranking.apply(X, Y, SIGNS).item());
        Loss hinge = HingeLosses.hinge(Reduction.SUM);
        assertEquals(HingeLosses.hinge(X, SIGNS, Reduction.SUM).item(), hinge.apply(X, SIGNS).item());
        Loss.Ternary triplet = TripletLosses.tripletMarginLoss(TripletMarginOptions.defaults().withSwap(true));
        assertEquals(TripletLosses.tripletMarginLoss(X, Y, SIGNS, TripletMarginOptions.defaults().withSwap(true)).item(),
                triplet.apply(X, Y, SIGNS).item());
    }
}
