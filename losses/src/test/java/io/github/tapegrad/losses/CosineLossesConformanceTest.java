package io.github.tapegrad.losses;

import static io.github.tapegrad.losses.MarginConformance.check;
import static io.github.tapegrad.losses.MarginConformance.number;
import static io.github.tapegrad.losses.MarginConformance.reduction;

import io.github.tapegrad.testing.Fixtures.Case;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Values and gradients of Keras' cosine similarity loss equal its formula computed in torch (fixtures/margin/keras.txt). */
class CosineLossesConformanceTest {
    static List<Case> cosineSimilarity() {
        return MarginConformance.cases("keras.txt", "cosineSimilarityLoss");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void cosineSimilarity(Case c) {
        var options = CosineSimilarityOptions.defaults().withAxis((int) number(c, "axis")).withReduction(reduction(c));
        check(c, k -> CosineLosses.cosineSimilarityLoss(options).apply(k.tensor("input"), k.tensor("target")));
    }
}
