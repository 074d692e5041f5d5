package io.github.tapegrad.losses;

import static io.github.tapegrad.losses.MarginConformance.check;
import static io.github.tapegrad.losses.MarginConformance.number;
import static io.github.tapegrad.losses.MarginConformance.reduction;

import io.github.tapegrad.testing.Fixtures.Case;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Values and input gradients of the margin losses equal torch 1.13's (float64) on fixtures/margin/margin.txt. */
class MarginLossesConformanceTest {
    static List<Case> marginRanking() {
        return MarginConformance.cases("margin.txt", "marginRankingLoss");
    }

    static List<Case> softMargin() {
        return MarginConformance.cases("margin.txt", "softMarginLoss");
    }

    static List<Case> multilabelSoftMargin() {
        return MarginConformance.cases("margin.txt", "multilabelSoftMarginLoss");
    }

    static List<Case> multilabelMargin() {
        return MarginConformance.cases("margin.txt", "multilabelMarginLoss");
    }

    static List<Case> multiMargin() {
        return MarginConformance.cases("margin.txt", "multiMarginLoss");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void marginRanking(Case c) {
        var options = MarginRankingOptions.defaults().withMargin(number(c, "margin")).withReduction(reduction(c));
        check(c, k -> MarginLosses.marginRankingLoss(options).apply(k.tensor("x1"), k.tensor("x2"), k.tensor("y")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void softMargin(Case c) {
        check(c, k -> MarginLosses.softMarginLoss(k.tensor("input"), k.tensor("target"), reduction(k)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void multilabelSoftMargin(Case c) {
        var options = MultilabelSoftMarginOptions.defaults().withWeight(MarginConformance.vector(c, "weight"))
                .withReduction(reduction(c));
        check(c, k -> MarginLosses.multilabelSoftMarginLoss(k.tensor("input"), k.tensor("target"), options));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void multilabelMargin(Case c) {
        check(c, k -> MarginLosses.multilabelMarginLoss(reduction(k)).apply(k.tensor("input"), k.tensor("target")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void multiMargin(Case c) {
        var options = MultiMarginOptions.defaults().withP((int) number(c, "p")).withMargin(number(c, "margin"))
                .withWeight(MarginConformance.vector(c, "weight")).withReduction(reduction(c));
        check(c, k -> MarginLosses.multiMarginLoss(k.tensor("input"), k.tensor("target"), options));
    }
}
