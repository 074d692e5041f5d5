package io.github.tapegrad.optim;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.kernel.Buffers;
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
     * @param params the parameters: leaves that require grad
     * @param options the options, copied
     * @throws IllegalArgumentException for bad parameters or options (see {@link Optimizer})
     */
    public Adagrad(List<Tensor> params, Options options) {
        this(single(params, options));
    }

    /**
     * Adagrad over several parameter groups, each with its own {@link Options}.
     *
     * @param groups the parameter groups
     * @throws IllegalArgumentException for bad parameters or options (see {@link Optimizer})
     */
    public Adagrad(List<ParamGroup> groups) {
        super(groups, Options.class);
    }

    /**
     * PyTorch's defaults: lr 1e-2, no lr decay, no weight decay, initial accumulator 0, eps 1e-10.
     *
     * @return new options with PyTorch's defaults
     */
    public static Options options() {
        return new Options();
    }

    @Override
    protected void update(Tensor w, Tensor grad, ParamGroup group, Map<String, Tensor> state) {
        Options o = (Options) group.options();
        double t = Updates.incrementStep(state);
        double[] s = Updates.changed(Updates.filledState(state, "sum", w, o.initialAccumulatorValue));
        double[] g = Buffers.data(grad), x = Updates.changed(w);
        double negClr = -(group.lr() / (1 + (t - 1) * o.lrDecay)), eps = o.eps, lambda = o.weightDecay();
        boolean maximize = o.maximize();
        for (int i = 0; i < x.length; i++) {
            double d = Updates.direction(g[i], x[i], maximize, lambda);
            double si = s[i] = s[i] + d * d;
            x[i] = x[i] + negClr * d / (Math.sqrt(si) + eps);
        }
    }

    /** Adagrad's hyper-parameters; setters check their value and return this. */
    public static final class Options extends CommonOptions<Options> {
        private double lrDecay;
        private double initialAccumulatorValue;
        private double eps = 1e-10;

        private Options() {
            super("Adagrad", 1e-2, 0, "1e-4");
        }

        /**
         * Sets the learning-rate decay δ ≥ 0 (η_t = η / (1 + (t − 1)·δ)).
         *
         * @param lrDecay δ
         * @return this
         */
        public Options lrDecay(double lrDecay) {
            this.lrDecay = Checks.nonNegative("Adagrad", "lrDecay", lrDecay, "use a decay such as 1e-3, or 0");
            return this;
        }

        /**
         * Sets the starting value s₀ ≥ 0 of the squared-gradient sum.
         *
         * @param value s₀
         * @return this
         */
        public Options initialAccumulatorValue(double value) {
            this.initialAccumulatorValue = Checks.nonNegative("Adagrad", "initialAccumulatorValue", value,
                    "use 0 or a small positive value such as 0.1");
            return this;
        }

        /**
         * Sets ε ≥ 0, added to the denominator.
         *
         * @param eps ε
         * @return this
         */
        public Options eps(double eps) {
            this.eps = Checks.nonNegative("Adagrad", "eps", eps, "use a small value such as 1e-10");
            return this;
        }

        /**
         * The learning-rate decay δ.
         *
         * @return δ
         */
        public double lrDecay() {
            return lrDecay;
        }

        /**
         * The initial accumulator value s₀.
         *
         * @return s₀
         */
        public double initialAccumulatorValue() {
            return initialAccumulatorValue;
        }

        /**
         * ε.
         *
         * @return ε
         */
        public double eps() {
            return eps;
        }

        @Override
        public Options copy() {
            Options c = copyCommonInto(new Options());
            c.lrDecay = lrDecay;
            c.initialAccumulatorValue = initialAccumulatorValue;
            c.eps = eps;
            return c;
        }

        /** {@code lr=…, lrDecay=…, weightDecay=…, initialAccumulatorValue=…, eps=…, maximize=…}. */
        @Override
        public String toString() {
            return "lr=" + lr() + ", lrDecay=" + lrDecay + ", weightDecay=" + weightDecay() + ", initialAccumulatorValue="
                    + initialAccumulatorValue + ", eps=" + eps + ", maximize=" + maximize();
        }
    }
}
