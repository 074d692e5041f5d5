package io.github.tapegrad.optim;

import io.github.tapegrad.Tensor;
import java.util.Map;

/** The moment update and bias-corrected step shared by {@link Adam} and {@link AdamW}. */
final class AdamStep {
    private AdamStep() {}

    /**
     * m ← β₁·m + (1 − β₁)·g; v ← β₂·v + (1 − β₂)·g·g; (amsgrad: v̂ ← max(v̂, v), used for v);
     * w ← w − (η / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε), with t already incremented.
     */
    static void apply(Tensor w, Tensor g, double t, double lr, Adam.Options o, Map<String, Tensor> state) {
        double beta1 = o.beta1(), beta2 = o.beta2(), eps = o.eps();
        Tensor m = Updates.zerosState(state, "expAvg", w);
        Tensor v = Updates.zerosState(state, "expAvgSq", w);
        m.mulInPlace(beta1).addInPlace(g, 1 - beta1);
        v.mulInPlace(beta2).addcmulInPlace(g, g, 1 - beta2);
        double stepSize = lr / (1 - Math.pow(beta1, t));
        double bc2Sqrt = Math.sqrt(1 - Math.pow(beta2, t));
        Tensor second = v;
        if (o.amsgrad()) {
            second = Updates.zerosState(state, "maxExpAvgSq", w);
            second.copyInPlace(second.maximum(v));
        }
        Tensor denom = Updates.copy(second).applyInPlace(x -> Math.sqrt(x) / bc2Sqrt + eps);
        w.addcdivInPlace(m, denom, -stepSize);
    }
}
