package io.github.tapegrad.ops;

import static io.github.tapegrad.ops.OpGens.forAll;
import static io.github.tapegrad.ops.OpGens.reductions;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.Domain;
import io.github.tapegrad.check.GradCheck;
import io.github.tapegrad.check.Gen;
import io.github.tapegrad.check.Gens;
import io.github.tapegrad.ops.OpGens.Axis;
import io.github.tapegrad.ops.OpGens.Reduction;
import org.junit.jupiter.api.Test;

/** Gradient properties of the reductions, over random axis sets (negative axes too) with keepDims both ways. */
class ReductionGradientsTest {

    private static Gen<Reduction> over(Domain d) {
        return reductions(Gens.tensors(d));
    }

    @Test @Covers("Sum")
    void sum() {
        forAll(over(Domain.REAL)).checkGradients(Reduction::inputs, (c, in) -> in[0].sum(c.axes(), c.keepDims()));
    }

    @Test @Covers("Mean")
    void mean() {
        forAll(over(Domain.REAL)).checkGradients(Reduction::inputs, (c, in) -> in[0].mean(c.axes(), c.keepDims()));
    }

    /** The Mean primitive gives the bits of sum(x).div(N), and of its gradient, over random axes and shapes. */
    @Test
    void meanIsBitwiseSumDividedByTheCount() {
        forAll(over(Domain.REAL)).check(c -> {
            Tensor x = c.x().detach().requiresGrad(true);
            Tensor mean = x.mean(c.axes(), c.keepDims());
            Tensor composed = x.sum(c.axes(), c.keepDims()).div((double) x.size() / Math.max(1, mean.size()));
            Tensor seed = Tensor.randn(new java.util.SplittableRandom(c.x().size()), mean.shape().toArray());
            Tensor g1 = io.github.tapegrad.Autograd.grad(mean.mul(seed).sum(), x);
            Tensor g2 = io.github.tapegrad.Autograd.grad(composed.mul(seed).sum(), x);
            return mean.size() == 0 || java.util.Arrays.equals(mean.toArray(), composed.toArray())
                    && java.util.Arrays.equals(g1.toArray(), g2.toArray());
        });
    }

    @Test @Covers({"ProdLast", "Permute", "Reshape"})
    void prod() {
        forAll(over(Domain.REAL)).checkGradients(Reduction::inputs, (c, in) -> in[0].prod(c.axes(), c.keepDims()));
    }

    /** Products with exact zeros (one or more per row), where the g · out / x shortcut does not apply. */
    @Test @Covers("ProdLast")
    void prodWithZeros() {
        Gen<Reduction> withZeros = over(Domain.REAL).flatMap(c -> Gens.masks(c.x().shape())
                .map(m -> new Reduction(c.x().mul(m), c.axes(), c.keepDims())));
        forAll(withZeros).checkGradients(Reduction::inputs, (c, in) -> in[0].prod(c.axes(), c.keepDims()));
    }

    /** var and std with correction 0 or 1; correction 1 only where more than one element is reduced. */
    record Spread(Reduction r, double correction) {
        Tensor[] inputs() { return r.inputs(); }
    }

    private static Gen<Spread> spreads() {
        return over(Domain.REAL).flatMap(r -> {
            int n = reducedCount(r);
            return (n > 1 ? Gens.elements(0.0, 1.0) : Gens.constant(0.0)).map(k -> new Spread(r, k));
        });
    }

    private static int reducedCount(Reduction r) {
        boolean[] m = r.x().shape().axesMask(r.axes(), "test");
        int n = 1;
        for (int i = 0; i < m.length; i++) if (m[i]) n *= r.x().size(i);
        return n;
    }

    @Test @Covers({"Sum", "Sub", "Mul", "Div"})
    void var() {
        forAll(spreads()).checkGradients(Spread::inputs, (c, in) -> in[0].var(c.r().axes(), c.correction(), c.r().keepDims()));
    }

    /** std needs a nonzero spread: at least two reduced elements (else √0 has no derivative). */
    @Test @Covers("Pow")
    void std() {
        Gen<Spread> cases = spreads().filter(s -> reducedCount(s.r()) > 1);
        forAll(cases).checkGradients(Spread::inputs, (c, in) -> in[0].std(c.r().axes(), c.correction(), c.r().keepDims()));
    }

    @Test @Covers("Max")
    void max() {
        forAll(over(Domain.DISTINCT)).checkGradients(Reduction::inputs, (c, in) -> in[0].max(c.axes(), c.keepDims()));
    }

    @Test @Covers({"Max", "Neg"})
    void min() {
        forAll(over(Domain.DISTINCT)).checkGradients(Reduction::inputs, (c, in) -> in[0].min(c.axes(), c.keepDims()));
    }

    @Test @Covers({"Exp", "Log", "Sum"})
    void logSumExp() {
        forAll(over(Domain.REAL)).checkGradients(Reduction::inputs, (c, in) -> in[0].mul(5).logSumExp(c.axes(), c.keepDims()));
    }

    @Test @Covers({"Exp", "Div", "Sum"})
    void softmax() {
        forAll(OpGens.withAxis(Domain.REAL)).checkGradients(Axis::inputs, (c, in) -> in[0].mul(3).softmax(c.axis()));
    }

    @Test @Covers("LogSoftmax")
    void logSoftmax() {
        forAll(OpGens.withAxis(Domain.REAL)).checkGradients(Axis::inputs, (c, in) -> in[0].mul(3).logSoftmax(c.axis()));
    }

    @Test @Covers("Mul")
    void norm1() {
        forAll(over(Domain.AWAY_FROM_KINKS)).checkGradients(Reduction::inputs, (c, in) -> in[0].norm(1, c.axes(), c.keepDims()));
    }

    @Test @Covers({"Pow", "Where"})
    void norm2() {
        forAll(over(Domain.AWAY_FROM_KINKS)).checkGradients(Reduction::inputs, (c, in) -> in[0].norm(2, c.axes(), c.keepDims()));
        forAll(Gens.tensors(Domain.AWAY_FROM_KINKS)).checkGradients(in -> in[0].norm());
    }

    @Test @Covers("Pow")
    void norm3() {
        forAll(over(Domain.AWAY_FROM_KINKS)).checkGradients(Reduction::inputs, (c, in) -> in[0].norm(3, c.axes(), c.keepDims()));
    }

    @Test @Covers("Max")
    void normInf() {
        forAll(over(Domain.DISTINCT)).checkGradients(Reduction::inputs,
                (c, in) -> in[0].norm(Double.POSITIVE_INFINITY, c.axes(), c.keepDims()));
        forAll(over(Domain.DISTINCT)).checkGradients(Reduction::inputs,
                (c, in) -> in[0].norm(Double.NEGATIVE_INFINITY, c.axes(), c.keepDims()));
    }

    /** PyTorch accepts dim −1 (and 0) for a 0-d tensor: softmax(−1) of a scalar is 1 with gradient 0. */
    @Test
    void softmaxAndSumOfAScalarAlongAxisMinusOne() {
        GradCheck.assertGradients(in -> in[0].softmax(-1), Tensor.scalar(0.7));
        GradCheck.assertGradients(in -> in[0].sum(-1, false), Tensor.scalar(0.7));
    }
}
