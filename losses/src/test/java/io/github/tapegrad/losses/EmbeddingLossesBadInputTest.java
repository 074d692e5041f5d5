package io.github.tapegrad.losses;

import static io.github.tapegrad.losses.MarginLossesBadInputTest.assertMessage;

import io.github.tapegrad.Tensor;
import org.junit.jupiter.api.Test;

/** Bad input to the embedding losses fails with a text that names the loss, the shapes, what is wrong and a fix. */
class EmbeddingLossesBadInputTest {
    private static final Tensor PAIRS = Tensor.zeros(2, 4);

    @Test
    void hingeEmbeddingRejectsZeroOneLabels() {
        assertMessage("hingeEmbeddingLoss: target holds 0.0 at flat index 2 (shape (3)); labels must be -1 or 1; map {0, 1}"
                + " labels with target.mul(2).sub(1)",
                () -> EmbeddingLosses.hingeEmbeddingLoss(Tensor.of(1, 2, 3), Tensor.of(1, -1, 0)));
    }

    @Test
    void hingeEmbeddingRejectsUnequalShapes() {
        assertMessage("hingeEmbeddingLoss: input has shape (2, 4) but target has shape (2, 1) (dimension 1: 4 vs 1); give input"
                + " and target the same shape (this loss does not broadcast)",
                () -> EmbeddingLosses.hingeEmbeddingLoss(PAIRS, Tensor.ones(2, 1)));
    }

    @Test
    void cosineEmbeddingRejectsUnequalEmbeddings() {
        assertMessage("cosineEmbeddingLoss: x1 has shape (2, 4) but x2 has shape (3, 4) (dimension 0: 2 vs 3); give x1 and x2"
                + " the same shape (this loss does not broadcast)",
                () -> EmbeddingLosses.cosineEmbeddingLoss(PAIRS, Tensor.zeros(3, 4), Tensor.ones(2)));
    }

    @Test
    void cosineEmbeddingRejectsABatchSizeMismatch() {
        assertMessage("cosineEmbeddingLoss: y has shape (3) but x1 has shape (2, 4); give y of shape (2), one label per sample",
                () -> EmbeddingLosses.cosineEmbeddingLoss(PAIRS, PAIRS, Tensor.ones(3)));
        assertMessage("cosineEmbeddingLoss: y has shape (1) but x1 has shape (4); give y of shape (), one label for the pair",
                () -> EmbeddingLosses.cosineEmbeddingLoss(Tensor.ones(4), Tensor.ones(4), Tensor.ones(1)));
    }

    @Test
    void cosineEmbeddingRejectsOtherRanks() {
        assertMessage("cosineEmbeddingLoss: x1 has shape (2, 2, 4); give (N, D) embeddings or one (D) pair",
                () -> EmbeddingLosses.cosineEmbeddingLoss(Tensor.zeros(2, 2, 4), Tensor.zeros(2, 2, 4), Tensor.ones(2, 2)));
    }

    @Test
    void cosineEmbeddingRejectsLabelsOutsideMinusOneOne() {
        assertMessage("cosineEmbeddingLoss: y holds 0.0 at flat index 1 (shape (2)); labels must be -1 or 1; map {0, 1} labels"
                + " with y.mul(2).sub(1)", () -> EmbeddingLosses.cosineEmbeddingLoss(PAIRS, PAIRS, Tensor.of(1, 0)));
    }
}
