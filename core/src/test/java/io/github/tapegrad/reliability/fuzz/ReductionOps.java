package io.github.tapegrad.reliability.fuzz;

import static io.github.tapegrad.reliability.fuzz.Draw.axes;
import static io.github.tapegrad.reliability.fuzz.Draw.ints;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.reliability.fuzz.FuzzOp.Step;
import java.util.List;
import java.util.SplittableRandom;

/** Reductions over random axes (none means all), with or without kept dimensions, and ops along one axis. */
final class ReductionOps {
    private ReductionOps() {}

    /** A reduction called as {@code $0.name(axes, keepDims)}. */
    private interface Reduction {
        Tensor apply(Tensor t, int[] axes, boolean keep);
    }

    private static FuzzOp reduction(String name, Reduction f) {
        return FuzzOp.of(name, 1, (s, r) -> {
            int[] ax = axes(s[0], r);
            boolean keep = r.nextBoolean();
            return new Step("$0." + name + "(" + ints(ax) + ", " + keep + ")", t -> f.apply(t[0], ax, keep));
        });
    }

    static List<FuzzOp> ops() {
        return List.of(
                reduction("sum", Tensor::sum),
                reduction("mean", Tensor::mean),
                reduction("max", Tensor::max),
                reduction("min", Tensor::min),
                reduction("logSumExp", Tensor::logSumExp),
                reduction("prod", Tensor::prod),
                FuzzOp.of("var", 1, ReductionOps::var),
                FuzzOp.of("std", 1, ReductionOps::std),
                FuzzOp.of("norm", 1, ReductionOps::norm),
                FuzzOp.of("softmax", 1, (s, r) -> along(s[0], r, "softmax")),
                FuzzOp.of("logSoftmax", 1, (s, r) -> along(s[0], r, "logSoftmax")));
    }

    private static int count(Shape s, int[] axes) {
        if (axes.length == 0) return s.size();
        int n = 1;
        for (int a : axes) n *= s.get(a);
        return n;
    }

    private static Step var(Shape[] s, SplittableRandom r) {
        int[] ax = axes(s[0], r);
        double correction = count(s[0], ax) > 1 ? r.nextInt(2) : 0;
        boolean keep = r.nextBoolean();
        return new Step("$0.var(" + ints(ax) + ", " + correction + ", " + keep + ")", t -> t[0].var(ax, correction, keep));
    }

    private static Step std(Shape[] s, SplittableRandom r) {
        int[] ax = axes(s[0], r);
        if (count(s[0], ax) < 2) return null;
        boolean keep = r.nextBoolean();
        return new Step("$0.std(" + ints(ax) + ", 1, " + keep + ")", t -> t[0].std(ax, 1, keep));
    }

    private static Step norm(Shape[] s, SplittableRandom r) {
        int[] ax = axes(s[0], r);
        double p = new double[] {1, 2, 3, Double.POSITIVE_INFINITY}[r.nextInt(4)];
        boolean keep = r.nextBoolean();
        String ps = p == Double.POSITIVE_INFINITY ? "Double.POSITIVE_INFINITY" : Double.toString(p);
        return new Step("$0.norm(" + ps + ", " + ints(ax) + ", " + keep + ")", t -> t[0].norm(p, ax, keep));
    }

    private static Step along(Shape s, SplittableRandom r, String name) {
        int ax = s.rank() == 0 ? 0 : r.nextInt(-s.rank(), s.rank());
        return new Step("$0." + name + "(" + ax + ")",
                t -> name.equals("softmax") ? t[0].softmax(ax) : t[0].logSoftmax(ax));
    }
}
