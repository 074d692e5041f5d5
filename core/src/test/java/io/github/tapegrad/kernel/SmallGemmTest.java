package io.github.tapegrad.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The unblocked Vector API path (SmallGemm, its 4 × 4L, 8 × 2L, 8 × L and 4L × 4 tiles) and the matrix–vector path
 * (ThinGemm): sizes on both sides of every tile width, row block and path threshold, bit for bit against the
 * arithmetic each path documents, so a faster loop can never change a training run's numbers.
 */
class SmallGemmTest {
    private static final int[] ROWS = {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65};
    private static final int[] COLS = {1, 2, 3, 7, 8, 9, 10, 15, 16, 17, 31, 32, 33, 47, 48, 49, 64, 65};
    private static final int[] DEPTHS = {1, 2, 3, 5, 17, 64, 255, 256, 257};

    @Test
    void theVectorPathIsOneChainOfFusedMultiplyAddsPerElement() {
        assumeTrue(MatMul.VECTOR);
        SplittableRandom rnd = new SplittableRandom(21);
        for (int trial = 0; trial < 400; trial++) {
            int n = pick(ROWS, rnd), k = pick(DEPTHS, rnd), m = pick(COLS, rnd);
            if (n == 1 || m == 1) continue;
            boolean ta = rnd.nextBoolean(), tb = rnd.nextBoolean();
            int batch = rnd.nextInt(1, 3);
            double[] a = Naive.random(batch * n * k, rnd), b = Naive.random(batch * k * m, rnd);
            assertArrayEquals(Naive.fmaChain(a, b, batch, n, k, m, ta, tb), MatMul.matmul(a, b, batch, n, k, m, ta, tb, true),
                    () -> "vector " + shape(batch, n, k, m, ta, tb));
        }
    }

    @Test
    void wideNarrowAndLargeProductsKeepTheSameChainAcrossThePathThresholds() {
        assumeTrue(MatMul.VECTOR);
        SplittableRandom rnd = new SplittableRandom(22);
        int[][] shapes = {{64, 64, 10}, {64, 32, 8}, {128, 256, 10}, {10, 128, 256}, {128, 10, 256}, {32, 64, 64},
            {33, 256, 129}, {33, 257, 129}, {7, 256, 300}, {65, 300, 20}, {40, 250, 200}, {9, 200, 1100}};
        for (int[] s : shapes) {
            for (int t = 0; t < 4; t++) {
                boolean ta = (t & 1) != 0, tb = (t & 2) != 0;
                double[] a = Naive.random(s[0] * s[1], rnd), b = Naive.random(s[1] * s[2], rnd);
                assertArrayEquals(Naive.fmaChain(a, b, 1, s[0], s[1], s[2], ta, tb),
                        MatMul.matmul(a, b, 1, s[0], s[1], s[2], ta, tb, true), () -> "vector " + shape(1, s[0], s[1], s[2], ta, tb));
            }
        }
    }

    @Test
    void lastStripsOfAtMostLColumnsTakeTheEightByLTileWithTheSameChain() {
        assumeTrue(MatMul.VECTOR);
        SplittableRandom rnd = new SplittableRandom(25);
        int l = Tiles.L;
        int[] cols = {2, l / 2 + 1, l, 2 * l + 1, 2 * l + l, 4 * l + l / 2, 4 * l + l, 6 * l + l};
        for (int n : new int[] {2, 7, 8, 9, 16, 17, 33}) {
            for (int m : cols) {
                for (int k : new int[] {1, 7, 64, 256}) {
                    for (int t = 0; t < 4; t++) {
                        boolean ta = (t & 1) != 0, tb = (t & 2) != 0;
                        int batch = 1 + (n + m + k + t) % 2;
                        double[] a = Naive.random(batch * n * k, rnd), b = Naive.random(batch * k * m, rnd);
                        assertArrayEquals(Naive.fmaChain(a, b, batch, n, k, m, ta, tb),
                                MatMul.matmul(a, b, batch, n, k, m, ta, tb, true), () -> "vector " + shape(batch, n, k, m, ta, tb));
                    }
                }
            }
        }
    }

    @Test
    void blockedProductsAreOneChainPerElementForAnyKAndThreadCount() {
        assumeTrue(MatMul.VECTOR);
        SplittableRandom rnd = new SplittableRandom(26);
        int[][] shapes = {{70, 600, 50}, {256, 256, 256}, {65, 513, 129}};
        int before = Parallel.threads();
        try {
            for (int[] s : shapes) {
                assertTrue(2L * s[0] * s[1] * s[2] >= MatMul.PARALLEL_FLOPS && !SmallGemm.applies(s[0], s[1], s[2]));
                double[] a = Naive.random(s[0] * s[1], rnd), b = Naive.random(s[1] * s[2], rnd);
                for (int t = 0; t < 4; t++) {
                    boolean ta = (t & 1) != 0, tb = (t & 2) != 0;
                    double[] expected = Naive.fmaChain(a, b, 1, s[0], s[1], s[2], ta, tb);
                    for (int threads : new int[] {1, 2}) {
                        Parallel.setThreads(threads);
                        assertArrayEquals(expected, MatMul.matmul(a, b, 1, s[0], s[1], s[2], ta, tb, true),
                                () -> threads + " threads " + shape(1, s[0], s[1], s[2], ta, tb));
                    }
                }
            }
        } finally {
            Parallel.setThreads(before);
        }
    }

    @Test
    void matrixVectorShapesSumInTheirDocumentedOrderOnBothPaths() {
        SplittableRandom rnd = new SplittableRandom(23);
        for (int trial = 0; trial < 300; trial++) {
            boolean column = rnd.nextBoolean();
            int n = column ? pick(ROWS, rnd) : 1, m = column ? 1 : pick(COLS, rnd), k = pick(DEPTHS, rnd);
            boolean ta = rnd.nextBoolean(), tb = rnd.nextBoolean();
            double[] a = Naive.random(n * k, rnd), b = Naive.random(k * m, rnd);
            double[] expected = Naive.thin(a, b, 1, n, k, m, ta, tb);
            for (boolean vector : MatMul.VECTOR ? new boolean[] {false, true} : new boolean[] {false}) {
                assertArrayEquals(expected, MatMul.matmul(a, b, 1, n, k, m, ta, tb, vector),
                        () -> (vector ? "vector " : "scalar ") + shape(1, n, k, m, ta, tb));
            }
        }
    }

    @Test
    void blocksOfASmallProductSplitOverThreadsGiveTheSameBits() {
        SplittableRandom rnd = new SplittableRandom(24);
        int[][] shapes = {{2, 70, 100, 150}, {2, 150, 100, 20}, {2, 150, 100, 10}, {3, 33, 200, 130}, {2, 3000, 700, 1},
            {2, 1000, 256, 8}, {2, 1001, 256, 5}};
        int before = Parallel.threads();
        try {
            for (int[] s : shapes) {
                double[] a = Naive.random(s[0] * s[1] * s[2], rnd), b = Naive.random(s[0] * s[2] * s[3], rnd);
                for (int t = 0; t < 4; t++) {
                    boolean ta = (t & 1) != 0, tb = (t & 2) != 0;
                    for (boolean vector : MatMul.VECTOR ? new boolean[] {false, true} : new boolean[] {false}) {
                        Parallel.setThreads(1);
                        double[] one = MatMul.matmul(a, b, s[0], s[1], s[2], s[3], ta, tb, vector);
                        Parallel.setThreads(3);
                        double[] three = MatMul.matmul(a, b, s[0], s[1], s[2], s[3], ta, tb, vector);
                        assertArrayEquals(one, three, "1 and 3 threads differ, vector=" + vector + " " + shape(s[0], s[1], s[2], s[3], ta, tb));
                    }
                }
            }
        } finally {
            Parallel.setThreads(before);
        }
    }

    @Test
    void nanAndInfinityPropagateThroughEveryTile() {
        int[][] shapes = {{32, 9, 10}, {33, 9, 10}, {65, 9, 70}, {17, 9, 1}, {1, 9, 70}, {40, 9, 8}};
        for (int[] s : shapes) {
            for (int t = 0; t < 4; t++) {
                boolean ta = (t & 1) != 0, tb = (t & 2) != 0;
                int n = s[0], k = s[1], m = s[2];
                double[] a = new double[n * k], b = new double[k * m];
                a[ta ? 4 * n + (n - 1) : (n - 1) * k + 4] = Double.NaN;
                b[tb ? (m - 1) * k + 2 : 2 * m + (m - 1)] = Double.POSITIVE_INFINITY;
                for (boolean vector : MatMul.VECTOR ? new boolean[] {false, true} : new boolean[] {false}) {
                    double[] c = MatMul.matmul(a, b, 1, n, k, m, ta, tb, vector);
                    String what = (vector ? "vector " : "scalar ") + shape(1, n, k, m, ta, tb);
                    for (int j = 0; j < m; j++) assertTrue(Double.isNaN(c[(n - 1) * m + j]), what + ": NaN in the last row reaches column " + j);
                    for (int i = 0; i < n; i++) assertTrue(Double.isNaN(c[i * m + m - 1]), what + ": 0·∞ in the last column is NaN in row " + i);
                    if (n > 1 && m > 1) assertEquals(0.0, c[0], what);
                }
            }
        }
    }

    @Test
    void theSmallPathCoversTheTrainingShapesAndStopsAtItsLimits() {
        assumeTrue(MatMul.VECTOR);
        assertTrue(SmallGemm.applies(64, 64, 10));
        assertTrue(SmallGemm.applies(128, 256, 10));
        assertTrue(SmallGemm.applies(10, 128, 256));
        assertFalse(SmallGemm.applies(128, 784, 256), "k beyond one run of KC");
        assertFalse(SmallGemm.applies(8, 256, 300), "a B of 600 KB no longer stays in half of L2");
        assertFalse(SmallGemm.applies(256, 128, 100), "above the threading threshold");
    }

    private static int pick(int[] values, SplittableRandom rnd) {
        return values[rnd.nextInt(values.length)];
    }

    private static String shape(int batch, int n, int k, int m, boolean ta, boolean tb) {
        return batch + "x" + n + "x" + k + "x" + m + (ta ? " aT" : "") + (tb ? " bT" : "");
    }
}
