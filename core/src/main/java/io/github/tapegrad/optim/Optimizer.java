package io.github.tapegrad.optim;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Tensor;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Updates parameters from their gradients, as {@code torch.optim.Optimizer}: parameter groups with their own
 * hyper-parameters, a state per parameter (momentum buffers, moment estimates, step counts) and
 * {@link #step()} / {@link #zeroGrad()}.
 *
 * <p>A typical loop: {@code opt.zeroGrad(); loss(model).backward(); opt.step();}. {@code step()} runs with recording
 * off and changes each parameter in place (bumping its version); a parameter whose {@code grad()} is null is skipped
 * and its state is left alone, as in PyTorch.
 */
public abstract class Optimizer {
    private final List<ParamGroup> groups;
    private final Map<Tensor, Map<String, Tensor>> state = new IdentityHashMap<>();

    /**
     * An optimizer over the given groups, whose options must be of {@code optionsType} and made for this optimizer
     * (their {@link OptimizerOptions#optimizer()} equals {@link #name()}).
     *
     * @param groups the parameter groups, each with its own options
     * @param optionsType the options class this optimizer accepts
     * @throws IllegalArgumentException for no parameters, an empty group, a parameter that is not a leaf or does not
     *     require grad, a parameter in two places, options of another optimizer, or invalid options
     */
    protected Optimizer(List<ParamGroup> groups, Class<? extends OptimizerOptions> optionsType) {
        Objects.requireNonNull(groups, () -> name() + ": the list of parameter groups is null");
        this.groups = List.copyOf(groups);
        ParamChecks.check(name(), this.groups, optionsType);
    }

    /** The groups of a single-group optimizer. */
    static List<ParamGroup> single(List<Tensor> params, OptimizerOptions options) {
        Objects.requireNonNull(params, () -> options.optimizer() + ": the parameter list is null");
        return List.of(new ParamGroup(params, options));
    }

    /**
     * The optimizer's name in messages ({@code SGD}, {@code Adam}, …).
     *
     * @return the name
     */
    public String name() {
        return getClass().getSimpleName();
    }

    /** Performs one update of every parameter that has a gradient, with recording off. */
    public void step() {
        try (var g = Autograd.noGrad()) {
            for (int i = 0; i < groups.size(); i++) {
                ParamGroup group = groups.get(i);
                List<Tensor> params = group.params();
                for (int j = 0; j < params.size(); j++) {
                    Tensor p = params.get(j), grad = p.grad();
                    if (grad != null) update(p, grad, group, state.computeIfAbsent(p, k -> new LinkedHashMap<>()));
                }
            }
        }
    }

    /**
     * Updates one parameter in place from its gradient (called with recording off).
     *
     * @param param the parameter
     * @param grad its gradient (read only)
     * @param group the group it belongs to, with its options and learning rate
     * @param state its state, empty at the first update; entries are kept between steps
     */
    protected abstract void update(Tensor param, Tensor grad, ParamGroup group, Map<String, Tensor> state);

    /** Clears the gradient of every parameter (to null, as PyTorch's {@code zero_grad(set_to_none=True)}). */
    public void zeroGrad() {
        for (int i = 0; i < groups.size(); i++) {
            List<Tensor> params = groups.get(i).params();
            for (int j = 0; j < params.size(); j++) params.get(j).zeroGrad();
        }
    }

    /**
     * The parameter groups, in the order given (the list cannot change; each group's learning rate can).
     *
     * @return the groups, an unmodifiable list
     */
    public List<ParamGroup> paramGroups() {
        return groups;
    }

    /**
     * The state of one parameter (e.g. {@code momentumBuffer}, {@code expAvg}, {@code step}), empty before its first
     * update. The map cannot be changed; its tensors are the live buffers.
     *
     * @param param a parameter of one of the groups
     * @return the parameter's state by name, unmodifiable
     */
    public Map<String, Tensor> state(Tensor param) {
        Map<String, Tensor> s = state.get(param);
        return s == null ? Map.of() : Collections.unmodifiableMap(s);
    }

    /** The name and, per group, the options, e.g. {@code SGD(group 0: 2 params, lr=0.1, momentum=0.9, …)}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name()).append('(');
        for (int i = 0; i < groups.size(); i++) {
            if (i > 0) sb.append("; ");
            sb.append("group ").append(i).append(": ").append(groups.get(i).params().size()).append(" params, ")
                    .append(groups.get(i).options());
        }
        return sb.append(')').toString();
    }
}
