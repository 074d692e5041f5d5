package io.github.tapegrad.check;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import java.util.Arrays;

/** Sub-tensors for shrinking: the leading block of a smaller shape, or index 0 along a dropped axis. */
final class Blocks {
    private Blocks() {}

    /**
     * The part of {@code t} that a smaller shape keeps: the leading block when the rank is equal and no dimension
     * grows, index 0 along the first axis whose removal gives {@code target} when the rank is one less; null otherwise.
     */
    static Tensor sub(Tensor t, Shape target) {
        int[] d = t.shape().toArray(), e = target.toArray();
        if (e.length == d.length) {
            for (int i = 0; i < d.length; i++) if (e[i] > d[i]) return null;
            return Tensor.of(leading(t.toArray(), d, e), e);
        }
        if (e.length == d.length - 1) {
            for (int i = 0; i < d.length; i++) {
                if (d[i] > 0 && Arrays.equals(ShapeGen.without(d, i), e)) {
                    return Tensor.of(leading(t.toArray(), d, ShapeGen.with(d, i, Math.min(1, d[i]))), e);
                }
            }
        }
        return null;
    }

    /** The values of the block [0, e₀) × [0, e₁) × … of a row-major array of dimensions d. */
    static double[] leading(double[] data, int[] d, int[] e) {
        int n = (int) ShapeGen.product(e);
        double[] out = new double[n];
        int[] strides = Shape.of(d).strides(), pos = new int[e.length];
        for (int k = 0; k < n; k++) {
            int off = 0;
            for (int i = 0; i < e.length; i++) off += pos[i] * strides[i];
            out[k] = data[off];
            for (int i = e.length - 1; i >= 0; i--) {
                if (++pos[i] < e[i]) break;
                pos[i] = 0;
            }
        }
        return out;
    }
}
