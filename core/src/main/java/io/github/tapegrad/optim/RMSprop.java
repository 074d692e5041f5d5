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
     * @throws IllegalArgumentException for bad parameters or options (see {@link Optimizer})
     */
    public RMSprop(List<Tensor> params, Options options) {
        this(single(params, options));
    }

    /**
     * RMSprop over several parameter groups, each with its own {@link Options}.
     *
     * @throws IllegalArgumentException for bad parameters or options (see {@link Optimizer})
     */
    public RMSprop(List<ParamGroup> groups) {
        super(groups, Options.class);
    }

    /** PyTorch's defaults: lr 1e-2, alpha 0.99, eps 1e-8, no weight decay, no momentum, not centered. */
    public static Options options() {
        return new Options();
    }

    @Override
    protected void update(Tensor w, Tensor grad, ParamGroup group, Map<String, Tensor> state) {
        Options o = (Options) group.options();
        Updates.incrementStep(state);
        Tensor d = Updates.direction(w, grad, o.maximize, o.weightDecay);
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
    public static final class Options extends OptimizerOptions {
        private double alpha = 0.99;
        private double eps = 1e-8;
        private double weightDecay;
        private double momentum;
        private boolean centered;
        private boolean maximize;

        private Options() {
            super("RMSprop", 1e-2);
        }

        @Override
        public Options lr(double lr) {
            super.lr(lr);
            return this;
        }

        /** Sets the smoothing constant α ≥ 0 of the squared-gradient average. @return this */
        public Options alpha(double alpha) {
            this.alpha = Checks.nonNegative("RMSprop", "alpha", alpha, "use a value such as 0.99");
            return this;
        }

        /** Sets ε ≥ 0, added to the denominator. @return this */
        public Options eps(double eps) {
            this.eps = Checks.nonNegative("RMSprop", "eps", eps, "use a small value such as 1e-8");
            return this;
        }

        /** Sets the weight decay (L2 penalty) λ ≥ 0. @return this */
        public Options weightDecay(double weightDecay) {
            this.weightDecay = Checks.nonNegative("RMSprop", "weightDecay", weightDecay, "use a decay such as 1e-4, or 0");
            return this;
        }

        /** Sets the momentum μ ≥ 0 (0 turns momentum off). @return this */
        public Options momentum(double momentum) {
            this.momentum = Checks.nonNegative("RMSprop", "momentum", momentum, "use a momentum such as 0.9, or 0");
            return this;
        }

        /** Normalizes by an estimate of the gradient's variance instead of its second moment. @return this */
        public Options centered(boolean centered) {
            this.centered = centered;
            return this;
        }

        /** Maximizes the objective instead of minimizing it. @return this */
        public Options maximize(boolean maximize) {
            this.maximize = maximize;
            return this;
        }

        /** α. */
        public double alpha() {
            return alpha;
        }

        /** ε. */
        public double eps() {
            return eps;
        }

        /** The weight decay λ. */
        public double weightDecay() {
            return weightDecay;
        }

        /** The momentum μ. */
        public double momentum() {
            return momentum;
        }

        /** Whether the centered form is used. */
        public boolean centered() {
            return centered;
        }

        /** Whether the objective is maximized. */
        public boolean maximize() {
            return maximize;
        }

        @Override
        public Options copy() {
            Options c = new Options();
            c.copyLr(this);
            c.alpha = alpha;
            c.eps = eps;
            c.weightDecay = weightDecay;
            c.momentum = momentum;
            c.centered = centered;
            c.maximize = maximize;
            return c;
        }

        /** {@code lr=…, alpha=…, eps=…, weightDecay=…, momentum=…, centered=…, maximize=…}. */
        @Override
        public String toString() {
            return "lr=" + lr() + ", alpha=" + alpha + ", eps=" + eps + ", weightDecay=" + weightDecay + ", momentum="
                    + momentum + ", centered=" + centered + ", maximize=" + maximize;
        }
    }
}
