package io.github.tapegrad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * relu as one primitive gives bitwise what its composition where(x ≤ 0, 0, x) gave, values and gradients, at the
 * edges too: −0 and 0 give +0 and a zero gradient (PyTorch's threshold_backward), NaN passes both ways.
 */
class ReluTest {
    private static final double[] X = {-2, -0.0, 0.0, 1e-300, 3, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};

    private static double[] bits(double[] a) {
        double[] b = new double[a.length];
        for (int i = 0; i < a.length; i++) b[i] = Double.doubleToRawLongBits(a[i]);
        return b;
    }

    @Test
    void valuesAndGradientsAreTheComposition() {
        Tensor x = Tensor.of(X).requiresGrad(true), seed = Tensor.of(1, 2, 3, 4, 5, 6, 7, 8);
        Tensor composed = Tensor.where(x.le(0), Tensor.zerosLike(x), x);
        assertArrayEquals(bits(composed.toArray()), bits(x.relu().toArray()), 0.0);
        double[] want = Autograd.grad(new Tensor[] {composed}, new Tensor[] {x}, Autograd.Options.defaults().withSeeds(seed))[0].toArray();
        double[] got = Autograd.grad(new Tensor[] {x.relu()}, new Tensor[] {x}, Autograd.Options.defaults().withSeeds(seed))[0].toArray();
        assertArrayEquals(bits(want), bits(got), 0.0);
        assertArrayEquals(new double[] {0, 0, 0, 4, 5, 6, 0, 8}, got, 0.0);
    }

    @Test
    void recordsOneNode() {
        Tensor x = Tensor.of(X).requiresGrad(true);
        assertEquals("Relu", x.relu().op().name());
    }
}
