package io.github.tapegrad.losses;

import static io.github.tapegrad.losses.MarginGens.CASES;
import static io.github.tapegrad.losses.MarginGens.sameShape;
import static io.github.tapegrad.losses.MarginGens.values;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.Domain;
import io.github.tapegrad.check.Gen;
import io.github.tapegrad.check.Gens;
import io.github.tapegrad.check.Property;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The tape's gradients of the triplet losses equal central differences (check kit), swap on. */
class TripletLossesGradientTest {
    private static final List<Function<Shape, Gen<Tensor>>> THREE = List.of(values(Domain.REAL), values(Domain.REAL),
            values(Domain.REAL));

    @Test
    void tripletMarginLoss() {
        var options = TripletMarginOptions.defaults().withSwap(true).withP(3).withReduction(Reduction.NONE);
        Property.forAll(sameShape(Gens.shapes(1, 3), 3, THREE)).cases(CASES)
                .checkGradients(in -> TripletLosses.tripletMarginLoss(in[0], in[1], in[2], options));
    }

    /**
     * p = 0 counts the nonzeros of x − y + ε: torch 1.13 gives loss 1 (= 1 + 2 − 2) that requires grad, with no
     * gradient to any input; here it is in the graph and its gradients are exactly 0.
     */
    @Test
    void tripletMarginLossWithPZeroStaysInTheGraphWithZeroGradients() {
        Tensor a = Tensor.of(new double[] {1, 2, 0, 1}, 2, 2).requiresGrad(true);
        Tensor p = Tensor.of(new double[] {1, 0, 3, 1}, 2, 2).requiresGrad(true);
        Tensor n = Tensor.of(new double[] {2, 2, 0, 1}, 2, 2).requiresGrad(true);
        Tensor loss = TripletLosses.tripletMarginLoss(a, p, n, TripletMarginOptions.defaults().withP(0));
        assertEquals(1.0, loss.item());
        assertTrue(loss.requiresGrad(), "the loss is part of the graph");
        loss.backward();
        for (Tensor t : new Tensor[] {a, p, n}) assertArrayEquals(new double[4], t.grad().toArray(), 0.0);
    }

    @Test
    void tripletMarginWithDistanceLoss() {
        var options = TripletMarginWithDistanceOptions.defaults().withSwap(true).withMargin(0.5).withReduction(Reduction.NONE);
        Property.forAll(sameShape(Gens.shapes(1, 3), 3, THREE)).cases(CASES)
                .checkGradients(in -> TripletLosses.tripletMarginWithDistanceLoss(in[0], in[1], in[2], options));
    }
}
