package io.github.tapegrad.losses;

import static io.github.tapegrad.losses.MarginLossesBadInputTest.assertMessage;

import io.github.tapegrad.Tensor;
import org.junit.jupiter.api.Test;

/** Bad input to Keras' cosine similarity loss fails with a text that names the loss, the shapes and a fix. */
class CosineLossesBadInputTest {
    @Test
    void rejectsUnequalShapes() {
        assertMessage("cosineSimilarityLoss: input has shape (3, 4) but target has shape (3, 1) (dimension 1: 4 vs 1); give input"
                + " and target the same shape (this loss does not broadcast)",
                () -> CosineLosses.cosineSimilarityLoss(Tensor.zeros(3, 4), Tensor.zeros(3, 1)));
    }

    @Test
    void rejectsAnAxisOutOfRange() {
        var options = CosineSimilarityOptions.defaults().withAxis(2);
        assertMessage("cosineSimilarityLoss: axis 2 is out of range for input of shape (3, 4); give an axis in -2..1 (-1, the"
                + " last, is the default)", () -> CosineLosses.cosineSimilarityLoss(Tensor.zeros(3, 4), Tensor.zeros(3, 4), options));
    }
}
