package io.github.tapegrad.losses;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

    /**
     * Without a weight or an ignored sample every w_yᵢ is 1: the loss takes a shorter path with the same bits (the
     * last case sums nllLoss's picks to exactly 0, whose sign must stay +0 as PyTorch's).
     */
    @Test
    void unweightedLossIsTheAllOnesWeightedLossBitForBit() {
        Tensor[][] cases = {
            {Tensor.randn(new int[] {5, 4}, 3).mul(2), Tensor.of(3, 0, 1, 3, 2)},
            {Tensor.randn(new int[] {4}, 4), Tensor.scalar(2)},
            {Tensor.randn(new int[] {2, 4, 3}, 5), Tensor.of(new double[][] {{0, 3, 1}, {2, 2, 0}})},
            {Tensor.of(new double[][] {{1.5, 0}, {0, -1.5}}), Tensor.of(0, 1)}};
        for (Tensor[] c : cases) {
            Tensor x = c[0].requiresGrad(true), y = c[1], ones = Tensor.ones(x.size(x.dim() == 1 ? 0 : 1));
            for (Reduction r : new Reduction[] {Reduction.NONE, Reduction.SUM, Reduction.MEAN}) {
                CrossEntropyOptions ce = CrossEntropyOptions.defaults().withReduction(r);
                assertSameLossAndGradient(x, Losses.crossEntropy(x, y, ce), Losses.crossEntropy(x, y, ce.withWeight(ones)));
                NllLossOptions nll = NllLossOptions.defaults().withReduction(r);
                assertSameLossAndGradient(x, Losses.nllLoss(x, y, nll), Losses.nllLoss(x, y, nll.withWeight(ones)));
            }
        }
    }

    private static void assertSameLossAndGradient(Tensor x, Tensor shortcut, Tensor general) {
        Tensor seed = Tensor.randn(shortcut.shape().toArray(), 9);
        Autograd.Options o = Autograd.Options.defaults().withSeeds(seed);
        assertArrayEquals(general.toArray(), shortcut.toArray());
        assertArrayEquals(Autograd.grad(general, new Tensor[] {x}, o)[0].toArray(),
                Autograd.grad(shortcut, new Tensor[] {x}, o)[0].toArray());
    }

    /** An ignoreIndex that is also a valid class (here 0) still skips the samples of that class. */
    @Test
    void ignoreIndexThatIsAClassSkipsItsSamples() {
        Tensor x = Tensor.of(new double[][] {{1, 2, 0.5}, {3, 1, -1}, {0, 0.5, 2}});
        CrossEntropyOptions ignoreZero = CrossEntropyOptions.defaults().withIgnoreIndex(0);
        double kept = Losses.crossEntropy(x.narrow(0, 1, 2), Tensor.of(2, 1)).item();
        assertEquals(kept, Losses.crossEntropy(x, Tensor.of(0, 2, 1), ignoreZero).item(), 1e-15);
    }
}
