package io.github.tapegrad.losses;

import static io.github.tapegrad.losses.MarginConformance.check;
import static io.github.tapegrad.losses.MarginConformance.number;
import static io.github.tapegrad.losses.MarginConformance.reduction;

import io.github.tapegrad.testing.Fixtures.Case;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Values and input gradients of the embedding losses equal torch 1.13's (float64) on fixtures/margin/embedding.txt. */
class EmbeddingLossesConformanceTest {
    static List<Case> hingeEmbedding() {
        return MarginConformance.cases("embedding.txt", "hingeEmbeddingLoss");
    }

    static List<Case> cosineEmbedding() {
        return MarginConformance.cases("embedding.txt", "cosineEmbeddingLoss");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void hingeEmbedding(Case c) {
        var options = HingeEmbeddingOptions.defaults().withMargin(number(c, "margin")).withReduction(reduction(c));
        check(c, k -> EmbeddingLosses.hingeEmbeddingLoss(options).apply(k.tensor("input"), k.tensor("target")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void cosineEmbedding(Case c) {
        var options = CosineEmbeddingOptions.defaults().withMargin(number(c, "margin")).withReduction(reduction(c));
        check(c, k -> EmbeddingLosses.cosineEmbeddingLoss(options).apply(k.tensor("x1"), k.tensor("x2"), k.tensor("y")));
    }
}
