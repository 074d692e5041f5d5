package io.github.tapegrad.optim;

import io.github.tapegrad.Tensor;
import java.util.List;
import java.util.Objects;

/**
 * A list of parameters and the hyper-parameters they are updated with (PyTorch's {@code param_group}). The group
 * keeps its own copy of the options; {@link #lr(double)} is how schedulers change the learning rate.
 */
public final class ParamGroup {
    private final List<Tensor> params;
    private final OptimizerOptions options;
    private double initialLr = Double.NaN;

    /**
     * A group of {@code params} updated with (a copy of) {@code options}.
     *
     * @param params the parameters
     * @param options the options, copied
     * @throws NullPointerException when the list, a parameter or the options are null
     */
    public ParamGroup(List<Tensor> params, OptimizerOptions options) {
        Objects.requireNonNull(params, "ParamGroup: params is null");
        for (int i = 0; i < params.size(); i++) {
            Objects.requireNonNull(params.get(i), "ParamGroup: parameter " + i + " is null");
        }
        this.params = List.copyOf(params);
        this.options = Objects.requireNonNull(options, "ParamGroup: options is null").copy();
    }

    /**
     * The parameters, in the order given.
     *
     * @return the parameters, an unmodifiable list
     */
    public List<Tensor> params() {
        return params;
    }

    /**
     * The group's live options (changing them changes the next {@link Optimizer#step()}).
     *
     * @return the options
     */
    public OptimizerOptions options() {
        return options;
    }

    /**
     * The current learning rate η.
     *
     * @return η
     */
    public double lr() {
        return options.lr();
    }

    /**
     * Sets the learning rate η for the next steps.
     *
     * @param lr η ≥ 0
     * @throws IllegalArgumentException when {@code lr} is negative or NaN
     */
    public void lr(double lr) {
        options.lr(lr);
    }

    /**
     * The learning rate before any scheduler changed it (PyTorch's {@code initial_lr}), recorded by the first
     * scheduler attached to the optimizer; NaN until then.
     *
     * @return the initial learning rate, or NaN
     */
    public double initialLr() {
        return initialLr;
    }

    void recordInitialLr() {
        if (Double.isNaN(initialLr)) initialLr = options.lr();
    }
}
