package io.github.tapegrad.check;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.GradCheck.Kink;
import io.github.tapegrad.check.GradCheck.Mismatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/** One gradient check: the analytic pass, then central differences element by element or along projections. */
final class Checker {
    private final Function<Tensor[], Tensor> f;
    private final GradCheck.Options o;
    private final String title;
    private final double[][] x;
    private final Shape[] shapes;
    private final boolean[] checked;
    private double[] u;
    private Shape outShape;
    private double[][] analytic;
    private double l0;
    private final List<Mismatch> mismatches = new ArrayList<>();
    private final List<Kink> kinks = new ArrayList<>();
    private double maxError;
    private int compared;

    Checker(Function<Tensor[], Tensor> f, GradCheck.Options o, Tensor[] inputs, String title) {
        this.f = f;
        this.o = o;
        this.title = title;
        int n = inputs.length;
        x = new double[n][];
        shapes = new Shape[n];
        for (int i = 0; i < n; i++) {
            Objects.requireNonNull(inputs[i], title + ": input " + i + " is null");
            x[i] = inputs[i].toArray();
            shapes[i] = inputs[i].shape();
        }
        checked = checkedInputs(inputs);
    }

    /** The inputs that require grad when some do, otherwise all. */
    static boolean[] checkedInputs(Tensor[] inputs) {
        boolean any = false;
        for (Tensor t : inputs) any |= t.requiresGrad();
        boolean[] c = new boolean[inputs.length];
        for (int i = 0; i < c.length; i++) c[i] = !any || inputs[i].requiresGrad();
        return c;
    }

    GradCheck.Result run() {
        analyticPass();
        l0 = loss(-1, null);
        for (int i = 0; i < x.length; i++) {
            if (!checked[i]) continue;
            if (o.fast()) projections(i);
            else elementwise(i);
        }
        String report = Report.of(title, o, shapes, checked, outShape, compared, maxError, mismatches, kinks);
        return new GradCheck.Result(report, mismatches, kinks, maxError);
    }

    @SuppressWarnings("try")
    private void analyticPass() {
        Tensor[] leaves = new Tensor[x.length];
        List<Tensor> wrt = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            leaves[i] = Tensor.of(x[i], shapes[i].toArray());
            if (checked[i]) wrt.add(leaves[i].requiresGrad(true));
        }
        Tensor y;
        try (Autograd.Scope s = Autograd.enableGrad()) {
            y = Objects.requireNonNull(f.apply(leaves), title + ": f returned null");
        }
        outShape = y.shape();
        u = Tensor.randn(new SplittableRandom(o.seed()), outShape.toArray()).toArray();
        Tensor[] g = new Tensor[wrt.size()];
        if (y.requiresGrad() && !wrt.isEmpty()) {
            Autograd.Options ao = Autograd.Options.defaults().withSeeds(Tensor.of(u, outShape.toArray())).withAllowUnused(true);
            g = Autograd.grad(new Tensor[] {y}, wrt.toArray(new Tensor[0]), ao);
        }
        analytic = new double[x.length][];
        for (int i = 0, k = 0; i < x.length; i++) {
            if (!checked[i]) continue;
            Tensor gi = g[k++];
            analytic[i] = gi == null ? new double[x[i].length] : gi.toArray();
        }
    }

    /** L = Σ uₖ f(x)ₖ with input i replaced by {@code xi} (none when i < 0). */
    private double loss(int i, double[] xi) {
        Tensor[] in = new Tensor[x.length];
        for (int k = 0; k < x.length; k++) in[k] = Tensor.of(k == i ? xi : x[k], shapes[k].toArray());
        Tensor y = Objects.requireNonNull(f.apply(in), title + ": f returned null");
        if (!y.shape().equals(outShape)) {
            throw new IllegalStateException(title + ": f returned shape " + y.shape() + " for a perturbed input " + i
                    + " but " + outShape + " at the point itself; f must not change its output shape with the values");
        }
        double[] v = y.toArray();
        double l = 0;
        for (int k = 0; k < v.length; k++) l += u[k] * v[k];
        return l;
    }

    private double lossAlong(int i, double[] dir, double t) {
        double[] xi = x[i].clone();
        for (int j = 0; j < xi.length; j++) xi[j] += t * dir[j];
        return loss(i, xi);
    }

    private double lossAt(int i, int j, double t) {
        double[] xi = x[i].clone();
        xi[j] += t;
        return loss(i, xi);
    }

    private void elementwise(int i) {
        double e = o.eps();
        for (int j = 0; j < x[i].length; j++) {
            int jj = j;
            double numeric = (lossAt(i, j, e) - lossAt(i, j, -e)) / (2 * e);
            compare(i, multiIndex(shapes[i], j), -1, analytic[i][j], numeric, t -> lossAt(i, jj, t));
        }
    }

    private void projections(int i) {
        SplittableRandom rng = new SplittableRandom(Property.caseSeed(o.seed(), i));
        double e = o.eps();
        int before = mismatches.size();
        for (int p = 0; p < o.projections() && x[i].length > 0; p++) {
            double[] v = unitVector(x[i].length, rng);
            double a = 0;
            for (int j = 0; j < v.length; j++) a += analytic[i][j] * v[j];
            double numeric = (lossAlong(i, v, e) - lossAlong(i, v, -e)) / (2 * e);
            compare(i, null, p, a, numeric, t -> lossAlong(i, v, t));
        }
        if (mismatches.size() > before) elementwise(i);
    }

    private void compare(int i, int[] index, int projection, double a, double numeric, DoubleUnaryOperator along) {
        compared++;
        double err = Math.abs(a - numeric);
        if (err <= o.atol() + o.rtol() * Math.abs(numeric)) {
            maxError = Math.max(maxError, err);
            return;
        }
        double e = o.eps();
        double lm = along.applyAsDouble(-e), lp = along.applyAsDouble(e);
        double left = (l0 - lm) / e, right = (lp - l0) / e;
        double left2 = (l0 - along.applyAsDouble(-2 * e)) / (2 * e), right2 = (along.applyAsDouble(2 * e) - l0) / (2 * e);
        double gap = Math.abs(right - left), tol = o.atol() + o.rtol() * Math.max(Math.abs(left), Math.abs(right));
        boolean jump = gap > tol && Math.abs(right2 - left2) < 1.5 * gap;
        boolean subgradient = a >= Math.min(left, right) - tol && a <= Math.max(left, right) + tol;
        if (jump && subgradient) {
            kinks.add(new Kink(i, shapes[i], index, projection, a, left, right));
        } else {
            maxError = Double.isNaN(err) ? Double.NaN : Math.max(maxError, err);
            mismatches.add(new Mismatch(i, shapes[i], index, projection, a, numeric));
        }
    }

    static int[] multiIndex(Shape s, int flat) {
        int[] d = s.toArray(), idx = new int[d.length];
        for (int k = d.length - 1; k >= 0; k--) {
            idx[k] = flat % d[k];
            flat /= d[k];
        }
        return idx;
    }

    private static double[] unitVector(int n, SplittableRandom rng) {
        double[] v = new double[n];
        double norm = 0;
        for (int j = 0; j < n; j++) {
            v[j] = rng.nextGaussian();
            norm += v[j] * v[j];
        }
        norm = Math.sqrt(norm);
        for (int j = 0; j < n; j++) v[j] /= norm;
        return v;
    }
}
