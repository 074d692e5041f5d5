package io.github.tapegrad.optim;

/**
 * The hyper-parameters every optimizer here has besides lr: the weight decay λ and maximize (the update direction
 * d = ±g + λ·w of {@link Updates#direction}; AdamW decouples λ). The self type {@code O} makes chained setters keep
 * the concrete options type, e.g. {@code SGD.options().lr(0.1).weightDecay(1e-4).momentum(0.9)}.
 *
 * @param <O> the concrete options class
 */
abstract class CommonOptions<O extends CommonOptions<O>> extends OptimizerOptions {
    private final String decayExample;
    private double weightDecay;
    private boolean maximize;

    /**
     * Options of the named optimizer.
     *
     * @param optimizer the optimizer's name, used in error messages
     * @param lr the default learning rate, or NaN for "must be set"
     * @param weightDecay the default weight decay λ
     * @param decayExample the weight decay that a message about a bad λ suggests, e.g. {@code "1e-4"}
     */
    CommonOptions(String optimizer, double lr, double weightDecay, String decayExample) {
        super(optimizer, lr);
        this.weightDecay = weightDecay;
        this.decayExample = decayExample;
    }

    @SuppressWarnings("unchecked")
    private O self() {
        return (O) this;
    }

    @Override
    public O lr(double lr) {
        super.lr(lr);
        return self();
    }

    /**
     * Sets the weight decay λ ≥ 0: an L2 penalty added to the gradient (in {@link AdamW}, a decoupled shrinking of the
     * weights).
     *
     * @param weightDecay λ
     * @return this
     */
    public O weightDecay(double weightDecay) {
        this.weightDecay = Checks.nonNegative(optimizer(), "weightDecay", weightDecay,
                "use a decay such as " + decayExample + ", or 0");
        return self();
    }

    /**
     * Maximizes the objective instead of minimizing it.
     *
     * @param maximize true to maximize
     * @return this
     */
    public O maximize(boolean maximize) {
        this.maximize = maximize;
        return self();
    }

    /**
     * The weight decay λ.
     *
     * @return λ
     */
    public double weightDecay() {
        return weightDecay;
    }

    /**
     * Whether the objective is maximized.
     *
     * @return true when maximizing
     */
    public boolean maximize() {
        return maximize;
    }

    /**
     * Copies lr, λ and maximize into {@code copy} (for {@link #copy()}).
     *
     * @param copy new options of the same optimizer
     * @return {@code copy}
     */
    final O copyCommonInto(O copy) {
        CommonOptions<O> c = copy;
        c.copyLr(this);
        c.weightDecay = weightDecay;
        c.maximize = maximize;
        return copy;
    }
}
