package io.github.tapegrad.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Tensor;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Finite losses and gradients at extreme logits, and PyTorch's clamped BCE at saturated probabilities. */
class StabilityTest {
    /** Logits from −1000 to 1000, as 21 samples of 3 classes. */
    private static final Tensor LOGITS = Tensor.linspace(-1000, 1000, 63).reshape(21, 3).mul(Tensor.of(1, -1, 0.5));
    private static final Tensor CLASSES = Tensor.arange(21).applyInPlace(i -> i % 3);

    private static void assertFiniteWithGradient(String what, Tensor x, UnaryOperator<Tensor> loss) {
        Tensor leaf = x.detach().requiresGrad(true);
        Tensor value = loss.apply(leaf);
        for (double v : value.toArray()) assertTrue(Double.isFinite(v), what + ": loss " + v);
        Tensor g = Autograd.grad(value.sum(), leaf);
        for (double v : g.toArray()) assertTrue(Double.isFinite(v), what + ": gradient " + v);
    }

    @Test
    void crossEntropyIsFiniteForLogitsOfPlusMinus1000() {
        CrossEntropyOptions smooth = CrossEntropyOptions.defaults().withLabelSmoothing(0.1).withWeight(Tensor.of(1, 2, 3));
        assertFiniteWithGradient("class indices", LOGITS, x -> Losses.crossEntropy(x, CLASSES));
        assertFiniteWithGradient("smoothed, weighted", LOGITS, x -> Losses.crossEntropy(x, CLASSES, smooth));
        Tensor probabilities = Tensor.oneHot(CLASSES, 3).mul(0.8).add(0.2 / 3);
        assertFiniteWithGradient("probabilities", LOGITS, x -> Losses.crossEntropy(x, probabilities));
        assertFiniteWithGradient("nll of logSoftmax", LOGITS, x -> Losses.nllLoss(x.logSoftmax(1), CLASSES));
        assertFiniteWithGradient("klDiv of logSoftmax", LOGITS,
                x -> Losses.klDiv(x.logSoftmax(1), probabilities, KlDivOptions.defaults().withReduction(Reduction.BATCHMEAN)));
    }

    @Test
    void binaryLossesOnLogitsAreFiniteFromMinus1000To1000() {
        Tensor x = Tensor.linspace(-1000, 1000, 201);
        for (double y : new double[] {0, 0.25, 1}) {
            Tensor target = Tensor.fullLike(x, y);
            BinaryCrossEntropyWithLogitsOptions pos = BinaryCrossEntropyWithLogitsOptions.defaults().withPosWeight(Tensor.scalar(3));
            assertFiniteWithGradient("bce logits y=" + y, x, z -> Losses.binaryCrossEntropyWithLogits(z, target, pos));
            assertFiniteWithGradient("focal y=" + y, x, z -> Losses.focalLoss(z, target));
            assertFiniteWithGradient("logCosh", x, z -> Losses.logCosh(z, target));
            assertFiniteWithGradient("bce of sigmoid y=" + y, x, z -> Losses.binaryCrossEntropy(z.sigmoid(), target));
        }
    }

    /**
     * A confident right answer keeps its small loss log(1 + e^−|x|), as y·softplus(−x) + (1 − y)·softplus(x) computes it;
     * softplus(x) − x·y, or PyTorch's (1 − y)·x + softplus(−x), round one of the two to 0 (PyTorch 1.13 gives 0 for both).
     */
    @Test
    void bceWithLogitsKeepsTheSmallLossOfAConfidentRightAnswer() {
        BinaryCrossEntropyWithLogitsOptions none = BinaryCrossEntropyWithLogitsOptions.defaults().withReduction(Reduction.NONE);
        Tensor loss = Losses.binaryCrossEntropyWithLogits(Tensor.of(40, -40), Tensor.of(1, 0), none);
        double expected = Math.log1p(Math.exp(-40));
        assertEquals(expected, loss.get(0), 1e-15 * expected, "x = 40, y = 1");
        assertEquals(expected, loss.get(1), 1e-15 * expected, "x = −40, y = 0");
    }

    @Test
    void bceWithLogitsGradientIsExactlySigmoidMinusTarget() {
        Tensor x = Tensor.of(0, 0, 0, 1000, -1000, 1000, -1000).requiresGrad(true);
        Tensor y = Tensor.of(0, 1, 0.5, 1, 0, 0, 1);
        BinaryCrossEntropyWithLogitsOptions sum = BinaryCrossEntropyWithLogitsOptions.defaults().withReduction(Reduction.SUM);
        Tensor g = Autograd.grad(Losses.binaryCrossEntropyWithLogits(x, y, sum), x);
        assertEquals(0.5, g.get(0), 0.0);
        assertEquals(-0.5, g.get(1), 0.0);
        assertEquals(0.0, g.get(2), 0.0);
        assertEquals(0.0, g.get(3), 0.0);
        assertEquals(0.0, g.get(4), 0.0);
        assertEquals(1.0, g.get(5), 0.0);
        assertEquals(-1.0, g.get(6), 0.0);
    }

    @Test
    void bceAtSaturatedProbabilitiesGivesPyTorchsClampedValue() {
        Tensor p = Tensor.of(0, 1, 0, 1, 0).requiresGrad(true);
        Tensor y = Tensor.of(1, 0, 0, 1, 0.3);
        Tensor loss = Losses.binaryCrossEntropy(p, y, BinaryCrossEntropyOptions.defaults().withReduction(Reduction.NONE));
        assertEquals(100.0, loss.get(0), 0.0);
        assertEquals(100.0, loss.get(1), 0.0);
        assertEquals(0.0, loss.get(2), 0.0);
        assertEquals(0.0, loss.get(3), 0.0);
        assertEquals(30.0, loss.get(4), 1e-12);
        Tensor g = Autograd.grad(loss.sum(), p);
        double floor = 9.999999960041972e-13;
        assertEquals(-1 / floor, g.get(0), 1e-3);
        assertEquals(1 / floor, g.get(1), 1e-3);
        assertEquals(0.0, g.get(2), 0.0);
        assertEquals(0.0, g.get(3), 0.0);
    }
}
