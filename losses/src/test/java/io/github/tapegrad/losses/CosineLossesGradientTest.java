package io.github.tapegrad.losses;

import static io.github.tapegrad.losses.MarginGens.CASES;
import static io.github.tapegrad.losses.MarginGens.sameShape;
import static io.github.tapegrad.losses.MarginGens.values;

import io.github.tapegrad.check.Domain;
import io.github.tapegrad.check.Gens;
import io.github.tapegrad.check.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tape's gradients of Keras' cosine similarity loss equal central differences (check kit), for both arguments. */
class CosineLossesGradientTest {
    @Test
    void cosineSimilarityLossAlongTheFirstAxis() {
        var options = CosineSimilarityOptions.defaults().withAxis(0).withReduction(Reduction.NONE);
        Property.forAll(sameShape(Gens.shapes(1, 3), 2, List.of(values(Domain.REAL), values(Domain.REAL)))).cases(CASES)
                .checkGradients(in -> CosineLosses.cosineSimilarityLoss(in[0], in[1], options));
    }
}
