package io.github.tapegrad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PyTorch's autograd semantics: accumulation, zeroGrad, retainGrad, detach, noGrad, Autograd.grad, hooks, createGraph. */
class AutogradSemanticsTest {
    private final Tensor x = Tensor.of(1.0, -2.0, 3.0).requiresGrad(true);

    /**
     * Backward visits the nodes newest first, as PyTorch orders its ready queue by sequence number: of two ops that use
     * the same tensor, the one recorded later runs first, whatever order they are consumed in. A walk of the graph in
     * reverse topological order from d = c + b would visit b before c.
     */
    @Test
    void backwardVisitsTheNewestNodeFirst() {
        Tensor w = Tensor.scalar(1.5).requiresGrad(true);
        Tensor a = w.mul(2), b = a.mul(3), c = a.mul(4), d = c.add(b);
        List<String> order = new ArrayList<>();
        for (var named : List.of(List.of("a", a), List.of("b", b), List.of("c", c), List.of("d", d))) {
            ((Tensor) named.get(1)).registerHook(g -> {
                order.add((String) named.get(0));
                return g;
            });
        }
        d.backward();
        assertEquals(List.of("d", "c", "b", "a"), order);
        assertEquals(14.0, w.grad().item(), "d = 14w");
    }

    @Test
    void gradientsAccumulateAcrossBackwardCalls() {
        x.mul(x).sum().backward();
        assertArrayEquals(new double[] {2, -4, 6}, x.grad().toArray());
        x.mul(3).sum().backward();
        assertArrayEquals(new double[] {5, -1, 9}, x.grad().toArray());
        assertFalse(x.grad().requiresGrad(), "without createGraph the accumulated gradient is a constant");
    }

    @Test
    void zeroGradResetsToNull() {
        x.sum().backward();
        x.zeroGrad();
        assertNull(x.grad());
        x.mul(2).sum().backward();
        assertArrayEquals(new double[] {2, 2, 2}, x.grad().toArray());
    }

    @Test
    void onlyLeavesGetGradUnlessANonLeafRetainsIt() {
        Tensor h = x.mul(2);
        Tensor k = x.mul(3).retainGrad();
        h.mul(k).sum().backward();
        assertNull(h.grad(), "a non-leaf keeps no gradient by default");
        assertTrue(k.retainsGrad());
        assertArrayEquals(new double[] {2, -4, 6}, k.grad().toArray(), "d(h·k)/dk = h");
        assertArrayEquals(new double[] {12, -24, 36}, x.grad().toArray(), "d(6x²)/dx = 12x");
    }

    @Test
    void detachCutsTheGraph() {
        Tensor d = x.detach();
        assertTrue(d.isLeaf());
        assertFalse(d.requiresGrad());
        assertArrayEquals(x.toArray(), d.toArray());
        x.mul(d).sum().backward();
        assertArrayEquals(new double[] {1, -2, 3}, x.grad().toArray(), "d(x·c)/dx = c, not 2x");
    }

    @Test
    void noGradRecordsNothingAndRestoresOnClose() {
        assertTrue(Autograd.isGradEnabled());
        Tensor y;
        try (var g = Autograd.noGrad()) {
            assertFalse(Autograd.isGradEnabled());
            y = x.mul(2).exp();
        }
        assertTrue(Autograd.isGradEnabled());
        assertFalse(y.requiresGrad());
        assertTrue(y.isLeaf());
        assertNull(y.op());
        assertTrue(x.mul(2).requiresGrad());
    }

    @Test
    void noGradScopesNest() {
        try (var outer = Autograd.noGrad()) {
            try (var inner = Autograd.noGrad()) {
                assertFalse(Autograd.isGradEnabled());
            }
            assertFalse(Autograd.isGradEnabled(), "closing the inner scope restores the outer's state, not 'on'");
            try (var on = Autograd.enableGrad()) {
                assertTrue(x.mul(2).requiresGrad(), "enableGrad inside noGrad records");
            }
            assertFalse(x.mul(2).requiresGrad());
        }
        assertTrue(Autograd.isGradEnabled());
    }

    @Test
    void autogradGradLeavesGradUntouched() {
        Tensor y = x.pow(3).sum();
        Tensor g = Autograd.grad(y, x);
        assertArrayEquals(new double[] {3, 12, 27}, g.toArray());
        assertNull(x.grad());
    }

    @Test
    void autogradGradOfSeveralOutputsWithSeeds() {
        Tensor a = x.mul(2), b = x.square();
        Autograd.Options o = Autograd.Options.defaults().withSeeds(Tensor.of(1, 0, 1), Tensor.of(1, 1, 0));
        Tensor g = Autograd.grad(new Tensor[] {a, b}, new Tensor[] {x}, o)[0];
        assertArrayEquals(new double[] {2 + 2, 0 - 4, 2 + 0}, g.toArray());
    }

    @Test
    void createGraphGivesThirdDerivatives() {
        Tensor s = Tensor.scalar(2).requiresGrad(true);
        Autograd.Options cg = Autograd.Options.defaults().withCreateGraph(true);
        Tensor y = s.pow(4);
        Tensor d1 = Autograd.grad(new Tensor[] {y}, new Tensor[] {s}, cg)[0];
        Tensor d2 = Autograd.grad(new Tensor[] {d1}, new Tensor[] {s}, cg)[0];
        Tensor d3 = Autograd.grad(new Tensor[] {d2}, new Tensor[] {s}, cg)[0];
        assertEquals(32, d1.item(), 1e-12, "4s³");
        assertEquals(48, d2.item(), 1e-12, "12s²");
        assertEquals(48, d3.item(), 1e-12, "24s");
        assertEquals(24, Autograd.grad(d3, s).item(), 1e-12, "24");
    }

    @Test
    void backwardWithCreateGraphMakesADifferentiableGrad() {
        Tensor y = x.pow(3).sum();
        y.backward(null, false, true);
        assertTrue(x.grad().requiresGrad());
        Tensor g2 = Autograd.grad(x.grad().sum(), x);
        assertArrayEquals(new double[] {6, -12, 18}, g2.toArray(), "d(Σ3x²)/dx = 6x");
    }

    @Test
    void hookModifiesTheGradientUntilRemoved() {
        Tensor.HookHandle h = x.registerHook(g -> g.mul(10));
        x.square().sum().backward();
        assertArrayEquals(new double[] {20, -40, 60}, x.grad().toArray());
        h.remove();
        x.zeroGrad();
        x.square().sum().backward();
        assertArrayEquals(new double[] {2, -4, 6}, x.grad().toArray());
    }

    @Test
    void hookOnANonLeafChangesWhatFlowsToItsInputs() {
        Tensor h = x.mul(2);
        Tensor[] seen = new Tensor[1];
        h.registerHook(g -> {
            seen[0] = g;
            return g.mul(0).add(1);
        });
        h.mul(h).sum().backward();
        assertArrayEquals(new double[] {4, -8, 12}, seen[0].toArray(), "the hook sees d(h²)/dh = 2h");
        assertArrayEquals(new double[] {2, 2, 2}, x.grad().toArray(), "and its result (ones) flows on: 1 · 2");
    }

    @Test
    void aHookReturningNullKeepsTheGradient() {
        int[] calls = {0};
        x.registerHook(g -> {
            calls[0]++;
            return null;
        });
        x.sum().backward();
        assertEquals(1, calls[0]);
        assertArrayEquals(new double[] {1, 1, 1}, x.grad().toArray());
    }

    @Test
    void theAccumulatedGradIsNotTheUpstreamTensor() {
        Tensor seed = Tensor.of(1, 2, 3);
        Tensor y = x.mul(1);
        y.backward(seed);
        assertNotSame(seed, x.grad());
        assertArrayEquals(new double[] {1, 2, 3}, x.grad().toArray());
        Tensor z = x.mul(1);
        z.backward(seed);
        assertArrayEquals(new double[] {2, 4, 6}, x.grad().toArray());
        assertArrayEquals(new double[] {1, 2, 3}, seed.toArray(), "accumulation must not write into the seed");
    }

    @Test
    void aLeafUsedTwiceGetsTheSumOfBothPaths() {
        Tensor y = x.mul(x.exp()).sum();
        y.backward();
        double[] v = x.toArray(), g = x.grad().toArray();
        for (int i = 0; i < v.length; i++) assertEquals(Math.exp(v[i]) * (1 + v[i]), g[i], 1e-12);
    }
}
