package io.github.tapegrad.losses;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import java.util.Objects;

/** Input checks shared by the margin, embedding, triplet and Keras hinge losses; every text names the loss. */
final class MarginChecks {
    private MarginChecks() {}

    /** Equal shapes, nothing broadcast. */
    static void sameShape(String op, String nameA, Tensor a, String nameB, Tensor b) {
        Objects.requireNonNull(a, () -> op + ": " + nameA + " is null");
        Objects.requireNonNull(b, () -> op + ": " + nameB + " is null");
        if (!a.shape().equals(b.shape())) {
            throw new IllegalArgumentException(op + ": " + nameA + " has shape " + a.shape() + " but " + nameB + " has shape "
                    + b.shape() + difference(a.shape(), b.shape()) + "; give " + nameA + " and " + nameB
                    + " the same shape (this loss does not broadcast)");
        }
    }

    private static String difference(Shape a, Shape b) {
        if (a.rank() != b.rank()) return " (rank " + a.rank() + " vs " + b.rank() + ")";
        int d = Checks.firstDifference(a, b);
        return " (dimension " + d + ": " + a.get(d) + " vs " + b.get(d) + ")";
    }

    /** Per-class scores (…, C) and targets of the same shape, nothing broadcast. */
    static void scoresAndTargets(String op, Tensor input, Tensor target) {
        sameShape(op, "input", input, "target", target);
        atLeast1d(op, "input", input, "(N, C) or (C) scores");
    }

    /** At least one dimension (the class or feature dimension is the last). */
    static void atLeast1d(String op, String name, Tensor x, String layout) {
        if (x.dim() == 0) {
            throw new IllegalArgumentException(op + ": " + name + " has shape " + x.shape() + " (a scalar); give " + layout);
        }
    }

    /** Every label is −1 or 1. */
    static void signLabels(String op, String name, Tensor y) {
        labels(op, name, y, -1, 1, "-1 or 1; map {0, 1} labels with " + name + ".mul(2).sub(1)");
    }

    /** Every label is 0 or 1. */
    static void zeroOneLabels(String op, String name, Tensor y, String fix) {
        labels(op, name, y, 0, 1, "0 or 1; " + fix);
    }

    /** Every label is {@code a} or {@code b}; the text ends with {@code rule}, which says so and gives the fix. */
    private static void labels(String op, String name, Tensor y, double a, double b, String rule) {
        double[] v = y.toArray();
        for (int i = 0; i < v.length; i++) {
            if (v[i] != a && v[i] != b) {
                throw new IllegalArgumentException(op + ": " + name + " holds " + v[i] + " at flat index " + i + " (shape "
                        + y.shape() + "); labels must be " + rule);
            }
        }
    }

    /** Keras' label convention: all in {0, 1} become 2y − 1; otherwise all must be in {−1, 1}. */
    static Tensor kerasSignLabels(String op, Tensor y) {
        double[] v = y.toArray();
        int zero = -1, minusOne = -1;
        for (int i = 0; i < v.length; i++) {
            if (v[i] == 0 && zero < 0) zero = i;
            if (v[i] == -1 && minusOne < 0) minusOne = i;
            if (v[i] != 0 && v[i] != 1 && v[i] != -1) {
                throw new IllegalArgumentException(op + ": target holds " + v[i] + " at flat index " + i + " (shape " + y.shape()
                        + "); labels must be all in {-1, 1} or all in {0, 1}; threshold or round them");
            }
        }
        if (zero >= 0 && minusOne >= 0) {
            throw new IllegalArgumentException(op + ": target holds -1 (flat index " + minusOne + ") and 0 (flat index " + zero
                    + ", shape " + y.shape() + "); labels must be all in {-1, 1} or all in {0, 1}; use one convention");
        }
        return minusOne >= 0 ? y : y.mul(2).sub(1);
    }

    /** A finite loss option. */
    static double finite(String op, String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(op + ": " + name + " is " + value + "; give a finite " + name);
        }
        return value;
    }

    /** A reduction this loss has: not null (with this family's text), then as {@link Checks#reduction}. */
    static Reduction reduction(String op, Reduction r) {
        Objects.requireNonNull(r, () -> op + ": reduction is null; use Reduction.MEAN (the default)");
        return Checks.reduction(op, r);
    }

    /**
     * One class index per sample, each an integer in 0..classes−1.
     *
     * @param input the input, for the error text
     */
    static int[] classIndices(String op, Tensor target, int classes, Tensor input) {
        double[] v = target.toArray();
        int[] k = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            k[i] = (int) v[i];
            if (k[i] != v[i]) {
                throw new IllegalArgumentException(op + ": target " + v[i] + " of sample " + i + " is not an integer (target "
                        + target.shape() + "); give whole class indices");
            }
            if (k[i] < 0 || k[i] >= classes) {
                throw new IllegalArgumentException(op + ": target " + k[i] + " of sample " + i + " is out of bounds for "
                        + classes + " classes (input " + input.shape() + "); give class indices in 0.." + (classes - 1));
            }
        }
        return k;
    }

    /** An options record's per-class weight: null or 1-D (its length is checked by {@link #classWeight}). */
    static Tensor vectorWeight(String op, Tensor weight) {
        if (weight != null && weight.dim() != 1) {
            throw new IllegalArgumentException(op + ": weight has shape " + weight.shape()
                    + "; give a 1-D weight with one value per class");
        }
        return weight;
    }

    /** A per-class weight: null, or 1-D with one value per class. */
    static Tensor classWeight(String op, Tensor weight, int classes, Tensor input) {
        if (weight != null && (weight.dim() != 1 || weight.size(0) != classes)) {
            throw new IllegalArgumentException(op + ": weight has shape " + weight.shape() + " but the input of shape " + input.shape()
                    + " has " + classes + " classes; give a 1-D weight of shape (" + classes + ")");
        }
        return weight;
    }

    /** A tensor of integer indices, stored as doubles, of the given shape. */
    static Tensor indexTensor(int[] k, int... shape) {
        double[] d = new double[k.length];
        for (int i = 0; i < k.length; i++) d[i] = k[i];
        return Tensor.of(d, shape);
    }
}
