package io.github.tapegrad.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import org.junit.jupiter.api.Test;

/** PyTorch's reductions of nothing: the mean of an empty batch (or of all-ignored targets) is NaN, the sum is 0. */
class ReductionSemanticsTest {
    @Test
    void emptyBatchMeanIsNaNSumIsZeroNoneIsEmpty() {
        Tensor x = Tensor.zeros(0, 3).requiresGrad(true), y = Tensor.zeros(0, 3);
        assertTrue(Double.isNaN(Losses.mseLoss(x, y).item()));
        assertEquals(0.0, Losses.mseLoss(x, y, Reduction.SUM).item());
        assertEquals(Shape.of(0, 3), Losses.mseLoss(x, y, Reduction.NONE).shape());
        assertTrue(Double.isNaN(Losses.crossEntropy(x, Tensor.zeros(0)).item()));
        assertEquals(0.0, Losses.crossEntropy(x, Tensor.zeros(0), CrossEntropyOptions.defaults()
                .withReduction(Reduction.SUM)).item());
        BinaryCrossEntropyWithLogitsOptions sum = BinaryCrossEntropyWithLogitsOptions.defaults().withReduction(Reduction.SUM);
        assertEquals(Shape.of(0, 3), Autograd.grad(Losses.binaryCrossEntropyWithLogits(x, y, sum), x).shape());
    }

    @Test
    void allTargetsIgnoredGiveNaNMeanWithZeroGradient() {
        Tensor x = Tensor.of(new double[][] {{1, 2, 3}, {3, 1, 2}}).requiresGrad(true);
        Tensor ignored = Tensor.of(-100, -100);
        Tensor loss = Losses.crossEntropy(x, ignored, CrossEntropyOptions.defaults().withLabelSmoothing(0.1)
                .withWeight(Tensor.of(1, 2, 3)));
        assertTrue(Double.isNaN(loss.item()));
        for (double g : Autograd.grad(loss, x).toArray()) assertEquals(0.0, g);
        assertEquals(0.0, Losses.crossEntropy(x, ignored, CrossEntropyOptions.defaults().withReduction(Reduction.SUM)).item());
    }

    @Test
    void klDivBatchmeanDividesByTheFirstDimension() {
        Tensor x = Tensor.of(new double[][] {{-1, -2}, {-0.5, -3}, {-2, -2}}), y = Tensor.full(0.5, 3, 2);
        double sum = Losses.klDiv(x, y, KlDivOptions.defaults().withReduction(Reduction.SUM)).item();
        assertEquals(sum / 3, Losses.klDiv(x, y, KlDivOptions.defaults().withReduction(Reduction.BATCHMEAN)).item(), 1e-15);
        assertEquals(sum / 6, Losses.klDiv(x, y).item(), 1e-15);
    }
}
