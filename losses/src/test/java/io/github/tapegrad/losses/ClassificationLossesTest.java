package io.github.tapegrad.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Tensor;
import org.junit.jupiter.api.Test;

/** Class-target behaviour that the PyTorch fixtures cannot express. */
class ClassificationLossesTest {
    @Test
    void nllIgnoresMinusInfinityAtIgnoredSamples() {
        double inf = Double.NEGATIVE_INFINITY;
        Tensor logp = Tensor.of(new double[][] {{inf, Math.log(0.5), Math.log(0.5)}, {Math.log(0.2), Math.log(0.8), inf}})
                .requiresGrad(true);
        Tensor loss = Losses.nllLoss(logp, Tensor.of(-100, 1));
        assertEquals(-Math.log(0.8), loss.item(), 1e-15);
        Tensor g = Autograd.grad(loss, logp);
        assertEquals(-1.0, g.get(1, 1), 0.0);
        for (double v : g.toArray()) assertTrue(Double.isFinite(v));
    }

    @Test
    void classIndicesAreDistinguishedFromProbabilitiesByShape() {
        Tensor x = Tensor.of(new double[][] {{1, 2}, {3, 1}});
        Tensor indices = Tensor.of(1, 0), probabilities = Tensor.of(new double[][] {{0, 1}, {1, 0}});
        assertEquals(Losses.crossEntropy(x, indices).item(), Losses.crossEntropy(x, probabilities).item(), 1e-15);
    }

    @Test
    void crossEntropyIsNllOfLogSoftmax() {
        Tensor x = Tensor.of(new double[][] {{1, 2, 0.5}, {3, 1, -1}});
        NllLossOptions nll = NllLossOptions.defaults().withWeight(Tensor.of(0.5, 1, 2));
        CrossEntropyOptions ce = CrossEntropyOptions.defaults().withWeight(Tensor.of(0.5, 1, 2));
        assertEquals(Losses.nllLoss(x.logSoftmax(1), Tensor.of(2, 0), nll).item(),
                Losses.crossEntropy(x, Tensor.of(2, 0), ce).item(), 1e-15);
    }
}
