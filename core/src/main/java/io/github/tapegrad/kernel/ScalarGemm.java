package io.github.tapegrad.kernel;

/**
 * The plain-Java path of {@link MatMul}, used when the Vector API is absent: for each row of C, C[i, :] += A[i, p] ·
 * B[p, :] for p in order (an axpy that C2 vectorises), with a transposed B first copied into rows. Every element is
 * the same left-to-right sum whatever block or thread computes it.
 */
final class ScalarGemm {
    private ScalarGemm() {}

    /** C[i0:i1, j0:j1] += A[i0:i1, :] · B[:, j0:j1]. */
    static void multiply(Gemm g, int i0, int i1, int j0, int j1) {
        int w = j1 - j0, k = g.k();
        double[] b = g.b();
        int bo = g.bo() + j0 * g.bcs(), brs = g.brs();
        if (g.bcs() != 1) {
            b = rows(g, j0, w);
            bo = 0;
            brs = w;
        }
        double[] a = g.a(), c = g.c();
        for (int i = i0; i < i1; i++) {
            int ai = g.ao() + i * g.ars(), ci = g.co() + i * g.ldc() + j0;
            for (int p = 0; p < k; p++) {
                double av = a[ai + p * g.acs()];
                int bp = bo + p * brs;
                for (int j = 0; j < w; j++) c[ci + j] += av * b[bp + j];
            }
        }
    }

    /** B[:, j0:j0+w] copied into a row-major k × w array. */
    private static double[] rows(Gemm g, int j0, int w) {
        double[] out = new double[g.k() * w];
        for (int j = 0; j < w; j++) {
            int s = g.bo() + (j0 + j) * g.bcs();
            for (int p = 0; p < g.k(); p++) out[p * w + j] = g.b()[s + p * g.brs()];
        }
        return out;
    }
}
