package io.github.tapegrad.optim;

import io.github.tapegrad.Tensor;
import java.util.Map;

/**
 * The update rules as they were written before the fused loops: Tensor in-place ops, several passes and temporaries.
 * {@link FusedUpdateTest} runs them beside the optimizers and asserts bit-identical results.
 */
final class ComposedUpdates {
    private ComposedUpdates() {}

    static void sgd(Tensor w, Tensor grad, double lr, SGD.Options o, Map<String, Tensor> state) {
        Tensor d = direction(w, grad, o.maximize(), o.weightDecay());
        if (o.momentum() != 0) {
            Tensor b = state.get("momentumBuffer");
            if (b == null) {
                b = copy(d);
                state.put("momentumBuffer", b);
            } else {
                b.mulInPlace(o.momentum()).addInPlace(d, 1 - o.dampening());
            }
            d = o.nesterov() ? copy(d).addInPlace(b, o.momentum()) : b;
        }
        w.addInPlace(d, -lr);
    }

    static void adam(Tensor w, Tensor grad, double lr, Adam.Options o, Map<String, Tensor> state) {
        double t = incrementStep(state);
        Tensor d = direction(w, grad, o.maximize(), o.weightDecay());
        adamStep(w, d, t, lr, o, state);
    }

    static void adamW(Tensor w, Tensor grad, double lr, Adam.Options o, Map<String, Tensor> state) {
        double t = incrementStep(state);
        Tensor d = direction(null, grad, o.maximize(), 0);
        w.mulInPlace(1 - lr * o.weightDecay());
        adamStep(w, d, t, lr, o, state);
    }

    private static void adamStep(Tensor w, Tensor g, double t, double lr, Adam.Options o, Map<String, Tensor> state) {
        double beta1 = o.beta1(), beta2 = o.beta2(), eps = o.eps();
        Tensor m = zerosState(state, "expAvg", w);
        Tensor v = zerosState(state, "expAvgSq", w);
        m.mulInPlace(beta1).addInPlace(g, 1 - beta1);
        v.mulInPlace(beta2).addcmulInPlace(g, g, 1 - beta2);
        double stepSize = lr / (1 - Math.pow(beta1, t));
        double bc2Sqrt = Math.sqrt(1 - Math.pow(beta2, t));
        Tensor second = v;
        if (o.amsgrad()) {
            second = zerosState(state, "maxExpAvgSq", w);
            second.copyInPlace(second.maximum(v));
        }
        Tensor denom = copy(second).applyInPlace(x -> Math.sqrt(x) / bc2Sqrt + eps);
        w.addcdivInPlace(m, denom, -stepSize);
    }

    static void rmsprop(Tensor w, Tensor grad, double lr, RMSprop.Options o, Map<String, Tensor> state) {
        incrementStep(state);
        Tensor d = direction(w, grad, o.maximize(), o.weightDecay());
        Tensor s = zerosState(state, "squareAvg", w);
        s.mulInPlace(o.alpha()).addcmulInPlace(d, d, 1 - o.alpha());
        Tensor a = copy(s);
        if (o.centered()) {
            Tensor mean = zerosState(state, "gradAvg", w);
            mean.mulInPlace(o.alpha()).addInPlace(d, 1 - o.alpha());
            a.addcmulInPlace(mean, mean, -1);
        }
        double eps = o.eps();
        a.applyInPlace(x -> Math.sqrt(x) + eps);
        if (o.momentum() > 0) {
            Tensor b = zerosState(state, "momentumBuffer", w);
            b.mulInPlace(o.momentum()).addcdivInPlace(d, a, 1);
            w.addInPlace(b, -lr);
        } else {
            w.addcdivInPlace(d, a, -lr);
        }
    }

    static void adagrad(Tensor w, Tensor grad, double lr, Adagrad.Options o, Map<String, Tensor> state) {
        double t = incrementStep(state);
        Tensor d = direction(w, grad, o.maximize(), o.weightDecay());
        double clr = lr / (1 + (t - 1) * o.lrDecay());
        Tensor s = state.computeIfAbsent("sum", k -> Tensor.fullLike(w, o.initialAccumulatorValue()));
        s.addcmulInPlace(d, d, 1);
        double eps = o.eps();
        Tensor std = copy(s).applyInPlace(x -> Math.sqrt(x) + eps);
        w.addcdivInPlace(d, std, -clr);
    }

    private static Tensor direction(Tensor param, Tensor grad, boolean maximize, double weightDecay) {
        if (!maximize && weightDecay == 0) return grad;
        Tensor d = Tensor.zerosLike(grad).addInPlace(grad, maximize ? -1 : 1);
        return weightDecay == 0 ? d : d.addInPlace(param, weightDecay);
    }

    private static Tensor copy(Tensor t) {
        return Tensor.zerosLike(t).copyInPlace(t);
    }

    private static double incrementStep(Map<String, Tensor> state) {
        Tensor step = state.computeIfAbsent("step", k -> Tensor.scalar(0));
        return step.fillInPlace(step.item() + 1).item();
    }

    private static Tensor zerosState(Map<String, Tensor> state, String key, Tensor like) {
        return state.computeIfAbsent(key, k -> Tensor.zerosLike(like));
    }
}
