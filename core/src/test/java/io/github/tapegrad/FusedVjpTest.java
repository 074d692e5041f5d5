package io.github.tapegrad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The fused VJP loops (used without createGraph) give bitwise the gradients of the composed VJPs (used with it). */
class FusedVjpTest {
    private static void assertSameBits(UnaryOperator<Tensor> f) {
        SplittableRandom rng = new SplittableRandom(11);
        Tensor x = Tensor.randn(rng, 4, 5).mul(3).detach().requiresGrad(true);
        Tensor seed = Tensor.randn(rng, f.apply(x).shape().toArray());
        Autograd.Options o = Autograd.Options.defaults().withSeeds(seed);
        Tensor fused = Autograd.grad(new Tensor[] {f.apply(x)}, new Tensor[] {x}, o)[0];
        Tensor composed = Autograd.grad(new Tensor[] {f.apply(x)}, new Tensor[] {x}, o.withCreateGraph(true))[0];
        assertArrayEquals(composed.toArray(), fused.toArray(), 0.0);
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
