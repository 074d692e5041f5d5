package io.github.tapegrad.losses;

import static io.github.tapegrad.losses.MarginConformance.check;
import static io.github.tapegrad.losses.MarginConformance.reduction;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.testing.Fixtures.Case;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values of ctcLoss and gradients w.r.t. the logits equal torch 1.13's (float64) on fixtures/margin/ctc.txt: the loss
 * is taken of logSoftmax(logits), where PyTorch's ctc_loss gradient is exact (pytorch/pytorch#52241).
 */
class CtcLossConformanceTest {
    static List<Case> ctc() {
        return MarginConformance.cases("ctc.txt", "ctcLoss");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void ctc(Case c) {
        var options = CtcOptions.defaults().withBlank(Integer.parseInt(c.option("blank"))).withReduction(reduction(c))
                .withZeroInfinity(Boolean.parseBoolean(c.option("zeroInfinity")));
        check(c, k -> {
            Tensor logits = k.tensor("logits");
            return CtcLoss.ctcLoss(options).apply(logits.logSoftmax(-1), k.tensor("targets"), k.tensor("input_lengths"),
                    k.tensor("target_lengths"));
        });
    }
}
