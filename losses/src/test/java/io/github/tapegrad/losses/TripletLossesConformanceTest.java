package io.github.tapegrad.losses;

import static io.github.tapegrad.losses.MarginConformance.check;
import static io.github.tapegrad.losses.MarginConformance.number;
import static io.github.tapegrad.losses.MarginConformance.reduction;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.testing.Fixtures.Case;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Values and input gradients of the triplet losses equal torch 1.13's (float64) on fixtures/margin/triplet.txt. */
class TripletLossesConformanceTest {
    static List<Case> tripletMargin() {
        return MarginConformance.cases("triplet.txt", "tripletMarginLoss");
    }

    static List<Case> tripletMarginWithDistance() {
        return MarginConformance.cases("triplet.txt", "tripletMarginWithDistanceLoss");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void tripletMargin(Case c) {
        var options = TripletMarginOptions.defaults().withMargin(number(c, "margin")).withP(number(c, "p"))
                .withEps(number(c, "eps")).withSwap(Boolean.parseBoolean(c.option("swap"))).withReduction(reduction(c));
        check(c, k -> TripletLosses.tripletMarginLoss(options).apply(k.tensor("anchor"), k.tensor("positive"), k.tensor("negative")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void tripletMarginWithDistance(Case c) {
        BiFunction<Tensor, Tensor, Tensor> squaredEuclidean = (a, b) -> a.sub(b).square().sum(-1);
        var options = TripletMarginWithDistanceOptions.defaults().withMargin(number(c, "margin"))
                .withSwap(Boolean.parseBoolean(c.option("swap"))).withReduction(reduction(c));
        var chosen = c.option("distance").equals("default") ? options : options.withDistanceFunction(squaredEuclidean);
        check(c, k -> TripletLosses.tripletMarginWithDistanceLoss(k.tensor("anchor"), k.tensor("positive"), k.tensor("negative"),
                chosen));
    }
}
