package io.github.tapegrad.reliability.fuzz;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Tape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.GradCheck;
import java.util.List;

/**
 * The properties every random program must have: recording does not change its values, its tape prints one line
 * per node, Autograd.grad and backward give the same bits, and its reverse-mode gradient agrees with central
 * differences (GradCheck, kinks reported, not failed; second order for one program in four; see {@link #gradients}
 * for the step).
 * Programs with a value (any intermediate) that is not finite or exceeds {@link #LIMIT} in magnitude, or a gradient
 * beyond {@link #GRADIENT_LIMIT}, are discarded: central differences say nothing reliable there (cos of e^(x⁴) is
 * bounded, but its slope is not).
 */
final class FuzzCheck {
    private FuzzCheck() {}

    static final double LIMIT = 1e4, GRADIENT_LIMIT = 1e6;

    static void check(Program p, FuzzStats stats) {
        Tensor[] x = p.inputValues();
        List<Tensor> values;
        try (var g = Autograd.noGrad()) {
            values = p.values(x);
        }
        if (!values.stream().allMatch(v -> usable(v.toArray(), LIMIT))) {
            stats.discarded++;
            return;
        }
        if (!recordingProperties(p, x, values.get(values.size() - 1))) {
            stats.discarded++;
            return;
        }
        gradients(p, x, stats, false);
        if (Math.floorMod(p.valueSeed, 4) == 0) {
            gradients(p, x, stats, true);
            stats.secondOrder++;
        }
        stats.count(p);
    }

    /**
     * Recording keeps the values, the tape prints a line per node, grad and backward agree. Returns false for a steep
     * program, one whose loss has a gradient beyond {@link #GRADIENT_LIMIT} at some intermediate value: there rounding
     * noise of order ε times that gradient passes for a derivative (a second derivative of 0.005 where the exact one is
     * e^−2781, after a product of 7.7e6 meets exp of 7.9).
     */
    private static boolean recordingProperties(Program p, Tensor[] x, Tensor plain) {
        Tensor[] leaves = new Tensor[x.length];
        for (int i = 0; i < x.length; i++) leaves[i] = x[i].detach().requiresGrad(true);
        List<Tensor> values = p.values(leaves);
        Tensor recorded = values.get(values.size() - 1);
        if (!sameBits(plain.toArray(), recorded.toArray())) {
            throw new AssertionError("recording changed the values: " + plain + " without, " + recorded + " with");
        }
        if (!recorded.requiresGrad()) return true;
        Tape tape = Tape.of(recorded);
        long lines = tape.toString().lines().count();
        if (lines != tape.size()) throw new AssertionError("the tape printed " + lines + " lines for " + tape.size() + " nodes");
        for (Tensor v : values) v.retainGrad();
        entryPointsAgree(recorded, leaves, p.valueSeed);
        for (Tensor v : values) if (v.grad() != null && !usable(v.grad().toArray(), GRADIENT_LIMIT)) return false;
        return true;
    }

    /**
     * GradCheck at the default step 1e-6; when it fails, again at 1e-7, 1e-8, 1e-5 and 1e-4. A wrong VJP fails at every
     * step; a truncation error of the central difference (a steep, curved program such as cos of a large product)
     * fades with a smaller step, and a rounding error (a small entry next to large ones in the same loss) with a larger
     * one, so passing at one of them counts as passing.
     */
    private static void gradients(Program p, Tensor[] x, FuzzStats stats, boolean secondOrder) {
        GradCheck.Options o = GradCheck.Options.defaults().withSeed(p.valueSeed);
        GradCheck.Result first = check(p, x, o, secondOrder);
        if (first.passed()) return;
        for (double eps : new double[] {1e-7, 1e-8, 1e-5, 1e-4}) {
            if (check(p, x, o.withEps(eps), secondOrder).passed()) {
                stats.smallerStep++;
                return;
            }
        }
        throw new AssertionError(first.report() + "\n  (it fails at steps 1e-7, 1e-8, 1e-5 and 1e-4 too)");
    }

    private static GradCheck.Result check(Program p, Tensor[] x, GradCheck.Options o, boolean secondOrder) {
        return secondOrder ? GradCheck.gradGradCheck(p::run, o, x) : GradCheck.check(p::run, o, x);
    }

    /** Autograd.grad (graph kept) and then backward(seed) give the leaves the same bits. */
    private static void entryPointsAgree(Tensor out, Tensor[] leaves, long seed) {
        Tensor u = Tensor.randn(out.shape().toArray(), seed);
        Autograd.Options o = Autograd.Options.defaults().withSeeds(u).withRetainGraph(true).withAllowUnused(true);
        Tensor[] g = Autograd.grad(new Tensor[] {out}, leaves, o);
        out.backward(u);
        for (int i = 0; i < leaves.length; i++) {
            Tensor viaGrad = g[i], viaBackward = leaves[i].grad();
            if ((viaGrad == null) != (viaBackward == null)
                    || viaGrad != null && !sameBits(viaGrad.toArray(), viaBackward.toArray())) {
                throw new AssertionError("input " + i + ": Autograd.grad gave " + viaGrad + " but backward gave " + viaBackward);
            }
        }
    }

    private static boolean usable(double[] v, double limit) {
        for (double d : v) if (!(Math.abs(d) <= limit)) return false;
        return true;
    }

    private static boolean sameBits(double[] a, double[] b) {
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (Double.doubleToRawLongBits(a[i]) != Double.doubleToRawLongBits(b[i])) return false;
        return true;
    }
}
