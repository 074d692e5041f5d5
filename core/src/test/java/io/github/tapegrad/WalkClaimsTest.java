package io.github.tapegrad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A backward walk numbers its tensors in their own fields only while no other running walk holds them: nested
 * backwards (from a hook), concurrent backwards over shared tensors and walks without a free slot fall back to a map
 * and still give the exact gradients.
 */
class WalkClaimsTest {

    /** y = Σ tanh(x·w)², whose gradient in w is Σ 2·tanh(x·w)·(1 − tanh²(x·w))·x. */
    private static Tensor y(Tensor x, Tensor w) {
        return x.mul(w).tanh().square().sum();
    }

    private static double[] expected(double[] x, double w) {
        double s = 0;
        for (double v : x) {
            double t = Math.tanh(v * w);
            s += 2 * t * (1 - t * t) * v;
        }
        return new double[] {s};
    }

    @Test
    void aBackwardStartedByAHookOverTheSameGraphGetsItsOwnNumbering() {
        Tensor x = Tensor.of(0.5, -1.0, 2.0), w = Tensor.scalar(0.7).requiresGrad(true);
        Tensor h = x.mul(w).tanh();
        Tensor out = h.square().sum();
        double[][] inner = new double[1][];
        h.registerHook(g -> {
            if (inner[0] != null) return g;
            inner[0] = new double[0];
            inner[0] = Autograd.grad(new Tensor[] {out}, new Tensor[] {w},
                    Autograd.Options.defaults().withRetainGraph(true))[0].toArray();
            return g;
        });
        out.backward(null, true, false);
        double[] want = expected(x.toArray(), 0.7);
        assertArrayEquals(want, inner[0], 1e-15);
        assertArrayEquals(want, w.grad().toArray(), 1e-15);
    }

    @Test
    void concurrentBackwardsThroughASharedLeafGiveExactGradients() throws Exception {
        Tensor w = Tensor.scalar(0.3).requiresGrad(true);
        int threads = 4, rounds = 300;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                double[] x = {0.1 * (t + 1), -0.2 * t, 1.5};
                done.add(pool.submit(() -> {
                    start.await();
                    int ok = 0;
                    for (int r = 0; r < rounds; r++) {
                        Tensor g = Autograd.grad(y(Tensor.of(x), w), w);
                        if (g.item() == expected(x, 0.3)[0] || Math.abs(g.item() - expected(x, 0.3)[0]) < 1e-15) ok++;
                    }
                    return ok;
                }));
            }
            for (Future<Integer> f : done) assertEquals(rounds, f.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withEverySlotTakenAWalkUsesItsMap() {
        List<Long> held = new ArrayList<>();
        try {
            for (long id; (id = WalkClaims.acquire()) != 0; ) held.add(id);
            assertTrue(held.size() <= 64 && !held.isEmpty(), "slots taken: " + held.size());
            Tensor x = Tensor.of(0.5, -1.0, 2.0), w = Tensor.scalar(0.7).requiresGrad(true);
            y(x, w).backward();
            assertArrayEquals(expected(x.toArray(), 0.7), w.grad().toArray(), 1e-15);
        } finally {
            held.forEach(WalkClaims::release);
        }
        assertNotEquals(0, WalkClaims.acquire(), "released slots are free again");
    }

    @Test
    void idsAreNeverReused() {
        long a = WalkClaims.acquire();
        WalkClaims.release(a);
        long b = WalkClaims.acquire();
        WalkClaims.release(b);
        assertNotEquals(a, b);
        assertTrue(!WalkClaims.running(a) && !WalkClaims.running(b));
    }
}
