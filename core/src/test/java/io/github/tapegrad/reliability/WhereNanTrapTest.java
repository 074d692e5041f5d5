package io.github.tapegrad.reliability;

import static io.github.tapegrad.reliability.Bits.classes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Tensor;
import org.junit.jupiter.api.Test;

/**
 * The where/NaN trap, as in PyTorch: {@code where(x > 0, sqrt(x), 0)} has a NaN gradient at x &lt; 0, because the
 * branch not taken still gets a zero gradient and 0 · (d sqrt/dx at x &lt; 0) = 0 · NaN = NaN. The safe pattern masks
 * the input: {@code where(x > 0, sqrt(where(x > 0, x, 1)), 0)}. docs/reliability.md explains both.
 */
class WhereNanTrapTest {
    private static final double[] X = {-4, 0, 4};

    @Test
    void maskingOnlyTheOutputGivesNaNGradients() {
        Tensor x = Tensor.of(X).requiresGrad(true);
        Tensor y = Tensor.where(x.gt(0), x.sqrt(), 0.0);
        assertArrayEquals(new double[] {0, 0, 2}, y.toArray(), "the forward value is right");
        y.sum().backward();
        assertEquals("n n f", classes(x.grad().toArray()),
                "x = -4: 0 · 0.5 · (-4)^-0.5 = 0 · NaN; x = 0: 0 · ∞ = NaN; torch 1.13 gives [nan, nan, 0.25]");
        assertEquals(0.25, x.grad().get(2));
    }

    @Test
    void maskingTheInputGivesTheRightGradients() {
        Tensor x = Tensor.of(X).requiresGrad(true);
        Tensor positive = x.gt(0);
        Tensor y = Tensor.where(positive, Tensor.where(positive, x, 1.0).sqrt(), 0.0);
        assertArrayEquals(new double[] {0, 0, 2}, y.toArray(), "the same forward value");
        y.sum().backward();
        assertArrayEquals(new double[] {0, 0, 0.25}, x.grad().toArray(), "torch 1.13 gives [0, 0, 0.25] for the safe form");
    }

    @Test
    void theSameTrapWithLogAndDivision() {
        Tensor x = Tensor.of(-1, 0, 2).requiresGrad(true);
        Tensor.where(x.gt(0), x.log(), 0.0).sum().backward();
        assertEquals("f n f", classes(x.grad().toArray()), "g / x: 0 / (-1) = -0 but 0 / 0 = NaN; torch 1.13 gives [-0, nan, 0.5]");
        Tensor z = Tensor.of(-1, 0, 2).requiresGrad(true);
        Tensor ok = z.gt(0);
        Tensor.where(ok, Tensor.where(ok, z, 1.0).log(), 0.0).sum().backward();
        assertArrayEquals(new double[] {0, 0, 0.5}, z.grad().toArray());
    }

    @Test
    void anomalyModeFindsTheTrapAndNamesTheSqrt() {
        try (var a = Autograd.detectAnomaly()) {
            Tensor x = Tensor.of(X).requiresGrad(true);
            Tensor y = Tensor.where(x.gt(0), x.sqrt(), 0.0);
            ArithmeticException e = assertThrows(ArithmeticException.class, () -> y.sum().backward());
            assertTrue(e.getMessage().startsWith("anomaly: the backward of Pow[p=0.5] returned NaN at flat index 0"), e.getMessage());
        }
    }
}
