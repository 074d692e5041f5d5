package io.github.tapegrad.losses;

import static io.github.tapegrad.losses.MarginConformance.check;
import static io.github.tapegrad.losses.MarginConformance.reduction;

import io.github.tapegrad.testing.Fixtures.Case;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Values and input gradients of the Keras hinge losses equal Keras' formulas computed in torch (fixtures/margin/keras.txt). */
class HingeLossesConformanceTest {
    static List<Case> hinge() {
        return MarginConformance.cases("keras.txt", "hinge");
    }

    static List<Case> squaredHinge() {
        return MarginConformance.cases("keras.txt", "squaredHinge");
    }

    static List<Case> categoricalHinge() {
        return MarginConformance.cases("keras.txt", "categoricalHinge");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void hinge(Case c) {
        check(c, k -> HingeLosses.hinge(reduction(k)).apply(k.tensor("input"), k.tensor("target")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void squaredHinge(Case c) {
        check(c, k -> HingeLosses.squaredHinge(k.tensor("input"), k.tensor("target"), reduction(k)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void categoricalHinge(Case c) {
        check(c, k -> HingeLosses.categoricalHinge(reduction(k)).apply(k.tensor("input"), k.tensor("target")));
    }
}
