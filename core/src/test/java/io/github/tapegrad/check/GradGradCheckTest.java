package io.github.tapegrad.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.PlantedOps.CubeDetached;
import io.github.tapegrad.check.PlantedOps.CubeWrongSecond;
import org.junit.jupiter.api.Test;

class GradGradCheckTest {
    private static final Tensor X = Tensor.of(new double[] {0.5, -1.25, 2.0, 0.75}, 2, 2);

    @Test
    void acceptsCorrectSecondDerivatives() {
        assertTrue(GradCheck.assertGradGrad(in -> in[0].tanh().mul(in[1]), X, X.sum(0, false)).passed());
        assertTrue(GradCheck.assertGradGrad(in -> in[0].matmul(in[0]), X).passed());
    }

    @Test
    void theFirstOrderCheckCannotSeeEitherPlantedBug() {
        assertTrue(GradCheck.check(in -> Tensor.apply(new CubeDetached(), in[0]), X).passed());
        assertTrue(GradCheck.check(in -> Tensor.apply(new CubeWrongSecond(), in[0]), X).passed());
    }

    @Test
    void catchesAVjpBuiltFromDetachedValues() {
        GradCheck.Result r = GradCheck.gradGradCheck(in -> Tensor.apply(new CubeDetached(), in[0]), X);
        assertFalse(r.passed());
        assertTrue(r.report().startsWith("gradgradcheck (input 1 is the upstream u) FAILED"), r.report());
        assertTrue(r.report().contains("MISMATCH input 0 (shape (2, 2))"), r.report());
    }

    @Test
    void catchesAWrongFactorInTheVjpOfTheVjp() {
        AssertionError e = assertThrows(AssertionError.class, () -> GradCheck.assertGradGrad(in -> Tensor.apply(new CubeWrongSecond(), in[0]), X));
        assertTrue(e.getMessage().contains("MISMATCH input 0"), e.getMessage());
    }

    @Test
    void checksTheGradientAsAFunctionOfTheUpstreamToo() {
        GradCheck.Result r = GradCheck.assertGradGrad(in -> in[0].exp(), X);
        assertTrue(r.report().contains("input 1 (2, 2)"), r.report());
    }
}
