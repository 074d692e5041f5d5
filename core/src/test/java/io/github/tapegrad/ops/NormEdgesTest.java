package io.github.tapegrad.ops;

import static io.github.tapegrad.ops.OpGens.forAll;
import static io.github.tapegrad.ops.OpGens.reductions;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.Domain;
import io.github.tapegrad.check.Gens;
import io.github.tapegrad.ops.OpGens.Reduction;
import org.junit.jupiter.api.Test;

/**
 * norm(p) for p &lt; 1 and p = 0 at zero elements, against torch 1.13 (float64): {@code torch.norm(x, p)} and its
 * gradient for the same x.
 */
class NormEdgesTest {
    private static final int[] ALL = new int[0];

    private static double[] gradOfNorm(double p, double... x) {
        Tensor t = Tensor.of(x).requiresGrad(true);
        return Autograd.grad(t.norm(p, ALL, false), t).toArray();
    }

    /** (Σ√|x|)² with zeros: torch gives 0 and [0, 0]; [1, 4, 0] gives 9 and [3, 1.5, 0] (= √9/√|x| · sign x). */
    @Test
    void halfNormHasAZeroGradientAtZeroElements() {
        assertArrayEquals(new double[] {0, 0}, gradOfNorm(0.5, 0, 0));
        assertEquals(0.0, Tensor.of(0, 0).norm(0.5, ALL, false).item());
        assertArrayEquals(new double[] {3, 1.5, 0}, gradOfNorm(0.5, 1, 4, 0), 1e-15);
        assertEquals(9.0, Tensor.of(1, 4, 0).norm(0.5, ALL, false).item(), 1e-15);
        assertArrayEquals(new double[] {-3, 1.5}, gradOfNorm(0.5, -1, 4), 1e-15);
    }

    /** p = −1: a zero element makes Σ|x|⁻¹ = ∞, so the norm is 0 and (torch) the gradient is 0 everywhere. */
    @Test
    void negativePNormIsZeroWithAZeroGradientWhenAnElementIsZero() {
        assertEquals(0.0, Tensor.of(0, 2).norm(-1, ALL, false).item());
        assertArrayEquals(new double[] {0, 0}, gradOfNorm(-1, 0, 2));
        // (1/1 + 1/2)⁻¹ = 2/3; ∂/∂xᵢ = n² / xᵢ² = [4/9, 1/9]
        assertEquals(2.0 / 3, Tensor.of(1, 2).norm(-1, ALL, false).item(), 1e-15);
        assertArrayEquals(new double[] {4.0 / 9, 1.0 / 9}, gradOfNorm(-1, 1, 2), 1e-15);
    }

    /** p = 0 counts nonzeros; torch keeps it in the graph (requires_grad=True) with no gradient, even beside ∞. */
    @Test
    void zeroNormStaysInTheGraphWithAZeroGradient() {
        Tensor x = Tensor.of(0, 2, Double.POSITIVE_INFINITY, -1).requiresGrad(true);
        Tensor n = x.norm(0, ALL, false);
        assertEquals(3.0, n.item());
        assertTrue(n.requiresGrad(), "norm(0) is part of the graph");
        n.backward();
        assertArrayEquals(new double[] {0, 0, 0, 0}, x.grad().toArray());
        Tensor rows = Tensor.of(new double[] {0, 1, 2, 0, 0, 0}, 2, 3).norm(0, new int[] {1}, true);
        assertArrayEquals(new double[] {2, 0}, rows.toArray());
        assertEquals(io.github.tapegrad.Shape.of(2, 1), rows.shape());
    }

    @Test @Covers({"Pow", "Where"})
    void normBelowOneAndNegative() {
        for (double p : new double[] {0.5, -1, -2.5}) {
            forAll(reductions(Gens.tensors(Domain.AWAY_FROM_KINKS)))
                    .checkGradients(Reduction::inputs, (c, in) -> in[0].norm(p, c.axes(), c.keepDims()));
        }
    }

    @Test @Covers("Where")
    void normZeroHasAZeroGradient() {
        forAll(reductions(Gens.tensors(Domain.AWAY_FROM_KINKS)))
                .checkGradients(Reduction::inputs, (c, in) -> in[0].norm(0, c.axes(), c.keepDims()));
    }
}
