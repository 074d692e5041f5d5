package io.github.tapegrad.losses;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import java.util.Arrays;
import java.util.Objects;

/**
 * Class-index targets of crossEntropy and nllLoss: PyTorch's shape rules (input (C), (N, C) or (N, C, d₁, …, d_K);
 * target (), (N) or (N, d₁, …, d_K)), the index checks, and the per-sample pick xᵢ,yᵢ. Indices are doubles holding
 * whole numbers; {@code ignoreIndex} marks samples that are skipped.
 */
final class ClassTargets {
    private ClassTargets() {}

    /** The class dimension: 0 for a single sample (C), else 1. */
    static int classAxis(Tensor input) {
        return input.dim() == 1 ? 0 : 1;
    }

    /** Non-null input and target, an input with at least one class, and a per-class weight (or null) that fits. */
    static void checkInputs(String loss, Tensor input, Tensor target, Tensor weight) {
        Objects.requireNonNull(input, () -> loss + ": input is null");
        Objects.requireNonNull(target, () -> loss + ": target is null");
        checkInput(loss, input);
        checkWeight(loss, weight, input);
    }

    private static void checkInput(String loss, Tensor input) {
        if (input.dim() == 0) {
            throw new IllegalArgumentException(loss + ": input has shape () but needs a class dimension: (C), (N, C) or "
                    + "(N, C, d1, ..., dK); reshape one sample's scores to (C), e.g. input.reshape(1)");
        }
        if (input.size(classAxis(input)) == 0) {
            throw new IllegalArgumentException(loss + ": input shape " + input.shape() + " has no classes (dimension "
                    + classAxis(input) + " is 0); give at least one class");
        }
    }

    /** The target shape that class indices need: the input's without the class dimension. */
    static Shape indexShape(Tensor input) {
        int[] d = input.shape().toArray(), out = new int[d.length - 1];
        int ca = classAxis(input);
        for (int i = 0, k = 0; i < d.length; i++) if (i != ca) out[k++] = d[i];
        return Shape.of(out);
    }

    /** Checks the target's shape against the input's; the text mentions probability targets when they are allowed. */
    static void checkShape(String loss, Tensor input, Tensor target, boolean probabilitiesAllowed) {
        Shape want = indexShape(input), got = target.shape();
        if (want.equals(got)) return;
        String fix = want.size() == got.size() ? "reshape it with target.reshape" + want : "give a target of shape " + want;
        if (want.rank() != got.rank()) {
            String fits = probabilitiesAllowed
                    ? "fits neither class indices of shape " + want + " nor probabilities of shape " + input.shape()
                    : "does not fit class indices of shape " + want;
            throw new IllegalArgumentException(loss + ": target shape " + got + " " + fits + " for input shape "
                    + input.shape() + "; " + fix);
        }
        int j = Checks.firstDifference(want, got), inputDim = j < classAxis(input) ? j : j + 1;
        String role = j == 0 ? ", the batch size" : "";
        throw new IllegalArgumentException(loss + ": target shape " + got + " does not match input shape " + input.shape()
                + " at target dimension " + j + " (" + got.get(j) + " vs input dimension " + inputDim + " of size "
                + want.get(j) + role + "); give a target of shape " + want + ", one class index per sample");
    }

    /** Checks a per-class weight against the number of classes. */
    private static void checkWeight(String loss, Tensor weight, Tensor input) {
        int c = input.size(classAxis(input));
        if (weight != null && weight.size() != c) {
            throw new IllegalArgumentException(loss + ": weight has shape " + weight.shape() + " but the input (shape "
                    + input.shape() + ") has " + c + " classes; give one weight per class: shape (" + c + ")");
        }
    }

    /**
     * Every target is ignoreIndex or a whole number in [0, C), C the input's class count; true when some sample is
     * ignored. The error text mentions probability targets when they are allowed.
     */
    static boolean checkIndices(String loss, Tensor input, Tensor target, int ignoreIndex, boolean probabilitiesAllowed) {
        int numClasses = input.size(classAxis(input));
        double[] v = target.toArray();
        boolean ignored = false;
        for (int f = 0; f < v.length; f++) {
            if (v[f] == ignoreIndex) {
                ignored = true;
            } else if (!(v[f] >= 0 && v[f] < numClasses && v[f] == (int) v[f])) {
                String otherForm = probabilitiesAllowed ? ", or probabilities of the input's shape " + input.shape() : "";
                throw badIndex(loss, v[f], position(target.shape(), f), numClasses, ignoreIndex, otherForm);
            }
        }
        return ignored;
    }

    private static IllegalArgumentException badIndex(String loss, double v, String at, int numClasses, int ignoreIndex,
                                                     String otherForm) {
        if (v != Math.rint(v)) {
            return new IllegalArgumentException(loss + ": target " + v + " (" + at + ") is not a whole number; give "
                    + "class indices 0.." + (numClasses - 1) + otherForm);
        }
        String what = v < 0 ? " is negative and not the ignoreIndex " + ignoreIndex : " is out of bounds for " + numClasses + " classes";
        return new IllegalArgumentException(loss + ": target " + (long) v + what + " (" + at
                + "); use class indices 0.." + (numClasses - 1) + ", or the ignoreIndex to skip a sample");
    }

    private static String position(Shape s, int flat) {
        if (s.rank() == 0) return "the only sample";
        if (s.rank() == 1) return "sample " + flat;
        int[] idx = new int[s.rank()];
        for (int d = s.rank() - 1; d >= 0; d--) {
            idx[d] = flat % s.get(d);
            flat /= s.get(d);
        }
        return "target index " + Arrays.toString(idx).replace('[', '(').replace(']', ')');
    }

    /** 1 where the sample counts, 0 where its target is ignoreIndex; a constant. */
    static Tensor kept(Tensor target, int ignoreIndex) {
        return target.ne(ignoreIndex);
    }

    /** The targets with ignored samples pointing at class 0, so that every index is valid for gather. */
    static Tensor safe(Tensor target, Tensor kept) {
        return Tensor.where(kept, target.detach(), 0.0);
    }

    /** xᵢ,yᵢ: each sample's entry of its target class. */
    static Tensor pick(Tensor input, Tensor safeTarget) {
        return pickKeepingClassAxis(input, safeTarget).squeeze(classAxis(input));
    }

    /** xᵢ,yᵢ with the class dimension kept (size 1), for reductions over every sample. */
    static Tensor pickKeepingClassAxis(Tensor input, Tensor safeTarget) {
        int ca = classAxis(input);
        return input.gather(ca, safeTarget.unsqueeze(ca));
    }

    /** w_yᵢ for kept samples and 0 for ignored ones (w = 1 without a weight). */
    static Tensor sampleWeights(Tensor weight, Tensor safeTarget, Tensor kept) {
        if (weight == null) return kept;
        Tensor w = weight.gather(0, safeTarget.reshape(-1)).reshape(safeTarget.shape().toArray());
        return Tensor.where(kept, w, 0.0);
    }

    /** The per-class weight shaped to broadcast along the input's class dimension: (C) or (1, C, 1, …, 1). */
    static Tensor weightAlongClasses(Tensor weight, Tensor input) {
        if (input.dim() == 1) return weight;
        int[] d = new int[input.dim()];
        Arrays.fill(d, 1);
        d[1] = weight.size();
        return weight.reshape(d);
    }
}
