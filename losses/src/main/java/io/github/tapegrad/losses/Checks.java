package io.github.tapegrad.losses;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import java.util.Objects;

/**
 * Argument checks shared by the losses. Every message names the loss, shows shapes as {@link Shape#toString()}
 * prints them, says which dimension or value is wrong, and ends with one concrete fix.
 */
final class Checks {
    private Checks() {}

    /** Rejects a target (or other second tensor) whose shape differs from the input's: losses never broadcast. */
    static void sameShape(String loss, Tensor input, Tensor other, String otherName) {
        Objects.requireNonNull(input, () -> loss + ": input is null");
        Objects.requireNonNull(other, () -> loss + ": " + otherName + " is null");
        Shape a = input.shape(), b = other.shape();
        if (a.equals(b)) return;
        int d = firstDifference(a, b);
        String where = a.rank() != b.rank()
                ? " (" + b.rank() + " dimensions vs " + a.rank() + ")"
                : " at dimension " + d + " (" + b.get(d) + " vs " + a.get(d) + ")";
        String fix = a.size() == b.size()
                ? "reshape it with " + otherName + ".reshape" + a
                : "give a " + otherName + " of shape " + a;
        throw new IllegalArgumentException(loss + ": " + otherName + " shape " + b + " differs from input shape " + a
                + where + "; losses do not broadcast: " + fix);
    }

    static int firstDifference(Shape a, Shape b) {
        for (int i = 0; i < Math.min(a.rank(), b.rank()); i++) if (a.get(i) != b.get(i)) return i;
        return Math.min(a.rank(), b.rank());
    }

    /** Non-null options; the text names the {@code defaults()} to use. */
    static <T> T options(T options, String loss, String type) {
        return Objects.requireNonNull(options, () -> loss + ": options is null; use " + type + ".defaults()");
    }

    /** Rejects null and BATCHMEAN (which only klDiv accepts). */
    static Reduction reduction(String loss, Reduction r) {
        Objects.requireNonNull(r, () -> loss + ": reduction is null; use Reduction.MEAN (PyTorch's default)");
        if (r == Reduction.BATCHMEAN) {
            throw new IllegalArgumentException(loss + ": reduction BATCHMEAN is only defined for klDiv; use MEAN, SUM or NONE");
        }
        return r;
    }

    /** Rejects NaN, infinite and non-positive values of a scalar option. */
    static double positive(String loss, String name, double v, String fix) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(loss + ": " + name + " must be positive and finite, got " + v + "; " + fix);
        }
        return v;
    }

    /** Rejects NaN, infinite and negative values of a scalar option. */
    static double nonNegative(String loss, String name, double v, String fix) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(loss + ": " + name + " must be >= 0 and finite, got " + v + "; " + fix);
        }
        return v;
    }

    /** A 1-D per-class weight (or null), as the options records accept it. */
    static Tensor classWeight(String loss, Tensor weight) {
        if (weight != null && weight.dim() != 1) {
            throw new IllegalArgumentException(loss + ": weight has shape " + weight.shape()
                    + " but must be 1-D with one weight per class; pass a tensor of shape (C), e.g. weight.reshape(-1)");
        }
        return weight;
    }

    /** A weight (or null) that must broadcast to the input's shape, as PyTorch repeats it. */
    static void broadcastsToInput(String loss, String name, Tensor weight, Tensor input) {
        if (weight != null && !weight.shape().broadcastsTo(input.shape())) {
            throw new IllegalArgumentException(loss + ": " + name + " shape " + weight.shape()
                    + " does not broadcast to input shape " + input.shape() + "; give a " + name + " of shape "
                    + input.shape() + " or one that broadcasts to it (sizes equal or 1, aligned at the last dimension)");
        }
    }

    /** PyTorch's check for binaryCrossEntropy: every input value in [0, 1] (NaN fails). */
    static void probabilities(String loss, Tensor input) {
        double[] v = input.toArray();
        for (int i = 0; i < v.length; i++) {
            if (!(v[i] >= 0 && v[i] <= 1)) {
                throw new IllegalArgumentException(loss + ": input value " + v[i] + " at flat index " + i
                        + " (input shape " + input.shape() + ") is not a probability in [0, 1]; pass probabilities "
                        + "(e.g. logits.sigmoid()), or use binaryCrossEntropyWithLogits on the logits");
            }
        }
    }

    /** Rejects a negative entry (NaN passes, as in PyTorch). */
    static void nonNegativeEntries(String loss, String name, Tensor t) {
        double[] v = t.toArray();
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0) {
                throw new IllegalArgumentException(loss + ": " + name + " has a negative entry " + v[i] + " at flat index "
                        + i + " (" + name + " shape " + t.shape() + "); variances must be >= 0: pass e.g. "
                        + name + ".exp() or a softplus of the raw output");
            }
        }
    }
}
