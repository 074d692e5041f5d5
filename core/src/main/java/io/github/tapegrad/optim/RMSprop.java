package io.github.tapegrad.optim;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.kernel.Buffers;
import java.util.List;
import java.util.Map;

/**
 * RMSprop, optionally centered and with momentum, exactly as PyTorch 1.13's {@code torch.optim.RMSprop}. For a
 * parameter w with gradient g, learning rate η, smoothing constant α, ε, weight decay λ and momentum μ, one
 * {@link #step()} computes
 * <pre>
 * d ← g                         (d ← −g when maximize)
 * d ← d + λ·w                   (when λ ≠ 0)
 * s ← α·s + (1 − α)·d·d
 * ḡ ← α·ḡ + (1 − α)·d           (centered)
 * a ← √(s − ḡ·ḡ) + ε            (centered)   or   a ← √s + ε   (otherwise)
 * b ← μ·b + d / a;  w ← w − η·b (when μ &gt; 0)
 * w ← w − η·d / a               (otherwise)
 * </pre>
 * s, ḡ and b start at 0 and are the state entries {@code squareAvg}, {@code gradAvg} and {@code momentumBuffer};
 * {@code step} counts the updates. Pinned against PyTorch by {@code OptimizerTrajectoryTest} cases {@code rmsprop_*}.
 */
public final class RMSprop extends Optimizer {
    /**
     * RMSprop over one group of parameters.
     *
     * @param params the parameters: leaves that require grad
     * @param options the options, copied
     * @throws IllegalArgumentException for bad parameters or options (see {@link Optimizer})
     */
    public RMSprop(List<Tensor> params, Options options) {
        this(single(params, options));
    }

    /**
     * RMSprop over several parameter groups, each with its own {@link Options}.
     *
     * @param groups the parameter groups
     * @throws IllegalArgumentException for bad parameters or options (see {@link Optimizer})
     */
    public RMSprop(List<ParamGroup> groups) {
        super(groups, Options.class);
    }

    /**
     * PyTorch's defaults: lr 1e-2, alpha 0.99, eps 1e-8, no weight decay, no momentum, not centered.
     *
     * @return new options with PyTorch's defaults
     */
    public static Options options() {
        return new Options();
    }

    @Override
    protected void update(Tensor w, Tensor grad, ParamGroup group, Map<String, Tensor> state) {
        Options o = (Options) group.options();
        Updates.incrementStep(state);
        double[] s = Updates.changed(Updates.zerosState(state, "squareAvg", w));
        double[] mean = o.centered ? Updates.changed(Updates.zerosState(state, "gradAvg", w)) : null;
        double[] b = o.momentum > 0 ? Updates.changed(Updates.zerosState(state, "momentumBuffer", w)) : null;
        double[] g = Buffers.data(grad), x = Updates.changed(w);
        double alpha = o.alpha, c = 1 - o.alpha, eps = o.eps, mu = o.momentum, negLr = -group.lr();
        double lambda = o.weightDecay();
        boolean maximize = o.maximize();
        for (int i = 0; i < x.length; i++) {
            double d = Updates.direction(g[i], x[i], maximize, lambda);
            double a = s[i] = s[i] * alpha + c * d * d;
            if (mean != null) {
                double gi = mean[i] = mean[i] * alpha + c * d;
                a = a - gi * gi;
            }
            a = Math.sqrt(a) + eps;
            if (b != null) x[i] = x[i] + negLr * (b[i] = b[i] * mu + d / a);
            else x[i] = x[i] + negLr * d / a;
        }
    }

    /** RMSprop's hyper-parameters; setters check their value and return this. */
    public static final class Options extends CommonOptions<Options> {
        private double alpha = 0.99;
        private double eps = 1e-8;
        private double momentum;
        private boolean centered;

        private Options() {
            super("RMSprop", 1e-2, 0, "1e-4");
        }

        /**
         * Sets the smoothing constant α ≥ 0 of the squared-gradient average.
         *
         * @param alpha α
         * @return this
         */
        public Options alpha(double alpha) {
            this.alpha = Checks.nonNegative("RMSprop", "alpha", alpha, "use a value such as 0.99");
            return this;
        }

        /**
         * Sets ε ≥ 0, added to the denominator.
         *
         * @param eps ε
         * @return this
         */
        public Options eps(double eps) {
            this.eps = Checks.nonNegative("RMSprop", "eps", eps, "use a small value such as 1e-8");
            return this;
        }

        /**
         * Sets the momentum μ ≥ 0 (0 turns momentum off).
         *
         * @param momentum μ
         * @return this
         */
        public Options momentum(double momentum) {
            this.momentum = Checks.nonNegative("RMSprop", "momentum", momentum, "use a momentum such as 0.9, or 0");
            return this;
        }

        /**
         * Normalizes by an estimate of the gradient's variance instead of its second moment.
         *
         * @param centered true for the centered form
         * @return this
         */
        public Options centered(boolean centered) {
            this.centered = centered;
            return this;
        }

        /**
         * α.
         *
         * @return α
         */
        public double alpha() {
            return alpha;
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
         * The momentum μ.
         *
         * @return μ
         */
        public double momentum() {
            return momentum;
        }

        /**
         * Whether the centered form is used.
         *
         * @return true for the centered form
         */
        public boolean centered() {
            return centered;
        }

        @Override
        public Options copy() {
            Options c = copyCommonInto(new Options());
            c.alpha = alpha;
            c.eps = eps;
            c.momentum = momentum;
            c.centered = centered;
            return c;
        }

        /** {@code lr=…, alpha=…, eps=…, weightDecay=…, momentum=…, centered=…, maximize=…}. */
        @Override
        public String toString() {
            return "lr=" + lr() + ", alpha=" + alpha + ", eps=" + eps + ", weightDecay=" + weightDecay() + ", momentum="
                    + momentum + ", centered=" + centered + ", maximize=" + maximize();
        }
    }
}
