package io.github.tapegrad.optim;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Gradient clipping, as PyTorch's {@code torch.nn.utils.clip_grad_norm_} and {@code clip_grad_value_}: call it between
 * {@code backward()} and {@code optimizer.step()}. Parameters without a gradient are skipped.
 */
public final class GradClipping {
    private GradClipping() {}

    /**
     * Scales all gradients together so that their joint p-norm is at most {@code maxNorm}, and returns that norm before
     * scaling:
     * <pre>
     * N = ‖(‖g₁‖_p, ‖g₂‖_p, …)‖_p        (the p-norm of all gradients as one vector; p = ∞ takes the largest |gᵢ|)
     * c = min(maxNorm / (N + 1e-6), 1)
     * gᵢ ← c·gᵢ                          (always multiplied, also when c = 1)
     * </pre>
     * A non-finite N is not an error (PyTorch's default {@code error_if_nonfinite=False}): the gradients are scaled by
     * the resulting c. Gradients that are leaves are scaled in place; a gradient recorded with
     * {@code createGraph} is replaced by a scaled copy. Pinned by {@code OptimizerTrajectoryTest} cases
     * {@code clip_norm_*}.
     *
     * @param params the parameters whose gradients to clip (those without a gradient are skipped)
     * @param maxNorm the largest total norm allowed, ≥ 0
     * @param normType p: any p &gt; 0, or {@code Double.POSITIVE_INFINITY}
     * @return N, the total norm of the gradients before clipping (0 when no parameter has a gradient)
     * @throws IllegalArgumentException when maxNorm is negative or NaN, or p is not &gt; 0
     */
    public static double clipGradNorm(List<Tensor> params, double maxNorm, double normType) {
        Checks.nonNegative("clipGradNorm", "maxNorm", maxNorm, "pass the largest gradient norm to allow, e.g. 1.0");
        if (!(normType > 0)) {
            throw new IllegalArgumentException("clipGradNorm: normType is " + normType + " but must be > 0; use 2.0 "
                    + "(Euclidean), 1.0, or Double.POSITIVE_INFINITY (largest absolute value)");
        }
        List<Tensor> withGrad = withGrad(params, "clipGradNorm");
        if (withGrad.isEmpty()) return 0.0;
        double[] norms = new double[withGrad.size()];
        for (int i = 0; i < norms.length; i++) norms[i] = norm(withGrad.get(i).grad().toArray(), normType);
        double total = norm(norms, normType);
        double coef = Math.min(maxNorm / (total + 1e-6), 1.0);
        for (Tensor p : withGrad) scale(p, coef);
        return total;
    }

    /**
     * c = min(maxNorm / (‖g‖₂ + 1e-6), 1), gᵢ ← c·gᵢ: {@link #clipGradNorm(List, double, double)} with the Euclidean
     * norm (p = 2).
     *
     * @param params the parameters whose gradients to clip (those without a gradient are skipped)
     * @param maxNorm the largest total norm allowed, ≥ 0
     * @return the total Euclidean norm of the gradients before clipping
     */
    public static double clipGradNorm(List<Tensor> params, double maxNorm) {
        return clipGradNorm(params, maxNorm, 2.0);
    }

    /**
     * Clamps every gradient element to [−clipValue, clipValue] (NaN stays NaN): gᵢ ← min(max(gᵢ, −c), c).
     * Pinned by {@code OptimizerTrajectoryTest} case {@code clip_value}.
     *
     * @param params the parameters whose gradients to clip (those without a gradient are skipped)
     * @param clipValue the bound c ≥ 0
     * @throws IllegalArgumentException when clipValue is negative or NaN
     */
    public static void clipGradValue(List<Tensor> params, double clipValue) {
        double c = Checks.nonNegative("clipGradValue", "clipValue", clipValue,
                "pass the largest absolute gradient value to keep, e.g. 0.5");
        try (var g = Autograd.noGrad()) {
            for (Tensor p : withGrad(params, "clipGradValue")) ownGrad(p).applyInPlace(x -> x < -c ? -c : (x > c ? c : x));
        }
    }

    private static List<Tensor> withGrad(List<Tensor> params, String op) {
        Objects.requireNonNull(params, () -> op + ": the parameter list is null");
        List<Tensor> r = new ArrayList<>(params.size());
        for (Tensor p : params) {
            if (Objects.requireNonNull(p, () -> op + ": a parameter is null").grad() != null) r.add(p);
        }
        return r;
    }

    /** p's gradient as a leaf that can be changed in place (a copy replaces a recorded gradient). */
    private static Tensor ownGrad(Tensor p) {
        Tensor g = p.grad();
        if (g.isLeaf()) return g;
        Tensor copy = Updates.copy(g);
        p.setGrad(copy);
        return copy;
    }

    private static void scale(Tensor p, double coef) {
        try (var g = Autograd.noGrad()) {
            ownGrad(p).mulInPlace(coef);
        }
    }

    /** ‖x‖_p: √Σx² for p = 2, Σ|x| for p = 1, max|x| for p = ∞ (NaN propagates), (Σ|x|ᵖ)^(1/p) otherwise. */
    static double norm(double[] x, double p) {
        double s = 0;
        if (p == Double.POSITIVE_INFINITY) {
            for (double v : x) s = Math.max(s, Math.abs(v));
            return s;
        }
        if (p == 2) {
            for (double v : x) s += v * v;
            return Math.sqrt(s);
        }
        if (p == 1) {
            for (double v : x) s += Math.abs(v);
            return s;
        }
        for (double v : x) s += Math.pow(Math.abs(v), p);
        return Math.pow(s, 1 / p);
    }
}
