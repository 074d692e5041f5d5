package io.github.tapegrad.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tapegrad.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input: each message names the optimizer, the wrong value, and a fix. */
class OptimizerValidationTest {
    private static final Tensor W = Tensor.zeros(2, 3).requiresGrad(true);

    private static void assertMessage(String expected, Executable e) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, e).getMessage());
    }

    @Test
    void negativeLearningRate() {
        assertMessage("SGD: lr is -0.1 but must be >= 0; pass a learning rate such as 0.01",
                () -> SGD.options().lr(-0.1));
        assertMessage("Adam: lr is NaN but must be >= 0; pass a learning rate such as 0.01",
                () -> Adam.options().lr(Double.NaN));
    }

    @Test
    void negativeLearningRateSetOnAGroup() {
        SGD sgd = new SGD(List.of(W), SGD.options().lr(0.1));
        assertMessage("SGD: lr is -1.0 but must be >= 0; pass a learning rate such as 0.01",
                () -> sgd.paramGroups().get(0).lr(-1));
    }

    @Test
    void sgdLearningRateMustBeGiven() {
        assertMessage("SGD: lr is not set and SGD has no default learning rate; call SGD.options().lr(0.01)",
                () -> new SGD(List.of(W), SGD.options().momentum(0.9)));
    }

    @Test
    void betasOutsideTheUnitInterval() {
        assertMessage("Adam: betas[0] is 1.0 but must be in [0, 1); use a value such as 0.9",
                () -> Adam.options().betas(1.0, 0.999));
        assertMessage("AdamW: betas[1] is -0.5 but must be in [0, 1); use a value such as 0.999",
                () -> AdamW.options().betas(0.9, -0.5));
    }

    @Test
    void nesterovWithoutMomentumOrWithDampening() {
        assertMessage("SGD: nesterov needs momentum > 0 and dampening 0, got momentum 0.0 and dampening 0.0; "
                + "set momentum(0.9) and dampening(0), or turn nesterov off",
                () -> new SGD(List.of(W), SGD.options().lr(0.1).nesterov(true)));
        assertMessage("SGD: nesterov needs momentum > 0 and dampening 0, got momentum 0.9 and dampening 0.1; "
                + "set momentum(0.9) and dampening(0), or turn nesterov off",
                () -> new SGD(List.of(W), SGD.options().lr(0.1).momentum(0.9).dampening(0.1).nesterov(true)));
    }

    @Test
    void otherNegativeHyperParameters() {
        assertMessage("SGD: momentum is -0.9 but must be >= 0; use a momentum such as 0.9, or 0 for none",
                () -> SGD.options().momentum(-0.9));
        assertMessage("RMSprop: alpha is -0.1 but must be >= 0; use a value such as 0.99",
                () -> RMSprop.options().alpha(-0.1));
        assertMessage("Adagrad: initialAccumulatorValue is -1.0 but must be >= 0; use 0 or a small positive value such "
                + "as 0.1", () -> Adagrad.options().initialAccumulatorValue(-1));
        assertMessage("Adam: weightDecay is -0.01 but must be >= 0; use a decay such as 1e-2, or 0",
                () -> Adam.options().weightDecay(-0.01));
    }

    @Test
    void emptyParameterList() {
        assertMessage("Adam: got an empty parameter list; pass the parameters to optimize, e.g. model.parameters()",
                () -> new Adam(List.of(), Adam.options()));
    }

    @Test
    void emptyGroupBesideAFullOne() {
        assertMessage("SGD: parameter group 1 is empty; give it at least one parameter or leave it out",
                () -> new SGD(List.of(new ParamGroup(List.of(W), SGD.options().lr(0.1)),
                        new ParamGroup(List.of(), SGD.options().lr(0.1)))));
    }

    @Test
    void parameterThatDoesNotRequireGrad() {
        Tensor frozen = Tensor.ones(4);
        assertMessage("RMSprop: parameter 1 (shape (4)) does not require grad, so it would never get a gradient; "
                + "call requiresGrad(true) on it, or leave it out",
                () -> new RMSprop(List.of(W, frozen), RMSprop.options()));
    }

    @Test
    void nonLeafParameter() {
        Tensor computed = W.mul(2);
        assertMessage("Adagrad: parameter 0 (shape (2, 3)) is not a leaf (it is the output of Mul), so it cannot be "
                + "updated in place; optimize the leaf it was computed from, or make a new leaf with "
                + "detach().requiresGrad(true)", () -> new Adagrad(List.of(computed), Adagrad.options()));
    }

    @Test
    void parameterListedTwice() {
        assertMessage("SGD: parameter 0 of group 1 (shape (2, 3)) appears twice (also in group 0); list each parameter "
                + "once", () -> new SGD(List.of(new ParamGroup(List.of(W), SGD.options().lr(0.1)),
                        new ParamGroup(List.of(W), SGD.options().lr(0.2)))));
    }

    @Test
    void optionsOfAnotherOptimizer() {
        assertMessage("AdamW: parameter group 0 has options of Adam; build them with AdamW.options()",
                () -> new AdamW(List.of(new ParamGroup(List.of(W), Adam.options()))));
        assertMessage("SGD: parameter group 0 has options of Adam; build them with SGD.options()",
                () -> new SGD(List.of(new ParamGroup(List.of(W), Adam.options()))));
    }

    @Test
    void schedulerArguments() {
        SGD sgd = new SGD(List.of(W), SGD.options().lr(0.1));
        assertMessage("StepLR: stepSize is 0 but must be >= 1; decay every stepSize >= 1 epochs",
                () -> new StepLR(sgd, 0, 0.1));
        assertMessage("CosineAnnealingLR: tMax is 0 but must be >= 1; anneal over tMax >= 1 epochs",
                () -> new CosineAnnealingLR(sgd, 0));
        assertMessage("LinearLR: startFactor is 0.0 but must be in (0, 1]; use a factor such as 1.0 / 3",
                () -> new LinearLR(sgd, 0.0, 1.0, 5));
        assertMessage("ExponentialLR: gamma is -0.5 but must be >= 0; use a factor such as 0.95",
                () -> new ExponentialLR(sgd, -0.5));
    }

    @Test
    void clippingArguments() {
        assertMessage("clipGradNorm: maxNorm is -1.0 but must be >= 0; pass the largest gradient norm to allow, e.g. 1.0",
                () -> GradClipping.clipGradNorm(List.of(W), -1));
        assertMessage("clipGradNorm: normType is 0.0 but must be > 0; use 2.0 (Euclidean), 1.0, or "
                + "Double.POSITIVE_INFINITY (largest absolute value)", () -> GradClipping.clipGradNorm(List.of(W), 1, 0));
        assertMessage("clipGradValue: clipValue is -0.5 but must be >= 0; pass the largest absolute gradient value to "
                + "keep, e.g. 0.5", () -> GradClipping.clipGradValue(List.of(W), -0.5));
    }
}
