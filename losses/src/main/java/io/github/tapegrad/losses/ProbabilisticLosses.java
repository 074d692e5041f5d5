package io.github.tapegrad.losses;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import java.util.Arrays;

/** Losses between distributions: KL divergence and the Poisson and Gaussian negative log-likelihoods. */
final class ProbabilisticLosses {
    private ProbabilisticLosses() {}

    /** ℓᵢ = yᵢ·(log yᵢ − xᵢ) with 0·log 0 = 0, or e^yᵢ·(yᵢ − xᵢ) for log targets; x holds log-probabilities. */
    static Tensor klDiv(Tensor input, Tensor target, KlDivOptions o) {
        Checks.sameShape("klDiv", input, target, "target");
        Tensor elements = o.logTarget()
                ? target.exp().mul(target.sub(input))
                : xLogX(target).sub(target.mul(input));
        if (o.reduction() != Reduction.BATCHMEAN) return o.reduction().apply(elements, "klDiv");
        Tensor sum = elements.sum();
        return input.dim() == 0 ? sum : sum.div(input.size(0));
    }

    /** y·log y, 0 where y = 0 (PyTorch's xlogy(y, y)); the log sees 1 there, so no 0·∞ reaches the gradient. */
    private static Tensor xLogX(Tensor y) {
        Tensor zero = y.eq(0);
        return Tensor.where(zero, 0.0, y.mul(Tensor.where(zero, 1.0, y).log()));
    }

    /**
     * ℓᵢ = e^xᵢ − yᵢ·xᵢ (logInput), or xᵢ − yᵢ·log(xᵢ + eps); plus yᵢ·log yᵢ − yᵢ + ½·log(2π·yᵢ) where yᵢ &gt; 1
     * when full.
     */
    static Tensor poissonNllLoss(Tensor input, Tensor target, PoissonNllLossOptions o) {
        Checks.sameShape("poissonNllLoss", input, target, "target");
        Tensor elements = o.logInput()
                ? input.exp().sub(target.mul(input))
                : input.sub(target.mul(input.add(o.eps()).log()));
        if (o.full()) elements = elements.add(stirling(target));
        return o.reduction().apply(elements, "poissonNllLoss");
    }

    /** Stirling's term of log(y!) for y &gt; 1, and 0 for y ≤ 1, as PyTorch. */
    private static Tensor stirling(Tensor y) {
        Tensor big = y.gt(1);
        Tensor t = Tensor.where(big, y, 2.0);
        Tensor term = t.mul(t.log()).sub(t).add(t.mul(2 * Math.PI).log().mul(0.5));
        return Tensor.where(big, term, 0.0);
    }

    /**
     * ℓᵢ = ½·(log max(σ²ᵢ, eps) + (xᵢ − yᵢ)² / max(σ²ᵢ, eps)) (+ ½·log 2π when full), σ² of the input's shape,
     * of the input's shape without its last dimension, or with a last dimension of 1.
     */
    static Tensor gaussianNllLoss(Tensor input, Tensor target, Tensor var, GaussianNllLossOptions o) {
        String loss = "gaussianNllLoss";
        Checks.sameShape(loss, input, target, "target");
        Tensor v = varianceShape(input, var);
        Checks.nonNegativeEntries(loss, "var", var);
        v = clampStraightThrough(v, o.eps());
        Tensor elements = v.log().add(input.sub(target).square().div(v)).mul(0.5);
        if (o.full()) elements = elements.add(0.5 * Math.log(2 * Math.PI));
        return o.reduction().apply(elements, loss);
    }

    /**
     * max(σ², eps) in value, with the gradient passing to σ² unchanged even where clamped. NOTE: PyTorch 1.13 clamps a
     * clone of var in place under no_grad, so its gradient ignores the clamp; where(σ² &lt; eps, σ² − σ².detach() + eps,
     * σ²) is exactly eps in value and the identity in gradient (BasicConformanceTest, gaussian_clamped cases).
     */
    private static Tensor clampStraightThrough(Tensor var, double eps) {
        return Tensor.where(var.lt(eps), var.sub(var.detach()).add(eps), var);
    }

    /** PyTorch's accepted variance shapes, unsqueezed to broadcast against the input. */
    private static Tensor varianceShape(Tensor input, Tensor var) {
        java.util.Objects.requireNonNull(var, "gaussianNllLoss: var is null");
        Shape in = input.shape(), vs = var.shape();
        if (vs.equals(in)) return var;
        int[] lead = input.dim() == 0 ? null : Arrays.copyOf(in.toArray(), in.rank() - 1);
        if (lead != null && vs.equals(Shape.of(lead))) return var.unsqueeze(-1);
        if (lead != null && var.dim() == in.rank() && var.size(-1) == 1
                && Arrays.equals(Arrays.copyOf(vs.toArray(), vs.rank() - 1), lead)) {
            return var;
        }
        throw new IllegalArgumentException("gaussianNllLoss: var shape " + vs + " fits neither the input shape " + in
                + ", nor " + (lead == null ? "a shape one dimension shorter" : Shape.of(lead)) + " (one variance per row), nor "
                + (lead == null ? "a last dimension of 1" : withLastOne(lead)) + "; give var the input's shape " + in);
    }

    private static Shape withLastOne(int[] lead) {
        int[] d = Arrays.copyOf(lead, lead.length + 1);
        d[lead.length] = 1;
        return Shape.of(d);
    }
}
