package io.github.tapegrad.ops;

import static io.github.tapegrad.ops.OpGens.forAll;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.Domain;
import io.github.tapegrad.check.Gens;
import org.junit.jupiter.api.Test;

/** sumTo is the adjoint of broadcastTo: ⟨expand(x), y⟩ = ⟨x, sumTo(y)⟩ for x of a shape that broadcasts to y's. */
class BroadcastAdjointTest {

    private static double inner(Tensor a, Tensor b) {
        double[] x = a.toArray(), y = b.toArray();
        double s = 0;
        for (int i = 0; i < x.length; i++) s += x[i] * y[i];
        return s;
    }

    @Test
    void sumToIsTheAdjointOfBroadcastTo() {
        forAll(OpGens.smallAndBig().flatMap(s -> Gens.inputs(Gens.tensor(s[0], Domain.REAL), Gens.tensor(s[1], Domain.REAL))))
                .check(xy -> {
                    Tensor x = xy[0], y = xy[1];
                    double lhs = inner(x.broadcastTo(y.shape()), y), rhs = inner(x, y.sumTo(x.shape()));
                    return Math.abs(lhs - rhs) <= 1e-12 * (1 + Math.abs(lhs));
                });
    }
}
