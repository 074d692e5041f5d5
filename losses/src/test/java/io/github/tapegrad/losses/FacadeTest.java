package io.github.tapegrad.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.github.tapegrad.Tensor;
import org.junit.jupiter.api.Test;

/** The facade's shapes of one loss agree: defaults, reduction-only, options, and the Loss values. */
class FacadeTest {
    private static final Tensor X = Tensor.of(new double[][] {{0.2, -1.3, 2.0}, {1.1, 0.0, -0.7}});
    private static final Tensor Y = Tensor.of(new double[][] {{0.5, -1.0, 1.0}, {3.0, 0.0, -0.2}});
    private static final Tensor P = Tensor.of(new double[][] {{0.2, 0.5, 0.9}, {0.6, 0.1, 0.3}});
    private static final Tensor Y01 = Tensor.of(new double[][] {{0, 1, 1}, {1, 0, 0.5}});
    private static final Tensor CLASSES = Tensor.of(2, 0);

    private static void same(Tensor expected, Tensor actual) {
        assertEquals(expected.shape(), actual.shape());
        for (int i = 0; i < expected.size(); i++) assertEquals(expected.toArray()[i], actual.toArray()[i], 0.0);
    }

    @Test
    void defaultsArePyTorchs() {
        same(Losses.mseLoss(X, Y, Reduction.MEAN), Losses.mseLoss(X, Y));
        same(Losses.l1Loss(X, Y, Reduction.MEAN), Losses.l1Loss(X, Y));
        same(Losses.huberLoss(X, Y, new HuberLossOptions(1.0, Reduction.MEAN)), Losses.huberLoss(X, Y));
        same(Losses.smoothL1Loss(X, Y, new SmoothL1LossOptions(1.0, Reduction.MEAN)), Losses.smoothL1Loss(X, Y));
        same(Losses.crossEntropy(X, CLASSES, new CrossEntropyOptions(null, -100, 0, Reduction.MEAN)),
                Losses.crossEntropy(X, CLASSES));
        same(Losses.nllLoss(X, CLASSES, new NllLossOptions(null, -100, Reduction.MEAN)), Losses.nllLoss(X, CLASSES));
        same(Losses.binaryCrossEntropy(P, Y01, new BinaryCrossEntropyOptions(null, Reduction.MEAN)),
                Losses.binaryCrossEntropy(P, Y01));
        same(Losses.binaryCrossEntropyWithLogits(X, Y01, new BinaryCrossEntropyWithLogitsOptions(null, null, Reduction.MEAN)),
                Losses.binaryCrossEntropyWithLogits(X, Y01));
        same(Losses.focalLoss(X, Y01, new FocalLossOptions(0.25, 2, Reduction.NONE)), Losses.focalLoss(X, Y01));
        same(Losses.klDiv(X, P, new KlDivOptions(Reduction.MEAN, false)), Losses.klDiv(X, P));
        same(Losses.poissonNllLoss(X, Y01, new PoissonNllLossOptions(true, false, 1e-8, Reduction.MEAN)),
                Losses.poissonNllLoss(X, Y01));
        same(Losses.gaussianNllLoss(X, Y, P, new GaussianNllLossOptions(false, 1e-6, Reduction.MEAN)),
                Losses.gaussianNllLoss(X, Y, P));
        same(Losses.msle(P, Y01, Reduction.MEAN), Losses.msle(P, Y01));
        same(Losses.mape(X, Y, Reduction.MEAN), Losses.mape(X, Y));
        same(Losses.logCosh(X, Y, Reduction.MEAN), Losses.logCosh(X, Y));
        same(Losses.poisson(P, Y01, Reduction.MEAN), Losses.poisson(P, Y01));
    }

    @Test
    void lossValuesCallTheStaticMethodsWithTheirOptions() {
        same(Losses.mseLoss(X, Y, Reduction.SUM), Losses.mseLoss(Reduction.SUM).apply(X, Y));
        same(Losses.l1Loss(X, Y, Reduction.NONE), Losses.l1Loss(Reduction.NONE).apply(X, Y));
        HuberLossOptions huber = HuberLossOptions.defaults().withDelta(0.5).withReduction(Reduction.SUM);
        same(Losses.huberLoss(X, Y, huber), Losses.huberLoss(huber).apply(X, Y));
        SmoothL1LossOptions smooth = SmoothL1LossOptions.defaults().withBeta(0.2);
        same(Losses.smoothL1Loss(X, Y, smooth), Losses.smoothL1Loss(smooth).apply(X, Y));
        CrossEntropyOptions ce = CrossEntropyOptions.defaults().withLabelSmoothing(0.1).withWeight(Tensor.of(1, 2, 3));
        same(Losses.crossEntropy(X, CLASSES, ce), Losses.crossEntropy(ce).apply(X, CLASSES));
        NllLossOptions nll = NllLossOptions.defaults().withIgnoreIndex(0).withReduction(Reduction.SUM);
        same(Losses.nllLoss(X, CLASSES, nll), Losses.nllLoss(nll).apply(X, CLASSES));
        BinaryCrossEntropyOptions bce = BinaryCrossEntropyOptions.defaults().withWeight(Tensor.of(1, 2, 3));
        same(Losses.binaryCrossEntropy(P, Y01, bce), Losses.binaryCrossEntropy(bce).apply(P, Y01));
        BinaryCrossEntropyWithLogitsOptions bcel = BinaryCrossEntropyWithLogitsOptions.defaults().withPosWeight(Tensor.of(2, 1, 3));
        same(Losses.binaryCrossEntropyWithLogits(X, Y01, bcel), Losses.binaryCrossEntropyWithLogits(bcel).apply(X, Y01));
        FocalLossOptions focal = FocalLossOptions.defaults().withReduction(Reduction.MEAN).withGamma(1);
        same(Losses.focalLoss(X, Y01, focal), Losses.focalLoss(focal).apply(X, Y01));
        KlDivOptions kl = KlDivOptions.defaults().withLogTarget(true).withReduction(Reduction.BATCHMEAN);
        same(Losses.klDiv(X, Y, kl), Losses.klDiv(kl).apply(X, Y));
        PoissonNllLossOptions pois = PoissonNllLossOptions.defaults().withLogInput(false).withFull(true).withEps(0.1);
        same(Losses.poissonNllLoss(P, Y01, pois), Losses.poissonNllLoss(pois).apply(P, Y01));
        GaussianNllLossOptions gauss = GaussianNllLossOptions.defaults().withFull(true).withEps(0.3);
        same(Losses.gaussianNllLoss(X, Y, P, gauss), Losses.gaussianNllLoss(gauss).apply(X, Y, P));
        same(Losses.rmse(X, Y), Losses.rmse().apply(X, Y));
        same(Losses.halfSumOfSquares(X, Y), Losses.halfSumOfSquares().apply(X, Y));
        same(Losses.msle(P, Y01, Reduction.SUM), Losses.msle(Reduction.SUM).apply(P, Y01));
        same(Losses.mape(X, Y, Reduction.NONE), Losses.mape(Reduction.NONE).apply(X, Y));
        same(Losses.logCosh(X, Y, Reduction.SUM), Losses.logCosh(Reduction.SUM).apply(X, Y));
        same(Losses.poisson(P, Y01, Reduction.NONE), Losses.poisson(Reduction.NONE).apply(P, Y01));
    }

    @Test
    void withMethodsChangeOneOptionAndLeaveTheRecordUnchanged() {
        CrossEntropyOptions base = CrossEntropyOptions.defaults();
        CrossEntropyOptions changed = base.withLabelSmoothing(0.1).withReduction(Reduction.SUM);
        assertEquals(new CrossEntropyOptions(null, -100, 0.1, Reduction.SUM), changed);
        assertEquals(new CrossEntropyOptions(null, -100, 0.0, Reduction.MEAN), base);
        assertNotSame(base, base.withIgnoreIndex(-100));
    }

    @Test
    void huberIsDeltaTimesSmoothL1WithBetaDelta() {
        Tensor huber = Losses.huberLoss(X, Y, HuberLossOptions.defaults().withDelta(0.5));
        Tensor smooth = Losses.smoothL1Loss(X, Y, SmoothL1LossOptions.defaults().withBeta(0.5));
        assertEquals(0.5 * smooth.item(), huber.item(), 1e-15);
    }

    @Test
    void smoothL1WithBetaZeroIsL1() {
        same(Losses.l1Loss(X, Y), Losses.smoothL1Loss(X, Y, SmoothL1LossOptions.defaults().withBeta(0)));
    }
}
