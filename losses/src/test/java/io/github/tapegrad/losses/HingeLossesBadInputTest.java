package io.github.tapegrad.losses;

import static io.github.tapegrad.losses.MarginLossesBadInputTest.assertMessage;

import io.github.tapegrad.Tensor;
import org.junit.jupiter.api.Test;

/** Bad input to the Keras hinge losses fails with a text that names the loss, the shapes, what is wrong and a fix. */
class HingeLossesBadInputTest {
    private static final Tensor X = Tensor.of(new double[][] {{0.5, -0.5, 1.0}, {2.0, 0.0, -1.0}});

    @Test
    void hingeRejectsMixedLabelConventions() {
        assertMessage("hinge: target holds -1 (flat index 1) and 0 (flat index 2, shape (2, 3)); labels must be all in {-1, 1} or"
                + " all in {0, 1}; use one convention",
                () -> HingeLosses.hinge(X, Tensor.of(new double[][] {{1, -1, 0}, {1, 1, 1}})));
    }

    @Test
    void squaredHingeRejectsOtherLabels() {
        assertMessage("squaredHinge: target holds 0.5 at flat index 3 (shape (2, 3)); labels must be all in {-1, 1} or all in"
                + " {0, 1}; threshold or round them",
                () -> HingeLosses.squaredHinge(X, Tensor.of(new double[][] {{1, 1, 1}, {0.5, 1, 1}})));
    }

    @Test
    void categoricalHingeRejectsNonOneHotLabels() {
        assertMessage("categoricalHinge: target holds -1.0 at flat index 1 (shape (2, 3)); labels must be 0 or 1; give one-hot"
                + " targets, e.g. Tensor.oneHot(classes, C)",
                () -> HingeLosses.categoricalHinge(X, Tensor.of(new double[][] {{1, -1, 0}, {0, 1, 0}})));
    }

    @Test
    void hingeLossesRejectUnequalShapesAndScalars() {
        assertMessage("hinge: input has shape (2, 3) but target has shape (3) (rank 2 vs 1); give input and target the same shape"
                + " (this loss does not broadcast)", () -> HingeLosses.hinge(X, Tensor.ones(3)));
        assertMessage("categoricalHinge: input has shape () (a scalar); give (N, C) or (C) scores",
                () -> HingeLosses.categoricalHinge(Tensor.scalar(1), Tensor.scalar(1)));
    }
}
