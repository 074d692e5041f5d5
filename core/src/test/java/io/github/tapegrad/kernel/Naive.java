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
