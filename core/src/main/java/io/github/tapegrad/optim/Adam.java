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
     * @throws IllegalArgumentException for bad parameters or options (see {@link Optimizer})
     */
    public Adam(List<Tensor> params, Options options) {
        this(single(params, options));
    }

    /**
     * Adam over several parameter groups, each with its own {@link Options}.
     *
     * @throws IllegalArgumentException for bad parameters or options (see {@link Optimizer})
     */
    public Adam(List<ParamGroup> groups) {
        super(groups, Options.class);
    }

    /** PyTorch's defaults: lr 1e-3, betas (0.9, 0.999), eps 1e-8, no weight decay, no amsgrad. */
    public static Options options() {
        return new Options("Adam", 0);
    }

    @Override
    protected void update(Tensor w, Tensor grad, ParamGroup group, Map<String, Tensor> state) {
        Options o = (Options) group.options();
        double t = Updates.incrementStep(state);
        Tensor d = Updates.direction(w, grad, o.maximize(), o.weightDecay());
        AdamStep.apply(w, d, t, group.lr(), o, state);
    }

    /** The hyper-parameters of {@link Adam} and {@link AdamW}; setters check their value and return this. */
    public static final class Options extends OptimizerOptions {
        private double beta1 = 0.9;
        private double beta2 = 0.999;
        private double eps = 1e-8;
        private double weightDecay;
        private boolean amsgrad;
        private boolean maximize;

        Options(String optimizer, double weightDecay) {
            super(optimizer, 1e-3);
            this.weightDecay = weightDecay;
        }

        @Override
        public Options lr(double lr) {
            super.lr(lr);
            return this;
        }

        /**
         * Sets the decay rates (β₁, β₂) of the moment estimates, each in [0, 1).
         *
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

        /** Sets ε ≥ 0, added to the denominator. @return this */
        public Options eps(double eps) {
            this.eps = Checks.nonNegative(optimizer(), "eps", eps, "use a small value such as 1e-8");
            return this;
        }

        /** Sets the weight decay λ ≥ 0. @return this */
        public Options weightDecay(double weightDecay) {
            this.weightDecay = Checks.nonNegative(optimizer(), "weightDecay", weightDecay, "use a decay such as 1e-2, or 0");
            return this;
        }

        /** Turns AMSGrad (the running maximum of v) on or off. @return this */
        public Options amsgrad(boolean amsgrad) {
            this.amsgrad = amsgrad;
            return this;
        }

        /** Maximizes the objective instead of minimizing it. @return this */
        public Options maximize(boolean maximize) {
            this.maximize = maximize;
            return this;
        }

        /** β₁. */
        public double beta1() {
            return beta1;
        }

        /** β₂. */
        public double beta2() {
            return beta2;
        }

        /** ε. */
        public double eps() {
            return eps;
        }

        /** The weight decay λ. */
        public double weightDecay() {
            return weightDecay;
        }

        /** Whether AMSGrad is on. */
        public boolean amsgrad() {
            return amsgrad;
        }

        /** Whether the objective is maximized. */
        public boolean maximize() {
            return maximize;
        }

        @Override
        public Options copy() {
            Options c = new Options(optimizer(), weightDecay);
            c.copyLr(this);
            c.beta1 = beta1;
            c.beta2 = beta2;
            c.eps = eps;
            c.amsgrad = amsgrad;
            c.maximize = maximize;
            return c;
        }

        /** {@code lr=…, betas=(…, …), eps=…, weightDecay=…, amsgrad=…, maximize=…}. */
        @Override
        public String toString() {
            return "lr=" + lr() + ", betas=(" + beta1 + ", " + beta2 + "), eps=" + eps + ", weightDecay=" + weightDecay
                    + ", amsgrad=" + amsgrad + ", maximize=" + maximize;
        }
    }
}
