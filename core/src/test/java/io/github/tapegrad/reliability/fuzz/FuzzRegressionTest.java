package io.github.tapegrad.reliability.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.GradCheck;
import org.junit.jupiter.api.Test;

/** Programs the fuzzer shrank to, kept as regression tests (the failing seed is in each test's name or text). */
class FuzzRegressionTest {

    /**
     * Seed 20240260L case 40 (and the suite's own seed, case 1016): the standard deviation of a constant had a NaN
     * gradient (√ of var = 0 gives ∞ · 0); torch 1.13 gives 0. Fixed on main by opfix (std masks the root as norm does).
     */
    @Test
    void stdOfAConstantHasAZeroGradient() {
        Tensor x = Tensor.of(-1.0057832580664616, -0.8059088280330764).requiresGrad(true);
        x.sub(x).std(new int[] {}, 1, false).backward();
        assertArrayEquals(new double[] {0, 0}, x.grad().toArray(), "torch 1.13: tensor([0., 0.])");
        GradCheck.assertGradients(in -> in[0].sub(in[0]).std(new int[] {}, 1, false),
                Tensor.of(-1.0057832580664616, -0.8059088280330764));
    }
}
