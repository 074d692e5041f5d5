package io.github.tapegrad.kernel;

/**
 * One matrix product C = A · B over a block of C, with A(i, p) = a[ao + i·ars + p·acs] and
 * B(p, j) = b[bo + p·brs + j·bcs], so a transposed operand is only a swap of strides; C is row-major with
 * row length ldc. The block is rows [i0, i1) and columns [j0, j1) of C.
 */
record Gemm(double[] a, int ao, int ars, int acs, double[] b, int bo, int brs, int bcs,
            double[] c, int co, int ldc, int k) {

    static Gemm of(double[] a, int ao, double[] b, int bo, double[] c, int co, int n, int k, int m,
                   boolean transA, boolean transB) {
        return new Gemm(a, ao, transA ? 1 : k, transA ? n : 1, b, bo, transB ? 1 : m, transB ? k : 1, c, co, m, k);
    }
}
