package io.github.tapegrad.examples.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.losses.CosineEmbeddingOptions;
import io.github.tapegrad.losses.KlDivOptions;
import io.github.tapegrad.losses.Losses;
import io.github.tapegrad.losses.MultiMarginOptions;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The texts of the losses' errors that their own bad-input tests leave out: null arguments and a targets layout
 * (listed in docs/errors.md). Class targets out of range and probabilities outside [0, 1] are pinned by the losses
 * module's BadInputTest.
 */
class LossErrorTextsTest {
    private static final Tensor X = Tensor.zeros(2, 3), T = Tensor.zeros(2);

    private static Arguments npe(String text, Executable call) {
        return Arguments.of(NullPointerException.class, text, call);
    }

    static Stream<Arguments> cases() {
        Tensor lp = Tensor.zeros(4, 2, 3).logSoftmax(2), targets = Tensor.zeros(2, 2);
        int[] il = {4, 4}, tl = {1, 1};
        return Stream.of(
                npe("mseLoss: input is null", () -> Losses.mseLoss(null, X)),
                npe("mseLoss: target is null", () -> Losses.mseLoss(X, null)),
                npe("softMarginLoss: input is null", () -> Losses.softMarginLoss(null, X)),
                npe("marginRankingLoss: x1 is null", () -> Losses.marginRankingLoss(null, T, T)),
                npe("softMarginLoss: reduction is null; use Reduction.MEAN (the default)", () -> Losses.softMarginLoss(X, X, null)),
                npe("cosineEmbeddingLoss: reduction is null; use Reduction.MEAN (the default)", () -> new CosineEmbeddingOptions(0, null)),
                npe("crossEntropy: input is null", () -> Losses.crossEntropy(null, T)),
                npe("crossEntropy: target is null", () -> Losses.crossEntropy(X, null)),
                npe("nllLoss: input is null", () -> Losses.nllLoss(null, T)),
                npe("nllLoss: target is null", () -> Losses.nllLoss(X, null)),
                npe("klDiv: reduction is null; use Reduction.BATCHMEAN (the true KL divergence)",
                        () -> KlDivOptions.defaults().withReduction(null)),
                npe("gaussianNllLoss: var is null", () -> Losses.gaussianNllLoss(X, X, null)),
                npe("ctcLoss: inputLengths is null", () -> Losses.ctcLoss(lp, targets, (Tensor) null, Tensor.of(1, 1))),
                npe("ctcLoss: options is null; use CtcOptions.defaults()", () -> Losses.ctcLoss(lp, targets, il, tl, null)),
                npe("ctcLoss: logProbs is null", () -> Losses.ctcLoss(null, targets, il, tl)),
                npe("ctcLoss: targets is null", () -> Losses.ctcLoss(lp, null, il, tl)),
                Arguments.of(IllegalArgumentException.class, "multiMarginLoss: weight has shape (1, 3); give a 1-D weight with "
                        + "one value per class", (Executable) () -> MultiMarginOptions.defaults().withWeight(Tensor.ones(1, 3))),
                Arguments.of(IllegalArgumentException.class, "ctcLoss: targets has shape (2, 2, 1); give (N, S) padded targets "
                        + "or concatenated 1-D targets", (Executable) () -> Losses.ctcLoss(lp, Tensor.zeros(2, 2, 1), il, tl)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("cases")
    void errorTexts(Class<? extends Throwable> type, String text, Executable call) {
        assertEquals(text, assertThrows(type, call).getMessage());
    }
}
