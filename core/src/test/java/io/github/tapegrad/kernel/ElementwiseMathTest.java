package io.github.tapegrad.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The library's own tanh, log1p and expm1 (JDK 17 makes a native call for each) against fdlibm's StrictMath. */
class ElementwiseMathTest {

    private static void within3Ulp(double x) {
        double want = StrictMath.tanh(x), got = Elementwise.tanh(x);
        assertTrue(Math.abs(got - want) <= 3 * Math.ulp(want), () -> "tanh(" + x + ") = " + got + ", fdlibm " + want);
    }

    @Test
    void within3UlpOfFdlibmOnEveryScale() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            within3Ulp(r.nextDouble(-0.7, 0.7));
            within3Ulp(r.nextDouble(-25, 25));
            within3Ulp(Math.scalb(r.nextDouble(0.5, 1), -r.nextInt(1, 60)) * (r.nextBoolean() ? 1 : -1));
        }
        for (double x : new double[] {0.625, Math.nextDown(0.625), 22, 1e-300, Double.MIN_VALUE, 4.9e-324, 19.06}) {
            within3Ulp(x);
            within3Ulp(-x);
        }
    }

    @Test
    void specialValues() {
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(Elementwise.tanh(0.0)));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Elementwise.tanh(-0.0)));
        assertEquals(1.0, Elementwise.tanh(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, Elementwise.tanh(Double.NEGATIVE_INFINITY));
        assertEquals(1.0, Elementwise.tanh(800));
        assertEquals(-1.0, Elementwise.tanh(-800));
        assertTrue(Double.isNaN(Elementwise.tanh(Double.NaN)));
        assertEquals(1e-300, Elementwise.tanh(1e-300));
    }

    @Test
    void oddExactly() {
        SplittableRandom r = new SplittableRandom(8);
        for (int i = 0; i < 10_000; i++) {
            double x = r.nextDouble(-30, 30);
            assertEquals(-Elementwise.tanh(x), Elementwise.tanh(-x));
        }
    }

    @Test
    void theArrayFormIsTheScalarForm() {
        double[] x = {-3, -0.5, 0, 0.3, 0.625, 2, Double.NaN};
        double[] y = Elementwise.tanh(x);
        for (int i = 0; i < x.length; i++) assertEquals(Elementwise.tanh(x[i]), y[i]);
    }

    private static void close(String name, double x, double want, double got) {
        assertTrue(Math.abs(got - want) <= 3 * Math.ulp(want), () -> name + "(" + x + ") = " + got + ", fdlibm " + want);
    }

    @Test
    void log1pAndExpm1Within3UlpOfFdlibm() {
        SplittableRandom r = new SplittableRandom(9);
        for (int i = 0; i < 200_000; i++) {
            double small = Math.scalb(r.nextDouble(0.5, 1), -r.nextInt(1, 60)) * (r.nextBoolean() ? 1 : -1);
            for (double x : new double[] {r.nextDouble(-0.999, 3), r.nextDouble(3, 1e6), small, Math.scalb(1.0, r.nextInt(0, 1000))}) {
                close("log1p", x, StrictMath.log1p(x), Elementwise.log1p(x));
            }
            for (double x : new double[] {r.nextDouble(-40, 40), r.nextDouble(-745, 709), small}) {
                close("expm1", x, StrictMath.expm1(x), Elementwise.expm1(x));
            }
        }
    }

    @Test
    void log1pAndExpm1SpecialValues() {
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Elementwise.log1p(-0.0)));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Elementwise.expm1(-0.0)));
        assertEquals(Double.NEGATIVE_INFINITY, Elementwise.log1p(-1));
        assertTrue(Double.isNaN(Elementwise.log1p(-2)));
        assertEquals(Double.POSITIVE_INFINITY, Elementwise.log1p(Double.POSITIVE_INFINITY));
        assertEquals(Math.log(Double.MAX_VALUE), Elementwise.log1p(Double.MAX_VALUE));
        assertEquals(-1.0, Elementwise.expm1(Double.NEGATIVE_INFINITY));
        assertEquals(-1.0, Elementwise.expm1(-40));
        assertEquals(Double.POSITIVE_INFINITY, Elementwise.expm1(Double.POSITIVE_INFINITY));
        assertEquals(Double.POSITIVE_INFINITY, Elementwise.expm1(710));
        assertTrue(Double.isNaN(Elementwise.log1p(Double.NaN)) && Double.isNaN(Elementwise.expm1(Double.NaN)));
        assertEquals(1e-300, Elementwise.log1p(1e-300));
        assertEquals(1e-300, Elementwise.expm1(1e-300));
    }
}
