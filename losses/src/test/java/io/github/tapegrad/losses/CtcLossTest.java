package io.github.tapegrad.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.testing.Close;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ctcLoss against an independent oracle (every path enumerated), its layouts, impossible alignments and its gradient. */
class CtcLossTest {
    /** (T, N, C) = (5, 2, 3) log-probabilities. */
    private static final Tensor LP = Tensor.randn(new int[] {5, 2, 3}, 11).mul(2).logSoftmax(-1);

    /** −log Σ over all Cᵀ frame paths that collapse (merge repeats, drop blanks) to the target. */
    static double bruteForce(double[][] logProbs, int[] target, int blank) {
        int t = logProbs.length, c = logProbs[0].length;
        double total = 0;
        int[] path = new int[t];
        for (int code = 0; code < Math.pow(c, t); code++) {
            double logP = 0;
            for (int i = 0, k = code; i < t; i++, k /= c) {
                path[i] = k % c;
                logP += logProbs[i][path[i]];
            }
            if (java.util.Arrays.equals(collapse(path, blank), target)) total += Math.exp(logP);
        }
        return -Math.log(total);
    }

    private static int[] collapse(int[] path, int blank) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < path.length; i++) {
            if (path[i] != blank && (i == 0 || path[i] != path[i - 1])) out.add(path[i]);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[][] frames(Tensor lp, int sample, int length) {
        double[][] f = new double[length][];
        for (int i = 0; i < length; i++) f[i] = lp.select(0, i).select(0, sample).toArray();
        return f;
    }

    @Test
    void equalsTheSumOverAllPaths() {
        Tensor targets = Tensor.of(new double[][] {{1, 1, 2}, {2, 0, 0}});
        Tensor loss = CtcLoss.ctcLoss(LP, targets, new int[] {5, 4}, new int[] {3, 1}, CtcOptions.defaults().withReduction(Reduction.NONE));
        assertEquals(bruteForce(frames(LP, 0, 5), new int[] {1, 1, 2}, 0), loss.get(0), 1e-12);
        assertEquals(bruteForce(frames(LP, 1, 4), new int[] {2}, 0), loss.get(1), 1e-12);
    }

    @Test
    void equalsTheSumOverAllPathsWithAnotherBlank() {
        Tensor targets = Tensor.of(new double[][] {{0, 0}, {1, 0}});
        var options = CtcOptions.defaults().withBlank(2).withReduction(Reduction.NONE);
        Tensor loss = CtcLoss.ctcLoss(LP, targets, new int[] {5, 5}, new int[] {2, 2}, options);
        assertEquals(bruteForce(frames(LP, 0, 5), new int[] {0, 0}, 2), loss.get(0), 1e-12);
        assertEquals(bruteForce(frames(LP, 1, 5), new int[] {1, 0}, 2), loss.get(1), 1e-12);
    }

    @Test
    void targetLongerThanInputIsAnImpossibleAlignmentNotAnError() {
        Tensor lp = LP.detach().requiresGrad(true);
        Tensor targets = Tensor.of(new double[][] {{1, 2, 1}, {1, 0, 0}});
        var none = CtcOptions.defaults().withReduction(Reduction.NONE);
        Tensor loss = CtcLoss.ctcLoss(lp, targets, new int[] {2, 5}, new int[] {3, 1}, none);
        assertEquals(Double.POSITIVE_INFINITY, loss.get(0), "3 labels cannot fit in 2 frames: +inf, as PyTorch");
        Tensor zeroed = CtcLoss.ctcLoss(lp, targets, new int[] {2, 5}, new int[] {3, 1}, none.withZeroInfinity(true));
        assertEquals(0, zeroed.get(0));
        assertEquals(loss.get(1), zeroed.get(1));
        zeroed.sum().backward();
        for (double g : lp.grad().select(1, 0).toArray()) assertEquals(0, g, "zeroInfinity zeroes the impossible sample's gradient");
    }

    @Test
    void layoutsAgree() {
        var none = CtcOptions.defaults().withReduction(Reduction.NONE);
        Tensor padded = CtcLoss.ctcLoss(LP, Tensor.of(new double[][] {{1, 2}, {2, 0}}), new int[] {5, 3}, new int[] {2, 1}, none);
        Tensor concatenated = CtcLoss.ctcLoss(LP, Tensor.of(1, 2, 2), Tensor.of(5, 3), Tensor.of(2, 1), none);
        Close.assertClose(padded, concatenated, 0, 0, "concatenated vs padded");
        Tensor one = CtcLoss.ctcLoss(LP.select(1, 1), Tensor.of(2), Tensor.scalar(3), Tensor.scalar(1), none);
        assertEquals(io.github.tapegrad.Shape.of(), one.shape());
        assertEquals(padded.get(1), one.item(), 0, "unbatched (T, C) equals its sample in the batch");
    }

    @Test
    void meanDividesByTargetLengthsThenAveragesAndSumAdds() {
        Tensor targets = Tensor.of(new double[][] {{1, 2, 1}, {0, 0, 0}});
        int[] inputs = {5, 5}, lengths = {3, 0};
        Tensor none = CtcLoss.ctcLoss(LP, targets, inputs, lengths, CtcOptions.defaults().withReduction(Reduction.NONE));
        double mean = CtcLoss.ctcLoss(LP, targets, inputs, lengths).item();
        assertEquals((none.get(0) / 3 + none.get(1) / 1) / 2, mean, 1e-14, "an empty target divides by max(0, 1)");
        var sum = CtcLoss.ctcLoss(CtcOptions.defaults().withReduction(Reduction.SUM));
        assertEquals(none.get(0) + none.get(1), sum.apply(LP, targets, inputs, lengths).item(), 1e-14);
    }

    @Test
    void gradientIsTheExactDerivativeOfTheLogProbs() {
        Tensor targets = Tensor.of(new double[][] {{1, 1}, {2, 1}});
        int[] inputs = {5, 4}, lengths = {2, 2};
        Tensor lp = LP.detach().requiresGrad(true);
        CtcLoss.ctcLoss(lp, targets, inputs, lengths).backward();
        double[] at = LP.toArray(), grad = lp.grad().toArray();
        double h = 1e-6;
        for (int i = 0; i < at.length; i++) {
            double[] plus = at.clone(), minus = at.clone();
            plus[i] += h;
            minus[i] -= h;
            double numeric = (loss(plus, targets, inputs, lengths) - loss(minus, targets, inputs, lengths)) / (2 * h);
            assertEquals(numeric, grad[i], 1e-8, "d loss / d logProbs at flat index " + i + " (PyTorch's adds exp(logProbs))");
        }
    }

    private static double loss(double[] logProbs, Tensor targets, int[] inputs, int[] lengths) {
        return CtcLoss.ctcLoss(Tensor.of(logProbs, 5, 2, 3), targets, inputs, lengths).item();
    }
}
