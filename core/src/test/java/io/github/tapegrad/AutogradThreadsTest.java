package io.github.tapegrad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Grad mode is per thread; independent graphs backpropagate concurrently with the sequential results. */
class AutogradThreadsTest {

    @Test
    void noGradInOneThreadDoesNotAffectAnother() throws Exception {
        CountDownLatch inside = new CountDownLatch(1), checked = new CountDownLatch(1);
        boolean[] other = new boolean[2];
        Thread t = new Thread(() -> {
            try (var g = Autograd.noGrad()) {
                inside.countDown();
                await(checked);
                other[0] = Autograd.isGradEnabled();
                other[1] = Tensor.ones(2).requiresGrad(true).mul(2).requiresGrad();
            }
        });
        t.start();
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        assertTrue(Autograd.isGradEnabled(), "this thread still records while the other is in noGrad");
        assertTrue(Tensor.ones(2).requiresGrad(true).mul(2).requiresGrad());
        checked.countDown();
        t.join(10_000);
        assertFalse(other[0], "the other thread is in noGrad");
        assertFalse(other[1], "and records nothing");
    }

    /**
     * An op recorded on a thread whose counter is behind its input's number (the input was recorded on a busier thread)
     * is still numbered after the input; otherwise backward would visit the input before this op had added its share.
     */
    @Test
    void anOpIsNumberedAfterAnInputRecordedOnAnotherThread() throws Exception {
        Tensor w = Tensor.scalar(2.0).requiresGrad(true);
        Tensor[] y = new Tensor[1];
        Thread busy = new Thread(() -> {
            Tensor t = w;
            for (int i = 0; i < 1000; i++) t = t.mul(1.0);
            y[0] = t;
        });
        busy.start();
        busy.join(10_000);
        double[] grad = new double[1];
        Thread fresh = new Thread(() -> {
            Tensor u = y[0].mul(3), v = u.add(y[0]);
            v.backward();
            grad[0] = w.grad().item();
        });
        fresh.start();
        fresh.join(10_000);
        assertArrayEquals(new double[] {4.0}, grad, "v = 3y + y = 4w");
    }

    private static void await(CountDownLatch l) {
        try {
            l.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small two-layer model's loss and its parameters' gradients, from a seed. */
    private static double[][] gradients(long seed) {
        Tensor w1 = Tensor.randn(new int[] {6, 8}, seed).requiresGrad(true);
        Tensor w2 = Tensor.randn(new int[] {8, 3}, seed + 1).requiresGrad(true);
        Tensor x = Tensor.randn(new int[] {5, 6}, seed + 2);
        Tensor target = Tensor.randint(0, 3, new int[] {5, 1}, seed + 3);
        Tensor logits = x.matmul(w1).tanh().matmul(w2);
        Tensor loss = logits.logSoftmax(1).gather(1, target).mean().neg().add(w1.square().sum().mul(1e-3));
        loss.backward();
        return new double[][] {w1.grad().toArray(), w2.grad().toArray(), {loss.item()}};
    }

    @Test
    void independentGraphsInFourThreadsMatchTheSequentialRun() throws Exception {
        int threads = 4, rounds = 25;
        double[][][] sequential = new double[threads][][];
        for (int i = 0; i < threads; i++) sequential[i] = gradients(100 * i);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<List<double[][]>>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                long seed = 100L * i;
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    List<double[][]> r = new ArrayList<>();
                    for (int k = 0; k < rounds; k++) r.add(gradients(seed));
                    return r;
                }));
            }
            for (int i = 0; i < threads; i++) {
                for (double[][] r : results.get(i).get(60, TimeUnit.SECONDS)) {
                    for (int p = 0; p < r.length; p++) assertArrayEquals(sequential[i][p], r[p], "thread " + i + " part " + p);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
