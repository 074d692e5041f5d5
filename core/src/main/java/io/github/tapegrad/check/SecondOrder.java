package io.github.tapegrad.check;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/** gradgradcheck: the first gradient G(x, u) = uᵀ ∂f/∂x, built with createGraph, checked as a function of x and u. */
final class SecondOrder {
    private SecondOrder() {}

    static GradCheck.Result check(Function<Tensor[], Tensor> f, GradCheck.Options o, Tensor[] inputs) {
        boolean[] checked = Checker.checkedInputs(inputs);
        int n = inputs.length;
        Tensor[] all = new Tensor[n + 1];
        for (int i = 0; i < n; i++) all[i] = Tensor.of(inputs[i].toArray(), inputs[i].shape().toArray()).requiresGrad(checked[i]);
        Shape out = outputShape(f, inputs);
        all[n] = Tensor.randn(new SplittableRandom(o.seed() ^ 0x5DEECE66DL), out.toArray()).requiresGrad(true);
        Function<Tensor[], Tensor> g = in -> firstGradient(f, in, checked);
        // NOTE: the options go on with the caller's seed, so the one the report prints replays this check
        // (CheckerNumericsTest.gradGradCheckPrintsTheSeedItWasGiven)
        return new Checker(g, o, all, "gradgradcheck (input " + n + " is the upstream u)").run();
    }

    @SuppressWarnings("try")
    private static Shape outputShape(Function<Tensor[], Tensor> f, Tensor[] inputs) {
        Tensor[] copies = new Tensor[inputs.length];
        for (int i = 0; i < inputs.length; i++) copies[i] = Tensor.of(inputs[i].toArray(), inputs[i].shape().toArray());
        try (Autograd.Scope s = Autograd.noGrad()) {
            return f.apply(copies).shape();
        }
    }

    /** The gradients of Σ u·f(x) with respect to the checked inputs, flattened and joined; recorded (createGraph). */
    @SuppressWarnings("try")
    static Tensor firstGradient(Function<Tensor[], Tensor> f, Tensor[] in, boolean[] checked) {
        int n = in.length - 1;
        try (Autograd.Scope s = Autograd.enableGrad()) {
            Tensor[] xs = new Tensor[n];
            List<Tensor> wrt = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                xs[k] = checked[k] && !in[k].requiresGrad() ? in[k].detach().requiresGrad(true) : in[k];
                if (checked[k]) wrt.add(xs[k]);
            }
            Tensor y = f.apply(xs);
            Tensor[] g = new Tensor[wrt.size()];
            if (y.requiresGrad() && !wrt.isEmpty()) {
                Autograd.Options ao = Autograd.Options.defaults().withSeeds(in[n]).withCreateGraph(true).withAllowUnused(true);
                g = Autograd.grad(new Tensor[] {y}, wrt.toArray(new Tensor[0]), ao);
            }
            List<Tensor> parts = new ArrayList<>();
            for (int k = 0; k < g.length; k++) parts.add((g[k] == null ? Tensor.zerosLike(wrt.get(k)) : g[k]).reshape(-1));
            if (parts.isEmpty()) return Tensor.zeros(0);
            return parts.size() == 1 ? parts.get(0) : Tensor.concat(parts, 0);
        }
    }
}
