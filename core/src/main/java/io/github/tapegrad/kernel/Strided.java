package io.github.tapegrad.kernel;

/**
 * Strided copies: every movement op (expand, permute, slice, flip, pad, concat) is one of these two loops
 * over an n-d index, with the last dimension as the inner loop.
 */
public final class Strided {
    private Strided() {}

    /** out[i] = src[offset + Σ idx_k · strides_k] for every index of {@code shape}, in row-major order. */
    public static double[] gather(double[] src, int offset, int[] shape, int[] strides) {
        int n = 1;
        for (int d : shape) n *= d;
        double[] out = new double[n];
        if (n == 0) return out;
        int r = shape.length;
        if (r == 0) {
            out[0] = src[offset];
            return out;
        }
        int lead = 0, block = 1;
        while (lead < r && strides[lead] == 0) lead++;
        for (int d = r - 1; d >= lead && strides[d] == block; d--) block *= shape[d];
        if (lead > 0 && block == n / outer(shape, lead)) {
            // A contiguous block repeated along leading dimensions of stride 0 (a bias expanded to a batch; a single
            // value, when every stride is 0): copy it once, then double the copied prefix, not one copy per repetition.
            System.arraycopy(src, offset, out, 0, block);
            for (int done = block; done < n; done *= 2) System.arraycopy(out, 0, out, done, Math.min(done, n - done));
            return out;
        }
        int inner = shape[r - 1], is = strides[r - 1];
        int[] idx = new int[r];
        int base = offset, o = 0;
        while (true) {
            if (is == 1) {
                System.arraycopy(src, base, out, o, inner);
            } else if (is == 0) {
                java.util.Arrays.fill(out, o, o + inner, src[base]);
            } else {
                for (int j = 0, p = base; j < inner; j++, p += is) out[o + j] = src[p];
            }
            o += inner;
            int k = r - 2;
            while (k >= 0) {
                idx[k]++;
                base += strides[k];
                if (idx[k] < shape[k]) break;
                base -= strides[k] * shape[k];
                idx[k] = 0;
                k--;
            }
            if (k < 0) return out;
        }
    }

    /** The product of the first {@code k} dimensions. */
    private static int outer(int[] shape, int k) {
        int n = 1;
        for (int d = 0; d < k; d++) n *= shape[d];
        return n;
    }

    /** dst[offset + Σ idx_k · strides_k] = src[i] (or +=, when {@code accumulate}) for every index of {@code shape}. */
    public static void scatter(double[] src, double[] dst, int offset, int[] shape, int[] strides, boolean accumulate) {
        int n = 1;
        for (int d : shape) n *= d;
        if (n == 0) return;
        int r = shape.length;
        if (r == 0) {
            dst[offset] = accumulate ? dst[offset] + src[0] : src[0];
            return;
        }
        int inner = shape[r - 1], is = strides[r - 1];
        int[] idx = new int[r];
        int base = offset, o = 0;
        while (true) {
            if (is == 1 && !accumulate) {
                System.arraycopy(src, o, dst, base, inner);
            } else if (accumulate) {
                for (int j = 0, p = base; j < inner; j++, p += is) dst[p] += src[o + j];
            } else {
                for (int j = 0, p = base; j < inner; j++, p += is) dst[p] = src[o + j];
            }
            o += inner;
            int k = r - 2;
            while (k >= 0) {
                idx[k]++;
                base += strides[k];
                if (idx[k] < shape[k]) break;
                base -= strides[k] * shape[k];
                idx[k] = 0;
                k--;
            }
            if (k < 0) return;
        }
    }

    /** Row-major strides of a shape. */
    public static int[] strides(int[] shape) {
        int[] s = new int[shape.length];
        int acc = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            s[i] = acc;
            acc *= shape[i];
        }
        return s;
    }
}
