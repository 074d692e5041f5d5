package io.github.tapegrad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import org.junit.jupiter.api.Test;

/**
 * A leaf keeps a VJP's result as its grad without a copy only when nobody else holds that tensor: changing one grad in
 * place (as gradient clipping does) never changes another grad, the seed, a hook's copy or a custom op's tensor.
 */
class LeafGradOwnershipTest {

    @Test
    void twoLeavesFedTheSameUpstreamGradientGetSeparateBuffers() {
        Tensor a = Tensor.of(1.0, 2.0).requiresGrad(true), b = Tensor.of(3.0, 4.0).requiresGrad(true);
        a.add(b).mul(Tensor.of(5.0, 6.0)).sum().backward();
        a.grad().mulInPlace(0);
        assertArrayEquals(new double[] {5, 6}, b.grad().toArray(), 0.0);
    }

    @Test
    void aSeedIsNeverTheGrad() {
        Tensor w = Tensor.of(1.0, 2.0).requiresGrad(true), seed = Tensor.of(7.0, 8.0);
        w.add(Tensor.zeros(2)).backward(seed);
        w.grad().mulInPlace(0);
        assertArrayEquals(new double[] {7, 8}, seed.toArray(), 0.0);
    }

    @Test
    void aTensorAHookKeptIsNotTheGrad() {
        Tensor w = Tensor.of(1.0, 2.0).requiresGrad(true);
        Tensor[] kept = new Tensor[1];
        w.registerHook(g -> {
            kept[0] = g;
            return null;
        });
        w.mul(Tensor.of(3.0, 4.0)).sum().backward();
        w.grad().mulInPlace(0);
        assertArrayEquals(new double[] {3, 4}, kept[0].toArray(), 0.0);
    }

    /** A custom op's VJP may return a tensor it keeps; the leaf copies it. */
    @Test
    void aCustomOpsTensorIsNotTheGrad() {
        Tensor cached = Tensor.of(9.0, 10.0);
        Op.Unary op = new Op.Unary() {
            public Tensor forward(Tensor x) { return x.detach().mul(2); }
            public Tensor vjp(Tensor grad, Tensor x, Tensor out) { return cached; }
        };
        Tensor w = Tensor.of(1.0, 2.0).requiresGrad(true);
        Tensor.apply(op, w).sum().backward();
        w.grad().mulInPlace(0);
        assertArrayEquals(new double[] {9, 10}, cached.toArray(), 0.0);
    }

    @Test
    void aFreshResultBecomesTheGradAndLaterTermsAddToIt() {
        Tensor w = Tensor.of(1.0, 2.0).requiresGrad(true);
        Tensor y = w.mul(Tensor.of(3.0, 4.0)).add(w.square()).sum();
        y.backward();
        assertArrayEquals(new double[] {3 + 2, 4 + 4}, w.grad().toArray(), 0.0);
        Tensor first = w.grad();
        w.mul(Tensor.of(1.0, 1.0)).sum().backward();
        assertNotSame(first, w.grad(), "a second backward adds into a new grad tensor, as before");
        assertArrayEquals(new double[] {5, 8}, first.toArray(), 0.0);
        assertArrayEquals(new double[] {6, 9}, w.grad().toArray(), 0.0);
    }
}
