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
