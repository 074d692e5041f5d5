package io.github.tapegrad.losses;

import static io.github.tapegrad.losses.MarginLossesBadInputTest.assertMessage;

import io.github.tapegrad.Tensor;
import org.junit.jupiter.api.Test;

/** Bad input to ctcLoss fails with a text that names the loss, the shapes, what is wrong and a fix. */
class CtcLossBadInputTest {
    /** (T, N, C) = (5, 2, 4). */
    private static final Tensor LP = Tensor.zeros(5, 2, 4).logSoftmax(-1);
    private static final Tensor PADDED = Tensor.of(new double[][] {{1, 2, 3}, {3, 3, 0}});
    private static final int[] T = {5, 4}, L = {3, 2};

    @Test
    void rejectsOtherRanks() {
        assertMessage("ctcLoss: logProbs has shape (5, 2, 4, 1); give (T, N, C) log-probabilities, or (T, C) for one sequence",
                () -> CtcLoss.ctcLoss(Tensor.zeros(5, 2, 4, 1), PADDED, T, L));
        assertMessage("ctcLoss: targets has shape (2, 3) for one sequence (logProbs (5, 4)); give 1-D targets (S)",
                () -> CtcLoss.ctcLoss(Tensor.zeros(5, 4), PADDED, new int[] {5}, new int[] {3}));
    }

    @Test
    void rejectsABlankOutOfRange() {
        assertMessage("ctcLoss: blank 4 is out of range for 4 classes (logProbs (5, 2, 4)); give a blank in 0..3",
                () -> CtcLoss.ctcLoss(LP, PADDED, T, L, CtcOptions.defaults().withBlank(4)));
        assertMessage("ctcLoss: blank is -1; give a class index >= 0 (0 is the default)", () -> CtcOptions.defaults().withBlank(-1));
    }

    @Test
    void rejectsLengthsOutOfRange() {
        assertMessage("ctcLoss: input length 6 of sample 1 is out of range; give input lengths in 0..5, the most T = 5 (logProbs"
                + " (5, 2, 4)) allows", () -> CtcLoss.ctcLoss(LP, PADDED, new int[] {5, 6}, L));
        assertMessage("ctcLoss: target length 4 of sample 0 is out of range; give target lengths in 0..3, the most the 3 columns"
                + " of targets (2, 3) allows", () -> CtcLoss.ctcLoss(LP, PADDED, T, new int[] {4, 1}));
        assertMessage("ctcLoss: target length -1 of sample 1 is out of range; give target lengths >= 0",
                () -> CtcLoss.ctcLoss(LP, Tensor.of(1, 2), T, new int[] {3, -1}));
    }

    @Test
    void rejectsABatchSizeMismatch() {
        assertMessage("ctcLoss: 3 input lengths for a batch of 2; give one input length per sample",
                () -> CtcLoss.ctcLoss(LP, PADDED, new int[] {5, 5, 5}, L));
        assertMessage("ctcLoss: 1 target lengths for a batch of 2; give one target length per sample",
                () -> CtcLoss.ctcLoss(LP, PADDED, T, new int[] {3}));
        assertMessage("ctcLoss: targets has shape (3, 3) but the batch has 2 samples; give (2, S) padded targets or concatenated"
                + " 1-D targets", () -> CtcLoss.ctcLoss(LP, Tensor.ones(3, 3), T, L));
    }

    @Test
    void rejectsConcatenatedTargetsOfTheWrongLength() {
        assertMessage("ctcLoss: targets (4) holds 4 labels but the target lengths add up to 5; give concatenated targets of shape"
                + " (5), or (N, S) padded targets", () -> CtcLoss.ctcLoss(LP, Tensor.of(1, 2, 3, 3), T, L));
    }

    @Test
    void rejectsBadLabels() {
        assertMessage("ctcLoss: target 4 at (sample 1, position 0) is out of range for 4 classes (logProbs (5, 2, 4)); give labels"
                + " in 0..3 other than the blank 0", () -> CtcLoss.ctcLoss(LP, Tensor.of(new double[][] {{1, 2, 3}, {4, 1, 0}}), T, L));
        assertMessage("ctcLoss: target 0 at (sample 0, position 1) is the blank; a target holds only non-blank labels, so choose"
                + " another blank with withBlank", () -> CtcLoss.ctcLoss(LP, Tensor.of(new double[][] {{1, 0, 3}, {1, 1, 0}}), T, L));
        assertMessage("ctcLoss: target 1.5 at (sample 0, position 2) is not an integer; give whole class indices",
                () -> CtcLoss.ctcLoss(LP, Tensor.of(new double[][] {{1, 2, 1.5}, {1, 1, 0}}), T, L));
    }

    @Test
    void rejectsNonIntegerLengthTensors() {
        assertMessage("ctcLoss: inputLengths holds 4.5 at index 1; give whole lengths",
                () -> CtcLoss.ctcLoss(LP, PADDED, Tensor.of(5, 4.5), Tensor.of(3, 2)));
        assertMessage("ctcLoss: targetLengths has shape (2, 1); give a 1-D tensor, one length per sample",
                () -> CtcLoss.ctcLoss(LP, PADDED, Tensor.of(5, 4), Tensor.of(new double[][] {{3}, {2}})));
    }
}
