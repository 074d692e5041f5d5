package io.github.tapegrad.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Tensor;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every loss of part B has a finite value and finite gradients for inputs in [−1000, 1000] (ends included). */
class MarginLossesStabilityTest {
    /** A loss of some inputs, all of which require grad. */
    record Scenario(String name, List<Tensor> inputs, Function<List<Tensor>, Tensor> loss) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Uniform in [−1000, 1000] with both ends present. */
    static Tensor wide(long seed, int... shape) {
        double[] v = Tensor.rand(shape, seed).mul(2000).sub(1000).toArray();
        v[0] = 1000;
        v[v.length - 1] = -1000;
        return Tensor.of(v, shape);
    }

    static final Tensor SIGNS = Tensor.of(new double[][] {{1, -1, -1, 1}, {-1, 1, 1, -1}, {1, 1, -1, -1}});
    static final Tensor ONE_HOT = Tensor.oneHot(Tensor.of(0, 3, 2), 4);

    static Stream<Scenario> scenarios() {
        return Stream.of(
                new Scenario("marginRankingLoss", List.of(wide(1, 3, 4), wide(2, 3, 4)),
                        x -> MarginLosses.marginRankingLoss(x.get(0), x.get(1), SIGNS)),
                new Scenario("softMarginLoss", List.of(wide(3, 3, 4)), x -> MarginLosses.softMarginLoss(x.get(0), SIGNS)),
                new Scenario("multilabelSoftMarginLoss", List.of(wide(4, 3, 4)),
                        x -> MarginLosses.multilabelSoftMarginLoss(x.get(0), ONE_HOT)),
                new Scenario("multilabelMarginLoss", List.of(wide(5, 3, 4)), x -> MarginLosses.multilabelMarginLoss(x.get(0),
                        Tensor.of(new double[][] {{0, 2, -1, 0}, {3, -1, 0, 0}, {1, 2, 3, 0}}))),
                new Scenario("multiMarginLoss p2", List.of(wide(6, 3, 4)), x -> MarginLosses.multiMarginLoss(x.get(0),
                        Tensor.of(0, 3, 2), MultiMarginOptions.defaults().withP(2))),
                new Scenario("hingeEmbeddingLoss", List.of(wide(7, 3, 4)), x -> EmbeddingLosses.hingeEmbeddingLoss(x.get(0), SIGNS)),
                new Scenario("cosineEmbeddingLoss", List.of(wide(8, 3, 4), wide(9, 3, 4)),
                        x -> EmbeddingLosses.cosineEmbeddingLoss(x.get(0), x.get(1), Tensor.of(1, -1, 1))),
                new Scenario("tripletMarginLoss swap", List.of(wide(10, 3, 4), wide(11, 3, 4), wide(12, 3, 4)),
                        x -> TripletLosses.tripletMarginLoss(x.get(0), x.get(1), x.get(2),
                                TripletMarginOptions.defaults().withSwap(true))),
                new Scenario("tripletMarginWithDistanceLoss", List.of(wide(13, 3, 4), wide(14, 3, 4), wide(15, 3, 4)),
                        x -> TripletLosses.tripletMarginWithDistanceLoss(x.get(0), x.get(1), x.get(2))),
                new Scenario("ctcLoss of logSoftmax", List.of(wide(16, 6, 2, 4)), x -> CtcLoss.ctcLoss(x.get(0).logSoftmax(-1),
                        Tensor.of(new double[][] {{1, 2, 2}, {3, 1, 0}}), new int[] {6, 5}, new int[] {3, 2})),
                new Scenario("hinge", List.of(wide(17, 3, 4)), x -> HingeLosses.hinge(x.get(0), SIGNS)),
                new Scenario("squaredHinge", List.of(wide(18, 3, 4)), x -> HingeLosses.squaredHinge(x.get(0), SIGNS)),
                new Scenario("categoricalHinge", List.of(wide(19, 3, 4)), x -> HingeLosses.categoricalHinge(x.get(0), ONE_HOT)),
                new Scenario("cosineSimilarityLoss", List.of(wide(20, 3, 4), wide(21, 3, 4)),
                        x -> CosineLosses.cosineSimilarityLoss(x.get(0), x.get(1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void valueAndGradientsAreFinite(Scenario s) {
        s.inputs().forEach(x -> x.requiresGrad(true));
        Tensor loss = s.loss().apply(s.inputs());
        assertTrue(Double.isFinite(loss.item()), () -> s.name() + " = " + loss.item());
        loss.backward();
        for (Tensor x : s.inputs()) {
            for (double g : x.grad().toArray()) assertTrue(Double.isFinite(g), () -> s.name() + " has gradient " + g);
        }
    }

    @Test
    void softMarginIsFiniteWherePyTorchOverflows() {
        Tensor x = Tensor.of(-1000, 1000).requiresGrad(true);
        Tensor loss = MarginLosses.softMarginLoss(x, Tensor.of(1, -1), Reduction.SUM);
        assertEquals(2000, loss.item(), 0, "log(1 + e^1000) = 1000 + log(1 + e^-1000), twice");
        loss.backward();
        assertEquals(-1, x.grad().get(0), 1e-300, "d/dx log(1 + e^-x) = -σ(-x) → -1");
        assertEquals(1, x.grad().get(1), 1e-300);
    }

    @Test
    void inputsNearTheLimitAreAlsoFiniteForRandomSeeds() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < 20; i++) {
            Tensor x = wide(rng.nextLong(), 4, 3).requiresGrad(true);
            Tensor loss = MarginLosses.multiMarginLoss(x, Tensor.of(0, 1, 2, 0), MultiMarginOptions.defaults().withP(2));
            loss.add(EmbeddingLosses.cosineEmbeddingLoss(x, x.flip(0), Tensor.of(1, -1, 1, -1))).backward();
            for (double g : x.grad().toArray()) assertTrue(Double.isFinite(g));
        }
    }
}
