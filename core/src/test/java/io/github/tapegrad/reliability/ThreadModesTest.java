package io.github.tapegrad.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Tensor;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * No-grad and anomaly modes belong to the thread that set them; a tensor made inside one thread's no-grad block is a
 * plain constant everywhere.
 */
class ThreadModesTest {

    private static <T> T onAnotherThread(Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            return pool.submit(task).get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTensorMadeUnderAnotherThreadsNoGradIsAPlainConstant() throws Exception {
        Tensor w = Tensor.of(1, 2, 3).requiresGrad(true);
        Tensor c = onAnotherThread(() -> {
            try (var g = Autograd.noGrad()) {
                return w.mul(2);
            }
        });
        assertFalse(c.requiresGrad(), "made under no-grad: not part of any graph");
        assertTrue(c.isLeaf());
        assertNull(c.op());
        Tensor v = Tensor.of(1, 1, 1).requiresGrad(true);
        v.mul(c).sum().backward();
        assertArrayEquals(new double[] {2, 4, 6}, v.grad().toArray(), "used here as a constant, no error");
        assertNull(w.grad(), "no gradient reaches w through the constant");
        assertNull(c.grad());
    }

    @Test
    void aTensorMadeUnderNoGradHereIsAConstantInAnotherThread() throws Exception {
        Tensor w = Tensor.of(1, 2, 3).requiresGrad(true);
        Tensor c;
        try (var g = Autograd.noGrad()) {
            c = w.exp();
        }
        double[] grad = onAnotherThread(() -> {
            assertTrue(Autograd.isGradEnabled(), "the other thread records: no-grad is per thread");
            Tensor v = Tensor.ones(3).requiresGrad(true);
            v.mul(c).sum().backward();
            return v.grad().toArray();
        });
        assertArrayEquals(c.toArray(), grad);
        assertNull(w.grad());
    }

    @Test
    void anomalyModeIsPerThread() throws Exception {
        try (var a = Autograd.detectAnomaly()) {
            assertTrue(Autograd.isAnomalyEnabled());
            boolean other = onAnotherThread(Autograd::isAnomalyEnabled);
            assertFalse(other, "anomaly mode on here is off in another thread");
            double grad = onAnotherThread(() -> {
                Tensor x = Tensor.of(0.0).requiresGrad(true);
                x.log().sum().backward();
                return x.grad().item();
            });
            assertEquals(Double.POSITIVE_INFINITY, grad, "so the other thread's backward makes an infinity without an exception");
        }
        assertFalse(Autograd.isAnomalyEnabled(), "closing the scope restores the previous mode");
    }

    @Test
    void noGradIsPerThreadAndRestoredByItsScope() throws Exception {
        try (var g = Autograd.noGrad()) {
            assertFalse(Autograd.isGradEnabled());
            assertTrue(onAnotherThread(Autograd::isGradEnabled));
            assertTrue(onAnotherThread(() -> Tensor.ones(2).requiresGrad(true).mul(3).requiresGrad()));
        }
        assertTrue(Autograd.isGradEnabled());
    }
}
