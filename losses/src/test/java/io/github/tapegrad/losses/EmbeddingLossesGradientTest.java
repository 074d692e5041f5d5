package io.github.tapegrad.losses;

import static io.github.tapegrad.losses.MarginGens.CASES;
import static io.github.tapegrad.losses.MarginGens.differentiable;
import static io.github.tapegrad.losses.MarginGens.matrices;
import static io.github.tapegrad.losses.MarginGens.sameShape;
import static io.github.tapegrad.losses.MarginGens.values;

import io.github.tapegrad.Shape;
import io.github.tapegrad.check.Domain;
import io.github.tapegrad.check.Gens;
import io.github.tapegrad.check.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tape's gradients of the embedding losses equal central differences (check kit). */
class EmbeddingLossesGradientTest {
    @Test
    void hingeEmbeddingLoss() {
        var options = HingeEmbeddingOptions.defaults().withMargin(1.5).withReduction(Reduction.NONE);
        var gen = sameShape(Gens.shapes(1, 3), 1, List.of(values(Domain.POSITIVE), MarginGens::signs));
        Property.forAll(gen).cases(CASES).checkGradients(in -> EmbeddingLosses.hingeEmbeddingLoss(in[0], in[1], options));
    }

    @Test
    void cosineEmbeddingLoss() {
        var options = CosineEmbeddingOptions.defaults().withMargin(0.2).withReduction(Reduction.NONE);
        var gen = matrices().flatMap(s -> Gens.inputs(Gens.tensor(s, Domain.REAL), Gens.tensor(s, Domain.REAL),
                MarginGens.signs(Shape.of(s.get(0))))).map(in -> differentiable(in, 2));
        Property.forAll(gen).cases(CASES).checkGradients(in -> EmbeddingLosses.cosineEmbeddingLoss(in[0], in[1], in[2], options));
    }
}
