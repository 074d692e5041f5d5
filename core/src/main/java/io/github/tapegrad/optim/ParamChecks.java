package io.github.tapegrad.optim;

import io.github.tapegrad.Tensor;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The checks an optimizer makes on its parameter groups when it is built. */
final class ParamChecks {
    private ParamChecks() {}

    static void check(String name, List<ParamGroup> groups, Class<? extends OptimizerOptions> optionsType) {
        if (groups.isEmpty() || groups.stream().allMatch(g -> g.params().isEmpty())) {
            throw new IllegalArgumentException(name + ": got an empty parameter list; pass the parameters to optimize, "
                    + "e.g. model.parameters()");
        }
        Map<Tensor, Integer> seen = new IdentityHashMap<>();
        for (int gi = 0; gi < groups.size(); gi++) {
            ParamGroup group = groups.get(gi);
            checkOptions(name, gi, group.options(), optionsType);
            if (group.params().isEmpty()) {
                throw new IllegalArgumentException(name + ": parameter group " + gi + " is empty; give it at least one "
                        + "parameter or leave it out");
            }
            for (int i = 0; i < group.params().size(); i++) {
                Tensor p = group.params().get(i);
                checkParam(name, where(groups, gi, i), p);
                Integer before = seen.put(p, gi);
                if (before != null) {
                    throw new IllegalArgumentException(name + ": " + where(groups, gi, i) + " (shape " + p.shape()
                            + ") appears twice (also in group " + before + "); list each parameter once");
                }
            }
        }
    }

    private static String where(List<ParamGroup> groups, int group, int index) {
        return groups.size() == 1 ? "parameter " + index : "parameter " + index + " of group " + group;
    }

    private static void checkOptions(String name, int gi, OptimizerOptions o, Class<? extends OptimizerOptions> type) {
        if (!type.isInstance(o) || !o.optimizer().equals(name)) {
            throw new IllegalArgumentException(name + ": parameter group " + gi + " has options of " + o.optimizer()
                    + "; build them with " + name + ".options()");
        }
        o.validate();
    }

    private static void checkParam(String name, String where, Tensor p) {
        if (!p.isLeaf()) {
            throw new IllegalArgumentException(name + ": " + where + " (shape " + p.shape() + ") is not a leaf (it is "
                    + "the output of " + p.op().name() + "), so it cannot be updated in place; optimize the leaf it "
                    + "was computed from, or make a new leaf with detach().requiresGrad(true)");
        }
        if (!p.requiresGrad()) {
            throw new IllegalArgumentException(name + ": " + where + " (shape " + p.shape() + ") does not require "
                    + "grad, so it would never get a gradient; call requiresGrad(true) on it, or leave it out");
        }
    }
}
