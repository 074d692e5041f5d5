package io.github.tapegrad.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The Vector API exp family gives, lane for lane, the bits of its scalar twin {@link ExpMath} (raw bits: a NaN's
 * sign and payload too): on random values of every scale and random bit patterns, on the thresholds of each branch,
 * on special values, for every array length around the vector width, and through the public entry points. Each function runs
 * on 800,000 values, enough for C2 to compile the loops with the Vector API intrinsics (the interpreter and C1 run
 * the API's plain-Java implementation, which could hide a difference only compiled code shows).
 */
class VectorExpMathTest {
    /** Each branch's edges: exp's overflow, underflow and subnormal thresholds, tanh's 0.625, σ's tails, ±0, ±∞, NaN. */
    static final double[] ADVERSARIAL = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE,
        -Double.MAX_VALUE, 709.782712893384, Math.nextUp(709.782712893384), 710, -745.1332191019411, -745.1332191019412,
        -746, -708.3964185322641, -708.4, -720, 0.625, -0.625, Math.nextDown(0.625), -Math.nextDown(0.625), 1e-300,
        -1e-300, 19.06, 22, 36.7, 37, -37, 710.5, -800, 800, 1, -1, 0.5 * Math.log(2), -0.5 * Math.log(2), Math.log(2),
        1e-16, 2e-8, Math.sqrt(2) / 2, Math.sqrt(2), 2, 0.5, Math.E, Double.longBitsToDouble(0xfff8000000000000L),
        Double.longBitsToDouble(0x7ff0000000000001L), Double.longBitsToDouble(0xfff4000000000abcL)};

    /** Random values of every scale: moderate, wide, tiny, subnormal, arbitrary bits, and the adversarial ones. */
    static double[] values(int n, SplittableRandom r) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double sign = r.nextBoolean() ? 1 : -1;
            x[i] = switch (r.nextInt(6)) {
                case 0 -> ADVERSARIAL[r.nextInt(ADVERSARIAL.length)];
                case 1 -> r.nextDouble(-3, 3);
                case 2 -> r.nextDouble(-800, 800);
                case 3 -> sign * Math.scalb(r.nextDouble(0.5, 1), -r.nextInt(1, 1080));
                case 4 -> Double.longBitsToDouble(r.nextLong());
                default -> sign * Math.scalb(r.nextDouble(0.5, 1), r.nextInt(-60, 12));
            };
        }
        return x;
    }

    private static void sameBits(String name, UnaryOperator<double[]> vector, DoubleUnaryOperator scalar) {
        SplittableRandom r = new SplittableRandom(name.hashCode());
        for (int n = 0; n <= 70; n++) check(name, vector, scalar, values(n, r));
        double[] big = values(4096, r);
        for (int rep = 0; rep < 200; rep++) check(name, vector, scalar, rep % 20 == 0 ? big = values(4096, r) : big);
        check(name, vector, scalar, ADVERSARIAL);
    }

    private static void check(String name, UnaryOperator<double[]> vector, DoubleUnaryOperator scalar, double[] x) {
        double[] want = new double[x.length];
        for (int i = 0; i < x.length; i++) want[i] = scalar.applyAsDouble(x[i]);
        assertSameBits(want, vector.apply(x), name);
    }

    /** Equal raw bits at every index (assertArrayEquals counts every NaN as one). */
    static void assertSameBits(double[] want, double[] got, String name) {
        assertEquals(want.length, got.length, name);
        for (int i = 0; i < want.length; i++) {
            long w = Double.doubleToRawLongBits(want[i]), g = Double.doubleToRawLongBits(got[i]);
            int at = i;
            assertEquals(w, g, () -> name + " n=" + want.length + " at " + at + ": " + want[at] + " vs " + got[at]);
        }
    }

    private static double[] exp(double[] x) {
        double[] out = new double[x.length];
        VectorExpMath.exp(x, out, 0, x.length);
        return out;
    }

    @Test
    void expGivesTheScalarBits() {
        sameBits("exp", VectorExpMathTest::exp, ExpMath::exp);
    }

    @Test
    void logGivesTheScalarBits() {
        sameBits("log", VectorExpMath::log, ExpMath::log);
    }

    @Test
    void tanhGivesTheScalarBits() {
        sameBits("tanh", VectorExpMath::tanh, ExpMath::tanh);
    }

    @Test
    void sigmoidGivesTheScalarBits() {
        sameBits("sigmoid", VectorExpMath::sigmoid, ExpMath::sigmoid);
    }

    @Test
    void softplusGivesTheScalarBits() {
        sameBits("softplus", VectorExpMath::softplus, ExpMath::softplus);
    }

    @Test
    void softplusGradGivesTheScalarBits() {
        sameBits("mulSigmoid", x -> VectorExpMath.mulSigmoid(x, x), v -> v * ExpMath.sigmoid(v));
    }

    /** A sub-range [from, to) is written, and nothing outside it. */
    @Test
    void expOverARangeWritesOnlyThatRange() {
        double[] x = values(100, new SplittableRandom(3));
        for (int from = 0; from < 12; from++) {
            for (int to = from; to <= 100; to += 7) {
                double[] out = new double[100];
                VectorExpMath.exp(x, out, from, to);
                for (int i = 0; i < 100; i++) {
                    assertEquals(i >= from && i < to ? ExpMath.exp(x[i]) : 0.0, out[i], "from " + from + " to " + to + " at " + i);
                }
            }
        }
    }

    /** The public entry points pick the vector path above {@link Simd#MIN_LENGTH} and the scalar one below: same bits. */
    @Test
    void theEntryPointsGiveTheScalarBitsAtEveryLength() {
        SplittableRandom r = new SplittableRandom(4);
        for (int n = 0; n <= 80; n++) entryPointsGiveTheScalarBits(values(n, r), values(n, r));
    }

    /**
     * Below {@link ExpMath#VECTOR_FROM} values the array forms of σ, softplus and softplus's VJP run the scalar
     * arithmetic in passes (e^−|x| first, then the rest) rather than calling the scalar function per value: the same
     * bits as that function, on enough values for C2 to compile the passes.
     */
    @Test
    void theScalarArrayPassesGiveTheScalarFunctionsBits() {
        SplittableRandom r = new SplittableRandom(5);
        for (int rep = 0; rep < 300; rep++) {
            int n = rep % 3 == 0 ? r.nextInt(1, 70) : ExpMath.VECTOR_FROM - 1 - r.nextInt(8);
            entryPointsGiveTheScalarBits(values(n, r), values(n, r));
        }
    }

    /** Each entry point of the exp family on x (and g, for softplus's VJP) against its scalar function per value. */
    private static void entryPointsGiveTheScalarBits(double[] x, double[] g) {
        int n = x.length;
        for (int i = 0; i < n; i++) if (g[i] != g[i]) g[i] = 1.5; // NaN · NaN: Java does not say which NaN comes out
        double[] exp = new double[n], log = new double[n], tanh = new double[n], sig = new double[n], sp = new double[n], grad = new double[n];
        for (int i = 0; i < n; i++) {
            exp[i] = ExpMath.exp(x[i]);
            log[i] = ExpMath.log(x[i]);
            tanh[i] = ExpMath.tanh(x[i]);
            sig[i] = ExpMath.sigmoid(x[i]);
            sp[i] = ExpMath.softplus(x[i]);
            grad[i] = g[i] * ExpMath.sigmoid(x[i]);
        }
        assertSameBits(exp, Elementwise.exp(x), "exp");
        assertSameBits(log, Elementwise.log(x), "log");
        assertSameBits(tanh, Elementwise.tanh(x), "tanh");
        assertSameBits(sig, Elementwise.sigmoid(x), "sigmoid");
        assertSameBits(sp, Elementwise.softplus(x), "softplus");
        assertSameBits(grad, Fused.softplusGrad(g, x), "softplusGrad");
    }
}
