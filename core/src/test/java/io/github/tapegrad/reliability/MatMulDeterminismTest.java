package io.github.tapegrad.reliability;

import static io.github.tapegrad.reliability.Bits.assertBitwiseEqual;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tapegrad.Tensor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What must agree bit for bit in matrix products (docs/reliability.md, "Determinism"): the same inputs give the same
 * bits on every call, from any number of user threads at once, and for any number of kernel threads; and every entry
 * is within rounding of the plain triple loop, whichever kernel path (vector or scalar) is in use.
 */
class MatMulDeterminismTest {
    /** 2·160³ ≈ 8.2 Mflop: above the size at which a kernel may split a product over threads. */
    private static final int N = 160;

    private static Tensor a() {
        return Tensor.randn(new int[] {N, N}, 11);
    }

    private static Tensor b() {
        return Tensor.randn(new int[] {N, N}, 12);
    }

    @Test
    void repeatedProductsHaveTheSameBits() {
        double[] first = a().matmul(b()).toArray();
        for (int i = 0; i < 3; i++) assertBitwiseEqual(first, a().matmul(b()).toArray(), "call " + i);
    }

    @Test
    void productsFromEightThreadsAtOnceHaveTheSameBits() throws Exception {
        double[] expected = a().matmul(b()).toArray();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<double[]>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) results.add(pool.submit(() -> a().matmul(b()).toArray()));
            for (Future<double[]> f : results) assertBitwiseEqual(expected, f.get(60, TimeUnit.SECONDS), "a concurrent product");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theKernelsThreadCountDoesNotChangeTheBits() throws Exception {
        Class<?> parallel;
        try {
            parallel = Class.forName("io.github.tapegrad.kernel.Parallel");
        } catch (ClassNotFoundException e) {
            parallel = null;
        }
        assumeTrue(parallel != null, "this kernel has no worker threads");
        Method threads = parallel.getMethod("threads"), setThreads = parallel.getMethod("setThreads", int.class);
        int before = (int) threads.invoke(null);
        try {
            setThreads.invoke(null, 1);
            double[] one = a().matmul(b()).toArray();
            for (int n : new int[] {2, 3, 4}) {
                setThreads.invoke(null, n);
                assertBitwiseEqual(one, a().matmul(b()).toArray(), n + " kernel threads against 1");
            }
        } finally {
            setThreads.invoke(null, before);
        }
    }

    @Test
    void everyEntryIsWithinRoundingOfTheTripleLoop() {
        double[] x = a().toArray(), y = b().toArray(), c = a().matmul(b()).toArray();
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                double s = 0, abs = 0;
                for (int k = 0; k < N; k++) {
                    s += x[i * N + k] * y[k * N + j];
                    abs += Math.abs(x[i * N + k] * y[k * N + j]);
                }
                double bound = 2 * N * Math.ulp(1.0) * abs;
                assertTrue(Math.abs(c[i * N + j] - s) <= bound, "entry (" + i + ", " + j + "): " + c[i * N + j] + " vs " + s);
            }
        }
    }
}
