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
        Tensor seed = Tensor.randn(rng, 4, 5);
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
}
