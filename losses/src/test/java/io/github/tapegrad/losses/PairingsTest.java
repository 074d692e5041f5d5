package io.github.tapegrad.losses;

import static io.github.tapegrad.testing.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Tensor;
import org.junit.jupiter.api.Test;

/**
 * The gradient at the pre-activation z for the four basic pairings (docs/losses.md, "Output layers and losses"):
 * BCE∘sigmoid, CE on logits and MSE on a linear output give (ŷ − y)/N (×2 for MSE); MSE∘softmax does not.
 */
class PairingsTest {
    private static final Tensor Z = Tensor.of(new double[][] {{0.3, -1.2, 2.0}, {0.0, 0.7, -0.4}});
    private static final int N = 2;

    @Test
    void bceOfSigmoidGivesSigmoidMinusTarget() {
        Tensor y = Tensor.of(new double[][] {{1, 0, 1}, {0, 1, 0.5}});
        Tensor z = Z.detach().requiresGrad(true);
        Tensor g = Autograd.grad(Losses.binaryCrossEntropy(z.sigmoid(), y), z);
        assertClose(Z.sigmoid().sub(y).div(Z.size()), g, 1e-12, 1e-15, "BCE∘σ");
        Tensor gLogits = Autograd.grad(Losses.binaryCrossEntropyWithLogits(z, y), z);
        assertClose(Z.sigmoid().sub(y).div(Z.size()), gLogits, 1e-14, 1e-16, "BCE with logits");
    }

    @Test
    void crossEntropyOnLogitsGivesSoftmaxMinusOneHot() {
        Tensor classes = Tensor.of(2, 0);
        Tensor z = Z.detach().requiresGrad(true);
        Tensor g = Autograd.grad(Losses.crossEntropy(z, classes), z);
        assertClose(Z.softmax(1).sub(Tensor.oneHot(classes, 3)).div(N), g, 1e-14, 1e-16, "CE");
    }

    @Test
    void mseOnALinearOutputGivesTheResidual() {
        Tensor y = Tensor.of(new double[][] {{1, 0, 1}, {0, 1, 0}});
        Tensor z = Z.detach().requiresGrad(true);
        assertClose(Z.sub(y).mul(2.0 / Z.size()), Autograd.grad(Losses.mseLoss(z, y), z), 1e-14, 1e-16, "MSE");
        assertClose(Z.sub(y), Autograd.grad(Losses.halfSumOfSquares(z, y), z), 0, 0, "½·Σ(ŷ − y)²");
    }

    @Test
    void mseOfSoftmaxIsDampedByTheSoftmaxJacobian() {
        Tensor y = Tensor.oneHot(Tensor.of(2, 0), 3);
        Tensor z = Z.detach().requiresGrad(true);
        Tensor g = Autograd.grad(Losses.mseLoss(z.softmax(1), y, Reduction.SUM), z);
        Tensor p = Z.softmax(1), upstream = p.sub(y).mul(2);
        Tensor jacobianTimesUpstream = p.mul(upstream.sub(p.mul(upstream).sum(1, true)));
        assertClose(jacobianTimesUpstream, g, 1e-14, 1e-16, "Jᵀ·2(p − y)");
        double[] residual = p.sub(y).toArray(), grad = g.toArray();
        boolean proportional = true;
        for (int i = 1; i < grad.length; i++) proportional &= Math.abs(grad[i] * residual[0] - grad[0] * residual[i]) < 1e-12;
        assertTrue(!proportional, "MSE∘softmax's gradient is not a multiple of p − y");
    }
}
