package io.github.tapegrad.losses;

import io.github.tapegrad.Tensor;

/** The regression losses on a linear output: L1, MSE, Huber, smooth L1, RMSE and ½·Σ(ŷ − y)². */
final class RegressionLosses {
    private RegressionLosses() {}

    /** ℓᵢ = |xᵢ − yᵢ|; the gradient at xᵢ = yᵢ is 0. */
    static Tensor l1Loss(Tensor input, Tensor target, Reduction r) {
        Checks.sameShape("l1Loss", input, target, "target");
        return Checks.reduction("l1Loss", r).apply(input.sub(target).abs(), "l1Loss");
    }

    /** ℓᵢ = (xᵢ − yᵢ)². */
    static Tensor mseLoss(Tensor input, Tensor target, Reduction r) {
        Checks.sameShape("mseLoss", input, target, "target");
        return Checks.reduction("mseLoss", r).apply(input.sub(target).square(), "mseLoss");
    }

    /** ℓᵢ = ½·dᵢ² for |dᵢ| &lt; δ, else δ·(|dᵢ| − ½·δ), with dᵢ = xᵢ − yᵢ. */
    static Tensor huberLoss(Tensor input, Tensor target, HuberLossOptions o) {
        Checks.sameShape("huberLoss", input, target, "target");
        double delta = o.delta();
        Tensor d = input.sub(target);
        Tensor elements = threeBranches(d, delta, d.neg().sub(0.5 * delta).mul(delta), d.sub(0.5 * delta).mul(delta),
                d.square().mul(0.5));
        return o.reduction().apply(elements, "huberLoss");
    }

    /** ℓᵢ = ½·dᵢ²/β for |dᵢ| &lt; β, else |dᵢ| − ½·β, with dᵢ = xᵢ − yᵢ; β = 0 is the L1 loss. */
    static Tensor smoothL1Loss(Tensor input, Tensor target, SmoothL1LossOptions o) {
        Checks.sameShape("smoothL1Loss", input, target, "target");
        double beta = o.beta();
        Tensor d = input.sub(target);
        // NOTE: with β = 0 the quadratic branch would be d²/0, whose zero upstream gradient still gives 0/0 = NaN
        // through where; the branch is never taken then (|d| only matters for NaN d). Pinned by the smoothl1_beta0
        // fixture cases of BasicConformanceTest.
        Tensor quadratic = beta == 0 ? d.abs() : d.square().mul(0.5).div(beta);
        Tensor elements = threeBranches(d, beta, d.neg().sub(0.5 * beta), d.sub(0.5 * beta), quadratic);
        return o.reduction().apply(elements, "smoothL1Loss");
    }

    /**
     * d ≤ −t ? low : d ≥ t ? high : middle. NOTE: the closed comparisons are PyTorch's backward branches, so the
     * gradient at d = 0 with t = 0 is −1, as PyTorch's smooth_l1_loss with beta = 0 (BasicConformanceTest,
     * smoothl1_beta0 cases).
     */
    private static Tensor threeBranches(Tensor d, double t, Tensor low, Tensor high, Tensor middle) {
        return Tensor.where(d.le(-t), low, Tensor.where(d.ge(t), high, middle));
    }

    /** √(1/N · Σ(xᵢ − yᵢ)²), with gradient 0 at a perfect fit. */
    static Tensor rmse(Tensor input, Tensor target) {
        Checks.sameShape("rmse", input, target, "target");
        Tensor meanSquare = input.sub(target).square().mean();
        // NOTE: √s has an infinite slope at s = 0, and ∞ · 0 = NaN; we mask the root's input and give the
        // subgradient 0 at a perfect fit, as Tensor.norm does (BasicConformanceTest, rmse_zero case).
        Tensor zero = meanSquare.eq(0);
        return Tensor.where(zero, 0.0, Tensor.where(zero, 1.0, meanSquare).sqrt());
    }

    /** ½·Σᵢ(xᵢ − yᵢ)²: its gradient is exactly x − y. */
    static Tensor halfSumOfSquares(Tensor input, Tensor target) {
        Checks.sameShape("halfSumOfSquares", input, target, "target");
        return input.sub(target).square().sum().mul(0.5);
    }
}
