package io.github.tapegrad.docs;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Tape;
import io.github.tapegrad.Tensor;
import java.util.SplittableRandom;

/** The taste of the API in the README; {@link ReadmeDocTest} runs it and compares the output. */
final class ReadmeSnippets {
    private ReadmeSnippets() {}

    static void taste() {
        // snippet:taste
        Tensor x = Tensor.of(new double[][] {{1, 2}, {3, 4}});
        Tensor w = Tensor.randn(new SplittableRandom(0), 2, 1).requiresGrad(true).label("w");
        Tensor b = Tensor.zeros(1).requiresGrad(true).label("b");
        Tensor y = Tensor.of(new double[] {1, 0}, 2, 1);

        Tensor loss = x.matmul(w).add(b).sigmoid().sub(y).square().mean();
        System.out.println(Tape.of(loss));     // the tape, as a Wengert list: inputs before the ops that use them
        loss.backward();                       // w.grad() and b.grad() now hold dloss/dw and dloss/db
        System.out.println(w.grad());
        try (var g = Autograd.noGrad()) {      // one SGD step, outside recording
            w.addInPlace(w.grad(), -0.1);
        }
        // end
    }
}
