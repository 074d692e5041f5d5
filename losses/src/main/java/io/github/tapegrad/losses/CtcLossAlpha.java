package io.github.tapegrad.losses;

import io.github.tapegrad.Tensor;

/**
 * The CTC forward (alpha) recursion in log space, written with tensor ops over the whole batch so that the tape
 * differentiates it: log αₜ(s) = logsumexp(log αₜ₋₁(s), log αₜ₋₁(s − 1), log αₜ₋₁(s − 2) if l′ₛ ≠ l′ₛ₋₂) + log yₜ(l′ₛ).
 */
final class CtcLossAlpha {
    private static final double NEG_INF = Double.NEGATIVE_INFINITY;

    private CtcLossAlpha() {}

    /** −log p(l | x) per sample, (N), from (T, N, C) log-probabilities. */
    static Tensor negativeLogLikelihood(Tensor logProbs, CtcLossTargets targets, boolean zeroInfinity) {
        int t = logProbs.size(0), n = targets.batch(), width = targets.width();
        Tensor emissions = logProbs.gather(2, targets.extendedLabels().unsqueeze(0).expand(t, n, width));
        Tensor skip = targets.skipAllowed();
        Tensor alpha = targets.initialAlpha();
        for (int time = 0; time < targets.steps(); time++) {
            Tensor next = logSumExp(Tensor.stack(-1, alpha, shift(alpha, 1), Tensor.where(skip, shift(alpha, 2), NEG_INF)), true)
                    .add(emissions.select(0, time));
            alpha = Tensor.where(targets.running(time), next, alpha);
        }
        Tensor ends = Tensor.where(targets.finalStatesValid(), alpha.gather(1, targets.finalStates()), NEG_INF);
        // NOTE: without zeroInfinity the last logsumexp keeps log(0) for an impossible alignment, so its gradient is NaN
        // for every frame of that input, as PyTorch's; pinned by CtcLossConformanceTest (ctc_impossible_zifalse_*).
        return logSumExp(ends, zeroInfinity).neg();
    }

    /** αₜ₋₁(s − k): the states shifted right by k along the last axis, −∞ entering from the left. */
    private static Tensor shift(Tensor alpha, int k) {
        return alpha.pad(NEG_INF, k, 0).slice(-1, 0, alpha.size(-1));
    }

    /**
     * log Σ eˣ over the last axis, shifted by the detached max. Where every term is −∞ the result is −∞; when
     * {@code guarded} it is log(0 + 1) − ∞ there, so a finite upstream gradient meets e^−∞ = 0 (a zero gradient, not
     * 0/0), while a NaN upstream still passes back through the dead states.
     */
    static Tensor logSumExp(Tensor x, boolean guarded) {
        Tensor max = x.detach().max(-1, true);
        Tensor dead = max.eq(NEG_INF);
        Tensor shift = Tensor.where(dead, 0.0, max);
        Tensor sum = x.sub(shift).exp().sum(-1, true);
        Tensor out = guarded ? sum.add(dead).log().add(shift).add(Tensor.where(dead, NEG_INF, Tensor.zerosLike(dead)))
                : sum.log().add(shift);
        return out.squeeze(-1);
    }
}
