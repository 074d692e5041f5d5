package io.github.tapegrad.losses;

import io.github.tapegrad.Tensor;

/**
 * The Keras regression losses (Keras 2 formulas, epsilon 1e-7). Keras averages over the last axis and then over
 * the batch; the reductions here act on the element-wise values, so MEAN equals Keras' default value.
 */
final class KerasLosses {
    /** Keras' {@code backend.epsilon()}. */
    static final double EPSILON = 1e-7;

    private KerasLosses() {}

    /** ℓᵢ = (log(1 + max(xᵢ, ε)) − log(1 + max(yᵢ, ε)))². */
    static Tensor msle(Tensor input, Tensor target, Reduction r) {
        Checks.sameShape("msle", input, target, "target");
        Tensor d = input.clampMin(EPSILON).log1p().sub(target.clampMin(EPSILON).log1p());
        return Checks.reduction("msle", r).apply(d.square(), "msle");
    }

    /** ℓᵢ = 100·|yᵢ − xᵢ| / max(|yᵢ|, ε). */
    static Tensor mape(Tensor input, Tensor target, Reduction r) {
        Checks.sameShape("mape", input, target, "target");
        Tensor e = target.sub(input).div(target.abs().clampMin(EPSILON)).abs().mul(100);
        return Checks.reduction("mape", r).apply(e, "mape");
    }

    /** ℓᵢ = log cosh(dᵢ) = dᵢ + softplus(−2·dᵢ) − log 2, with dᵢ = xᵢ − yᵢ: finite for any finite dᵢ. */
    static Tensor logCosh(Tensor input, Tensor target, Reduction r) {
        Checks.sameShape("logCosh", input, target, "target");
        Tensor d = input.sub(target);
        Tensor e = d.add(d.mul(-2).softplus()).sub(Math.log(2));
        return Checks.reduction("logCosh", r).apply(e, "logCosh");
    }

    /** ℓᵢ = xᵢ − yᵢ·log(xᵢ + ε), Keras' poisson on a rate xᵢ ≥ 0. */
    static Tensor poisson(Tensor input, Tensor target, Reduction r) {
        Checks.sameShape("poisson", input, target, "target");
        Tensor e = input.sub(target.mul(input.add(EPSILON).log()));
        return Checks.reduction("poisson", r).apply(e, "poisson");
    }
}
