package io.github.tapegrad.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.PlantedOps.ReluBadAtZero;
import io.github.tapegrad.check.PlantedOps.SquareIgnoringGrad;
import io.github.tapegrad.check.PlantedOps.SquareWrongFactor;
import org.junit.jupiter.api.Test;

class GradCheckTest {
    private static final Tensor X = Tensor.of(new double[] {0.5, -1.25, 2.0, 0.75, -0.3, 1.1}, 2, 3);
    private static final Tensor Y = Tensor.of(1.5, -0.5, 0.25);

    @Test
    void acceptsCorrectGradientsOfSeveralInputsAndAnyOutputShape() {
        GradCheck.Result r = GradCheck.assertGradients(in -> in[0].mul(in[1]).tanh(), X, Y);
        assertTrue(r.passed());
        assertTrue(r.kinks().isEmpty());
        assertTrue(r.maxError() < 1e-8, r.report());
        assertTrue(r.report().startsWith("gradcheck passed"), r.report());
    }

    @Test
    void catchesVjpThatIgnoresItsIncomingGradient() {
        GradCheck.Result r = GradCheck.check(in -> PlantedOps.apply(new SquareIgnoringGrad(), in[0]), X);
        assertFalse(r.passed());
        assertTrue(r.report().contains("FAILED"), r.report());
    }

    @Test
    void evenAScalarOutputIsScaledByARandomUpstreamSoAnIgnoredGradientCannotHide() {
        GradCheck.Result summed = GradCheck.check(in -> PlantedOps.apply(new SquareIgnoringGrad(), in[0]).sum(), X);
        assertFalse(summed.passed(), "with upstream 1 the wrong VJP would happen to be right");
    }

    @Test
    void failureReportNamesInputShapeMultiIndexValuesAndSeed() {
        GradCheck.Options o = GradCheck.Options.defaults().withSeed(7);
        AssertionError e = assertThrows(AssertionError.class,
                () -> GradCheck.assertGradients(in -> PlantedOps.apply(new SquareWrongFactor(), in[0]).add(in[1]), o, X, Y));
        String m = e.getMessage();
        assertTrue(m.contains("FAILED: 6 of 9 gradient entries differ"), m);
        assertTrue(m.contains("seed 7L"), m);
        assertTrue(m.contains("MISMATCH input 0 (shape (2, 3)) at index (1, 2): analytic "), m);
        assertTrue(m.contains(" but numeric "), m);
    }

    @Test
    void mismatchRecordsCarryTheAnalyticAndNumericValues() {
        Tensor x = Tensor.of(2.0);
        GradCheck.Result r = GradCheck.check(in -> PlantedOps.apply(new SquareWrongFactor(), in[0]).sum(), x);
        GradCheck.Mismatch m = r.mismatches().get(0);
        assertEquals(0, m.input());
        assertEquals(Shape.of(1), m.shape());
        assertArrayEquals(new int[] {0}, m.index());
        assertEquals(1.5, m.analytic() / m.numeric(), 1e-6, "6u against 4u");
    }

    @Test
    void reportsReluAtZeroAsAKinkNotAFailure() {
        GradCheck.Result r = GradCheck.assertGradients(in -> in[0].relu(), Tensor.of(0.0, 1.5, -0.5));
        assertEquals(1, r.kinks().size(), r.report());
        assertArrayEquals(new int[] {0}, r.kinks().get(0).index());
        assertEquals(0.0, r.kinks().get(0).left(), 1e-6);
        assertTrue(r.report().contains("KINK input 0 (shape (3)) at index (0)"), r.report());
        assertTrue(r.report().contains("not a failure"), r.report());
    }

    @Test
    void symmetricKinksAgreeWithCentralDifferencesAndPass() {
        assertTrue(GradCheck.assertGradients(in -> in[0].abs(), Tensor.of(0.0, 2.0)).kinks().isEmpty());
        assertTrue(GradCheck.assertGradients(in -> in[0].max(), Tensor.of(1.0, 1.0, -2.0)).kinks().isEmpty());
    }

    @Test
    void reportsClampAtItsBoundAsAKink() {
        GradCheck.Result r = GradCheck.assertGradients(in -> in[0].clamp(-1, 1), Tensor.of(1.0, 0.5, -1.0));
        assertEquals(2, r.kinks().size(), r.report());
        assertArrayEquals(new int[] {2}, r.kinks().get(1).index());
    }

    @Test
    void aValueOutsideTheSubgradientIntervalAtAKinkIsAFailure() {
        GradCheck.Result r = GradCheck.check(in -> PlantedOps.apply(new ReluBadAtZero(), in[0]), Tensor.of(0.0, 1.0));
        assertFalse(r.passed(), r.report());
        assertTrue(r.kinks().isEmpty());
    }

    @Test
    void fastModeCatchesThePlantedBugAndLocalisesIt() {
        Tensor big = Tensor.randn(new int[] {12, 10}, 3);
        GradCheck.Options fast = GradCheck.Options.defaults().withFast(true);
        GradCheck.Result r = GradCheck.check(in -> PlantedOps.apply(new SquareIgnoringGrad(), in[0]), fast, big);
        assertFalse(r.passed());
        assertTrue(r.mismatches().stream().anyMatch(m -> m.projection() == 0 && m.index() == null));
        assertTrue(r.mismatches().stream().anyMatch(m -> m.index() != null));
        assertTrue(r.report().contains("along random projection 0"), r.report());
    }

    @Test
    void fastModeAcceptsCorrectGradients() {
        Tensor big = Tensor.randn(new int[] {12, 10}, 4);
        GradCheck.Options fast = GradCheck.Options.defaults().withFast(true).withProjections(5);
        GradCheck.Result r = GradCheck.assertGradients(in -> in[0].softmax(1).mul(in[0]), fast, big);
        assertTrue(r.passed());
        assertTrue(r.report().contains("fast mode (5 random projections per input)"), r.report());
    }

    @Test
    void onlyInputsThatRequireGradAreCheckedWhenSomeDo() {
        Tensor w = Tensor.of(0.5, 0.25, -1.0).requiresGrad(true);
        Tensor c = Tensor.of(3.0, 1.0, 2.0);
        GradCheck.Result r = GradCheck.assertGradients(in -> PlantedOps.apply(new SquareWrongFactor(), in[1]).mul(in[0]), w, c);
        assertTrue(r.report().contains("input 1 (3) constant"), r.report());
    }

    @Test
    void anOutputThatDoesNotDependOnTheInputsHasZeroGradient() {
        assertTrue(GradCheck.check(in -> Tensor.ones(2), X).passed());
    }

    @Test
    void anOutputShapeThatChangesWithTheValuesIsAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> GradCheck.check(in -> in[0].get(0) > 0.5 ? in[0] : in[0].sum(), Tensor.of(0.5)));
        assertTrue(e.getMessage().startsWith("gradcheck: f returned shape"), e.getMessage());
    }

    @Test
    void optionsAreValidated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GradCheck.Options.defaults().withEps(0));
        assertTrue(e.getMessage().contains("eps > 0"), e.getMessage());
    }

    @Test
    void theUpstreamVectorFollowsTheSeed() {
        Tensor x = Tensor.of(1.0, 2.0);
        GradCheck.Options a = GradCheck.Options.defaults().withSeed(1), b = GradCheck.Options.defaults().withSeed(2);
        double ma = GradCheck.check(in -> PlantedOps.apply(new SquareIgnoringGrad(), in[0]), a, x).mismatches().get(0).numeric();
        double mb = GradCheck.check(in -> PlantedOps.apply(new SquareIgnoringGrad(), in[0]), b, x).mismatches().get(0).numeric();
        double ma2 = GradCheck.check(in -> PlantedOps.apply(new SquareIgnoringGrad(), in[0]), a, x).mismatches().get(0).numeric();
        assertEquals(ma, ma2);
        assertTrue(ma != mb);
    }
}
