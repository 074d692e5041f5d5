package io.github.tapegrad.losses;

import static io.github.tapegrad.losses.MarginGens.CASES;
import static io.github.tapegrad.losses.MarginGens.differentiable;
import static io.github.tapegrad.losses.MarginGens.matrices;
import static io.github.tapegrad.losses.MarginGens.sameShape;
import static io.github.tapegrad.losses.MarginGens.values;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.Domain;
import io.github.tapegrad.check.Gens;
import io.github.tapegrad.check.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tape's gradients of the margin losses equal central differences (check kit; kinks reported, not failed). */
class MarginLossesGradientTest {
    @Test
    void marginRankingLoss() {
        var options = MarginRankingOptions.defaults().withMargin(0.5).withReduction(Reduction.NONE);
        var gen = sameShape(Gens.shapes(1, 3), 2, List.of(values(Domain.REAL), values(Domain.REAL), MarginGens::signs));
        Property.forAll(gen).cases(CASES).checkGradients(in -> MarginLosses.marginRankingLoss(in[0], in[1], in[2], options));
    }

    @Test
    void softMarginLoss() {
        var gen = sameShape(Gens.shapes(1, 3), 1, List.of(values(Domain.REAL), MarginGens::signs));
        Property.forAll(gen).cases(CASES).checkGradients(in -> MarginLosses.softMarginLoss(in[0], in[1], Reduction.NONE));
    }

    @Test
    void multilabelSoftMarginLossWithWeight() {
        var gen = matrices().flatMap(s -> Gens.inputs(Gens.tensor(s, Domain.REAL), Gens.indices(s, 2),
                Gens.tensor(Domain.POSITIVE, s.get(1)))).map(in -> differentiable(in, 1));
        Property.forAll(gen).cases(CASES).checkGradients(in -> MarginLosses.multilabelSoftMarginLoss(in[0], in[1],
                MultilabelSoftMarginOptions.defaults().withWeight(in[2]).withReduction(Reduction.NONE)));
    }

    @Test
    void multilabelMarginLoss() {
        var gen = matrices().flatMap(s -> Gens.inputs(Gens.tensor(s, Domain.REAL),
                Gens.indices(s, s.get(1) + 1).map(t -> Tensor.where(t.eq(s.get(1)), -1.0, t)))).map(in -> differentiable(in, 1));
        Property.forAll(gen).cases(CASES).checkGradients(in -> MarginLosses.multilabelMarginLoss(in[0], in[1], Reduction.NONE));
    }

    @Test
    void multiMarginLossSquaredWithWeight() {
        var gen = Gens.classification(Domain.REAL).flatMap(xt -> Gens.inputs(Gens.constant(xt[0]), Gens.constant(xt[1]),
                Gens.tensor(Domain.POSITIVE, xt[0].size(1)))).map(in -> differentiable(in, 1));
        Property.forAll(gen).cases(CASES).checkGradients(in -> MarginLosses.multiMarginLoss(in[0], in[1],
                MultiMarginOptions.defaults().withP(2).withMargin(0.7).withWeight(in[2]).withReduction(Reduction.NONE)));
    }
}
