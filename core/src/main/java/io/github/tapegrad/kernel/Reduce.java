package io.github.tapegrad.kernel;

/**
 * Reductions over a set of axes. Consecutive reduced axes are merged, and each run is reduced as an
 * (outer, n, inner) block, last run first; the result keeps the reduced dimensions with size 1.
 */
public final class Reduce {
    private Reduce() {}

    /** Kinds of reduction. */
    public enum Kind { SUM, MAX, MIN }

    /** Reduces {@code x} of {@code shape} over the axes flagged in {@code mask}; the result has keep-dims shape. */
    public static double[] reduce(double[] x, int[] shape, boolean[] mask, Kind kind) {
        int[] cur = shape.clone();
        double[] data = x;
        boolean copied = false;
        int r = shape.length;
        int end = r - 1;
        while (end >= 0) {
            if (!mask[end]) {
                end--;
                continue;
            }
            int start = end;
            while (start > 0 && mask[start - 1]) start--;
            int outer = 1, n = 1, inner = 1;
            for (int i = 0; i < start; i++) outer *= cur[i];
            for (int i = start; i <= end; i++) n *= cur[i];
            for (int i = end + 1; i < r; i++) inner *= cur[i];
            data = reduceBlock(data, outer, n, inner, kind);
            copied = true;
            for (int i = start; i <= end; i++) cur[i] = 1;
            end = start - 1;
        }
        return copied ? data : x.clone();
    }

    private static double[] reduceBlock(double[] x, int outer, int n, int inner, Kind kind) {
        double[] out = new double[outer * inner];
        if (n == 0) {
            if (kind != Kind.SUM) {
                throw new IllegalArgumentException("reduction over an empty dimension has no identity for " + kind);
            }
            return out;
        }
        for (int o = 0; o < outer; o++) {
            int base = o * n * inner;
            if (inner == 1) {
                out[o] = row(x, base, n, kind);
            } else {
                int ob = o * inner;
                System.arraycopy(x, base, out, ob, inner);
                for (int k = 1; k < n; k++) {
                    int p = base + k * inner;
                    switch (kind) {
                        case SUM -> { for (int j = 0; j < inner; j++) out[ob + j] += x[p + j]; }
                        case MAX -> { for (int j = 0; j < inner; j++) out[ob + j] = max(out[ob + j], x[p + j]); }
                        case MIN -> { for (int j = 0; j < inner; j++) out[ob + j] = min(out[ob + j], x[p + j]); }
                    }
                }
            }
        }
        return out;
    }

    /** Σ of x[base .. base + n) with four interleaved partial sums: the order of every last-axis sum. */
    static double sumRow(double[] x, int base, int n) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            s0 += x[base + k];
            s1 += x[base + k + 1];
            s2 += x[base + k + 2];
            s3 += x[base + k + 3];
        }
        for (; k < n; k++) s0 += x[base + k];
        return (s0 + s1) + (s2 + s3);
    }

    private static double row(double[] x, int base, int n, Kind kind) {
        double acc = x[base];
        switch (kind) {
            case SUM -> acc = sumRow(x, base, n);
            case MAX -> { for (int k = 1; k < n; k++) acc = max(acc, x[base + k]); }
            case MIN -> { for (int k = 1; k < n; k++) acc = min(acc, x[base + k]); }
        }
        return acc;
    }

    /** NaN-propagating maximum, as PyTorch's max reduction. */
    private static double max(double a, double b) {
        return a >= b || a != a ? a : b;
    }

    private static double min(double a, double b) {
        return a <= b || a != a ? a : b;
    }

    /**
     * Index of the first maximum (or minimum) along one axis; NaN counts as the maximum (and minimum), as
     * in PyTorch. The result has the axis kept with size 1.
     */
    public static double[] argExtreme(double[] x, int[] shape, int axis, boolean max) {
        int outer = 1, n = shape[axis], inner = 1;
        for (int i = 0; i < axis; i++) outer *= shape[i];
        for (int i = axis + 1; i < shape.length; i++) inner *= shape[i];
        double[] out = new double[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                int base = o * n * inner + j;
                int best = 0;
                double bv = x[base];
                for (int k = 1; k < n && bv == bv; k++) {
                    double v = x[base + k * inner];
                    if (v != v || (max ? v > bv : v < bv)) {
                        bv = v;
                        best = k;
                    }
                }
                out[o * inner + j] = best;
            }
        }
        return out;
    }
}
