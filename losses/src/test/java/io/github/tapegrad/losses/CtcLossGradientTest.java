package io.github.tapegrad.losses;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.Domain;
import io.github.tapegrad.check.Gens;
import io.github.tapegrad.check.Property;
import org.junit.jupiter.api.Test;

/**
 * The tape's gradient of ctcLoss equals central differences (check kit), w.r.t. arbitrary log-probabilities (not
 * normalised: the exact derivative, where PyTorch's would add exp(logProbs)) and w.r.t. logits through logSoftmax.
 */
class CtcLossGradientTest {
    /** Two samples: a repeated label (needs the blank between) and two labels in fewer frames. */
    private static final Tensor TARGETS = Tensor.of(new double[][] {{1, 1}, {2, 1}});
    private static final int[] INPUTS = {5, 3}, LENGTHS = {2, 2};

    @Test
    void gradientOfLogProbs() {
        var options = CtcOptions.defaults().withReduction(Reduction.NONE);
        Property.forAll(Gens.tensor(Domain.REAL, 5, 2, 3)).cases(MarginGens.CASES)
                .checkGradients(in -> CtcLoss.ctcLoss(in[0], TARGETS, INPUTS, LENGTHS, options));
    }

    @Test
    void gradientOfLogitsWithAnotherBlankAndZeroInfinity() {
        var options = CtcOptions.defaults().withBlank(1).withZeroInfinity(true);
        Tensor targets = Tensor.of(new double[][] {{2, 2}, {0, 2}});
        Property.forAll(Gens.tensor(Domain.REAL, 4, 2, 3)).cases(MarginGens.CASES)
                .checkGradients(in -> CtcLoss.ctcLoss(in[0].logSoftmax(-1), targets, new int[] {2, 4}, LENGTHS, options));
    }
}
