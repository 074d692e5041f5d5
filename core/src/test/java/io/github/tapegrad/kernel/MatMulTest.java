package io.github.tapegrad.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MatMulTest {
    private static final int[][] SHAPES = {
        {1, 1, 1}, {1, 3, 17}, {3, 17, 65}, {17, 65, 3}, {65, 3, 255}, {255, 1, 17}, {17, 255, 65}, {65, 255, 17},
        {255, 65, 3}, {3, 255, 255}, {9, 300, 40}, {255, 255, 255}, {65, 255, 1}, {17, 3, 1}, {1, 65, 1}, {1, 255, 65}
    };

    @Test
    void vectorPathIsPresentUnderTheBuildsJvmArguments() {
        assertTrue(MatMul.VECTOR, "surefire runs with --add-modules jdk.incubator.vector, so the Vector API path must be chosen");
    }

    @Test
    void bothPathsMatchTheNaiveTripleLoopForOddSizesTransposesAndBatches() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int[] s : SHAPES) {
            int batch = s[0] * s[1] * s[2] > 1_000_000 ? 1 : 2;
            for (int t = 0; t < 4; t++) {
                boolean ta = (t & 1) != 0, tb = (t & 2) != 0;
                double[] a = Naive.random(batch * s[0] * s[1], rnd), b = Naive.random(batch * s[1] * s[2], rnd);
                Naive ref = Naive.of(a, b, batch, s[0], s[1], s[2], ta, tb);
                ref.assertClose(MatMul.matmul(a, b, batch, s[0], s[1], s[2], ta, tb, false), "scalar " + shape(s, ta, tb));
                if (MatMul.VECTOR) {
                    ref.assertClose(MatMul.matmul(a, b, batch, s[0], s[1], s[2], ta, tb, true), "vector " + shape(s, ta, tb));
                }
            }
        }
    }

    @Test
    void theTwoPathsAgreeOnALargeBlockedProduct() {
        assumeTrue(MatMul.VECTOR);
        SplittableRandom rnd = new SplittableRandom(11);
        int n = 100, k = 520, m = 1030;
        double[] a = Naive.random(n * k, rnd), b = Naive.random(k * m, rnd);
        Naive ref = Naive.of(a, b, 1, n, k, m, false, true);
        ref.assertClose(MatMul.matmul(a, b, 1, n, k, m, false, true, true), "vector 100x520x1030");
        ref.assertClose(MatMul.matmul(a, b, 1, n, k, m, false, true, false), "scalar 100x520x1030");
    }

    @Test
    void nanAndInfinityPropagateOnBothPaths() {
        for (boolean vector : MatMul.VECTOR ? new boolean[] {false, true} : new boolean[] {false}) {
            int n = 17, k = 9, m = 19;
            double[] a = new double[n * k], b = new double[k * m];
            a[16 * k + 4] = Double.NaN;
            b[2 * m + 18] = Double.POSITIVE_INFINITY;
            double[] c = MatMul.matmul(a, b, 1, n, k, m, false, false, vector);
            for (int j = 0; j < m; j++) assertTrue(Double.isNaN(c[16 * m + j]), "NaN in row 16 reaches column " + j);
            for (int i = 0; i < n; i++) assertTrue(Double.isNaN(c[i * m + 18]), "0·∞ in column 18 is NaN in row " + i);
            assertEquals(0.0, c[0]);
        }
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        SplittableRandom rnd = new SplittableRandom(3);
        int[][] shapes = {{1, 130, 257, 67}, {1, 9, 500, 1500}, {3, 100, 90, 80}, {1, 1500, 300, 9}, {1, 3000, 700, 1}};
        int before = Parallel.threads();
        try {
            for (int[] s : shapes) {
                double[] a = Naive.random(s[0] * s[1] * s[2], rnd), b = Naive.random(s[0] * s[2] * s[3], rnd);
                for (boolean vector : MatMul.VECTOR ? new boolean[] {false, true} : new boolean[] {false}) {
                    for (boolean tb : new boolean[] {false, true}) {
                        Parallel.setThreads(1);
                        double[] one = MatMul.matmul(a, b, s[0], s[1], s[2], s[3], false, tb, vector);
                        Parallel.setThreads(2);
                        double[] two = MatMul.matmul(a, b, s[0], s[1], s[2], s[3], false, tb, vector);
                        assertArrayEquals(one, two, "1 and 2 threads differ, vector=" + vector + ", transB=" + tb);
                    }
                }
            }
        } finally {
            Parallel.setThreads(before);
        }
    }

    @Test
    void emptyDimensionsGiveZerosOrNothing() {
        assertArrayEquals(new double[6], MatMul.matmul(new double[0], new double[0], 1, 2, 0, 3, false, false));
        assertEquals(0, MatMul.matmul(new double[0], new double[12], 1, 0, 4, 3, false, false).length);
    }

    private static String shape(int[] s, boolean ta, boolean tb) {
        return s[0] + "x" + s[1] + "x" + s[2] + (ta ? " aT" : "") + (tb ? " bT" : "");
    }
}
