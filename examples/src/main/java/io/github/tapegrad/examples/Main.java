package io.github.tapegrad.examples;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Tensor;
import java.util.Locale;
import java.util.SplittableRandom;

/** Runs the examples. For now: a line fitted by gradient descent on the tape, the smallest complete training loop. */
public final class Main {
    private Main() {}

    /** Entry point of the README's examples command. */
    public static void main(String[] args) {
        SplittableRandom rng = new SplittableRandom(7);
        Tensor x = Tensor.randn(rng, 64, 1);
        Tensor y = x.mul(3).add(0.5).add(Tensor.randn(rng, 64, 1).mul(0.1));
        Tensor w = Tensor.zeros(1, 1).requiresGrad(true).label("w");
        Tensor b = Tensor.zeros(1).requiresGrad(true).label("b");
        for (int step = 0; step <= 200; step++) {
            Tensor loss = x.matmul(w).add(b).sub(y).square().mean();
            loss.backward();
            try (var g = Autograd.noGrad()) {
                w.addInPlace(w.grad(), -0.1);
                b.addInPlace(b.grad(), -0.1);
            }
            w.zeroGrad();
            b.zeroGrad();
            if (step % 50 == 0) {
                System.out.printf(Locale.ROOT, "step %3d  loss %.6f  w %.4f  b %.4f%n", step, loss.item(), w.item(), b.item());
            }
        }
    }
}
