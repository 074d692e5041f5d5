package io.github.tapegrad.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Elementwise.tanh, the library's own tanh (no native call), against fdlibm's StrictMath.tanh. */
class ElementwiseTanhTest {

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
}
