package io.github.tapegrad.optim;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.kernel.Buffers;
import java.util.Map;

/**
 * Building blocks shared by the update rules; all run with recording off, inside {@link Optimizer#step()}. The rules
 * are fused loops over the live buffers ({@link Buffers}), allocating nothing after the first step; each rounds every
 * element as the multi-pass form of {@code Tensor} in-place ops it replaced did ({@code FusedUpdateTest} runs that
 * form beside each optimizer and pins this bit for bit).
 */
final class Updates {
    private Updates() {}

    /** A new tensor holding {@code t}'s values. */
    static Tensor copy(Tensor t) {
        return Tensor.zerosLike(t).copyInPlace(t);
    }

    /**
     * One element of the gradient an update uses: d = ±g + λ·w (− when maximizing), as PyTorch's {@code grad = -grad}
     * then {@code grad.add(param, alpha=weight_decay)}; g itself when nothing changes it.
     */
    static double direction(double g, double w, boolean maximize, double weightDecay) {
        if (!maximize && weightDecay == 0) return g;
        // NOTE: 0.0 + turns −0 into +0, as zerosLike(grad).addInPlace(grad, ±1) did; FusedUpdateTest pins it.
        double d = 0.0 + (maximize ? -1.0 : 1.0) * g;
        return weightDecay == 0 ? d : d + weightDecay * w;
    }

    /** Increments the {@code step} entry (a scalar, created at 0) and returns its new value t. */
    static double incrementStep(Map<String, Tensor> state) {
        Tensor step = state.get("step");
        if (step == null) {
            step = Tensor.scalar(0);
            state.put("step", step);
        }
        double[] s = changed(step);
        return s[0] = s[0] + 1;
    }

    /** The state entry {@code key}, created as zeros shaped like {@code like} on first use. */
    static Tensor zerosState(Map<String, Tensor> state, String key, Tensor like) {
        return filledState(state, key, like, 0.0);
    }

    /**
     * The state entry {@code key}, created filled with {@code value} and shaped like {@code like} on first use (a get
     * and a put: {@code computeIfAbsent}'s capturing lambda would allocate on every step).
     */
    static Tensor filledState(Map<String, Tensor> state, String key, Tensor like, double value) {
        Tensor t = state.get(key);
        if (t == null) {
            t = Tensor.fullLike(like, value);
            state.put(key, t);
        }
        return t;
    }

    /** The live buffer of {@code t}, whose version is bumped now: the caller changes it in place. */
    static double[] changed(Tensor t) {
        Buffers.bumpVersion(t);
        return Buffers.data(t);
    }
}
