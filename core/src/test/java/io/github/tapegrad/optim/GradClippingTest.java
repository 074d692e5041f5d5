package io.github.tapegrad.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.testing.Close;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clipping details beyond the trajectories: the 1e-6, skipped parameters, recorded gradients, NaN. */
class GradClippingTest {
    @Test
    void scalesByMaxNormOverNormPlusOneMillionth() {
        Tensor w = Tensor.zeros(2).requiresGrad(true);
        w.setGrad(Tensor.of(3.0, 4.0));
        Tensor g = w.grad();
        assertEquals(5.0, GradClipping.clipGradNorm(List.of(w), 1.0));
        assertSame(g, w.grad());
        double c = 1.0 / (5.0 + 1e-6);
        Close.assertClose(Tensor.of(3 * c, 4 * c), w.grad(), 1e-16, 0, "clipped");
    }

    @Test
    void smallGradientsAreMultipliedByOne() {
        Tensor w = Tensor.zeros(2).requiresGrad(true);
        w.setGrad(Tensor.of(0.3, 0.4));
        assertEquals(0.5, GradClipping.clipGradNorm(List.of(w), 1.0), 1e-16);
        Close.assertClose(Tensor.of(0.3, 0.4), w.grad(), 0, 0, "unchanged");
    }

    @Test
    void parametersWithoutGradientAreSkipped() {
        Tensor none = Tensor.zeros(2).requiresGrad(true);
        assertEquals(0.0, GradClipping.clipGradNorm(List.of(none), 1.0));
        GradClipping.clipGradValue(List.of(none), 1.0);
        assertNull(none.grad());
    }

    @Test
    void recordedGradientIsReplacedByAScaledCopy() {
        Tensor w = Tensor.of(1.0, 2.0).requiresGrad(true);
        w.pow(3).sum().backward(null, false, true);
        Tensor recorded = w.grad();
        assertTrue(!recorded.isLeaf());
        GradClipping.clipGradValue(List.of(w), 5.0);
        assertNotSame(recorded, w.grad());
        Close.assertClose(Tensor.of(3.0, 5.0), w.grad(), 0, 0, "clamped");
    }

    @Test
    void valueClippingKeepsNaNAndWorksWhileRecording() {
        Tensor w = Tensor.zeros(3).requiresGrad(true);
        w.setGrad(Tensor.of(Double.NaN, -2.0, 0.25));
        assertTrue(Autograd.isGradEnabled());
        GradClipping.clipGradValue(List.of(w), 1.0);
        Close.assertClose(Tensor.of(Double.NaN, -1.0, 0.25), w.grad(), 0, 0, "clamped");
    }

    @Test
    void infinityNormIsTheLargestAbsoluteValue() {
        Tensor a = Tensor.zeros(2).requiresGrad(true), b = Tensor.zeros(1).requiresGrad(true);
        a.setGrad(Tensor.of(1.0, -7.0));
        b.setGrad(Tensor.of(2.0));
        assertEquals(7.0, GradClipping.clipGradNorm(List.of(a, b), 100, Double.POSITIVE_INFINITY));
    }
}
