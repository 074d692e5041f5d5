package io.github.tapegrad.optim;

import io.github.tapegrad.Tensor;
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
        Tensor d = Updates.direction(w, grad, o.maximize(), o.weightDecay());
        Tensor s = Updates.zerosState(state, "squareAvg", w);
        s.mulInPlace(o.alpha).addcmulInPlace(d, d, 1 - o.alpha);
        Tensor a = Updates.copy(s);
        if (o.centered) {
            Tensor mean = Updates.zerosState(state, "gradAvg", w);
            mean.mulInPlace(o.alpha).addInPlace(d, 1 - o.alpha);
            a.addcmulInPlace(mean, mean, -1);
        }
        double eps = o.eps;
        a.applyInPlace(x -> Math.sqrt(x) + eps);
        if (o.momentum > 0) {
            Tensor b = Updates.zerosState(state, "momentumBuffer", w);
            b.mulInPlace(o.momentum).addcdivInPlace(d, a, 1);
            w.addInPlace(b, -group.lr());
        } else {
            w.addcdivInPlace(d, a, -group.lr());
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
