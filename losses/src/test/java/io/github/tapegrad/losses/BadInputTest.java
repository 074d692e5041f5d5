package io.github.tapegrad.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tapegrad.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every rejected input, with the full text of its error: loss name, shapes, the wrong dimension or value, a fix. */
class BadInputTest {
    private static String message(Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }

    private static final Tensor LOGITS = Tensor.of(new double[][] {{1, 2, 3}, {0, 0, 0}, {3, 2, 1}, {1, -1, 0}});

    @Test
    void targetWithAnExtraDimensionIsNotBroadcast() {
        assertEquals("mseLoss: target shape (4, 1) differs from input shape (4) (2 dimensions vs 1); losses do not "
                        + "broadcast: reshape it with target.reshape(4)",
                message(() -> Losses.mseLoss(Tensor.zeros(4), Tensor.zeros(4, 1))));
    }

    @Test
    void batchSizeMismatchNamesTheDimension() {
        assertEquals("l1Loss: target shape (5, 3) differs from input shape (4, 3) at dimension 0 (5 vs 4); losses do not "
                        + "broadcast: give a target of shape (4, 3)",
                message(() -> Losses.l1Loss(Tensor.zeros(4, 3), Tensor.zeros(5, 3))));
        assertEquals("crossEntropy: target shape (5) does not match input shape (4, 3) at target dimension 0 (5 vs input "
                        + "dimension 0 of size 4, the batch size); give a target of shape (4), one class index per sample",
                message(() -> Losses.crossEntropy(LOGITS, Tensor.zeros(5))));
    }

    @Test
    void everyElementwiseLossRejectsMismatchedShapes() {
        Tensor a = Tensor.zeros(3), b = Tensor.zeros(3, 1);
        String tail = " differs from input shape (3) (2 dimensions vs 1); losses do not broadcast: reshape it with target.reshape(3)";
        assertEquals("huberLoss: target shape (3, 1)" + tail, message(() -> Losses.huberLoss(a, b)));
        assertEquals("smoothL1Loss: target shape (3, 1)" + tail, message(() -> Losses.smoothL1Loss(a, b)));
        assertEquals("binaryCrossEntropy: target shape (3, 1)" + tail, message(() -> Losses.binaryCrossEntropy(a, b)));
        assertEquals("binaryCrossEntropyWithLogits: target shape (3, 1)" + tail,
                message(() -> Losses.binaryCrossEntropyWithLogits(a, b)));
        assertEquals("focalLoss: target shape (3, 1)" + tail, message(() -> Losses.focalLoss(a, b)));
        assertEquals("klDiv: target shape (3, 1)" + tail, message(() -> Losses.klDiv(a, b)));
        assertEquals("poissonNllLoss: target shape (3, 1)" + tail, message(() -> Losses.poissonNllLoss(a, b)));
        assertEquals("gaussianNllLoss: target shape (3, 1)" + tail, message(() -> Losses.gaussianNllLoss(a, b, a)));
        assertEquals("rmse: target shape (3, 1)" + tail, message(() -> Losses.rmse(a, b)));
        assertEquals("msle: target shape (3, 1)" + tail, message(() -> Losses.msle(a, b)));
        assertEquals("mape: target shape (3, 1)" + tail, message(() -> Losses.mape(a, b)));
        assertEquals("logCosh: target shape (3, 1)" + tail, message(() -> Losses.logCosh(a, b)));
        assertEquals("poisson: target shape (3, 1)" + tail, message(() -> Losses.poisson(a, b)));
        assertEquals("halfSumOfSquares: target shape (3, 1)" + tail, message(() -> Losses.halfSumOfSquares(a, b)));
    }

    @Test
    void classTargetsOfTheWrongRank() {
        assertEquals("crossEntropy: target shape (4, 1) fits neither class indices of shape (4) nor probabilities of "
                        + "shape (4, 3) for input shape (4, 3); reshape it with target.reshape(4)",
                message(() -> Losses.crossEntropy(LOGITS, Tensor.zeros(4, 1))));
        assertEquals("nllLoss: target shape (4, 3) does not fit class indices of shape (4) for input shape (4, 3); give a "
                        + "target of shape (4)",
                message(() -> Losses.nllLoss(LOGITS, Tensor.zeros(4, 3))));
        assertEquals("crossEntropy: target shape (2, 5) does not match input shape (2, 3, 4) at target dimension 1 (5 vs "
                        + "input dimension 2 of size 4); give a target of shape (2, 4), one class index per sample",
                message(() -> Losses.crossEntropy(Tensor.zeros(2, 3, 4), Tensor.zeros(2, 5))));
    }

    @Test
    void classIndexOutOfRange() {
        assertEquals("crossEntropy: target 3 is out of bounds for 3 classes (sample 2); use class indices 0..2, or the "
                        + "ignoreIndex to skip a sample",
                message(() -> Losses.crossEntropy(LOGITS, Tensor.of(0, 1, 3, 2))));
        assertEquals("nllLoss: target 7 is out of bounds for 3 classes (sample 0); use class indices 0..2, or the "
                        + "ignoreIndex to skip a sample",
                message(() -> Losses.nllLoss(LOGITS, Tensor.of(7, 1, 0, 2))));
    }

    @Test
    void negativeClassIndexOtherThanIgnoreIndex() {
        assertEquals("crossEntropy: target -1 is negative and not the ignoreIndex -100 (sample 1); use class indices 0..2, "
                        + "or the ignoreIndex to skip a sample",
                message(() -> Losses.crossEntropy(LOGITS, Tensor.of(0, -1, 1, 2))));
        assertEquals(Tensor.class, Losses.crossEntropy(LOGITS, Tensor.of(0, -1, 1, 2),
                CrossEntropyOptions.defaults().withIgnoreIndex(-1)).getClass());
    }

    @Test
    void nonIntegerClassTargets() {
        assertEquals("crossEntropy: target 1.5 (sample 1) is not a whole number; give class indices 0..2, or "
                        + "probabilities of the input's shape (4, 3)",
                message(() -> Losses.crossEntropy(LOGITS, Tensor.of(0, 1.5, 1, 2))));
        assertEquals("nllLoss: target NaN (target index (1, 0)) is not a whole number; give class indices 0..2",
                message(() -> Losses.nllLoss(Tensor.zeros(2, 3, 2), Tensor.of(new double[][] {{0, 1}, {Double.NaN, 2}}))));
    }

    @Test
    void classWeightsOfTheWrongSize() {
        assertEquals("crossEntropy: weight has shape (4) but the input (shape (4, 3)) has 3 classes; give one weight per "
                        + "class: shape (3)",
                message(() -> Losses.crossEntropy(LOGITS, Tensor.of(0, 1, 1, 2),
                        CrossEntropyOptions.defaults().withWeight(Tensor.ones(4)))));
        assertEquals("nllLoss: weight has shape (2, 3) but must be 1-D with one weight per class; pass a tensor of shape "
                        + "(C), e.g. weight.reshape(-1)",
                message(() -> NllLossOptions.defaults().withWeight(Tensor.ones(2, 3))));
    }

    @Test
    void ignoreIndexWithProbabilityTargets() {
        assertEquals("crossEntropy: ignoreIndex 0 applies to class-index targets only, but the target has the input's "
                        + "shape (4, 3) (probabilities); keep the default ignoreIndex -100, or pass class indices of shape (4)",
                message(() -> Losses.crossEntropy(LOGITS, Tensor.zeros(4, 3), CrossEntropyOptions.defaults().withIgnoreIndex(0))));
    }

    @Test
    void inputWithoutAClassDimension() {
        assertEquals("crossEntropy: input has shape () but needs a class dimension: (C), (N, C) or (N, C, d1, ..., dK); "
                        + "reshape one sample's scores to (C), e.g. input.reshape(1)",
                message(() -> Losses.crossEntropy(Tensor.scalar(1), Tensor.scalar(0))));
        assertEquals("nllLoss: input shape (2, 0) has no classes (dimension 1 is 0); give at least one class",
                message(() -> Losses.nllLoss(Tensor.zeros(2, 0), Tensor.zeros(2))));
    }

    @Test
    void probabilitiesOutsideTheUnitIntervalAndNaN() {
        Tensor y = Tensor.zeros(2, 2);
        assertEquals("binaryCrossEntropy: input value 1.5 at flat index 2 (input shape (2, 2)) is not a probability in "
                        + "[0, 1]; pass probabilities (e.g. logits.sigmoid()), or use binaryCrossEntropyWithLogits on the logits",
                message(() -> Losses.binaryCrossEntropy(Tensor.of(new double[][] {{0, 1}, {1.5, 0.5}}), y)));
        assertEquals("binaryCrossEntropy: input value -0.1 at flat index 0 (input shape (2, 2)) is not a probability in "
                        + "[0, 1]; pass probabilities (e.g. logits.sigmoid()), or use binaryCrossEntropyWithLogits on the logits",
                message(() -> Losses.binaryCrossEntropy(Tensor.of(new double[][] {{-0.1, 1}, {1, 0.5}}), y)));
        assertEquals("binaryCrossEntropy: input value NaN at flat index 3 (input shape (2, 2)) is not a probability in "
                        + "[0, 1]; pass probabilities (e.g. logits.sigmoid()), or use binaryCrossEntropyWithLogits on the logits",
                message(() -> Losses.binaryCrossEntropy(Tensor.of(new double[][] {{0, 1}, {1, Double.NaN}}), y)));
    }

    @Test
    void weightsThatDoNotBroadcastToTheInput() {
        Tensor x = Tensor.zeros(2, 3).add(0.5);
        assertEquals("binaryCrossEntropy: weight shape (2) does not broadcast to input shape (2, 3); give a weight of shape "
                        + "(2, 3) or one that broadcasts to it (sizes equal or 1, aligned at the last dimension)",
                message(() -> Losses.binaryCrossEntropy(x, x, BinaryCrossEntropyOptions.defaults().withWeight(Tensor.ones(2)))));
        assertEquals("binaryCrossEntropyWithLogits: posWeight shape (4, 3) does not broadcast to input shape (2, 3); give a "
                        + "posWeight of shape (2, 3) or one that broadcasts to it (sizes equal or 1, aligned at the last dimension)",
                message(() -> Losses.binaryCrossEntropyWithLogits(x, x,
                        BinaryCrossEntropyWithLogitsOptions.defaults().withPosWeight(Tensor.ones(4, 3)))));
    }

    @Test
    void negativeVarianceAndVarianceShapes() {
        Tensor x = Tensor.zeros(2, 3);
        assertEquals("gaussianNllLoss: var has a negative entry -0.5 at flat index 1 (var shape (2)); variances must be >= 0: "
                        + "pass e.g. var.exp() or a softplus of the raw output",
                message(() -> Losses.gaussianNllLoss(x, x, Tensor.of(1, -0.5))));
        assertEquals("gaussianNllLoss: var shape (3) fits neither the input shape (2, 3), nor (2) (one variance per row), "
                        + "nor (2, 1); give var the input's shape (2, 3)",
                message(() -> Losses.gaussianNllLoss(x, x, Tensor.ones(3))));
    }

    @Test
    void invalidScalarOptions() {
        assertEquals("huberLoss: delta must be positive and finite, got 0.0; use a delta > 0 (PyTorch's default is 1.0)",
                message(() -> HuberLossOptions.defaults().withDelta(0)));
        assertEquals("huberLoss: delta must be positive and finite, got -1.0; use a delta > 0 (PyTorch's default is 1.0)",
                message(() -> HuberLossOptions.defaults().withDelta(-1)));
        assertEquals("smoothL1Loss: beta must be >= 0 and finite, got -0.5; use a beta >= 0 (PyTorch's default is 1.0; 0 "
                        + "gives l1Loss)",
                message(() -> SmoothL1LossOptions.defaults().withBeta(-0.5)));
        assertEquals("crossEntropy: labelSmoothing must lie in [0, 1], got 1.1; use e.g. 0.1 (0 turns smoothing off)",
                message(() -> CrossEntropyOptions.defaults().withLabelSmoothing(1.1)));
        assertEquals("focalLoss: gamma must be >= 0 and finite, got -2.0; use a gamma >= 0 (torchvision's default is 2; 0 "
                        + "gives BCE)",
                message(() -> FocalLossOptions.defaults().withGamma(-2)));
        assertEquals("focalLoss: alpha must lie in [0, 1] (or be negative for no balancing), got 1.5; use e.g. 0.25 "
                        + "(torchvision's default)",
                message(() -> FocalLossOptions.defaults().withAlpha(1.5)));
        assertEquals("poissonNllLoss: eps must be >= 0 and finite, got NaN; use a small eps such as 1e-8 (PyTorch's default)",
                message(() -> PoissonNllLossOptions.defaults().withEps(Double.NaN)));
        assertEquals("gaussianNllLoss: eps must be >= 0 and finite, got -1.0E-6; use a small eps such as 1e-6 (PyTorch's "
                        + "default)",
                message(() -> GaussianNllLossOptions.defaults().withEps(-1e-6)));
    }

    @Test
    void batchmeanOnlyForKlDiv() {
        String text = "mseLoss: reduction BATCHMEAN is only defined for klDiv; use MEAN, SUM or NONE";
        assertEquals(text, message(() -> Losses.mseLoss(Tensor.zeros(2), Tensor.zeros(2), Reduction.BATCHMEAN)));
        assertEquals(text, message(() -> Losses.mseLoss(Reduction.BATCHMEAN)));
        assertEquals("crossEntropy: reduction BATCHMEAN is only defined for klDiv; use MEAN, SUM or NONE",
                message(() -> CrossEntropyOptions.defaults().withReduction(Reduction.BATCHMEAN)));
    }

    @Test
    void nullOptionsNameTheDefaults() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Losses.crossEntropy(LOGITS, Tensor.of(0, 1, 1, 2), null));
        assertEquals("crossEntropy: options is null; use CrossEntropyOptions.defaults()", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> Losses.mseLoss(Tensor.zeros(2), Tensor.zeros(2), null));
        assertEquals("mseLoss: reduction is null; use Reduction.MEAN (PyTorch's default)", e.getMessage());
    }
}
