package io.github.tapegrad.optim;

/**
 * The hyper-parameters of one parameter group (PyTorch's {@code param_group} entries other than {@code params}):
 * the learning rate here, the rest in each optimizer's {@code Options}. Setters check their value at once and return
 * this object, so call sites read {@code SGD.options().lr(0.1).momentum(0.9)}.
 */
public abstract class OptimizerOptions {
    private final String optimizer;
    private double lr;

    /**
     * Options of the named optimizer with an initial learning rate (NaN when the optimizer has no default).
     *
     * @param optimizer the optimizer's name, used in error messages (e.g. {@code "SGD"})
     * @param lr the default learning rate, or NaN for "must be set"
     */
    protected OptimizerOptions(String optimizer, double lr) {
        this.optimizer = optimizer;
        this.lr = lr;
    }

    /**
     * The optimizer these options belong to, e.g. {@code "Adam"}.
     *
     * @return the optimizer's name
     */
    public final String optimizer() {
        return optimizer;
    }

    /**
     * The learning rate η.
     *
     * @return η
     */
    public final double lr() {
        return lr;
    }

    /**
     * Sets the learning rate η.
     *
     * @param lr η ≥ 0
     * @return this
     * @throws IllegalArgumentException when {@code lr} is negative or NaN
     */
    public OptimizerOptions lr(double lr) {
        this.lr = Checks.nonNegative(optimizer, "lr", lr, "pass a learning rate such as 0.01");
        return this;
    }

    /**
     * Copies the learning rate of {@code other} into these options (for {@link #copy()}).
     *
     * @param other the options to copy the learning rate from
     */
    protected final void copyLr(OptimizerOptions other) {
        this.lr = other.lr;
    }

    /**
     * An independent copy (each parameter group owns its options, so a scheduler changes one group only).
     *
     * @return a copy of these options
     */
    public abstract OptimizerOptions copy();

    /**
     * Checks the options as a whole (values that depend on each other); called when an optimizer is built.
     *
     * @throws IllegalArgumentException naming the optimizer, the values and a fix
     */
    protected void validate() {
        if (Double.isNaN(lr)) {
            throw new IllegalArgumentException(optimizer + ": lr is not set and " + optimizer
                    + " has no default learning rate; call " + optimizer + ".options().lr(0.01)");
        }
    }
}
