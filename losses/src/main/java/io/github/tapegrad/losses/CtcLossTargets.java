package io.github.tapegrad.losses;

import io.github.tapegrad.Tensor;

/**
 * The checked targets and lengths of one {@code ctcLoss} call, and the constant tensors its alpha recursion needs:
 * the extended labels l′ = (blank, l₁, blank, l₂, …, blank) of length S′ = 2·S + 1 per sample, where S is the longest
 * target.
 */
final class CtcLossTargets {
    private static final String OP = "ctcLoss";

    private final int[] inputLengths;
    private final int[] targetLengths;
    private final int[][] labels;
    private final int blank;
    private final int width;

    private CtcLossTargets(int[] inputLengths, int[] targetLengths, int[][] labels, int blank) {
        this.inputLengths = inputLengths;
        this.targetLengths = targetLengths;
        this.labels = labels;
        this.blank = blank;
        int s = 0;
        for (int length : targetLengths) s = Math.max(s, length);
        this.width = 2 * s + 1;
    }

    /**
     * Checks and decodes the targets: (N, S) padded or 1-D concatenated.
     *
     * @param logProbs the batched (T, N, C) log-probabilities
     * @param given    the log-probabilities as the caller gave them, for the error texts
     */
    static CtcLossTargets of(Tensor logProbs, Tensor given, Tensor targets, int[] inputLengths, int[] targetLengths, int blank) {
        int t = logProbs.size(0), n = logProbs.size(1), c = logProbs.size(2);
        if (blank >= c) {
            throw new IllegalArgumentException(OP + ": blank " + blank + " is out of range for " + c + " classes (logProbs "
                    + given.shape() + "); give a blank in 0.." + (c - 1));
        }
        checkLengths("input", inputLengths, n, t, "T = " + t + " (logProbs " + given.shape() + ")");
        int[][] labels = targets.dim() == 2 ? padded(targets, targetLengths, n) : concatenated(targets, targetLengths, n);
        for (int i = 0; i < n; i++) checkLabels(labels[i], i, c, blank, given);
        return new CtcLossTargets(inputLengths.clone(), targetLengths.clone(), labels, blank);
    }

    private static int[][] padded(Tensor targets, int[] targetLengths, int n) {
        if (targets.size(0) != n) {
            throw new IllegalArgumentException(OP + ": targets has shape " + targets.shape() + " but the batch has " + n
                    + " samples; give (" + n + ", S) padded targets or concatenated 1-D targets");
        }
        int s = targets.size(1);
        checkLengths("target", targetLengths, n, s, "the " + s + " columns of targets " + targets.shape());
        double[] v = targets.toArray();
        int[][] labels = new int[n][];
        for (int i = 0; i < n; i++) labels[i] = whole(v, i * s, targetLengths[i], i);
        return labels;
    }

    private static int[][] concatenated(Tensor targets, int[] targetLengths, int n) {
        if (targets.dim() != 1) {
            throw new IllegalArgumentException(OP + ": targets has shape " + targets.shape()
                    + "; give (N, S) padded targets or concatenated 1-D targets");
        }
        checkLengths("target", targetLengths, n, Integer.MAX_VALUE, "");
        long total = 0;
        for (int length : targetLengths) total += length;
        if (total != targets.size(0)) {
            throw new IllegalArgumentException(OP + ": targets " + targets.shape() + " holds " + targets.size(0)
                    + " labels but the target lengths add up to " + total + "; give concatenated targets of shape (" + total
                    + "), or (N, S) padded targets");
        }
        double[] v = targets.toArray();
        int[][] labels = new int[n][];
        for (int i = 0, start = 0; i < n; start += targetLengths[i], i++) labels[i] = whole(v, start, targetLengths[i], i);
        return labels;
    }

    private static void checkLengths(String kind, int[] lengths, int n, int max, String bound) {
        if (lengths.length != n) {
            throw new IllegalArgumentException(OP + ": " + lengths.length + " " + kind + " lengths for a batch of " + n
                    + "; give one " + kind + " length per sample");
        }
        for (int i = 0; i < n; i++) {
            if (lengths[i] < 0 || lengths[i] > max) {
                String range = max == Integer.MAX_VALUE ? ">= 0" : "in 0.." + max + ", the most " + bound + " allows";
                throw new IllegalArgumentException(OP + ": " + kind + " length " + lengths[i] + " of sample " + i
                        + " is out of range; give " + kind + " lengths " + range);
            }
        }
    }

    private static int[] whole(double[] v, int start, int length, int sample) {
        int[] k = new int[length];
        for (int j = 0; j < length; j++) {
            k[j] = (int) v[start + j];
            if (k[j] != v[start + j]) {
                throw new IllegalArgumentException(OP + ": target " + v[start + j] + " at (sample " + sample + ", position " + j
                        + ") is not an integer; give whole class indices");
            }
        }
        return k;
    }

    private static void checkLabels(int[] labels, int sample, int classes, int blank, Tensor given) {
        for (int j = 0; j < labels.length; j++) {
            if (labels[j] < 0 || labels[j] >= classes) {
                throw new IllegalArgumentException(OP + ": target " + labels[j] + " at (sample " + sample + ", position " + j
                        + ") is out of range for " + classes + " classes (logProbs " + given.shape() + "); give labels in 0.."
                        + (classes - 1) + " other than the blank " + blank);
            }
            if (labels[j] == blank) {
                throw new IllegalArgumentException(OP + ": target " + labels[j] + " at (sample " + sample + ", position " + j
                        + ") is the blank; a target holds only non-blank labels, so choose another blank with withBlank");
            }
        }
    }

    /** Batch size N. */
    int batch() {
        return labels.length;
    }

    /** S′ = 2·S + 1 for the longest target S. */
    int width() {
        return width;
    }

    /** The longest input length: the number of recursion steps. */
    int steps() {
        int m = 0;
        for (int length : inputLengths) m = Math.max(m, length);
        return m;
    }

    /** The target lengths as a (N) tensor. */
    Tensor targetLengths() {
        return MarginChecks.indexTensor(targetLengths, targetLengths.length);
    }

    /** (N, S′): l′ₛ, the blank at even s and past the target's end. */
    Tensor extendedLabels() {
        double[] d = new double[batch() * width];
        for (int i = 0; i < batch(); i++) {
            for (int s = 0; s < width; s++) d[i * width + s] = extended(i, s);
        }
        return Tensor.of(d, batch(), width);
    }

    private int extended(int sample, int s) {
        int j = (s - 1) / 2;
        return s % 2 == 1 && j < labels[sample].length ? labels[sample][j] : blank;
    }

    /** (N, S′): 1 where the path may skip from s − 2 to s (s a label different from the label before). */
    Tensor skipAllowed() {
        double[] d = new double[batch() * width];
        for (int i = 0; i < batch(); i++) {
            for (int s = 3; s < 2 * labels[i].length; s += 2) d[i * width + s] = extended(i, s) != extended(i, s - 2) ? 1 : 0;
        }
        return Tensor.of(d, batch(), width);
    }

    /** (N, S′): log α before the first frame: 0 at s = 0, −∞ elsewhere. */
    Tensor initialAlpha() {
        double[] d = new double[batch() * width];
        java.util.Arrays.fill(d, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < batch(); i++) d[i * width] = 0;
        return Tensor.of(d, batch(), width);
    }

    /** (N, 1): 1 for the samples whose input is still running at frame {@code time}. */
    Tensor running(int time) {
        double[] d = new double[batch()];
        for (int i = 0; i < batch(); i++) d[i] = time < inputLengths[i] ? 1 : 0;
        return Tensor.of(d, batch(), 1);
    }

    /** (N, 2): the two final states 2L and 2L − 1 (the second repeats 0 for an empty target). */
    Tensor finalStates() {
        double[] d = new double[2 * batch()];
        for (int i = 0; i < batch(); i++) {
            d[2 * i] = 2 * labels[i].length;
            d[2 * i + 1] = Math.max(0, 2 * labels[i].length - 1);
        }
        return Tensor.of(d, batch(), 2);
    }

    /** (N, 2): 1 where {@link #finalStates()} names a real final state. */
    Tensor finalStatesValid() {
        double[] d = new double[2 * batch()];
        for (int i = 0; i < batch(); i++) {
            d[2 * i] = 1;
            d[2 * i + 1] = labels[i].length > 0 ? 1 : 0;
        }
        return Tensor.of(d, batch(), 2);
    }
}
