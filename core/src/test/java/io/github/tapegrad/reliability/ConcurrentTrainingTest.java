package io.github.tapegrad.reliability;

import static io.github.tapegrad.reliability.Bits.assertBitwiseEqual;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Eight threads each training their own model at the same time end with results bitwise identical to the same eight
 * trainings run one after another; threads sharing parameters get their own gradients from Autograd.grad; and the
 * same seed gives the same bits on every run.
 */
class ConcurrentTrainingTest {
    private static final int THREADS = 8, STEPS = 300;

    private static long seed(int i) {
        return 1000L + 17L * i;
    }

    @Test
    void eightConcurrentTrainingsMatchTheSequentialOnesBitForBit() throws Exception {
        List<List<double[]>> sequential = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) sequential.add(MlpTraining.run(seed(i), STEPS));
        List<List<double[]>> concurrent = runConcurrently();
        for (int i = 0; i < THREADS; i++) assertBitwiseEqual(sequential.get(i), concurrent.get(i), "training " + i);
        double[] first = last(sequential.get(0)), second = last(sequential.get(1));
        assertFalse(Arrays.equals(first, second), "different seeds train differently (the comparison is not vacuous)");
        assertTrue(first[STEPS - 1] < first[0], "and the model learns: loss " + first[0] + " -> " + first[STEPS - 1]);
    }

    private static List<List<double[]>> runConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<List<double[]>>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                long s = seed(i);
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return MlpTraining.run(s, STEPS);
                }));
            }
            List<List<double[]>> results = new ArrayList<>();
            for (Future<List<double[]>> f : futures) results.add(f.get(120, TimeUnit.SECONDS));
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameSeedGivesTheSameBitsOnEveryRun() {
        List<double[]> a = MlpTraining.run(42, STEPS);
        List<double[]> b = MlpTraining.run(42, STEPS);
        assertBitwiseEqual(a, b, "two runs of seed 42");
    }

    @Test
    void threadsSharingParametersGetTheirOwnGradientsFromAutogradGrad() throws Exception {
        Tensor w = Tensor.randn(new int[] {8, 4}, 5).requiresGrad(true), b = Tensor.zeros(4).requiresGrad(true);
        List<List<double[]>> sequential = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) sequential.add(sharedGradients(w, b, i));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<List<double[]>>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int k = i;
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    List<double[]> last = null;
                    for (int round = 0; round < 50; round++) last = sharedGradients(w, b, k);
                    return last;
                }));
            }
            for (int i = 0; i < THREADS; i++) assertBitwiseEqual(sequential.get(i), futures.get(i).get(60, TimeUnit.SECONDS), "thread " + i);
        } finally {
            pool.shutdownNow();
        }
        assertNull(w.grad(), "Autograd.grad leaves the shared parameters' grad() alone");
        assertNull(b.grad());
    }

    /** The gradients of one thread's loss with respect to shared parameters, on that thread's own data. */
    private static List<double[]> sharedGradients(Tensor w, Tensor b, int thread) {
        Tensor x = Tensor.randn(new int[] {16, 8}, 100 + thread), y = Tensor.randn(new int[] {16, 4}, 200 + thread);
        Tensor loss = x.matmul(w).add(b).tanh().sub(y).square().mean();
        Tensor[] g = Autograd.grad(loss, new Tensor[] {w, b}, Autograd.Options.defaults());
        return List.of(g[0].toArray(), g[1].toArray(), new double[] {loss.item()});
    }

    private static double[] last(List<double[]> r) {
        return r.get(r.size() - 1);
    }
}
