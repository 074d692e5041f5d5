package io.github.tapegrad.losses;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.Domain;
import io.github.tapegrad.check.Gen;
import io.github.tapegrad.check.Gens;
import io.github.tapegrad.check.Property;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * One gradient property per loss through the check kit: on generated inputs (shrunk on failure), the tape's gradient
 * with respect to the input (and the variance) equals central differences. Targets are constants.
 */
class GradientPropertiesTest {
    private static final int CASES = 40;
    private static final Gen<Shape> SHAPES = Gens.shapes(0, 3, 1, 4, 24);

    /** Input and target (and more) of one generated shape, only the first {@code checked} requiring grad. */
    private static Gen<Tensor[]> sameShape(int checked, Domain... domains) {
        return SHAPES.flatMap(s -> {
            @SuppressWarnings("unchecked")
            Gen<Tensor>[] parts = new Gen[domains.length];
            for (int i = 0; i < domains.length; i++) parts[i] = Gens.tensor(s, domains[i]);
            return Gens.inputs(parts);
        }).map(t -> requireGrad(t, checked));
    }

    private static Tensor[] requireGrad(Tensor[] t, int checked) {
        for (int i = 0; i < checked; i++) t[i].requiresGrad(true);
        return t;
    }

    private static void check(Gen<Tensor[]> gen, Function<Tensor[], Tensor> loss) {
        Property.forAll(gen).cases(CASES).checkGradients(loss);
    }

    @Test
    void regressionLosses() {
        check(sameShape(1, Domain.REAL, Domain.REAL), in -> Losses.l1Loss(in[0], in[1], Reduction.NONE));
        check(sameShape(1, Domain.REAL, Domain.REAL), in -> Losses.mseLoss(in[0], in[1]));
        check(sameShape(1, Domain.REAL, Domain.REAL),
                in -> Losses.huberLoss(in[0], in[1], HuberLossOptions.defaults().withDelta(0.7).withReduction(Reduction.NONE)));
        check(sameShape(1, Domain.REAL, Domain.REAL),
                in -> Losses.smoothL1Loss(in[0], in[1], SmoothL1LossOptions.defaults().withBeta(0.5).withReduction(Reduction.SUM)));
        check(sameShape(1, Domain.REAL, Domain.REAL), in -> Losses.rmse(in[0], in[1]));
        check(sameShape(1, Domain.REAL, Domain.REAL), in -> Losses.halfSumOfSquares(in[0], in[1]));
    }

    @Test
    void kerasLosses() {
        check(sameShape(1, Domain.POSITIVE, Domain.POSITIVE), in -> Losses.msle(in[0], in[1], Reduction.NONE));
        check(sameShape(1, Domain.REAL, Domain.POSITIVE), in -> Losses.mape(in[0], in[1]));
        check(sameShape(1, Domain.REAL, Domain.REAL), in -> Losses.logCosh(in[0], in[1], Reduction.SUM));
        check(sameShape(1, Domain.POSITIVE, Domain.POSITIVE), in -> Losses.poisson(in[0], in[1]));
    }

    @Test
    void crossEntropyWithClassIndicesAndSmoothing() {
        CrossEntropyOptions smoothed = CrossEntropyOptions.defaults().withLabelSmoothing(0.2);
        check(Gens.classification(Domain.REAL).map(t -> requireGrad(t, 1)), in -> Losses.crossEntropy(in[0], in[1], smoothed));
    }

    @Test
    void crossEntropyWithProbabilityTargets() {
        Gen<Tensor[]> gen = Gens.shapes(2, 2, 1, 4, 16).flatMap(s -> Gens.inputs(Gens.tensor(s, Domain.REAL),
                Gens.tensor(s, Domain.PROBABILITY))).map(t -> requireGrad(t, 1));
        check(gen, in -> Losses.crossEntropy(in[0], in[1], CrossEntropyOptions.defaults().withReduction(Reduction.NONE)));
    }

    @Test
    void nllLoss() {
        check(Gens.classification(Domain.REAL).map(t -> requireGrad(t, 1)), in -> Losses.nllLoss(in[0], in[1]));
    }

    @Test
    void binaryLosses() {
        check(sameShape(1, Domain.PROBABILITY, Domain.PROBABILITY), in -> Losses.binaryCrossEntropy(in[0], in[1]));
        BinaryCrossEntropyWithLogitsOptions pos = BinaryCrossEntropyWithLogitsOptions.defaults().withPosWeight(Tensor.scalar(2));
        check(sameShape(1, Domain.REAL, Domain.PROBABILITY), in -> Losses.binaryCrossEntropyWithLogits(in[0], in[1], pos));
        check(sameShape(1, Domain.REAL, Domain.PROBABILITY), in -> Losses.focalLoss(in[0], in[1]));
    }

    @Test
    void distributionLosses() {
        KlDivOptions batchmean = KlDivOptions.defaults().withReduction(Reduction.BATCHMEAN);
        check(sameShape(1, Domain.REAL, Domain.PROBABILITY), in -> Losses.klDiv(in[0], in[1], batchmean));
        check(sameShape(1, Domain.REAL, Domain.REAL), in -> Losses.klDiv(in[0], in[1], batchmean.withLogTarget(true)));
        PoissonNllLossOptions full = PoissonNllLossOptions.defaults().withFull(true);
        check(sameShape(1, Domain.REAL, Domain.POSITIVE), in -> Losses.poissonNllLoss(in[0], in[1], full));
        check(sameShape(1, Domain.POSITIVE, Domain.POSITIVE),
                in -> Losses.poissonNllLoss(in[0], in[1], full.withLogInput(false)));
        check(sameShape(2, Domain.REAL, Domain.POSITIVE, Domain.REAL),
                in -> Losses.gaussianNllLoss(in[0], in[2], in[1], GaussianNllLossOptions.defaults().withFull(true)));
    }
}
