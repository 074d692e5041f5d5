package io.github.tapegrad.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The library's own exp, log, tanh, σ, softplus, log1p and expm1 (JDK 17 makes a native call for several) against
 * fdlibm's StrictMath, and σ and softplus (which StrictMath lacks) against their correctly rounded values.
 */
class ElementwiseMathTest {

    private static void within3Ulp(double x) {
        double want = StrictMath.tanh(x), got = Elementwise.tanh(x);
        assertTrue(Math.abs(got - want) <= 2 * Math.ulp(want), () -> "tanh(" + x + ") = " + got + ", fdlibm " + want);
    }

    /** NOTE: tanh on ExpMath's exp is within 2 ulp of fdlibm (measured: at most 2, and 1 of the correctly rounded value). */
    @Test
    void tanhWithin2UlpOfFdlibmOnEveryScale() {
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
        assertEquals(Double.MIN_VALUE, Elementwise.tanh(Double.MIN_VALUE));
        assertEquals(-Double.MIN_NORMAL, Elementwise.tanh(-Double.MIN_NORMAL));
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

    private static void ulps(String name, double x, double want, double got, double bound) {
        boolean ok = got == want || Double.isNaN(want) && Double.isNaN(got) || Math.abs(got - want) <= bound * Math.ulp(want);
        assertTrue(ok, () -> name + "(" + x + ") = " + got + ", reference " + want);
    }

    /** NOTE: exp is within 1 ulp of fdlibm over its whole range, subnormal results included (ExpMath's error bound). */
    @Test
    void expWithin1UlpOfFdlibm() {
        SplittableRandom r = new SplittableRandom(10);
        for (int i = 0; i < 200_000; i++) {
            double tiny = Math.scalb(r.nextDouble(0.5, 1), -r.nextInt(1, 1075)) * (r.nextBoolean() ? 1 : -1);
            for (double x : new double[] {r.nextDouble(-746, 710), r.nextDouble(-2, 2), r.nextDouble(-745.2, -708), tiny}) {
                ulps("exp", x, StrictMath.exp(x), ExpMath.exp(x), 1);
            }
        }
        for (double x : VectorExpMathTest.ADVERSARIAL) ulps("exp", x, StrictMath.exp(x), ExpMath.exp(x), 1);
    }

    @Test
    void expSpecialValues() {
        assertEquals(1.0, ExpMath.exp(0.0));
        assertEquals(1.0, ExpMath.exp(-0.0));
        assertEquals(Double.POSITIVE_INFINITY, ExpMath.exp(Double.POSITIVE_INFINITY));
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(ExpMath.exp(Double.NEGATIVE_INFINITY)));
        assertTrue(Double.isNaN(ExpMath.exp(Double.NaN)));
        assertEquals(StrictMath.exp(709.782712893384), ExpMath.exp(709.782712893384));
        assertEquals(Double.POSITIVE_INFINITY, ExpMath.exp(709.7827128933841));
        assertEquals(Double.MIN_VALUE, ExpMath.exp(-745.1332191019411));
        assertEquals(0.0, ExpMath.exp(-745.1332191019412));
        assertEquals(Math.E, ExpMath.exp(1.0));
        assertEquals(1.0, ExpMath.exp(Double.MIN_VALUE));
    }

    /** NOTE: log is within 1 ulp of fdlibm from the smallest subnormal to the largest double (fdlibm's own polynomial). */
    @Test
    void logWithin1UlpOfFdlibm() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            double wide = Math.scalb(r.nextDouble(1, 2), r.nextInt(-1074, 1024));
            for (double x : new double[] {wide, r.nextDouble(0.5, 2), r.nextDouble(1, 100), 1 + r.nextDouble(-1e-6, 1e-6)}) {
                ulps("log", x, StrictMath.log(x), ExpMath.log(x), 1);
            }
        }
        for (double x : VectorExpMathTest.ADVERSARIAL) ulps("log", x, StrictMath.log(x), ExpMath.log(x), 1);
    }

    @Test
    void logSpecialValues() {
        assertEquals(Double.NEGATIVE_INFINITY, ExpMath.log(0.0));
        assertEquals(Double.NEGATIVE_INFINITY, ExpMath.log(-0.0));
        assertTrue(Double.isNaN(ExpMath.log(-1e-300)) && Double.isNaN(ExpMath.log(Double.NEGATIVE_INFINITY)));
        assertTrue(Double.isNaN(ExpMath.log(Double.NaN)));
        assertEquals(Double.POSITIVE_INFINITY, ExpMath.log(Double.POSITIVE_INFINITY));
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(ExpMath.log(1.0)));
        assertEquals(StrictMath.log(Double.MIN_VALUE), ExpMath.log(Double.MIN_VALUE));
        assertEquals(StrictMath.log(Double.MAX_VALUE), ExpMath.log(Double.MAX_VALUE));
        assertEquals(Math.log(2), ExpMath.log(2));
    }

    /** NOTE: σ within 2 ulp of its correctly rounded value (60-digit reference) and of fdlibm's two-branch formula. */
    @Test
    void sigmoidWithin2Ulp() {
        SplittableRandom r = new SplittableRandom(12);
        for (int i = 0; i < 2_000; i++) {
            for (double x : new double[] {r.nextDouble(-40, 40), r.nextDouble(-745, -40)}) ulps("sigmoid", x, Exact.sigmoid(x), Elementwise.sigmoid(x), 2);
        }
        for (int i = 0; i < 200_000; i++) {
            double x = r.nextDouble(-750, 50);
            double want = x >= 0 ? 1 / (1 + StrictMath.exp(-x)) : StrictMath.exp(x) / (1 + StrictMath.exp(x));
            ulps("sigmoid", x, want, Elementwise.sigmoid(x), 2);
        }
    }

    @Test
    void sigmoidIsExactInBothTails() {
        assertEquals(0.5, Elementwise.sigmoid(0.0));
        assertEquals(0.5, Elementwise.sigmoid(-0.0));
        assertEquals(1.0, Elementwise.sigmoid(37));
        assertEquals(1.0, Elementwise.sigmoid(Double.POSITIVE_INFINITY));
        assertEquals(0.0, Elementwise.sigmoid(Double.NEGATIVE_INFINITY));
        assertEquals(0.0, Elementwise.sigmoid(-800));
        assertTrue(Double.isNaN(Elementwise.sigmoid(Double.NaN)));
        for (double x : new double[] {-40, -100, -700, -740, -745}) ulps("sigmoid", x, StrictMath.exp(x), Elementwise.sigmoid(x), 1);
    }

    /** NOTE: softplus within 2 ulp of its correctly rounded value; fdlibm's composition is itself 1 ulp off, hence 3. */
    @Test
    void softplusWithin2UlpOfTheExactValue() {
        SplittableRandom r = new SplittableRandom(13);
        for (int i = 0; i < 2_000; i++) {
            for (double x : new double[] {r.nextDouble(-40, 40), r.nextDouble(-745, 745)}) ulps("softplus", x, Exact.softplus(x), Elementwise.softplus(x), 2);
        }
        for (int i = 0; i < 200_000; i++) {
            double x = r.nextDouble(-750, 750);
            ulps("softplus", x, Math.max(x, 0) + StrictMath.log1p(StrictMath.exp(-Math.abs(x))), Elementwise.softplus(x), 3);
        }
    }

    @Test
    void softplusSpecialValues() {
        assertEquals(Math.log(2), Elementwise.softplus(0.0));
        assertEquals(Double.POSITIVE_INFINITY, Elementwise.softplus(Double.POSITIVE_INFINITY));
        assertEquals(0.0, Elementwise.softplus(Double.NEGATIVE_INFINITY));
        assertEquals(0.0, Elementwise.softplus(-800));
        assertEquals(800.0, Elementwise.softplus(800));
        assertTrue(Double.isNaN(Elementwise.softplus(Double.NaN)));
        for (double x : new double[] {-40, -700, -740}) ulps("softplus", x, StrictMath.exp(x), Elementwise.softplus(x), 1);
    }
}
