package io.github.tapegrad.kernel;

/**
 * Batched matrix product C[b] = op(A[b]) · op(B[b]) where op transposes on request. A is (batch, n, k)
 * (or (batch, k, n) when transposed), B is (batch, k, m) (or (batch, m, k)); C is (batch, n, m).
 */
public final class MatMul {
    private MatMul() {}

    /** Computes the batched product into a new array. */
    public static double[] matmul(double[] a, double[] b, int batch, int n, int k, int m, boolean transA, boolean transB) {
        double[] c = new double[batch * n * m];
        for (int t = 0; t < batch; t++) {
            multiply(a, t * n * k, b, t * k * m, c, t * n * m, n, k, m, transA, transB);
        }
        return c;
    }

    static void multiply(double[] a, int ao, double[] b, int bo, double[] c, int co, int n, int k, int m,
                         boolean transA, boolean transB) {
        if (transB) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    double s = 0;
                    for (int p = 0; p < k; p++) {
                        double av = transA ? a[ao + p * n + i] : a[ao + i * k + p];
                        s += av * b[bo + j * k + p];
                    }
                    c[co + i * m + j] = s;
                }
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            int ci = co + i * m;
            for (int p = 0; p < k; p++) {
                double av = transA ? a[ao + p * n + i] : a[ao + i * k + p];
                int bp = bo + p * m;
                for (int j = 0; j < m; j++) c[ci + j] += av * b[bp + j];
            }
        }
    }
}
