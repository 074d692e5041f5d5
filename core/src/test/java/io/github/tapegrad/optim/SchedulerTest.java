package io.github.tapegrad.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tapegrad.Tensor;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The recursive schedules against the closed forms documented beside them, over 200 epochs; the recursion accumulates
 * rounding (as PyTorch's does), hence 1e-13 relative.
 */
class SchedulerTest {
    private static SGD sgd(double lr) {
        return new SGD(List.of(Tensor.zeros(1).requiresGrad(true)), SGD.options().lr(lr));
    }

    private static void assertClosedForm(Function<SGD, LRScheduler> make, IntToDoubleFunction closed) {
        SGD opt = sgd(0.1);
        LRScheduler s = make.apply(opt);
        for (int e = 0; e <= 200; e++) {
            if (e > 0) s.step();
            assertEquals(e, s.lastEpoch());
            double expected = closed.applyAsDouble(e);
            assertEquals(expected, opt.paramGroups().get(0).lr(), 1e-13 * expected, "epoch " + e);
        }
    }

    @Test
    void stepLrMatchesClosedForm() {
        assertClosedForm(o -> new StepLR(o, 7, 0.5), e -> 0.1 * Math.pow(0.5, e / 7));
    }

    @Test
    void exponentialLrMatchesClosedForm() {
        assertClosedForm(o -> new ExponentialLR(o, 0.97), e -> 0.1 * Math.pow(0.97, e));
    }

    @Test
    void cosineAnnealingMatchesClosedFormPastTMax() {
        assertClosedForm(o -> new CosineAnnealingLR(o, 30, 0.01),
                e -> 0.01 + (0.1 - 0.01) * (1 + Math.cos(Math.PI * e / 30)) / 2);
    }

    @Test
    void linearLrMatchesClosedForm() {
        assertClosedForm(o -> new LinearLR(o, 0.25, 1.0, 20), e -> 0.1 * (0.25 + 0.75 * Math.min(e, 20) / 20));
    }

    /** torch 1.13: LinearLR(SGD(lr=0.1), 0.3, 0.0, 3) reaches -2.2204460492503124e-18 at epoch 3; here 0. */
    @Test
    void linearToZeroEndsAtZero() {
        SGD opt = sgd(0.1);
        LinearLR s = new LinearLR(opt, 0.3, 0.0, 3);
        for (int e = 1; e <= 2; e++) {
            s.step();
            assertEquals(0.1 * 0.3 * (1 - e / 3.0), opt.paramGroups().get(0).lr(), 1e-16, "epoch " + e);
        }
        for (int e = 3; e <= 5; e++) {
            s.step();
            assertEquals(0.0, opt.paramGroups().get(0).lr(), "epoch " + e);
            assertArrayEquals(new double[] {0.0}, s.lastLr());
        }
    }

    @Test
    void aNegativeRateFromASchedulerChangesNothing() {
        SGD opt = new SGD(List.of(new ParamGroup(List.of(Tensor.zeros(1).requiresGrad(true)), SGD.options().lr(0.3)),
                new ParamGroup(List.of(Tensor.zeros(1).requiresGrad(true)), SGD.options().lr(0.1))));
        LRScheduler down = new LRScheduler(opt) {
            { initialStep(); }
            @Override
            protected double nextLr(int epoch, double lr, double baseLr) { return baseLr - 0.2 * epoch; }
        };
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, down::step);
        assertEquals(": the schedule gives group 1 a learning rate of -0.1 at epoch 1; make nextLr return a rate >= 0",
                e.getMessage().substring(e.getMessage().indexOf(':')));
        assertEquals(0, down.lastEpoch());
        assertEquals(0.3, opt.paramGroups().get(0).lr(), 1e-17, "the first group, whose rate was valid, is not changed");
        assertEquals(0.1, opt.paramGroups().get(1).lr(), 1e-17);
    }

    @Test
    void chainedSchedulersShareTheInitialLearningRate() {
        SGD opt = sgd(0.1);
        new LinearLR(opt, 0.5, 1.0, 4);
        LRScheduler second = new ExponentialLR(opt, 0.9);
        assertArrayEquals(new double[] {0.1}, second.baseLrs());
        assertEquals(0.1, opt.paramGroups().get(0).initialLr());
        assertEquals(0.05, opt.paramGroups().get(0).lr(), 1e-17);
        assertArrayEquals(new double[] {0.05}, second.lastLr(), 1e-17);
    }
}
