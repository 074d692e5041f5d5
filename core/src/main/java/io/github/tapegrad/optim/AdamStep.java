package io.github.tapegrad.optim;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.kernel.Buffers;
import java.util.Map;

/** The fused update shared by {@link Adam} and {@link AdamW}: one pass over w, g, m, v (and v̂). */
final class AdamStep {
    private AdamStep() {}

    /**
     * t ← t + 1; d ← ±g + λ·w; w ← ρ·w; m ← β₁·m + (1 − β₁)·d; v ← β₂·v + (1 − β₂)·d·d; (amsgrad: v̂ ← max(v̂, v),
     * used for v); w ← w − (η / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε). Adam passes its λ and ρ = 1, AdamW λ = 0 and
     * ρ = 1 − η·λ. Every element is rounded as in the composed form {@code m.mulInPlace(β₁).addInPlace(d, 1 − β₁)},
     * {@code v.mulInPlace(β₂).addcmulInPlace(d, d, 1 − β₂)}, {@code w.addcdivInPlace(m, denominator, −η/(1 − β₁ᵗ))}.
     */
    static void apply(Tensor w, Tensor grad, double lr, Adam.Options o, Map<String, Tensor> state, double l2, double rho) {
        double t = Updates.incrementStep(state);
        double[] m = Updates.changed(Updates.zerosState(state, "expAvg", w));
        double[] v = Updates.changed(Updates.zerosState(state, "expAvgSq", w));
        boolean amsgrad = o.amsgrad(), maximize = o.maximize();
        double[] vMax = amsgrad ? Updates.changed(Updates.zerosState(state, "maxExpAvgSq", w)) : v;
        double[] g = Buffers.data(grad), x = Updates.changed(w);
        double beta1 = o.beta1(), beta2 = o.beta2(), eps = o.eps(), c1 = 1 - beta1, c2 = 1 - beta2;
        double negStepSize = -(lr / (1 - Math.pow(beta1, t)));
        double bc2Sqrt = Math.sqrt(1 - Math.pow(beta2, t));
        for (int i = 0; i < x.length; i++) {
            double d = Updates.direction(g[i], x[i], maximize, l2);
            // NOTE: ρ = 1 for Adam multiplies exactly (w·1 = w); FusedUpdateTest pins Adam bit for bit.
            double wi = x[i] * rho;
            double mi = m[i] = m[i] * beta1 + c1 * d;
            double vi = v[i] = v[i] * beta2 + c2 * d * d;
            if (amsgrad) vi = vMax[i] = Math.max(vMax[i], vi);
            x[i] = wi + negStepSize * mi / (Math.sqrt(vi) / bc2Sqrt + eps);
        }
    }
}
