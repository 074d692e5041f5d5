package io.github.tapegrad.losses;

import io.github.tapegrad.Tensor;

/** Binary (per-element) classification losses: BCE on probabilities, BCE on logits, and the sigmoid focal loss. */
final class BinaryLosses {
    /**
     * PyTorch's floor on x·(1 − x) in BCE's gradient: the C++ {@code float} constant 1e-12, i.e. 9.999999960041972e-13.
     */
    static final double BCE_GRADIENT_FLOOR = (double) 1e-12f;

    private BinaryLosses() {}

    /**
     * ℓᵢ = −wᵢ·(yᵢ·max(log xᵢ, −100) + (1 − yᵢ)·max(log(1 − xᵢ), −100)), with PyTorch's gradient
     * wᵢ·(xᵢ − yᵢ) / max(xᵢ·(1 − xᵢ), 1e-12).
     */
    static Tensor binaryCrossEntropy(Tensor input, Tensor target, BinaryCrossEntropyOptions o) {
        String loss = "binaryCrossEntropy";
        Checks.sameShape(loss, input, target, "target");
        Checks.broadcastsToInput(loss, "weight", o.weight(), input);
        Checks.probabilities(loss, input);
        Tensor inside = input.rsub(1).mul(input).ge(BCE_GRADIENT_FLOOR);
        Tensor x = Tensor.where(inside, input, 0.5);
        Tensor exact = target.mul(x.log()).add(target.rsub(1).mul(x.rsub(1).log())).neg();
        Tensor elements = Tensor.where(inside, exact, saturated(input, target));
        return o.reduction().apply(weighted(elements, o.weight()), loss);
    }

    /**
     * Where x·(1 − x) &lt; 1e-12 (x within about 1e-12 of 0 or 1): the clamped value, with the gradient (x − y)/1e-12
     * for x and log(1 − x) − log x, unclamped (±∞ at x ∈ {0, 1}), for y.
     * NOTE: PyTorch's BCE backward is not the derivative of its clamped forward (which is 0 where the log is clamped
     * and ±∞ at x ∈ {0, 1}); it floors the denominator x·(1 − x) instead. No composition has both that value and
     * that gradient, so this branch is value.detach() + s − s.detach() with s = (x − y)²/(2·1e-12), whose tape
     * gradient is PyTorch's, plus a term of value 0 for y's gradient (BasicConformanceTest, bce_saturated cases).
     */
    private static Tensor saturated(Tensor input, Tensor target) {
        Tensor x = input.detach(), y = target.detach();
        Tensor logX = x.log(), log1mX = x.rsub(1).log();
        Tensor value = y.sub(1).mul(log1mX.clampMin(-100)).sub(y.mul(logX.clampMin(-100)));
        Tensor s = input.sub(y).square().div(2 * BCE_GRADIENT_FLOOR);
        Tensor elements = value.add(s.sub(s.detach()));
        return target.requiresGrad() ? elements.add(zeroWithGradient(target, log1mX.sub(logX))) : elements;
    }

    /**
     * A term whose value is 0 and whose gradient with respect to y is c, infinite entries included:
     * (y − y.detach())·c′·k with c′ = c clamped to ±Double.MAX_VALUE and k = Double.MAX_VALUE where c is infinite
     * (else 1). Forward, 0·c′·k is 0; backward, g·k·c′ overflows to ±∞ where c is, for any g above 1/MAX_VALUE.
     */
    private static Tensor zeroWithGradient(Tensor y, Tensor c) {
        Tensor k = Tensor.where(c.abs().eq(Double.POSITIVE_INFINITY), Tensor.scalar(Double.MAX_VALUE), 1.0);
        return y.sub(y.detach()).mul(c.clamp(-Double.MAX_VALUE, Double.MAX_VALUE)).mul(k);
    }

    /**
     * ℓᵢ = wᵢ·(pᵢ·yᵢ·softplus(−xᵢ) + (1 − yᵢ)·softplus(xᵢ)) = −wᵢ·(pᵢ·yᵢ·log σ(xᵢ) + (1 − yᵢ)·log(1 − σ(xᵢ))),
     * whose gradient is wᵢ·(σ(xᵢ) − yᵢ) for p = 1, exact at every x (0 included) and finite for any finite x.
     */
    static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target, BinaryCrossEntropyWithLogitsOptions o) {
        String loss = "binaryCrossEntropyWithLogits";
        Checks.sameShape(loss, input, target, "target");
        Checks.broadcastsToInput(loss, "weight", o.weight(), input);
        Checks.broadcastsToInput(loss, "posWeight", o.posWeight(), input);
        Tensor elements = logitTerms(input, target, o.posWeight());
        return o.reduction().apply(weighted(elements, o.weight()), loss);
    }

    private static Tensor logitTerms(Tensor x, Tensor y, Tensor posWeight) {
        Tensor positive = y.mul(x.neg().softplus());
        if (posWeight != null) positive = positive.mul(posWeight);
        return positive.add(y.rsub(1).mul(x.softplus()));
    }

    /**
     * ℓᵢ = αₜ·(1 − pₜ)^γ·BCE(xᵢ, yᵢ) on logits, with p = σ(x), pₜ = p·y + (1 − p)·(1 − y) and
     * αₜ = α·y + (1 − α)·(1 − y) (no αₜ for α &lt; 0): torchvision's sigmoid_focal_loss.
     */
    static Tensor focalLoss(Tensor input, Tensor target, FocalLossOptions o) {
        Checks.sameShape("focalLoss", input, target, "target");
        Tensor p = input.sigmoid();
        Tensor pt = p.mul(target).add(p.rsub(1).mul(target.rsub(1)));
        Tensor elements = logitTerms(input, target, null).mul(pt.rsub(1).pow(o.gamma()));
        if (o.alpha() >= 0) {
            elements = target.mul(o.alpha()).add(target.rsub(1).mul(1 - o.alpha())).mul(elements);
        }
        return o.reduction().apply(elements, "focalLoss");
    }

    private static Tensor weighted(Tensor elements, Tensor weight) {
        return weight == null ? elements : elements.mul(weight);
    }
}
