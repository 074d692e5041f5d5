package io.github.tapegrad.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The Vector API selects and comparisons give exactly the scalar loops' results, NaN, ±0 and ±∞ included. */
class VectorElementwiseTest {
    private static final double[] SPECIAL = {Double.NaN, 0.0, -0.0, 1.0, -1.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    private static double[] values(int n, SplittableRandom rnd) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = rnd.nextInt(3) == 0 ? SPECIAL[rnd.nextInt(SPECIAL.length)] : rnd.nextInt(-2, 3);
        return x;
    }

    @Test
    void comparisonsMatchTheScalarLoopsForEveryLengthAndSpecialValue() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int n = 0; n <= 70; n++) {
            double[] a = values(n, rnd), b = values(n, rnd);
            for (Elementwise.Comparison c : Elementwise.Comparison.values()) {
                assertArrayEquals(Elementwise.compareScalar(a, b, c), VectorElementwise.compare(a, b, c), c + " n=" + n);
            }
        }
    }

    @Test
    void whereMatchesTheScalarLoopNanMaskSelectingA() {
        SplittableRandom rnd = new SplittableRandom(6);
        for (int n = 0; n <= 70; n++) {
            double[] m = values(n, rnd), a = values(n, rnd), b = values(n, rnd);
            assertArrayEquals(Elementwise.whereScalar(m, a, b), VectorElementwise.where(m, a, b), "n=" + n);
        }
        assertEquals(7.0, VectorElementwise.where(new double[] {Double.NaN}, new double[] {7}, new double[] {8})[0]);
    }

    @Test
    void nanComparesUnequalToItself() {
        double[] nan = new double[40];
        java.util.Arrays.fill(nan, Double.NaN);
        assertEquals(0.0, VectorElementwise.compare(nan, nan, Elementwise.Comparison.EQ)[33]);
        assertEquals(1.0, VectorElementwise.compare(nan, nan, Elementwise.Comparison.NE)[33]);
        assertEquals(0.0, VectorElementwise.compare(nan, nan, Elementwise.Comparison.GE)[33]);
    }
}
