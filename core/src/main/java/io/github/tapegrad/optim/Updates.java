package io.github.tapegrad.optim;

import io.github.tapegrad.Tensor;
import java.util.Map;

/** Building blocks shared by the update rules; all run with recording off, inside {@link Optimizer#step()}. */
final class Updates {
    private Updates() {}

    /** A new tensor holding {@code t}'s values. */
    static Tensor copy(Tensor t) {
        return Tensor.zerosLike(t).copyInPlace(t);
    }

    /**
     * The gradient an update uses: d = ±g + λ·w (− when maximizing), as PyTorch's {@code grad = -grad} then
     * {@code grad.add(param, alpha=weight_decay)}. Returns {@code grad} itself when nothing changes it.
     */
    static Tensor direction(Tensor param, Tensor grad, boolean maximize, double weightDecay) {
        if (!maximize && weightDecay == 0) return grad;
        Tensor d = Tensor.zerosLike(grad).addInPlace(grad, maximize ? -1 : 1);
        return weightDecay == 0 ? d : d.addInPlace(param, weightDecay);
    }

    /** The gradient, negated when maximizing (a new tensor then). */
    static Tensor signed(Tensor grad, boolean maximize) {
        return direction(null, grad, maximize, 0);
    }

    /** Increments the {@code step} entry (a scalar, created at 0) and returns its new value t. */
    static double incrementStep(Map<String, Tensor> state) {
        Tensor step = state.computeIfAbsent("step", k -> Tensor.scalar(0));
        return step.fillInPlace(step.item() + 1).item();
    }

    /** The state entry {@code key}, created as zeros shaped like {@code like} on first use. */
    static Tensor zerosState(Map<String, Tensor> state, String key, Tensor like) {
        return state.computeIfAbsent(key, k -> Tensor.zerosLike(like));
    }
}
