package io.github.tapegrad.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tapegrad.Tensor;
import org.junit.jupiter.api.Test;

/**
 * A 1,000,000-op chain backpropagates on a thread with a 256 KB stack: the tape's sort and the backward loop are
 * iterative. The chain is the tape-overhead workload y ← tanh(y·w + b), so w and b are used by every link (fan-in of
 * a million gradients into two leaves); the gradient is checked against forward-mode derivatives in plain doubles.
 */
class DeepChainTest {
    private static final int LINKS = 333_334;  // 3 ops each: 1,000,002 ops

    @Test
    void aMillionOpChainBackpropagatesOnA256KbStack() throws Throwable {
        double[] got = new double[3];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                Tensor w = Tensor.scalar(0.5).requiresGrad(true), b = Tensor.scalar(0.1).requiresGrad(true);
                Tensor y = Tensor.scalar(0.3);
                for (int i = 0; i < LINKS; i++) y = y.mul(w).add(b).tanh();
                y.backward();
                got[0] = y.item();
                got[1] = w.grad().item();
                got[2] = b.grad().item();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "deep-chain-256k", 256 * 1024);
        t.start();
        t.join();
        if (failure[0] != null) throw failure[0];
        double[] expected = forwardMode();
        assertEquals(expected[0], got[0], 1e-12, "the value");
        assertEquals(expected[1], got[1], 1e-9, "dy/dw");
        assertEquals(0.361341, got[1], 5e-7, "the chain sits at its fixed point: dy/dw as in WORKLOADS.md (tape-overhead)");
        assertEquals(expected[2], got[2], 1e-9, "dy/db");
    }

    /** y, dy/dw and dy/db by forward-mode differentiation of the same recurrence. */
    private static double[] forwardMode() {
        double w = 0.5, b = 0.1, y = 0.3, dw = 0, db = 0;
        for (int i = 0; i < LINKS; i++) {
            double t = Math.tanh(y * w + b), s = 1 - t * t;
            dw = s * (dw * w + y);
            db = s * (db * w + 1);
            y = t;
        }
        return new double[] {y, dw, db};
    }
}
