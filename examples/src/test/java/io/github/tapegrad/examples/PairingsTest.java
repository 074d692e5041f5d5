package io.github.tapegrad.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Tensor;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairingsTest {
    private static final long SEED = 1;

    @Test
    void matchedPairsHaveGradientYHatMinusYOverN() {
        for (Pairings.Check c : List.of(Pairings.bceSigmoid(SEED), Pairings.ceSoftmax(SEED), Pairings.mseLinear(SEED))) {
            assertTrue(c.maxAbsDiff() <= 1e-15, c.pairing() + ": " + c.maxAbsDiff());
            assertTrue(c.closedForm().abs().max().item() > 1e-3, c.pairing() + ": the gradient is not trivially zero");
        }
    }

    @Test
    void mseOnSoftmaxIsNotYHatMinusYButTheSoftmaxJacobianTimesIt() {
        List<Pairings.Check> checks = Pairings.mseSoftmax(SEED);
        assertTrue(checks.get(0).maxAbsDiff() > 1e-3, "MSE + softmax is far from (ŷ − y)/N: " + checks.get(0).maxAbsDiff());
        assertTrue(checks.get(1).maxAbsDiff() <= 1e-15, "but equals Jᵀ·∂L/∂ŷ: " + checks.get(1).maxAbsDiff());
    }

    @Test
    void softmaxVjpEqualsTheExplicitJacobianProduct() {
        Tensor z = Tensor.randn(new SplittableRandom(4), 3);
        Tensor g = Tensor.randn(new SplittableRandom(5), 3);
        Tensor jacobian = Autograd.jacobian(t -> t.softmax(0), z);
        Tensor p = z.softmax(0);
        Tensor explicit = Tensor.eye(3).mul(p.reshape(1, 3)).sub(p.outer(p));
        assertArrayEquals(explicit.toArray(), jacobian.toArray(), 1e-15);
        assertArrayEquals(jacobian.t().matmul(g).toArray(), Pairings.softmaxVjp(p.reshape(1, 3), g.reshape(1, 3)).toArray(), 1e-15);
    }

    @Test
    void sigmoidMseFactorIsYHatTimesOneMinusYHat() {
        double[][] t = Pairings.sigmoidFactor(-6, -1, 0, 2);
        for (int i = 0; i < 4; i++) {
            double p = 1 / (1 + Math.exp(-t[0][i]));
            assertEquals(p - 1, t[2][i], 1e-15, "BCE");
            assertEquals((p - 1) * p * (1 - p), t[3][i], 1e-15, "½·MSE");
            assertEquals(p * (1 - p), t[5][i], 1e-15);
            assertEquals(t[5][i], t[4][i], 1e-12);
        }
        assertTrue(Math.abs(t[3][0]) < 0.003 && Math.abs(t[2][0]) > 0.99, "confidently wrong: MSE's gradient vanishes, BCE's does not");
    }

    @Test
    void crossEntropyLearnsFasterThanMseOnSoftmax() {
        var split = SoftmaxRegression.data("digits", SEED);
        var settings = new Trainer.Settings(3, PairingsTraining.BATCH_SIZE, SEED, false);
        OptimizerKind kind = OptimizerKind.SGD;
        Run ce = PairingsTraining.train("CE", PairingsTraining.crossEntropy(), split, kind, kind.defaultLr(), settings);
        Run mse = PairingsTraining.train("MSE", PairingsTraining.mseOnSoftmax(10), split, kind, kind.defaultLr(), settings);
        for (int e = 0; e < 3; e++) {
            assertTrue(ce.epochs().get(e).testMetric() > mse.epochs().get(e).testMetric() + 0.1, "epoch " + (e + 1));
        }
    }
}
