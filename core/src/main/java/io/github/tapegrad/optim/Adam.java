package io.github.tapegrad.optim;

import io.github.tapegrad.Tensor;
import java.util.List;
import java.util.Map;

/**
 * Adam with bias correction, optional AMSGrad and L2 weight decay, exactly as PyTorch 1.13's {@code torch.optim.Adam}.
 * For a parameter w with gradient g, learning rate η, betas (β₁, β₂), ε and weight decay λ, one {@link #step()}
 * computes
 * <pre>
 * t ← t + 1
 * d ← g                         (d ← −g when maximize)
 * d ← d + λ·w                   (when λ ≠ 0: the decay is added to the gradient, unlike {@link AdamW})
 * m ← β₁·m + (1 − β₁)·d
 * v ← β₂·v + (1 − β₂)·d·d
 * v̂ ← max(v̂, v)                 (amsgrad; then v̂ replaces v below)
 * w ← w − (η / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)
 * </pre>
 * m, v, v̂ and t start at 0 and are the state entries {@code expAvg}, {@code expAvgSq}, {@code maxExpAvgSq} and
 * {@code step}. Pinned against PyTorch by {@code OptimizerTrajectoryTest} cases {@code adam_*}.
 */
public final class Adam extends Optimizer {
    /**
     * Adam over one group of parameters.
     *
     * @param params the parameters: leaves that require grad
     * @param options the options, copied
     * @throws IllegalArgumentException for bad parameters or options (see {@link Optimizer})
     */
    public Adam(List<Tensor> params, Options options) {
        this(single(params, options));
    }

    /**
     * Adam over several parameter groups, each with its own {@link Options}.
     *
     * @param groups the parameter groups
     * @throws IllegalArgumentException for bad parameters or options (see {@link Optimizer})
     */
    public Adam(List<ParamGroup> groups) {
        super(groups, Options.class);
    }

    /**
     * PyTorch's defaults: lr 1e-3, betas (0.9, 0.999), eps 1e-8, no weight decay, no amsgrad.
     *
     * @return new options with PyTorch's defaults
     */
    public static Options options() {
        return new Options("Adam", 0);
    }

    @Override
    protected void update(Tensor w, Tensor grad, ParamGroup group, Map<String, Tensor> state) {
        Options o = (Options) group.options();
        AdamStep.apply(w, grad, group.lr(), o, state, o.weightDecay(), 1);
    }

    /** The hyper-parameters of {@link Adam} and {@link AdamW}; setters check their value and return this. */
    public static final class Options extends CommonOptions<Options> {
        private double beta1 = 0.9;
        private double beta2 = 0.999;
        private double eps = 1e-8;
        private boolean amsgrad;

        Options(String optimizer, double weightDecay) {
            super(optimizer, 1e-3, weightDecay, "1e-2");
        }

        /**
         * Sets the decay rates (β₁, β₂) of the moment estimates, each in [0, 1).
         *
         * @param beta1 β₁, the decay of the first moment m
         * @param beta2 β₂, the decay of the second moment v
         * @return this
         * @throws IllegalArgumentException naming the beta outside [0, 1)
         */
        public Options betas(double beta1, double beta2) {
            Checks.unitInterval(optimizer(), "betas[0]", beta1, "use a value such as 0.9");
            Checks.unitInterval(optimizer(), "betas[1]", beta2, "use a value such as 0.999");
            this.beta1 = beta1;
            this.beta2 = beta2;
            return this;
        }

        /**
         * Sets ε ≥ 0, added to the denominator.
         *
         * @param eps ε
         * @return this
         */
        public Options eps(double eps) {
            this.eps = Checks.nonNegative(optimizer(), "eps", eps, "use a small value such as 1e-8");
            return this;
        }

        /**
         * Turns AMSGrad (the running maximum of v) on or off.
         *
         * @param amsgrad true for AMSGrad
         * @return this
         */
        public Options amsgrad(boolean amsgrad) {
            this.amsgrad = amsgrad;
            return this;
        }

        /**
         * β₁.
         *
         * @return β₁
         */
        public double beta1() {
            return beta1;
        }

        /**
         * β₂.
         *
         * @return β₂
         */
        public double beta2() {
            return beta2;
        }

        /**
         * ε.
         *
         * @return ε
         */
        public double eps() {
            return eps;
        }

        /**
         * Whether AMSGrad is on.
         *
         * @return true when AMSGrad is on
         */
        public boolean amsgrad() {
            return amsgrad;
        }

        @Override
        public Options copy() {
            Options c = copyCommonInto(new Options(optimizer(), weightDecay()));
            c.beta1 = beta1;
            c.beta2 = beta2;
            c.eps = eps;
            c.amsgrad = amsgrad;
            return c;
        }

        /** {@code lr=…, betas=(…, …), eps=…, weightDecay=…, amsgrad=…, maximize=…}. */
        @Override
        public String toString() {
            return "lr=" + lr() + ", betas=(" + beta1 + ", " + beta2 + "), eps=" + eps + ", weightDecay=" + weightDecay()
                    + ", amsgrad=" + amsgrad + ", maximize=" + maximize();
        }
    }
}
