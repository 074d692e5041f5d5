package io.github.tapegrad.kernel;

/**
 * Batched matrix product C[b] = op(A[b]) · op(B[b]) where op transposes on request. A is (batch, n, k)
 * (or (batch, k, n) when transposed), B is (batch, k, m) (or (batch, m, k)); C is (batch, n, m).
 *
 * <p>Transposed operands are read through swapped strides, never materialised. The Vector API path
 * ({@code VectorGemm}) is chosen at class initialisation when the {@code jdk.incubator.vector} module is present,
 * the plain-Java path ({@code ScalarGemm}) otherwise; matrix–vector shapes take {@code ThinGemm} on both. Products of at least {@link #PARALLEL_FLOPS} flops are split
 * over {@link Parallel#threads()} threads by independent blocks of C, so results do not depend on the thread count.
 */
public final class MatMul {
    private MatMul() {}

    /** Whether the Vector API path is in use. */
    public static final boolean VECTOR = Simd.PRESENT;

    /** The smallest product (2·n·k·m per batch, summed) worth splitting over threads. */
    static final long PARALLEL_FLOPS = 1L << 22;

    /** Computes the batched product into a new array. */
    public static double[] matmul(double[] a, double[] b, int batch, int n, int k, int m, boolean transA, boolean transB) {
        return matmul(a, b, batch, n, k, m, transA, transB, VECTOR);
    }

    /** The product on the chosen path (tests compare the two). */
    static double[] matmul(double[] a, double[] b, int batch, int n, int k, int m, boolean transA, boolean transB,
                           boolean vector) {
        double[] c = new double[batch * n * m];
        if (c.length == 0 || k == 0) return c;
        Gemm[] gs = new Gemm[batch];
        for (int t = 0; t < batch; t++) {
            gs[t] = Gemm.of(a, t * n * k, b, t * k * m, c, t * n * m, n, k, m, transA, transB);
        }
        long flops = 2L * batch * n * k * m;
        int threads = flops >= PARALLEL_FLOPS ? Parallel.threads() : 1;
        Split split = Split.of(batch, n, m, threads, vector ? VectorGemm.MR : 1, vector ? VectorGemm.NR : 1);
        Parallel.run(split.tasks(), t -> split.each(t, (g, i0, i1, j0, j1) -> {
            if (ThinGemm.applies(n, m)) ThinGemm.multiply(gs[g], i0, i1, j0, j1);
            else if (vector) VectorGemm.multiply(gs[g], i0, i1, j0, j1);
            else ScalarGemm.multiply(gs[g], i0, i1, j0, j1);
        }));
        return c;
    }
}
