package io.github.tapegrad.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.testing.Close;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LinearTest {
    /**
     * PyTorch's default init is U(−1/√in, 1/√in) for W and b. Java's generator is not PyTorch's, so the test checks the
     * distribution: bounds, mean, variance b²/3 and a flat histogram, each within 5 standard errors.
     */
    @Test
    void initialisationHasPyTorchsDistribution() {
        int in = 400, out = 500;
        Linear layer = new Linear(in, out, 42L);
        double bound = 1 / Math.sqrt(in);
        double[] w = layer.weight().toArray();
        assertEquals(in * out, w.length);
        assertUniform(w, bound);
        double[] b = layer.bias().toArray();
        for (double v : b) assertTrue(v >= -bound && v < bound, "bias " + v);
        assertEquals(0, mean(b), 5 * bound / Math.sqrt(3 * b.length));
    }

    private static void assertUniform(double[] x, double bound) {
        int n = x.length;
        for (double v : x) assertTrue(v >= -bound && v < bound, "weight " + v + " outside ±" + bound);
        assertEquals(0, mean(x), 5 * bound / Math.sqrt(3 * n), "mean");
        double var = 0;
        for (double v : x) var += v * v / n;
        assertEquals(bound * bound / 3, var, 5 * bound * bound * Math.sqrt(4.0 / 45 / n), "variance");
        int[] bins = new int[10];
        for (double v : x) bins[(int) ((v + bound) / (2 * bound) * 10)]++;
        double expected = n / 10.0, sd = Math.sqrt(n * 0.1 * 0.9);
        for (int i = 0; i < 10; i++) assertEquals(expected, bins[i], 5 * sd, "bin " + i);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    @Test
    void sameSeedSameWeightsAndWeightIsDrawnBeforeBias() {
        Linear a = new Linear(3, 2, 5L), b = new Linear(3, 2, true, new SplittableRandom(5));
        assertArrayEquals(a.weight().toArray(), b.weight().toArray());
        assertArrayEquals(a.bias().toArray(), b.bias().toArray());
        SplittableRandom rng = new SplittableRandom(5);
        Tensor w = Init.kaimingUniform(rng, Math.sqrt(5), 2, 3);
        Tensor bias = Init.uniform(rng, -1 / Math.sqrt(3), 1 / Math.sqrt(3), 2);
        assertArrayEquals(w.toArray(), a.weight().toArray());
        assertArrayEquals(bias.toArray(), a.bias().toArray());
        assertTrue(!java.util.Arrays.equals(a.weight().toArray(), new Linear(3, 2, 6L).weight().toArray()));
    }

    @Test
    void forwardIsXTimesWTransposedPlusB() {
        Linear layer = new Linear(3, 2, 1L);
        double[][] x = {{1, 2, 3}, {-1, 0.5, 2}};
        double[] w = layer.weight().toArray(), b = layer.bias().toArray(), y = new double[4];
        for (int n = 0; n < 2; n++) {
            for (int o = 0; o < 2; o++) {
                y[n * 2 + o] = b[o];
                for (int i = 0; i < 3; i++) y[n * 2 + o] += x[n][i] * w[o * 3 + i];
            }
        }
        Close.assertClose(Tensor.of(y, 2, 2), layer.forward(Tensor.of(x)), 1e-15, 1e-15, "forward");
    }

    @Test
    void acceptsVectorsAndBatchesOfBatches() {
        Linear layer = new Linear(4, 3, 2L);
        assertEquals(Shape.of(3), layer.forward(Tensor.ones(4)).shape());
        assertEquals(Shape.of(2, 5, 3), layer.forward(Tensor.ones(2, 5, 4)).shape());
    }

    @Test
    void withoutBias() {
        Linear layer = new Linear(4, 3, false, 2L);
        assertNull(layer.bias());
        assertEquals(List.of("weight"), List.copyOf(layer.namedParameters().keySet()));
        Close.assertClose(Tensor.zeros(3), layer.forward(Tensor.zeros(4)), 0, 0, "no bias");
    }

    @Test
    void gradientsReachWeightAndBias() {
        Linear layer = new Linear(2, 3, 9L);
        Tensor x = Tensor.of(new double[][] {{1, 2}, {3, -1}});
        layer.forward(x).sum().backward();
        Close.assertClose(Tensor.of(new double[][] {{4, 1}, {4, 1}, {4, 1}}), layer.weight().grad(), 0, 0, "dW");
        Close.assertClose(Tensor.of(2.0, 2.0, 2.0), layer.bias().grad(), 0, 0, "db");
    }

    @Test
    void wrongFeatureCount() {
        Linear layer = new Linear(4, 3, 2L);
        assertEquals("Linear: input of shape (2, 5) has 5 features in its last dimension but the layer expects 4; pass "
                + "inputs of shape (..., 4)", assertThrows(IllegalArgumentException.class,
                        () -> layer.forward(Tensor.zeros(2, 5))).getMessage());
        assertEquals("Linear: input of shape () has no dimensions but the layer expects 4; pass inputs of shape (..., 4)",
                assertThrows(IllegalArgumentException.class, () -> layer.forward(Tensor.scalar(1))).getMessage());
    }

    @Test
    void nonPositiveSizes() {
        assertEquals("Linear: inFeatures is 0 but must be >= 1; give the number of features",
                assertThrows(IllegalArgumentException.class, () -> new Linear(0, 3, 1L)).getMessage());
    }

    @Test
    void describesItselfAsPyTorchDoes() {
        assertEquals("Linear(inFeatures=4, outFeatures=3, bias=true)", new Linear(4, 3, 1L).toString());
    }
}
