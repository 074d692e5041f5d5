package io.github.tapegrad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The tape and backward are iterative: a 1,000,000-op chain works on a thread with a 512 KB stack. */
class AutogradDeepChainTest {
    private static final int N = 1_000_000;

    @Test
    void millionOpChainBackpropagatesOnASmallStack() throws Throwable {
        double[] result = new double[2];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                Tensor x = Tensor.scalar(0.5).requiresGrad(true);
                Tensor y = x;
                for (int i = 0; i < N; i++) y = y.neg();
                result[0] = y.item();
                y.backward();
                result[1] = x.grad().item();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "deep-chain", 512 * 1024);
        t.start();
        t.join();
        if (failure[0] != null) throw failure[0];
        assertEquals(0.5, result[0], "an even number of negations");
        assertEquals(1.0, result[1], "d/dx of (-1)^N x");
    }
}
