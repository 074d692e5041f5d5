package io.github.tapegrad;

import java.math.BigDecimal;

/** Index checks and loops for gather, scatterAdd and oneHot; indices are doubles holding integers. */
final class Indexing {
    private Indexing() {}

    static int toIndex(double v, int bound, String op, int flat, Shape indexShape) {
        if (!(v == Math.rint(v)) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(op + ": index " + v + " at flat position " + flat + " of the index (shape "
                    + indexShape + ") is not an integer; indices must hold whole numbers");
        }
        if (v < 0 || v >= bound) {
            String whole = new BigDecimal(v).toPlainString();
            throw new IndexOutOfBoundsException(op + ": index " + whole + " at flat position " + flat
                    + " of the index (shape " + indexShape + ") is out of bounds for size " + bound
                    + "; indices must lie in 0.." + (bound - 1));
        }
        return (int) v;
    }

    static void checkGatherIndex(Tensor x, int axis, Tensor index, String op) {
        if (index.dim() != x.dim()) {
            throw new IllegalArgumentException(op + ": index has shape " + index.shape() + " but the input has shape " + x.shape()
                    + "; the index needs the input's rank (" + x.dim() + ")");
        }
        for (int d = 0; d < x.dim(); d++) {
            if (d != axis && index.size(d) > x.size(d)) {
                throw new IllegalArgumentException(op + ": index size " + index.size(d) + " at dimension " + d
                        + " exceeds the input's " + x.size(d) + " (index " + index.shape() + ", input " + x.shape()
                        + "); only the gathered axis may be larger");
            }
        }
    }

    static void checkScatterIndex(Tensor self, int axis, Tensor index, Tensor src) {
        checkGatherIndex(self, axis, index, "scatterAdd");
        if (src.dim() != index.dim()) {
            throw new IllegalArgumentException("scatterAdd: src has shape " + src.shape() + " but the index has shape "
                    + index.shape() + "; give src at least the index's shape");
        }
        for (int d = 0; d < src.dim(); d++) {
            if (index.size(d) > src.size(d)) {
                throw new IllegalArgumentException("scatterAdd: index size " + index.size(d) + " at dimension " + d
                        + " exceeds src's " + src.size(d) + "; give src at least the index's shape");
            }
        }
    }

    /** For each position p of the index: the flat offset in a tensor of shape {@code s} with axis coordinate replaced. */
    private interface Visitor {
        void visit(int indexFlat, int target, int srcFlat);
    }

    private static void walk(Shape target, Tensor index, Shape src, int axis, String op, Visitor v) {
        int r = index.dim();
        int[] is = index.shape().dimsUnsafe(), ts = target.strides(), ss = src.strides();
        double[] idx = index.dataUnsafe();
        int bound = r == 0 ? 1 : target.get(axis);
        if (r == 2) {
            // The common case (class indices picked from rows of logits), without the odometer over dimensions.
            for (int i = 0, f = 0; i < is[0]; i++) {
                for (int j = 0; j < is[1]; j++, f++) {
                    int k = toIndex(idx[f], bound, op, f, index.shape());
                    v.visit(f, axis == 0 ? k * ts[0] + j * ts[1] : i * ts[0] + k * ts[1], i * ss[0] + j * ss[1]);
                }
            }
            return;
        }
        int[] pos = new int[r];
        for (int f = 0; f < idx.length; f++) {
            int k = toIndex(idx[f], bound, op, f, index.shape());
            int t = 0, s = 0;
            for (int d = 0; d < r; d++) {
                t += (d == axis ? k : pos[d]) * ts[d];
                s += pos[d] * ss[d];
            }
            v.visit(f, t, s);
            for (int d = r - 1; d >= 0; d--) {
                if (++pos[d] < is[d]) break;
                pos[d] = 0;
            }
        }
    }

    static double[] gather(Tensor x, Tensor index, int axis) {
        double[] out = new double[index.size()];
        double[] a = x.dataUnsafe();
        walk(x.shape(), index, index.shape(), axis, "gather", (f, t, s) -> out[f] = a[t]);
        return out;
    }

    static double[] scatterAdd(Tensor self, Tensor index, Tensor src, int axis) {
        return scatterAddInto(self.dataUnsafe().clone(), self.shape(), index, src, axis);
    }

    /** out (of shape target) with src added at index along the axis, in place; returns out. */
    static double[] scatterAddInto(double[] out, Shape target, Tensor index, Tensor src, int axis) {
        double[] b = src.dataUnsafe();
        walk(target, index, src.shape(), axis, "scatterAdd", (f, t, s) -> out[t] += b[s]);
        return out;
    }

    static Tensor oneHot(Tensor index, int numClasses) {
        if (numClasses < 1) {
            throw new IllegalArgumentException("oneHot: numClasses must be at least 1, got " + numClasses);
        }
        double[] idx = index.dataUnsafe();
        double[] out = new double[Math.multiplyExact(idx.length, numClasses)];
        for (int f = 0; f < idx.length; f++) {
            out[f * numClasses + toIndex(idx[f], numClasses, "oneHot", f, index.shape())] = 1;
        }
        int[] d = java.util.Arrays.copyOf(index.shape().dimsUnsafe(), index.dim() + 1);
        d[index.dim()] = numClasses;
        return Tensor.result(out, Shape.of(d));
    }
}
