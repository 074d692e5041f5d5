package io.github.tapegrad.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tapegrad.Tensor;
import org.junit.jupiter.api.Test;

/** The facade {@link Losses} delegates each part-B loss, in all its forms, to the loss of the same name. */
class MarginLossesFacadeTest {
    private static final Tensor X = Tensor.randn(new int[] {3, 4}, 21), Z = Tensor.randn(new int[] {3, 4}, 22);
    private static final Tensor SIGNS = Tensor.of(new double[][] {{1, -1, -1, 1}, {-1, 1, 1, -1}, {1, 1, -1, -1}});
    private static final Tensor ZERO_ONE = SIGNS.add(1).div(2), CLASSES = Tensor.of(3, 0, 2), ROWS = Tensor.of(1, -1, 1);

    private static void same(Tensor expected, Tensor actual) {
        assertEquals(expected.shape(), actual.shape());
        for (int i = 0; i < expected.size(); i++) assertEquals(expected.toArray()[i], actual.toArray()[i], 0.0);
    }

    @Test
    void marginLosses() {
        var ranking = MarginRankingOptions.defaults().withMargin(0.3);
        same(MarginLosses.marginRankingLoss(X, Z, SIGNS, ranking), Losses.marginRankingLoss(X, Z, SIGNS, ranking));
        same(MarginLosses.marginRankingLoss(X, Z, SIGNS), Losses.marginRankingLoss(X, Z, SIGNS));
        same(MarginLosses.marginRankingLoss(X, Z, SIGNS, ranking), Losses.marginRankingLoss(ranking).apply(X, Z, SIGNS));
        same(MarginLosses.softMarginLoss(X, SIGNS, Reduction.SUM), Losses.softMarginLoss(X, SIGNS, Reduction.SUM));
        same(MarginLosses.softMarginLoss(X, SIGNS), Losses.softMarginLoss(X, SIGNS));
        same(MarginLosses.softMarginLoss(X, SIGNS, Reduction.NONE), Losses.softMarginLoss(Reduction.NONE).apply(X, SIGNS));
        var soft = MultilabelSoftMarginOptions.defaults().withWeight(Tensor.of(1, 2, 3, 4));
        same(MarginLosses.multilabelSoftMarginLoss(X, ZERO_ONE, soft), Losses.multilabelSoftMarginLoss(X, ZERO_ONE, soft));
        same(MarginLosses.multilabelSoftMarginLoss(X, ZERO_ONE), Losses.multilabelSoftMarginLoss(X, ZERO_ONE));
        same(MarginLosses.multilabelSoftMarginLoss(X, ZERO_ONE, soft), Losses.multilabelSoftMarginLoss(soft).apply(X, ZERO_ONE));
        Tensor lists = Tensor.of(new double[][] {{3, 0, -1, 0}, {1, -1, 0, 0}, {0, 1, 2, 3}});
        same(MarginLosses.multilabelMarginLoss(X, lists, Reduction.SUM), Losses.multilabelMarginLoss(X, lists, Reduction.SUM));
        same(MarginLosses.multilabelMarginLoss(X, lists), Losses.multilabelMarginLoss(X, lists));
        same(MarginLosses.multilabelMarginLoss(X, lists, Reduction.NONE), Losses.multilabelMarginLoss(Reduction.NONE).apply(X, lists));
        var multi = MultiMarginOptions.defaults().withP(2);
        same(MarginLosses.multiMarginLoss(X, CLASSES, multi), Losses.multiMarginLoss(X, CLASSES, multi));
        same(MarginLosses.multiMarginLoss(X, CLASSES), Losses.multiMarginLoss(X, CLASSES));
        same(MarginLosses.multiMarginLoss(X, CLASSES, multi), Losses.multiMarginLoss(multi).apply(X, CLASSES));
    }

    @Test
    void embeddingAndTripletLosses() {
        var hinge = HingeEmbeddingOptions.defaults().withMargin(0.5);
        same(EmbeddingLosses.hingeEmbeddingLoss(X, SIGNS, hinge), Losses.hingeEmbeddingLoss(X, SIGNS, hinge));
        same(EmbeddingLosses.hingeEmbeddingLoss(X, SIGNS), Losses.hingeEmbeddingLoss(X, SIGNS));
        same(EmbeddingLosses.hingeEmbeddingLoss(X, SIGNS, hinge), Losses.hingeEmbeddingLoss(hinge).apply(X, SIGNS));
        var cosine = CosineEmbeddingOptions.defaults().withMargin(0.2);
        same(EmbeddingLosses.cosineEmbeddingLoss(X, Z, ROWS, cosine), Losses.cosineEmbeddingLoss(X, Z, ROWS, cosine));
        same(EmbeddingLosses.cosineEmbeddingLoss(X, Z, ROWS), Losses.cosineEmbeddingLoss(X, Z, ROWS));
        same(EmbeddingLosses.cosineEmbeddingLoss(X, Z, ROWS, cosine), Losses.cosineEmbeddingLoss(cosine).apply(X, Z, ROWS));
        var triplet = TripletMarginOptions.defaults().withSwap(true);
        same(TripletLosses.tripletMarginLoss(X, Z, SIGNS, triplet), Losses.tripletMarginLoss(X, Z, SIGNS, triplet));
        same(TripletLosses.tripletMarginLoss(X, Z, SIGNS), Losses.tripletMarginLoss(X, Z, SIGNS));
        same(TripletLosses.tripletMarginLoss(X, Z, SIGNS, triplet), Losses.tripletMarginLoss(triplet).apply(X, Z, SIGNS));
        var distance = TripletMarginWithDistanceOptions.defaults().withSwap(true).withMargin(0.4);
        same(TripletLosses.tripletMarginWithDistanceLoss(X, Z, SIGNS, distance), Losses.tripletMarginWithDistanceLoss(X, Z, SIGNS, distance));
        same(TripletLosses.tripletMarginWithDistanceLoss(X, Z, SIGNS), Losses.tripletMarginWithDistanceLoss(X, Z, SIGNS));
        same(TripletLosses.tripletMarginWithDistanceLoss(X, Z, SIGNS, distance),
                Losses.tripletMarginWithDistanceLoss(distance).apply(X, Z, SIGNS));
    }

    @Test
    void ctcAndKerasLosses() {
        Tensor lp = Tensor.randn(new int[] {4, 2, 3}, 23).logSoftmax(-1), targets = Tensor.of(new double[][] {{1, 2}, {2, 0}});
        int[] inputs = {4, 3}, lengths = {2, 1};
        var ctc = CtcOptions.defaults().withReduction(Reduction.NONE);
        same(CtcLoss.ctcLoss(lp, targets, inputs, lengths, ctc), Losses.ctcLoss(lp, targets, inputs, lengths, ctc));
        same(CtcLoss.ctcLoss(lp, targets, inputs, lengths), Losses.ctcLoss(lp, targets, inputs, lengths));
        same(CtcLoss.ctcLoss(lp, targets, inputs, lengths, ctc),
                Losses.ctcLoss(lp, targets, Tensor.of(4, 3), Tensor.of(2, 1), ctc));
        same(CtcLoss.ctcLoss(lp, targets, inputs, lengths), Losses.ctcLoss(lp, targets, Tensor.of(4, 3), Tensor.of(2, 1)));
        same(CtcLoss.ctcLoss(lp, targets, inputs, lengths, ctc), Losses.ctcLoss(ctc).apply(lp, targets, inputs, lengths));
        same(HingeLosses.hinge(X, SIGNS, Reduction.SUM), Losses.hinge(X, SIGNS, Reduction.SUM));
        same(HingeLosses.hinge(X, ZERO_ONE), Losses.hinge(X, ZERO_ONE));
        same(HingeLosses.hinge(X, SIGNS, Reduction.NONE), Losses.hinge(Reduction.NONE).apply(X, SIGNS));
        same(HingeLosses.squaredHinge(X, SIGNS, Reduction.SUM), Losses.squaredHinge(X, SIGNS, Reduction.SUM));
        same(HingeLosses.squaredHinge(X, SIGNS), Losses.squaredHinge(X, SIGNS));
        same(HingeLosses.squaredHinge(X, SIGNS, Reduction.NONE), Losses.squaredHinge(Reduction.NONE).apply(X, SIGNS));
        same(HingeLosses.categoricalHinge(X, ZERO_ONE, Reduction.SUM), Losses.categoricalHinge(X, ZERO_ONE, Reduction.SUM));
        same(HingeLosses.categoricalHinge(X, ZERO_ONE), Losses.categoricalHinge(X, ZERO_ONE));
        same(HingeLosses.categoricalHinge(X, ZERO_ONE, Reduction.NONE), Losses.categoricalHinge(Reduction.NONE).apply(X, ZERO_ONE));
        var cos = CosineSimilarityOptions.defaults().withAxis(0);
        same(CosineLosses.cosineSimilarityLoss(X, Z, cos), Losses.cosineSimilarityLoss(X, Z, cos));
        same(CosineLosses.cosineSimilarityLoss(X, Z), Losses.cosineSimilarityLoss(X, Z));
        same(CosineLosses.cosineSimilarityLoss(X, Z, cos), Losses.cosineSimilarityLoss(cos).apply(X, Z));
    }
}
