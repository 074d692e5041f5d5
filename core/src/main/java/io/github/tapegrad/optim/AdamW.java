package io.github.tapegrad.optim;

import io.github.tapegrad.Tensor;
import java.util.List;
import java.util.Map;

/**
 * Adam with decoupled weight decay, exactly as PyTorch 1.13's {@code torch.optim.AdamW}: the decay shrinks the
 * weights directly instead of entering the moment estimates. With the notation of {@link Adam}, one {@link #step()}
 * computes
 * <pre>
 * t ← t + 1
 * d ← g                         (d ← −g when maximize)
 * w ← w · (1 − η·λ)
 * m ← β₁·m + (1 − β₁)·d
 * v ← β₂·v + (1 − β₂)·d·d
 * v̂ ← max(v̂, v)                 (amsgrad; then v̂ replaces v below)
 * w ← w − (η / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)
 * </pre>
 * Options are {@link Adam.Options}, with PyTorch's AdamW default weight decay λ = 1e-2. Pinned against PyTorch by
 * {@code OptimizerTrajectoryTest} cases {@code adamw_*}.
 */
public final class AdamW extends Optimizer {
    /**
     * AdamW over one group of parameters.
     *
     * @param params the parameters: leaves that require grad
     * @param options the options, copied
     * @throws IllegalArgumentException for bad parameters or options (see {@link Optimizer})
     */
    public AdamW(List<Tensor> params, Adam.Options options) {
        this(single(params, options));
    }

    /**
     * AdamW over several parameter groups, each with its own {@link Adam.Options}.
     *
     * @param groups the parameter groups
     * @throws IllegalArgumentException for bad parameters or options (see {@link Optimizer})
     */
    public AdamW(List<ParamGroup> groups) {
        super(groups, Adam.Options.class);
    }

    /**
     * PyTorch's defaults: lr 1e-3, betas (0.9, 0.999), eps 1e-8, weight decay 1e-2, no amsgrad.
     *
     * @return new options with PyTorch's AdamW defaults
     */
    public static Adam.Options options() {
        return new Adam.Options("AdamW", 1e-2);
    }

    @Override
    protected void update(Tensor w, Tensor grad, ParamGroup group, Map<String, Tensor> state) {
        Adam.Options o = (Adam.Options) group.options();
        AdamStep.apply(w, grad, group.lr(), o, state, 0, 1 - group.lr() * o.weightDecay());
    }
}
