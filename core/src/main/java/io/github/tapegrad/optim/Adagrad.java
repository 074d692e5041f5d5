package io.github.tapegrad.optim;

import io.github.tapegrad.Tensor;
import java.util.List;
import java.util.Map;

/**
 * Adagrad, exactly as PyTorch 1.13's {@code torch.optim.Adagrad} (dense gradients). For a parameter w with gradient g,
 * learning rate η, learning-rate decay δ, weight decay λ, initial accumulator value s₀ and ε, one {@link #step()}
 * computes
 * <pre>
 * t ← t + 1
 * d ← g                         (d ← −g when maximize)
 * d ← d + λ·w                   (when λ ≠ 0)
 * η_t ← η / (1 + (t − 1)·δ)
 * s ← s + d·d                   (s starts at s₀)
 * w ← w − η_t · d / (√s + ε)
 * </pre>
 * s and t are the state entries {@code sum} and {@code step}. Pinned against PyTorch by
 * {@code OptimizerTrajectoryTest} cases {@code adagrad_*}.
 */
public final class Adagrad extends Optimizer {
    /**
     * Adagrad over one group of parameters.
     *
     * @throws IllegalArgumentException for bad parameters or options (see {@link Optimizer})
     */
    public Adagrad(List<Tensor> params, Options options) {
        this(single(params, options));
    }

    /**
     * Adagrad over several parameter groups, each with its own {@link Options}.
     *
     * @throws IllegalArgumentException for bad parameters or options (see {@link Optimizer})
     */
    public Adagrad(List<ParamGroup> groups) {
        super(groups, Options.class);
    }

    /** PyTorch's defaults: lr 1e-2, no lr decay, no weight decay, initial accumulator 0, eps 1e-10. */
    public static Options options() {
        return new Options();
    }

    @Override
    protected void update(Tensor w, Tensor grad, ParamGroup group, Map<String, Tensor> state) {
        Options o = (Options) group.options();
        double t = Updates.incrementStep(state);
        Tensor d = Updates.direction(w, grad, o.maximize, o.weightDecay);
        double clr = group.lr() / (1 + (t - 1) * o.lrDecay);
        Tensor s = state.computeIfAbsent("sum", k -> Tensor.fullLike(w, o.initialAccumulatorValue));
        s.addcmulInPlace(d, d, 1);
        double eps = o.eps;
        Tensor std = Updates.copy(s).applyInPlace(x -> Math.sqrt(x) + eps);
        w.addcdivInPlace(d, std, -clr);
    }

    /** Adagrad's hyper-parameters; setters check their value and return this. */
    public static final class Options extends OptimizerOptions {
        private double lrDecay;
        private double weightDecay;
        private double initialAccumulatorValue;
        private double eps = 1e-10;
        private boolean maximize;

        private Options() {
            super("Adagrad", 1e-2);
        }

        @Override
        public Options lr(double lr) {
            super.lr(lr);
            return this;
        }

        /** Sets the learning-rate decay δ ≥ 0 (η_t = η / (1 + (t − 1)·δ)). @return this */
        public Options lrDecay(double lrDecay) {
            this.lrDecay = Checks.nonNegative("Adagrad", "lrDecay", lrDecay, "use a decay such as 1e-3, or 0");
            return this;
        }

        /** Sets the weight decay (L2 penalty) λ ≥ 0. @return this */
        public Options weightDecay(double weightDecay) {
            this.weightDecay = Checks.nonNegative("Adagrad", "weightDecay", weightDecay, "use a decay such as 1e-4, or 0");
            return this;
        }

        /** Sets the starting value s₀ ≥ 0 of the squared-gradient sum. @return this */
        public Options initialAccumulatorValue(double value) {
            this.initialAccumulatorValue = Checks.nonNegative("Adagrad", "initialAccumulatorValue", value,
                    "use 0 or a small positive value such as 0.1");
            return this;
        }

        /** Sets ε ≥ 0, added to the denominator. @return this */
        public Options eps(double eps) {
            this.eps = Checks.nonNegative("Adagrad", "eps", eps, "use a small value such as 1e-10");
            return this;
        }

        /** Maximizes the objective instead of minimizing it. @return this */
        public Options maximize(boolean maximize) {
            this.maximize = maximize;
            return this;
        }

        /** The learning-rate decay δ. */
        public double lrDecay() {
            return lrDecay;
        }

        /** The weight decay λ. */
        public double weightDecay() {
            return weightDecay;
        }

        /** The initial accumulator value s₀. */
        public double initialAccumulatorValue() {
            return initialAccumulatorValue;
        }

        /** ε. */
        public double eps() {
            return eps;
        }

        /** Whether the objective is maximized. */
        public boolean maximize() {
            return maximize;
        }

        @Override
        public Options copy() {
            Options c = new Options();
            c.copyLr(this);
            c.lrDecay = lrDecay;
            c.weightDecay = weightDecay;
            c.initialAccumulatorValue = initialAccumulatorValue;
            c.eps = eps;
            c.maximize = maximize;
            return c;
        }

        /** {@code lr=…, lrDecay=…, weightDecay=…, initialAccumulatorValue=…, eps=…, maximize=…}. */
        @Override
        public String toString() {
            return "lr=" + lr() + ", lrDecay=" + lrDecay + ", weightDecay=" + weightDecay + ", initialAccumulatorValue="
                    + initialAccumulatorValue + ", eps=" + eps + ", maximize=" + maximize;
        }
    }
}
