package io.github.tapegrad.kernel;

/**
 * Matrix–vector products (n = 1 or m = 1), where a register tile would be mostly padding: each output element is a
 * dot product when the reduction runs along contiguous memory in both operands, and an axpy along the contiguous
 * output dimension otherwise. The choice depends on the shape only, never on the thread count.
 */
final class ThinGemm {
    private ThinGemm() {}

    static boolean applies(int n, int m) {
        return n == 1 || m == 1;
    }

    /** C[i0:i1, j0:j1] += A[i0:i1, :] · B[:, j0:j1] for n = 1 or m = 1. */
    static void multiply(Gemm g, int i0, int i1, int j0, int j1) {
        if (j1 - j0 == 1 && j0 == 0 && g.acs() == 1) {
            for (int i = i0; i < i1; i++) g.c()[g.co() + i * g.ldc()] += dot(g.a(), g.ao() + i * g.ars(), g.b(), g.bo(), g.k());
        } else if (j1 - j0 == 1 && j0 == 0 && g.ars() == 1) {
            columnAxpy(g, i0, i1);
        } else if (i1 - i0 == 1 && i0 == 0 && g.bcs() != 1) {
            for (int j = j0; j < j1; j++) g.c()[g.co() + j] += dot(g.a(), g.ao(), g.b(), g.bo() + j * g.bcs(), g.k());
        } else {
            ScalarGemm.multiply(g, i0, i1, j0, j1);
        }
    }

    /** C[i0:i1, 0] += A[i0:i1, p] · B[p, 0] for p in order, A's columns being contiguous. */
    private static void columnAxpy(Gemm g, int i0, int i1) {
        double[] a = g.a(), c = g.c();
        int co = g.co() + i0 * g.ldc(), ldc = g.ldc();
        for (int p = 0; p < g.k(); p++) {
            double bp = g.b()[g.bo() + p * g.brs()];
            int ap = g.ao() + p * g.acs() + i0;
            for (int i = 0; i < i1 - i0; i++) c[co + i * ldc] += a[ap + i] * bp;
        }
    }

    /** Σₚ x[xo + p] · y[yo + p] in four interleaved partial sums, combined as (s0 + s1) + (s2 + s3). */
    private static double dot(double[] x, int xo, double[] y, int yo, int k) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int p = 0;
        for (; p + 3 < k; p += 4) {
            s0 += x[xo + p] * y[yo + p];
            s1 += x[xo + p + 1] * y[yo + p + 1];
            s2 += x[xo + p + 2] * y[yo + p + 2];
            s3 += x[xo + p + 3] * y[yo + p + 3];
        }
        for (; p < k; p++) s0 += x[xo + p] * y[yo + p];
        return (s0 + s1) + (s2 + s3);
    }
}
