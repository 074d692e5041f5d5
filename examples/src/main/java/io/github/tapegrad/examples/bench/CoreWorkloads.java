package io.github.tapegrad.examples.bench;

import io.github.tapegrad.Tensor;
import java.util.Locale;
import java.util.SplittableRandom;

/** The workloads that need only core: tape overhead and matrix products (definitions in WORKLOADS.md). */
final class CoreWorkloads {
    private CoreWorkloads() {}

    /** 10,000 times y = tanh(y·w + b) on scalars, then one backward: ns per op over the 30,000 ops. */
    static String tapeOverhead() {
        int steps = 10_000;
        Timing.Result<Double> r = Timing.timed(() -> {
            Tensor w = Tensor.scalar(0.5).requiresGrad(true);
            Tensor b = Tensor.scalar(0.1).requiresGrad(true);
            Tensor y = Tensor.scalar(0.3);
            for (int i = 0; i < steps; i++) y = y.mul(w).add(b).tanh();
            y.backward();
            return w.grad().item();
        });
        return line("tape-overhead", r.seconds(),
                String.format(Locale.ROOT, "%.0f ns/op (fwd+bwd), dy/dw=%.6f", r.seconds() / (3 * steps) * 1e9, r.value()));
    }

    /** a @ b for square N(0,1) matrices, repeated to about 2 GFLOP. */
    static String matmul(int n) {
        SplittableRandom g = new SplittableRandom(0);
        Tensor a = Tensor.randn(g, n, n), b = Tensor.randn(g, n, n);
        int reps = (int) Math.max(1, 2e9 / (2.0 * n * n * n));
        Timing.Result<Tensor> r = Timing.timed(() -> {
            Tensor c = null;
            for (int i = 0; i < reps; i++) c = a.matmul(b);
            return c;
        });
        return line("matmul-" + n, r.seconds(), gflops(2.0 * n * n * n * reps / r.seconds()));
    }

    /** (a @ b).sum().backward() for 256 × 256 leaves, 20 times: three products each. */
    static String matmulBackward() {
        int n = 256, reps = 20;
        SplittableRandom g = new SplittableRandom(0);
        Tensor a = Tensor.randn(g, n, n).requiresGrad(true), b = Tensor.randn(g, n, n).requiresGrad(true);
        Timing.Result<Double> r = Timing.timed(() -> {
            for (int i = 0; i < reps; i++) {
                a.zeroGrad();
                b.zeroGrad();
                a.matmul(b).sum().backward();
            }
            return a.grad().get(0, 0);
        });
        return line("matmul-256-backward", r.seconds(), gflops(3 * 2.0 * n * n * n * reps / r.seconds()) + " (fwd+bwd)");
    }

    static String gflops(double flopsPerSecond) {
        return String.format(Locale.ROOT, "%.2f GFLOP/s", flopsPerSecond / 1e9);
    }

    /** One output line, formatted as the reference script prints it. */
    static String line(String name, double seconds, String merit) {
        return String.format(Locale.ROOT, "%-22s %9.4f s  %s", name, seconds, merit);
    }
}
