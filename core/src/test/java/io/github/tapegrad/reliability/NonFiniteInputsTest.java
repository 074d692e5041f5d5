package io.github.tapegrad.reliability;

import static io.github.tapegrad.reliability.Bits.classes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.optim.SGD;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NaN and infinities follow IEEE 754 through the forward pass, as in PyTorch: never an exception, never a silent
 * clamp. The expected classes (f finite, n NaN, + +∞, − −∞) are what torch 1.13 prints for the same input
 * {@code [1, nan, -2, inf, -inf, 0]} (float64), and each follows from the op's formula.
 */
class NonFiniteInputsTest {
    private static final double NAN = Double.NaN, INF = Double.POSITIVE_INFINITY;

    private static Tensor input() {
        return Tensor.of(1, NAN, -2, INF, -INF, 0);
    }

    static Stream<Arguments> elementwise() {
        return Stream.of(
                op("exp", Tensor::exp, "f n f + f f"),
                op("log", Tensor::log, "f n n + n -"),
                op("log1p", Tensor::log1p, "f n n + n f"),
                op("sqrt", Tensor::sqrt, "f n n + n f"),
                op("reciprocal", Tensor::reciprocal, "f n f f f +"),
                op("relu", Tensor::relu, "f n f + f f"),
                op("sigmoid", Tensor::sigmoid, "f n f f f f"),
                op("tanh", Tensor::tanh, "f n f f f f"),
                op("softplus", Tensor::softplus, "f n f + f f"),
                op("erf", Tensor::erf, "f n f f f f"),
                op("abs", Tensor::abs, "f n f + + f"),
                op("clamp(-1, 1)", x -> x.clamp(-1, 1), "f n f f f f"),
                op("maximum(x, 0)", x -> x.maximum(Tensor.zeros(6)), "f n f + f f"),
                op("minimum(x, 0)", x -> x.minimum(Tensor.zeros(6)), "f n f f - f"),
                op("leakyRelu", Tensor::leakyRelu, "f n f + - f"),
                op("elu", Tensor::elu, "f n f + f f"),
                op("gelu", Tensor::gelu, "f n f + n f"),
                op("softmax", x -> x.softmax(0), "n n n n n n"),
                op("logSoftmax", x -> x.logSoftmax(0), "n n n n n n"),
                op("matmul", x -> x.reshape(1, 6).matmul(Tensor.ones(6, 2)).reshape(-1), "n n"));
    }

    private static Arguments op(String name, UnaryOperator<Tensor> f, String expected) {
        return Arguments.of(name, f, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elementwise")
    void nonFiniteValuesPropagateWithoutAnException(String name, UnaryOperator<Tensor> f, String expected) {
        assertEquals(expected, classes(f.apply(input()).toArray()), name);
        assertEquals(expected, classes(f.apply(input().requiresGrad(true)).toArray()), name + " while recording");
    }

    @Test
    void reductionsOfANaNAreNaN() {
        Tensor x = input();
        for (Tensor r : new Tensor[] {x.sum(), x.mean(), x.max(), x.min(), x.prod(), x.norm(), x.var(), x.logSumExp(0, false)}) {
            assertTrue(Double.isNaN(r.item()), r.toString());
        }
        assertEquals(1.0, x.argmax().item(), "NaN counts as the maximum, as torch.argmax");
        assertEquals(1.0, x.argmin().item(), "and as the minimum");
    }

    /**
     * torch: sign([nan, -0., 0., -2]) = [0, 0, 0, -1]; abs([nan, 0, -2]) backward gives [0, 0, -1]; abs(-0.) = +0.
     * sign keeps the sign of a zero (torch gives +0 for −0) so that abs = a · sign(a) gives +0 at −0.
     */
    @Test
    void signOfNaNIsZeroSoAbsHasAZeroGradientAtNaN() {
        assertArrayEquals(new double[] {0, 0, 0, -1}, Tensor.of(NAN, -0.0, 0.0, -2).sign().toArray(), 0.0);
        Tensor x = Tensor.of(NAN, 0, -2).requiresGrad(true);
        Tensor y = x.abs();
        y.sum().backward();
        assertEquals("n f f", classes(y.toArray()), "abs(NaN) is still NaN");
        assertArrayEquals(new double[] {0, 0, -1}, x.grad().toArray(), 0.0);
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(Tensor.of(-0.0).abs().item()));
    }

    private static double[] gradOf(UnaryOperator<Tensor> f, Tensor x) {
        Tensor leaf = x.requiresGrad(true);
        f.apply(leaf).sum().backward();
        return leaf.grad().toArray();
    }

    /** torch: x.max() at [1, nan, 3] backward gives [0, 1, 0]; max() and min() at [nan, 1, nan] give [.5, 0, .5]. */
    @Test
    void maxAndMinOfNaNSendTheGradientToTheNaNElements() {
        assertArrayEquals(new double[] {0, 1, 0}, gradOf(Tensor::max, Tensor.of(1, NAN, 3)), 0.0);
        assertArrayEquals(new double[] {0.5, 0, 0.5}, gradOf(Tensor::max, Tensor.of(NAN, 1, NAN)), 0.0);
        assertArrayEquals(new double[] {0.5, 0, 0.5}, gradOf(Tensor::min, Tensor.of(NAN, 1, NAN)), 0.0);
    }

    /**
     * Per axis, the same rule slice by slice: g split evenly over a slice's NaN elements, and over ties elsewhere
     * (torch's amax splits the ties the same way but gives a NaN row where the slice has a NaN; max(dim) gives all to
     * the first NaN).
     */
    @Test
    void maxAndMinOverAnAxisSendTheGradientToTheNaNElementsOfTheirSlice() {
        Tensor x = Tensor.of(new double[] {1, NAN, NAN, 2, 5, 5}, 2, 3);
        double[] expected = {0, 0.5, 0.5, 0, 0.5, 0.5};
        assertArrayEquals(expected, gradOf(t -> t.max(1, false), x), 0.0);
        Tensor y = Tensor.of(new double[] {1, NAN, NAN, 2, -5, -5}, 2, 3);
        assertArrayEquals(expected, gradOf(t -> t.min(new int[] {-1}, true), y), 0.0);
        Tensor z = Tensor.of(new double[] {NAN, 1, 2, 3}, 2, 2);
        assertArrayEquals(new double[] {1, 0, 0, 1}, gradOf(t -> t.max(0, false), z), 0.0);
    }

    /**
     * torch: [1, 2, 3].clamp([nan, 0, 0], [5, nan, 5]) = [nan, nan, 3], and backward of its sum gives x [0, 0, 1],
     * lo [0, 0, 0], hi [0, 0, 0]; broadcast bounds too.
     */
    @Test
    void clampWithANaNTensorBoundIsNaNThereWithAZeroGradient() {
        Tensor x = Tensor.of(1, 2, 3).requiresGrad(true);
        Tensor lo = Tensor.of(NAN, 0, 0).requiresGrad(true);
        Tensor hi = Tensor.of(5, NAN, 5).requiresGrad(true);
        Tensor y = x.clamp(lo, hi);
        assertEquals("n n f", classes(y.toArray()));
        assertEquals(3.0, y.get(2));
        y.sum().backward();
        assertArrayEquals(new double[] {0, 0, 1}, x.grad().toArray(), 0.0);
        assertArrayEquals(new double[] {0, 0, 0}, lo.grad().toArray(), 0.0);
        assertArrayEquals(new double[] {0, 0, 0}, hi.grad().toArray(), 0.0);
        assertEquals("n n n", classes(Tensor.of(1, 2, 7).clamp(Tensor.scalar(NAN), null).toArray()));
        assertEquals("n n f", classes(Tensor.of(1, 2, 7).clamp(null, Tensor.of(NAN, NAN, 9)).toArray()));
    }

    @Test
    void logAndSqrtOfNegativesAreNaNAndOfZeroTheLimit() {
        assertEquals("n - -", classes(Tensor.of(-1.0, -0.0, 0.0).log().toArray()));
        double[] s = Tensor.of(-1.0, -0.0, 0.0).sqrt().toArray();
        assertEquals("n f f", classes(s));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(s[1]), "sqrt(-0) = -0 (IEEE)");
    }

    @Test
    void expOverflowsToInfinityAndUnderflowsToZero() {
        double[] e = Tensor.of(709.0, 710.0, -1000.0).exp().toArray();
        assertTrue(Double.isFinite(e[0]) && e[0] > 8e307, "e^709 is still finite");
        assertEquals(INF, e[1]);
        assertEquals(0.0, e[2]);
        Tensor x = Tensor.of(710.0).requiresGrad(true);
        x.exp().sum().backward();
        assertEquals(INF, x.grad().item(), "d/dx e^x = e^x overflows too, without an exception");
    }

    @Test
    void divisionByZeroFollowsIeee() {
        assertEquals("+ - n", classes(Tensor.of(1, -1, 0).div(0).toArray()));
        assertEquals("+", classes(Tensor.of(0.0).pow(-1).toArray()));
    }

    @Test
    void backwardThroughNaNGivesNaNGradientsWithoutAnException() {
        Tensor x = Tensor.of(4, NAN, -1).requiresGrad(true);
        Tensor loss = x.sqrt().sum();
        loss.backward();
        assertTrue(Double.isNaN(loss.item()));
        assertEquals("f n n", classes(x.grad().toArray()), "0.5/sqrt(x): finite, NaN at NaN, NaN at -1");
        assertEquals(0.25, x.grad().get(0));
    }

    @Test
    void nanInAParameterSurvivesAnOptimizerStepUnclamped() {
        Tensor w = Tensor.of(1, 2).requiresGrad(true);
        w.setGrad(Tensor.of(NAN, 1));
        new SGD(List.of(w), SGD.options().lr(0.1)).step();
        assertEquals("n f", classes(w.toArray()), "a NaN gradient makes a NaN weight; nothing hides it");
    }
}
