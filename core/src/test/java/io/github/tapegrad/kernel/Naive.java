package io.github.tapegrad.kernel;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;

/** The textbook triple loop, with the scale Σ|a||b| of each element for relative comparisons. */
record Naive(double[] c, double[] scale) {

    static Naive of(double[] a, double[] b, int batch, int n, int k, int m, boolean ta, boolean tb) {
        double[] c = new double[batch * n * m], scale = new double[c.length];
        for (int t = 0; t < batch; t++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    double s = 0, abs = 0;
                    for (int p = 0; p < k; p++) {
                        double x = a[t * n * k + (ta ? p * n + i : i * k + p)], y = b[t * k * m + (tb ? j * k + p : p * m + j)];
                        s += x * y;
                        abs += Math.abs(x * y);
                    }
                    c[t * n * m + i * m + j] = s;
                    scale[t * n * m + i * m + j] = abs;
                }
            }
        }
        return new Naive(c, scale);
    }

    /**
     * What the Vector API path computes, bit for bit, on products that are not matrix–vector shapes: each element
     * one chain of fused multiply-adds from +0 over p in order.
     */
    static double[] fmaChain(double[] a, double[] b, int batch, int n, int k, int m, boolean ta, boolean tb) {
        double[] c = new double[batch * n * m];
        for (int t = 0; t < batch; t++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    double s = 0;
                    for (int p = 0; p < k; p++) s = Math.fma(at(a, t, n, k, ta, i, p), bt(b, t, k, m, tb, p, j), s);
                    c[t * n * m + i * m + j] = s;
                }
            }
        }
        return c;
    }

    /**
     * What both paths compute, bit for bit, on matrix–vector shapes (n = 1 or m = 1): a dot product in four
     * interleaved partial sums (p mod 4, the last k mod 4 terms in the first) combined as (s0 + s1) + (s2 + s3) when
     * the reduction runs along contiguous memory in both operands, a left-to-right sum over p otherwise.
     */
    static double[] thin(double[] a, double[] b, int batch, int n, int k, int m, boolean ta, boolean tb) {
        boolean dot = m == 1 ? !ta || n == 1 : tb;
        double[] c = new double[batch * n * m];
        for (int t = 0; t < batch; t++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    double[] s = new double[4];
                    for (int p = 0; p < k; p++) {
                        int lane = dot && p < k - k % 4 ? p % 4 : 0;
                        s[lane] += at(a, t, n, k, ta, i, p) * bt(b, t, k, m, tb, p, j);
                    }
                    c[t * n * m + i * m + j] = 0.0 + ((s[0] + s[1]) + (s[2] + s[3]));
                }
            }
        }
        return c;
    }

    private static double at(double[] a, int t, int n, int k, boolean ta, int i, int p) {
        return a[t * n * k + (ta ? p * n + i : i * k + p)];
    }

    private static double bt(double[] b, int t, int k, int m, boolean tb, int p, int j) {
        return b[t * k * m + (tb ? j * k + p : p * m + j)];
    }

    static double[] random(int size, SplittableRandom rnd) {
        double[] x = new double[size];
        for (int i = 0; i < size; i++) x[i] = rnd.nextDouble(-2, 2);
        return x;
    }

    /** Every element within 1e-12 of Σ|a||b| of the reference (relative to the sum's scale, not its value). */
    void assertClose(double[] actual, String what) {
        if (actual.length != c.length) fail(what + ": length " + actual.length + " vs " + c.length);
        for (int i = 0; i < c.length; i++) {
            if (Math.abs(actual[i] - c[i]) > 1e-12 * scale[i] + Double.MIN_NORMAL) {
                fail(what + ": element " + i + " is " + actual[i] + ", the triple loop gives " + c[i]);
            }
        }
    }
}
