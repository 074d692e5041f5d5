package io.github.tapegrad.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tapegrad.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input to the margin losses fails with a text that names the loss, the shapes, what is wrong and a fix. */
class MarginLossesBadInputTest {
    static void assertMessage(String expected, Executable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    private static final Tensor X3 = Tensor.of(0.1, 0.2, 0.3), SIGNS3 = Tensor.of(1, -1, 1);
    private static final Tensor SCORES = Tensor.of(new double[][] {{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}});

    @Test
    void marginRankingRejectsUnequalShapes() {
        assertMessage("marginRankingLoss: x1 has shape (3) but x2 has shape (4) (dimension 0: 3 vs 4); give x1 and x2 the same"
                + " shape (this loss does not broadcast)", () -> MarginLosses.marginRankingLoss(X3, Tensor.zeros(4), SIGNS3));
    }

    @Test
    void marginRankingDoesNotBroadcastTheLabels() {
        assertMessage("marginRankingLoss: x1 has shape (3) but y has shape (1) (dimension 0: 3 vs 1); give x1 and y the same"
                + " shape (this loss does not broadcast)", () -> MarginLosses.marginRankingLoss(X3, X3, Tensor.of(1.0)));
    }

    @Test
    void marginRankingRejectsZeroOneLabels() {
        assertMessage("marginRankingLoss: y holds 0.0 at flat index 1 (shape (3)); labels must be -1 or 1; map {0, 1} labels"
                + " with y.mul(2).sub(1)", () -> MarginLosses.marginRankingLoss(X3, X3, Tensor.of(1, 0, 1)));
    }

    @Test
    void marginRankingRejectsANonFiniteMargin() {
        assertMessage("marginRankingLoss: margin is NaN; give a finite margin",
                () -> MarginRankingOptions.defaults().withMargin(Double.NaN));
    }

    @Test
    void nullOptionsNameTheDefaults() {
        var e = assertThrows(NullPointerException.class, () -> MarginLosses.multiMarginLoss(SCORES, Tensor.of(0, 1), null));
        assertEquals("multiMarginLoss: options is null; use MultiMarginOptions.defaults()", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> TripletLosses.tripletMarginLoss((TripletMarginOptions) null));
        assertEquals("tripletMarginLoss: options is null; use TripletMarginOptions.defaults()", e.getMessage());
    }

    @Test
    void softMarginRejectsARankMismatch() {
        assertMessage("softMarginLoss: input has shape (2, 3) but target has shape (6) (rank 2 vs 1); give input and target the"
                + " same shape (this loss does not broadcast)", () -> MarginLosses.softMarginLoss(SCORES, Tensor.ones(6)));
    }

    @Test
    void softMarginRejectsLabelsOutsideMinusOneOne() {
        assertMessage("softMarginLoss: target holds 2.0 at flat index 0 (shape (3)); labels must be -1 or 1; map {0, 1} labels"
                + " with target.mul(2).sub(1)", () -> MarginLosses.softMarginLoss(X3, Tensor.of(2, 1, 1)));
    }

    @Test
    void reductionBatchmeanIsRejected() {
        assertMessage("softMarginLoss: reduction BATCHMEAN is only defined for klDiv; use MEAN, SUM or NONE",
                () -> MarginLosses.softMarginLoss(Reduction.BATCHMEAN));
        assertMessage("multiMarginLoss: reduction BATCHMEAN is only defined for klDiv; use MEAN, SUM or NONE",
                () -> MultiMarginOptions.defaults().withReduction(Reduction.BATCHMEAN));
    }

    @Test
    void multilabelSoftMarginRejectsAWeightOfTheWrongSize() {
        var options = MultilabelSoftMarginOptions.defaults().withWeight(Tensor.ones(4));
        assertMessage("multilabelSoftMarginLoss: weight has shape (4) but the input of shape (2, 3) has 3 classes; give a 1-D"
                + " weight of shape (3)", () -> MarginLosses.multilabelSoftMarginLoss(SCORES, Tensor.zeros(2, 3), options));
        assertMessage("multilabelSoftMarginLoss: weight has shape (1, 3); give a 1-D weight with one value per class",
                () -> options.withWeight(Tensor.ones(1, 3)));
    }

    @Test
    void multilabelSoftMarginRejectsAScalar() {
        assertMessage("multilabelSoftMarginLoss: input has shape () (a scalar); give (N, C) or (C) scores",
                () -> MarginLosses.multilabelSoftMarginLoss(Tensor.scalar(1), Tensor.scalar(1)));
    }

    @Test
    void multilabelMarginRejectsAClassOutOfRange() {
        assertMessage("multilabelMarginLoss: target 3 at (sample 1, position 0) is out of range for 3 classes (input (2, 3));"
                + " give class indices in 0..2, padded with -1",
                () -> MarginLosses.multilabelMarginLoss(SCORES, Tensor.of(new double[][] {{0, -1, 0}, {3, -1, 0}})));
        assertMessage("multilabelMarginLoss: target -2 at (sample 0, position 1) is out of range for 3 classes (input (2, 3));"
                + " give class indices in 0..2, padded with -1",
                () -> MarginLosses.multilabelMarginLoss(SCORES, Tensor.of(new double[][] {{0, -2, 0}, {1, -1, 0}})));
    }

    @Test
    void multilabelMarginRejectsANonIntegerTarget() {
        assertMessage("multilabelMarginLoss: target 0.5 at (sample 0, position 0) is not an integer; give whole class indices,"
                + " padded with -1", () -> MarginLosses.multilabelMarginLoss(X3, Tensor.of(0.5, -1, 0)));
    }

    @Test
    void multilabelMarginRejectsOtherRanks() {
        assertMessage("multilabelMarginLoss: input has shape (1, 2, 3); give (N, C) or (C) scores",
                () -> MarginLosses.multilabelMarginLoss(Tensor.zeros(1, 2, 3), Tensor.zeros(1, 2, 3)));
    }

    @Test
    void multiMarginRejectsABatchSizeMismatch() {
        assertMessage("multiMarginLoss: input has 2 samples (shape (2, 3)) but target has shape (3); give one class index per"
                + " sample, shape (2)", () -> MarginLosses.multiMarginLoss(SCORES, Tensor.of(0, 1, 2)));
        assertMessage("multiMarginLoss: input has shape (3) (one sample) but target has shape (2); give one class index, shape"
                + " () or (1)", () -> MarginLosses.multiMarginLoss(X3, Tensor.of(0, 1)));
        assertMessage("multiMarginLoss: input has shape (1, 2, 3); give (N, C) or (C) scores",
                () -> MarginLosses.multiMarginLoss(Tensor.zeros(1, 2, 3), Tensor.zeros(1)));
    }

    @Test
    void multiMarginRejectsBadClassIndices() {
        assertMessage("multiMarginLoss: target 3 of sample 1 is out of bounds for 3 classes (input (2, 3)); give class indices"
                + " in 0..2", () -> MarginLosses.multiMarginLoss(SCORES, Tensor.of(0, 3)));
        assertMessage("multiMarginLoss: target -1 of sample 0 is out of bounds for 3 classes (input (2, 3)); give class"
                + " indices in 0..2", () -> MarginLosses.multiMarginLoss(SCORES, Tensor.of(-1, 0)));
        assertMessage("multiMarginLoss: target 1.5 of sample 0 is not an integer (target (2)); give whole class indices",
                () -> MarginLosses.multiMarginLoss(SCORES, Tensor.of(1.5, 0)));
    }

    @Test
    void multiMarginRejectsBadOptions() {
        assertMessage("multiMarginLoss: p = 3 is not supported; use p = 1 or p = 2", () -> MultiMarginOptions.defaults().withP(3));
        var options = MultiMarginOptions.defaults().withWeight(Tensor.ones(2));
        assertMessage("multiMarginLoss: weight has shape (2) but the input of shape (2, 3) has 3 classes; give a 1-D weight of"
                + " shape (3)", () -> MarginLosses.multiMarginLoss(SCORES, Tensor.of(0, 1), options));
    }
}
