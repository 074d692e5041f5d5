package io.github.tapegrad.kernel;

/**
 * logSoftmax along one axis of a row-major tensor seen as an (outer, n, inner) block, and its first-order VJP. Each
 * loop does the arithmetic of the composed tensor ops, in their order (the row maximum and row sums as {@link Reduce}
 * forms them), so the fused and composed paths agree bitwise ({@code LogSoftmaxTest}).
 */
public final class Softmax {
    private Softmax() {}

    /** The (outer, n, inner) sizes of {@code shape} around {@code axis}; a scalar is one row of one. */
    public static int[] block(int[] shape, int axis) {
        int outer = 1, n = shape.length == 0 ? 1 : shape[axis], inner = 1;
        for (int i = 0; i < axis; i++) outer *= shape[i];
        for (int i = axis + 1; i < shape.length; i++) inner *= shape[i];
        return new int[] {outer, n, inner};
    }

    /**
     * z − ln Σ eᶻ with z = x − max x along the axis (n ≥ 1); the softmax eᶻ / Σ eᶻ goes to {@code softmax} (an array
     * of x's length), formed as the composed softmax forms it. eᶻ and the logs of the row sums are each one pass of
     * {@link ExpMath} over the whole array, so however short the rows, a long enough array takes the vector path.
     */
    public static double[] logSoftmax(double[] x, double[] softmax, int outer, int n, int inner) {
        double[] out = new double[x.length], sums = new double[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) shiftRow(x, out, o * n * inner + j, n, inner);
        }
        ExpMath.exp(out, softmax, 0, x.length);
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                int base = o * n * inner + j;
                sums[o * inner + j] = sumRow(softmax, base, n, inner);
            }
        }
        double[] lse = ExpMath.log(sums);
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                normaliseRow(out, softmax, o * n * inner + j, n, inner, sums[o * inner + j], lse[o * inner + j]);
            }
        }
        return out;
    }

    /** out = x − max x along one row. */
    private static void shiftRow(double[] x, double[] out, int base, int n, int stride) {
        double m = x[base];
        for (int k = 1; k < n; k++) m = max(m, x[base + k * stride]);
        for (int k = 0; k < n; k++) out[base + k * stride] = x[base + k * stride] - m;
    }

    /** out −= ln Σ, e /= Σ along one row. */
    private static void normaliseRow(double[] out, double[] e, int base, int n, int stride, double s, double lse) {
        for (int k = 0; k < n; k++) {
            int p = base + k * stride;
            out[p] -= lse;
            e[p] /= s;
        }
    }

    /** g − softmax · Σ g along the axis: logSoftmax's VJP, given the softmax its forward produced. */
    public static double[] logSoftmaxGrad(double[] g, double[] softmax, int outer, int n, int inner) {
        double[] r = new double[g.length];
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                int base = o * n * inner + j;
                double s = sumRow(g, base, n, inner);
                for (int k = 0; k < n; k++) {
                    int p = base + k * inner;
                    r[p] = g[p] - softmax[p] * s;
                }
            }
        }
        return r;
    }

    /** Σ along one row of n values, stride apart, in {@link Reduce}'s order for its axis. */
    private static double sumRow(double[] x, int base, int n, int stride) {
        return stride == 1 ? Reduce.sumRow(x, base, n) : sumStrided(x, base, n, stride);
    }

    /** Σ down a strided column, in {@link Reduce}'s order for an inner axis (first term, then each in turn). */
    private static double sumStrided(double[] x, int base, int n, int stride) {
        double s = x[base];
        for (int k = 1; k < n; k++) s += x[base + k * stride];
        return s;
    }

    /** NaN-propagating maximum, as {@link Reduce}'s. */
    private static double max(double a, double b) {
        return a >= b || a != a ? a : b;
    }
}
