package io.github.tapegrad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The fused VJP loops (used without createGraph) give bitwise the gradients of the composed VJPs (used with it). */
class FusedVjpTest {
    private static void assertSameBits(UnaryOperator<Tensor> f) {
        assertSameBits(f, 4, 5);
    }

    private static void assertSameBits(UnaryOperator<Tensor> f, int... shape) {
        SplittableRandom rng = new SplittableRandom(11);
        Tensor x = Tensor.randn(rng, shape).mul(3).detach().requiresGrad(true);
        Tensor seed = Tensor.randn(rng, f.apply(x).shape().toArray());
        Autograd.Options o = Autograd.Options.defaults().withSeeds(seed);
        Tensor fused = Autograd.grad(new Tensor[] {f.apply(x)}, new Tensor[] {x}, o)[0];
        Tensor composed = Autograd.grad(new Tensor[] {f.apply(x)}, new Tensor[] {x}, o.withCreateGraph(true))[0];
        assertArrayEquals(composed.toArray(), fused.toArray(), 0.0);
    }

    /** Sum's and Mean's first-order VJPs spread g (divided by the count) into one new array of x's shape. */
    @Test
    void sumAndMean() {
        assertSameBits(Tensor::sum);
        assertSameBits(Tensor::mean);
        assertSameBits(x -> x.sum(new int[] {1}, false));
        assertSameBits(x -> x.sum(new int[] {0}, true));
        assertSameBits(x -> x.mean(new int[] {0}, false));
        assertSameBits(x -> x.mean(new int[] {-1}, true));
        assertSameBits(x -> x.reshape(4, 5, 1).sum(new int[] {2}, false));
        // Counts whose reciprocal is inexact, over enough values that g · (1/N) would differ from g / N somewhere.
        assertSameBits(x -> x.mean(new int[] {1}, false), 300, 7);
        assertSameBits(x -> x.mean(new int[] {0}, true), 3, 300);
    }

    @Test
    void tanh() {
        assertSameBits(Tensor::tanh);
    }

    @Test
    void sigmoid() {
        assertSameBits(Tensor::sigmoid);
    }

    @Test
    void softplus() {
        assertSameBits(Tensor::softplus);
    }

    /** gather's first-order VJP scatters g into one new array instead of a zeros tensor and its scatterAdd copy. */
    @Test
    void gather() {
        Tensor index = Tensor.of(new double[] {0, 4, 4, 2, 1, 3, 0, 0}, 4, 2);
        assertSameBits(x -> x.gather(1, index));
    }

    @Test
    void relu() {
        assertSameBits(Tensor::relu);
    }
}
