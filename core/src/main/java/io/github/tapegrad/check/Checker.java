package io.github.tapegrad.check;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.GradCheck.Kink;
import io.github.tapegrad.check.GradCheck.Mismatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.DoubleFunction;
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
    private double[] y0;
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
        y0 = outputs(-1, null);
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
        // NOTE: u comes from a stream of its own: drawn from the seed that also drew the inputs, it was correlated
        // with them (CheckerNumericsTest.upstreamIsIndependentOfTheInputs)
        u = Tensor.randn(new SplittableRandom(Property.caseSeed(o.seed(), -1)), outShape.toArray()).toArray();
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

    /** f with input i replaced by {@code xi} (none when i &lt; 0), flattened. */
    private double[] outputs(int i, double[] xi) {
        Tensor[] in = new Tensor[x.length];
        for (int k = 0; k < x.length; k++) in[k] = Tensor.of(k == i ? xi : x[k], shapes[k].toArray());
        Tensor y;
        try {
            y = f.apply(in);
        } catch (RuntimeException e) {
            if (i < 0) throw e;
            throw new IllegalStateException(title + ": f threw " + e.getClass().getSimpleName() + " when input " + i
                    + " was moved by a finite-difference step: " + e.getMessage() + "; make f defined around the "
                    + "point, or leave that input out of the check with requiresGrad(false)", e);
        }
        Objects.requireNonNull(y, title + ": f returned null");
        if (!y.shape().equals(outShape)) {
            throw new IllegalStateException(title + ": f returned shape " + y.shape() + " for a perturbed input " + i
                    + " but " + outShape + " at the point itself; f must not change its output shape with the values");
        }
        return y.toArray();
    }

    /**
     * Σₖ uₖ·(aₖ − bₖ): the change of L = u·f between two outputs. NOTE: each difference is taken before the sum, so an
     * output that does not depend on the moved input cancels exactly; the difference of two sums of u·f lost a small
     * slope in the rounding of a large output elsewhere (CheckerNumericsTest.aLargeOutputElsewhereDoesNotHideASlope).
     */
    private double change(double[] a, double[] b) {
        double c = 0;
        for (int k = 0; k < u.length; k++) c += u[k] * (a[k] - b[k]);
        return c;
    }

    /**
     * The step scale of a value: 1 up to |v| = 1, then |v|, so that v ± ε·scale stays exact to about 1e-10 of the
     * step (a fixed ε of 1e-6 is below the spacing of doubles near 1e10; CheckerNumericsTest.largeValues).
     */
    private static double scale(double v) {
        return Math.max(1, Math.abs(v));
    }

    /** f with element j of input i moved by t·scale(xᵢⱼ). */
    private double[] outputsAt(int i, int j, double t) {
        double[] xi = x[i].clone();
        xi[j] += t * scale(x[i][j]);
        return outputs(i, xi);
    }

    /** f with input i moved by t·w. */
    private double[] outputsAlong(int i, double[] w, double t) {
        double[] xi = x[i].clone();
        for (int j = 0; j < xi.length; j++) xi[j] += t * w[j];
        return outputs(i, xi);
    }

    private void elementwise(int i) {
        double e = o.eps();
        for (int j = 0; j < x[i].length; j++) {
            int jj = j;
            double unit = scale(x[i][j]);
            double numeric = change(outputsAt(i, j, e), outputsAt(i, j, -e)) / (2 * e * unit);
            compare(i, multiIndex(shapes[i], j), -1, analytic[i][j], numeric, t -> outputsAt(i, jj, t), unit);
        }
    }

    /**
     * Directional derivatives along random directions w: unit vectors over the elements of one decade of |x| (one
     * decade for |x| ≤ 1, then one per power of ten), scaled per element as {@link #scale}.
     * NOTE: one direction over all elements let a large one outweigh the rest, and rtol·|numeric| then hid an error
     * of order 1 in a small one (CheckerNumericsTest.fastModeSeesAnErrorBesideALargeElement).
     */
    private void projections(int i) {
        SplittableRandom rng = new SplittableRandom(Property.caseSeed(o.seed(), i));
        double e = o.eps();
        int before = mismatches.size(), n = x[i].length;
        int[] decade = new int[n];
        for (int j = 0; j < n; j++) decade[j] = Math.abs(x[i][j]) <= 1 ? 0 : 1 + (int) Math.log10(Math.abs(x[i][j]));
        int p = 0;
        for (int d : Arrays.stream(decade).distinct().sorted().toArray()) {
            for (int q = 0; q < o.projections(); q++, p++) {
                double[] w = unitVector(n, rng);
                double norm = 0;
                boolean all = true;
                for (int j = 0; j < n; j++) {
                    if (decade[j] != d) w[j] = 0;
                    all &= decade[j] == d;
                    norm += w[j] * w[j];
                }
                double a = 0, length = all ? 1 : Math.sqrt(norm);
                for (int j = 0; j < n; j++) {
                    w[j] = w[j] / length * scale(x[i][j]);
                    a += analytic[i][j] * w[j];
                }
                double numeric = change(outputsAlong(i, w, e), outputsAlong(i, w, -e)) / (2 * e);
                compare(i, null, p, a, numeric, t -> outputsAlong(i, w, t), 1);
            }
        }
        if (mismatches.size() > before) elementwise(i);
    }

    /**
     * A mismatch, unless f has a kink there: f continuous, with one-sided slopes that differ by more than the
     * tolerance and the rounding noise, each the same at steps ε and 2ε (a jump in f's value halves its slope when the
     * step doubles), and the analytic value between them (a subgradient).
     */
    private void compare(int i, int[] index, int projection, double a, double numeric, DoubleFunction<double[]> along,
                         double unit) {
        compared++;
        double err = Math.abs(a - numeric);
        if (err <= o.atol() + o.rtol() * Math.abs(numeric)) {
            maxError = Math.max(maxError, err);
            return;
        }
        double e = o.eps(), h = e * unit;
        double[] lm = along.apply(-e), lp = along.apply(e), lm2 = along.apply(-2 * e), lp2 = along.apply(2 * e);
        double left = change(y0, lm) / h, right = change(lp, y0) / h;
        double left2 = change(y0, lm2) / (2 * h), right2 = change(lp2, y0) / (2 * h);
        // NOTE: only the outputs that move count towards the noise: a large output elsewhere cancels exactly
        // (CheckerNumericsTest.aKinkBesideALargeOutputIsStillAKink)
        double noise = 0;
        for (int k = 0; k < u.length; k++) {
            boolean moved = lm[k] != y0[k] || lp[k] != y0[k] || lm2[k] != y0[k] || lp2[k] != y0[k];
            if (moved) noise += Math.abs(u[k]) * Math.ulp(y0[k]);
        }
        noise *= 8 / h;
        double gap = Math.abs(right - left);
        double tol = o.atol() + o.rtol() * Math.max(Math.abs(left), Math.abs(right)) + noise;
        boolean steady = Math.abs(right - right2) + Math.abs(left - left2) <= 0.25 * gap + tol;
        boolean kink = gap > 2 * tol && steady;
        boolean subgradient = a >= Math.min(left, right) - tol && a <= Math.max(left, right) + tol;
        if (kink && subgradient) {
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
