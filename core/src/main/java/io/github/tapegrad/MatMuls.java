package io.github.tapegrad;

import java.util.Arrays;

/** PyTorch's {@code matmul} rules on top of the batched {@code MatMul} primitive. */
final class MatMuls {
    private MatMuls() {}

    static Tensor matmul(Tensor a, Tensor b) {
        if (a.dim() == 0 || b.dim() == 0) {
            throw new IllegalArgumentException("matmul: both operands need at least 1 dimension, got " + a.shape() + " and "
                    + b.shape() + "; use mul for scalars");
        }
        boolean vecA = a.dim() == 1, vecB = b.dim() == 1;
        Tensor x = vecA ? a.unsqueeze(0) : a, y = vecB ? b.unsqueeze(1) : b;
        int k = x.size(-1);
        if (y.size(-2) != k) {
            throw new IllegalArgumentException("matmul: inner sizes differ: " + a.shape() + " @ " + b.shape() + " ("
                    + k + " vs " + y.size(-2) + "); the last dimension of the first must equal the "
                    + (vecB ? "length" : "second-to-last dimension") + " of the second");
        }
        int r = Math.max(x.dim(), y.dim());
        int[] bx = Arrays.copyOf(x.shape().dimsUnsafe(), x.dim() - 2), by = Arrays.copyOf(y.shape().dimsUnsafe(), y.dim() - 2);
        Shape batch;
        try {
            batch = Shape.broadcast(Shape.of(bx), Shape.of(by), "matmul");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("matmul: batch dimensions of " + a.shape() + " and " + b.shape()
                    + " do not broadcast (" + Shape.of(bx) + " vs " + Shape.of(by) + "); make them equal or 1", e);
        }
        x = x.broadcastTo(withMatrix(batch, x.size(-2), k));
        y = y.broadcastTo(withMatrix(batch, k, y.size(-1)));
        Tensor out = Primitives.MatMulOp.apply(x, y, false, false);
        if (vecA) out = out.squeeze(-2);
        if (vecB) out = out.squeeze(-1);
        assert r >= 2;
        return out;
    }

    static Tensor linear(Tensor x, Tensor w, Tensor b) {
        if (w.dim() != 2 || x.dim() == 0 || x.size(-1) != w.size(1)) {
            throw new IllegalArgumentException("linear: input " + x.shape() + " and weight " + w.shape()
                    + " do not fit; the weight must be (out, in) with in equal to the input's last dimension");
        }
        if (b != null && (b.dim() != 1 || b.size(0) != w.size(0))) {
            throw new IllegalArgumentException("linear: bias " + b.shape() + " does not fit weight " + w.shape()
                    + "; give a bias of shape (" + w.size(0) + ") or none");
        }
        int[] out = x.shape().toArray();
        out[out.length - 1] = w.size(0);
        int rows = 1;
        for (int i = 0; i < out.length - 1; i++) rows *= out[i];
        return Primitives.Linear.apply(x.reshape(rows, x.size(-1)), w, b).reshape(out);
    }

    private static Shape withMatrix(Shape batch, int n, int m) {
        int[] d = Arrays.copyOf(batch.dimsUnsafe(), batch.rank() + 2);
        d[batch.rank()] = n;
        d[batch.rank() + 1] = m;
        return Shape.of(d);
    }
}
