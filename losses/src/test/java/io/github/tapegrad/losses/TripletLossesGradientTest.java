package io.github.tapegrad.losses;

import static io.github.tapegrad.losses.MarginGens.CASES;
import static io.github.tapegrad.losses.MarginGens.sameShape;
import static io.github.tapegrad.losses.MarginGens.values;

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

    @Test
    void tripletMarginWithDistanceLoss() {
        var options = TripletMarginWithDistanceOptions.defaults().withSwap(true).withMargin(0.5).withReduction(Reduction.NONE);
        Property.forAll(sameShape(Gens.shapes(1, 3), 3, THREE)).cases(CASES)
                .checkGradients(in -> TripletLosses.tripletMarginWithDistanceLoss(in[0], in[1], in[2], options));
    }
}
