package io.github.tapegrad.kernel;

/**
 * Batched matrix product C[b] = op(A[b]) · op(B[b]) where op transposes on request. A is (batch, n, k)
 * (or (batch, k, n) when transposed), B is (batch, k, m) (or (batch, m, k)); C is (batch, n, m).
 *
 * <p>Transposed operands are read through swapped strides, never materialised. The Vector API path
 * ({@code VectorGemm}) is chosen at class initialisation when the {@code jdk.incubator.vector} module is present,
 * the plain-Java path ({@code ScalarGemm}) otherwise; matrix–vector shapes take {@code ThinGemm} on both, and products
 * that need no cache blocking take {@code SmallGemm} on the Vector API path. Products of at least
 * {@link #PARALLEL_FLOPS} flops are split into independent blocks of C, several per thread, which
 * {@link Parallel#threads()} threads take in turn; no block's result depends on which thread computes it or on the
 * thread count. Smaller products run on the calling thread without any task machinery.
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
        long flops = 2L * batch * n * k * m;
        int threads = flops >= PARALLEL_FLOPS ? Parallel.threads() : 1;
        if (threads == 1) {
            for (int t = 0; t < batch; t++) {
                multiply(Gemm.of(a, t * n * k, b, t * k * m, c, t * n * m, n, k, m, transA, transB), n, m, 0, n, 0, m, vector);
            }
            return c;
        }
        Gemm[] gs = new Gemm[batch];
        for (int t = 0; t < batch; t++) {
            gs[t] = Gemm.of(a, t * n * k, b, t * k * m, c, t * n * m, n, k, m, transA, transB);
        }
        Split split = Split.of(batch, n, m, threads, vector ? VectorGemm.MR : 1, vector ? VectorGemm.NR : 1);
        Parallel.run(split.tasks(), threads,
                t -> split.each(t, (g, i0, i1, j0, j1) -> multiply(gs[g], n, m, i0, i1, j0, j1, vector)));
        return c;
    }

    /** Block [i0, i1) × [j0, j1) of one n × m product, on the path its shape takes. */
    private static void multiply(Gemm g, int n, int m, int i0, int i1, int j0, int j1, boolean vector) {
        if (ThinGemm.applies(n, m)) ThinGemm.multiply(g, i0, i1, j0, j1);
        else if (!vector) ScalarGemm.multiply(g, i0, i1, j0, j1);
        else if (SmallGemm.applies(n, g.k(), m)) SmallGemm.multiply(g, i0, i1, j0, j1);
        else VectorGemm.multiply(g, i0, i1, j0, j1);
    }
}
