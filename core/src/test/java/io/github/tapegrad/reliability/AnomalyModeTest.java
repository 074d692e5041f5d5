package io.github.tapegrad.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Op;
import io.github.tapegrad.Tensor;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Anomaly mode: the first NaN or infinity a backward produces raises an {@link ArithmeticException} naming the op,
 * whose cause carries the stack of the forward call that created the op. Off by default, and free when off: no stack
 * is captured for ops recorded while it is off.
 */
class AnomalyModeTest {

    private static boolean mentions(Throwable t, String method) {
        return Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getMethodName().equals(method)
                && f.getClassName().equals(AnomalyModeTest.class.getName()));
    }

    @Test
    void offByDefaultAndBackwardThenMakesInfinitiesSilently() {
        assertFalse(Autograd.isAnomalyEnabled());
        Tensor x = Tensor.of(4, 0).requiresGrad(true);
        x.sqrt().sum().backward();
        assertEquals(Double.POSITIVE_INFINITY, x.grad().get(1), "IEEE: 0.5 / sqrt(0), as PyTorch without anomaly mode");
    }

    @Test
    void theFirstNonFiniteGradientNamesTheOpAndTheForwardLineThatMadeIt() {
        try (var a = Autograd.detectAnomaly()) {
            Tensor x = Tensor.of(4, 0).requiresGrad(true);
            Tensor loss = x.sqrt().sum();
            ArithmeticException e = assertThrows(ArithmeticException.class, loss::backward);
            assertEquals("anomaly: the backward of Pow[p=0.5] returned Infinity at flat index 1 of the gradient of its input 0 "
                    + "(shape (2)); the op was created at the stack in the cause; check the values reaching it "
                    + "(e.g. log or sqrt at 0, division by 0)", e.getMessage());
            assertNotNull(e.getCause(), "the creation stack");
            assertEquals("Pow was created here (forward)", e.getCause().getMessage());
            assertTrue(mentions(e.getCause(), "theFirstNonFiniteGradientNamesTheOpAndTheForwardLineThatMadeIt"),
                    "the creation stack reaches this test method");
        }
    }

    @Test
    void theOpReportedIsTheFirstInBackwardOrder() {
        try (var a = Autograd.detectAnomaly()) {
            Tensor x = Tensor.of(0.0).requiresGrad(true);
            Tensor loss = x.sqrt().log().sum();
            assertEquals(Double.NEGATIVE_INFINITY, loss.item(), "log(sqrt 0) = -∞ in the forward, no exception there");
            ArithmeticException e = assertThrows(ArithmeticException.class, loss::backward);
            assertTrue(e.getMessage().startsWith("anomaly: the backward of Log returned Infinity"),
                    "backward meets the log (1/0) before the sqrt, and stops there: " + e.getMessage());
        }
    }

    @Test
    void aCustomOpIsNamedAndItsCreationTraced() {
        try (var a = Autograd.detectAnomaly()) {
            Tensor x = Tensor.of(1, 2).requiresGrad(true);
            Tensor y = Tensor.apply(new BrokenGradient(), x);
            ArithmeticException e = assertThrows(ArithmeticException.class, () -> y.sum().backward());
            assertTrue(e.getMessage().startsWith("anomaly: the backward of BrokenGradient returned NaN at flat index 0"),
                    e.getMessage());
            assertTrue(mentions(e.getCause(), "aCustomOpIsNamedAndItsCreationTraced"));
        }
    }

    @Test
    void noStackIsCapturedForOpsRecordedWhileAnomalyModeIsOff() {
        Tensor x = Tensor.of(1, 2).requiresGrad(true);
        Tensor custom = Tensor.apply(new BrokenGradient(), x);
        Tensor builtIn = x.sub(1).sqrt();
        try (var a = Autograd.detectAnomaly()) {
            ArithmeticException e = assertThrows(ArithmeticException.class, () -> custom.sum().backward());
            assertNull(e.getCause(), "recorded while off: no creation stack was taken");
            ArithmeticException f = assertThrows(ArithmeticException.class, () -> builtIn.sum().backward());
            assertTrue(f.getMessage().startsWith("anomaly: the backward of Pow[p=0.5] returned Infinity at flat index 0"));
            assertNull(f.getCause());
        }
    }

    @Test
    void finiteBackwardsPassUnderAnomalyModeWithTheSameGradients() {
        Tensor x = Tensor.of(0.5, 1.5, 2.5).requiresGrad(true);
        x.log().mul(x.sigmoid()).sum().backward();
        double[] plain = x.grad().toArray();
        x.zeroGrad();
        try (var a = Autograd.detectAnomaly()) {
            x.log().mul(x.sigmoid()).sum().backward();
        }
        Bits.assertBitwiseEqual(plain, x.grad().toArray(), "anomaly mode only watches");
    }

    @Test
    void scopesNestAndRestore() {
        try (var a = Autograd.detectAnomaly()) {
            try (var b = Autograd.detectAnomaly()) {
                assertTrue(Autograd.isAnomalyEnabled());
            }
            assertTrue(Autograd.isAnomalyEnabled(), "the inner scope restores the outer one's state");
        }
        assertFalse(Autograd.isAnomalyEnabled());
    }

    /** out = x, with a VJP that returns NaN: a planted bug for anomaly mode to find. */
    private record BrokenGradient() implements Op.Unary {
        public Tensor forward(Tensor x) { return x.mul(1); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return g.mul(Double.NaN); }
    }
}
