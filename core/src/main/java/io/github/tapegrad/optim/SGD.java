package io.github.tapegrad.optim;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.kernel.Buffers;
import java.util.List;
import java.util.Map;

/**
 * Stochastic gradient descent with momentum, dampening, Nesterov momentum and weight decay, exactly as PyTorch 1.13's
 * {@code torch.optim.SGD}. For a parameter w with gradient g, learning rate η, momentum μ, dampening τ and weight
 * decay λ, one {@link #step()} computes
 * <pre>
 * d ← g                       (d ← −g when maximize)
 * d ← d + λ·w                 (when λ ≠ 0)
 * if μ ≠ 0:
 *     b ← d                   (first step: the buffer starts as a copy of d)
 *     b ← μ·b + (1 − τ)·d     (later steps)
 *     d ← d + μ·b             (nesterov)   or   d ← b   (otherwise)
 * w ← w − η·d
 * </pre>
 * The buffer b is the state entry {@code momentumBuffer}.
 *
 * <p><b>The classic momentum form</b> v ← μ·v − η·g; w ← w + v (v₀ = 0) is the same method written with a velocity
 * that already includes the learning rate: with τ = 0 and a constant η, v = −η·b at every step, because
 * −η·b_t = −η·(μ·b_{t−1} + g_t) = μ·(−η·b_{t−1}) − η·g_t, and at the first step −η·b₁ = −η·g₁. The two differ only when
 * η changes: PyTorch's form applies the new η to the whole buffer, the classic form only to the new gradient. (Pinned
 * by {@code SgdTest.classicMomentumFormMatchesForConstantLr}.)
 *
 * <p>Momentum SGD as the examples use it: {@code new SGD(params, SGD.options().lr(0.01).momentum(0.9))}.
 * Trajectories are pinned against PyTorch by {@code OptimizerTrajectoryTest} cases {@code sgd_*}.
 */
public final class SGD extends Optimizer {
    /**
     * SGD over one group of parameters.
     *
     * @param params the parameters: leaves that require grad
     * @param options the options, copied (their lr must be set)
     * @throws IllegalArgumentException for bad parameters or options (see {@link Optimizer})
     */
    public SGD(List<Tensor> params, Options options) {
        this(single(params, options));
    }

    /**
     * SGD over several parameter groups, each with its own {@link Options}.
     *
     * @param groups the parameter groups
     * @throws IllegalArgumentException for bad parameters or options (see {@link Optimizer})
     */
    public SGD(List<ParamGroup> groups) {
        super(groups, Options.class);
    }

    /**
     * New options: lr unset (it must be given, as in PyTorch 1.13), no momentum, dampening or weight decay.
     *
     * @return new options, whose lr must still be set
     */
    public static Options options() {
        return new Options();
    }

    @Override
    protected void update(Tensor w, Tensor grad, ParamGroup group, Map<String, Tensor> state) {
        Options o = (Options) group.options();
        double[] g = Buffers.data(grad), x = Updates.changed(w);
        double negLr = -group.lr(), lambda = o.weightDecay();
        boolean maximize = o.maximize();
        if (o.momentum == 0) {
            for (int i = 0; i < x.length; i++) x[i] = x[i] + negLr * Updates.direction(g[i], x[i], maximize, lambda);
            return;
        }
        boolean first = !state.containsKey("momentumBuffer");
        double[] b = Updates.changed(Updates.zerosState(state, "momentumBuffer", w));
        double mu = o.momentum, keep = 1 - o.dampening;
        boolean nesterov = o.nesterov;
        for (int i = 0; i < x.length; i++) {
            double d = Updates.direction(g[i], x[i], maximize, lambda);
            double bi = b[i] = first ? d : b[i] * mu + keep * d;
            x[i] = x[i] + negLr * (nesterov ? d + mu * bi : bi);
        }
    }

    /** SGD's hyper-parameters; setters check their value and return this. */
    public static final class Options extends CommonOptions<Options> {
        private double momentum;
        private double dampening;
        private boolean nesterov;

        private Options() {
            super("SGD", Double.NaN, 0, "1e-4");
        }

        /**
         * Sets the momentum μ ≥ 0 (0 turns momentum off).
         *
         * @param momentum μ
         * @return this
         */
        public Options momentum(double momentum) {
            this.momentum = Checks.nonNegative("SGD", "momentum", momentum, "use a momentum such as 0.9, or 0 for none");
            return this;
        }

        /**
         * Sets the dampening τ (the buffer adds (1 − τ)·d).
         *
         * @param dampening τ
         * @return this
         */
        public Options dampening(double dampening) {
            this.dampening = dampening;
            return this;
        }

        /**
         * Turns Nesterov momentum on or off (needs μ &gt; 0 and τ = 0).
         *
         * @param nesterov true for Nesterov momentum
         * @return this
         */
        public Options nesterov(boolean nesterov) {
            this.nesterov = nesterov;
            return this;
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
         * The dampening τ.
         *
         * @return τ
         */
        public double dampening() {
            return dampening;
        }

        /**
         * Whether Nesterov momentum is on.
         *
         * @return true when Nesterov momentum is on
         */
        public boolean nesterov() {
            return nesterov;
        }

        @Override
        public Options copy() {
            Options c = copyCommonInto(new Options());
            c.momentum = momentum;
            c.dampening = dampening;
            c.nesterov = nesterov;
            return c;
        }

        @Override
        protected void validate() {
            super.validate();
            if (nesterov && (momentum <= 0 || dampening != 0)) {
                throw new IllegalArgumentException("SGD: nesterov needs momentum > 0 and dampening 0, got momentum "
                        + momentum + " and dampening " + dampening + "; set momentum(0.9) and dampening(0), or turn "
                        + "nesterov off");
            }
        }

        /** {@code lr=…, momentum=…, dampening=…, weightDecay=…, nesterov=…, maximize=…}. */
        @Override
        public String toString() {
            return "lr=" + lr() + ", momentum=" + momentum + ", dampening=" + dampening + ", weightDecay=" + weightDecay()
                    + ", nesterov=" + nesterov + ", maximize=" + maximize();
        }
    }
}
