package io.github.tapegrad.losses;

import static io.github.tapegrad.losses.MarginGens.CASES;
import static io.github.tapegrad.losses.MarginGens.differentiable;
import static io.github.tapegrad.losses.MarginGens.sameShape;
import static io.github.tapegrad.losses.MarginGens.values;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.Domain;
import io.github.tapegrad.check.Gens;
import io.github.tapegrad.check.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tape's gradients of the Keras hinge losses equal central differences (check kit). */
class HingeLossesGradientTest {
    @Test
    void hinge() {
        var gen = sameShape(Gens.shapes(1, 3), 1, List.of(values(Domain.REAL), MarginGens::signs));
        Property.forAll(gen).cases(CASES).checkGradients(in -> HingeLosses.hinge(in[0], in[1], Reduction.NONE));
    }

    @Test
    void squaredHingeWithZeroOneLabels() {
        var gen = sameShape(Gens.shapes(1, 3), 1, List.of(values(Domain.REAL), s -> Gens.indices(s, 2)));
        Property.forAll(gen).cases(CASES).checkGradients(in -> HingeLosses.squaredHinge(in[0], in[1], Reduction.NONE));
    }

    @Test
    void categoricalHinge() {
        var gen = Gens.classification(Domain.DISTINCT).map(xt -> differentiable(
                new Tensor[] {xt[0], Tensor.oneHot(xt[1], xt[0].size(1))}, 1));
        Property.forAll(gen).cases(CASES).checkGradients(in -> HingeLosses.categoricalHinge(in[0], in[1], Reduction.NONE));
    }
}
