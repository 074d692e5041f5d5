package io.github.tapegrad.examples.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.losses.Losses;
import io.github.tapegrad.losses.Reduction;
import org.junit.jupiter.api.Test;

/**
 * An empty batch is not an error, as in PyTorch: a mean over no samples is 0/0 = NaN, a sum is 0, and backward gives
 * an empty gradient. torch 1.13 prints nan for cross_entropy, nll_loss, mse_loss, binary_cross_entropy(_with_logits)
 * of a (0, 3) input, and 0 for mse_loss with reduction='sum'.
 */
class EmptyBatchTest {
    private static Tensor logits() {
        return Tensor.zeros(0, 3).requiresGrad(true);
    }

    @Test
    void meanLossesOfAnEmptyBatchAreNaN() {
        Tensor x = logits(), none = Tensor.zeros(0, 3);
        for (Tensor loss : new Tensor[] {Losses.crossEntropy(x, Tensor.zeros(0)), Losses.nllLoss(x.logSoftmax(1), Tensor.zeros(0)),
                Losses.mseLoss(x, none), Losses.binaryCrossEntropyWithLogits(x, none), Losses.binaryCrossEntropy(x.sigmoid(), none)}) {
            assertTrue(Double.isNaN(loss.item()), loss.toString());
        }
    }

    @Test
    void aSumOverAnEmptyBatchIsZero() {
        assertEquals(0.0, Losses.mseLoss(logits(), Tensor.zeros(0, 3), Reduction.SUM).item());
    }

    @Test
    void backwardThroughAnEmptyBatchGivesAnEmptyGradient() {
        Tensor x = logits();
        Losses.crossEntropy(x, Tensor.zeros(0)).backward();
        assertArrayEquals(new int[] {0, 3}, x.grad().shape().toArray());
    }
}
