package io.github.tapegrad;

import io.github.tapegrad.kernel.Elementwise;
import io.github.tapegrad.kernel.Fused;
import io.github.tapegrad.kernel.MatMul;
import io.github.tapegrad.kernel.Reduce;
import io.github.tapegrad.kernel.Softmax;
import io.github.tapegrad.kernel.Strided;
import java.util.Arrays;

/**
 * THE derivative table: every primitive op with its forward and its vector-Jacobian product side by side.
 * Everything else in {@link Tensor} is composed of these. Each VJP is written with tensor ops, so under
 * {@code createGraph} gradients are recorded and can be differentiated again. Broadcasting happens before a
 * primitive is called (with {@link Expand}), so binary primitives see equal shapes and {@code Expand}'s VJP
 * is the only unbroadcast.
 *
 * <p>Beyond the minimal set, a primitive exists for accuracy (log1p, expm1, tanh, sigmoid, softplus, erf),
 * for speed (sub, div, mean, logSoftmax, relu: one pass where the composition takes two to six ops) or because no
 * composition exists (sin, cos, matmul, gather).
 */
final class Primitives {
    private Primitives() {}

    /**
     * The built-in primitives. Their VJPs return the upstream gradient itself, a view of it, or a tensor they have just
     * computed and nobody else holds, so the backward loop may keep the last kind as a sum it owns (see {@code Autograd}).
     */
    interface Builtin extends Op {}

    static double[] d(Tensor t) {
        return t.dataUnsafe();
    }

    static Tensor out(double[] data, Tensor like) {
        return Tensor.result(data, like.shape());
    }

    /**
     * Whether a VJP is being recorded (createGraph). When it is not, the hottest VJPs run one fused loop
     * ({@link Fused}) that evaluates the composed formula in the same order: bitwise the same gradient, fewer passes.
     */
    static boolean recording() {
        return GradMode.current().enabled;
    }

    // ------------------------------------------------------------------ elementwise, one input

    /** out = −x;  dx = −g */
    record Neg() implements Op.Unary, Builtin {
        public Tensor forward(Tensor x) { return out(Elementwise.neg(d(x)), x); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return g.neg(); }
        Tensor apply(Tensor x) { return Tensor.record(this, forward(x), x); }
    }

    /** out = eˣ;  dx = g · out */
    record Exp() implements Op.Unary, Builtin {
        public boolean savesOutput() { return true; }
        public Tensor forward(Tensor x) { return out(Elementwise.exp(d(x)), x); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return g.mul(out); }
        Tensor apply(Tensor x) { return Tensor.record(this, forward(x), x); }
    }

    /** out = ln x;  dx = g / x */
    record Log() implements Op.Unary, Builtin {
        public Tensor forward(Tensor x) { return out(Elementwise.log(d(x)), x); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return g.div(x); }
        Tensor apply(Tensor x) { return Tensor.record(this, forward(x), x); }
    }

    /** out = ln(1 + x), accurate near 0;  dx = g / (1 + x) */
    record Log1p() implements Op.Unary, Builtin {
        public Tensor forward(Tensor x) { return out(Elementwise.map(d(x), Elementwise::log1p), x); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return g.div(x.add(1)); }
        Tensor apply(Tensor x) { return Tensor.record(this, forward(x), x); }
    }

    /** out = eˣ − 1, accurate near 0;  dx = g · (out + 1) */
    record Expm1() implements Op.Unary, Builtin {
        public boolean savesOutput() { return true; }
        public Tensor forward(Tensor x) { return out(Elementwise.map(d(x), Elementwise::expm1), x); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return g.mul(out.add(1)); }
        Tensor apply(Tensor x) { return Tensor.record(this, forward(x), x); }
    }

    /** out = sin x;  dx = g · cos x */
    record Sin() implements Op.Unary, Builtin {
        public Tensor forward(Tensor x) { return out(Elementwise.map(d(x), Math::sin), x); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return g.mul(x.cos()); }
        Tensor apply(Tensor x) { return Tensor.record(this, forward(x), x); }
    }

    /** out = cos x;  dx = −g · sin x */
    record Cos() implements Op.Unary, Builtin {
        public Tensor forward(Tensor x) { return out(Elementwise.map(d(x), Math::cos), x); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return g.mul(x.sin()).neg(); }
        Tensor apply(Tensor x) { return Tensor.record(this, forward(x), x); }
    }

    /** out = tanh x (a primitive: 2σ(2x) − 1 loses relative accuracy near 0);  dx = g · (1 − out²) */
    record Tanh() implements Op.Unary, Builtin {
        public boolean savesOutput() { return true; }
        public Tensor forward(Tensor x) { return out(Elementwise.tanh(d(x)), x); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) {
            return recording() ? g.mul(out.mul(out).rsub(1)) : out(Fused.tanhGrad(d(g), d(out)), g);
        }
        Tensor apply(Tensor x) { return Tensor.record(this, forward(x), x); }
    }

    /** out = σ(x), two-branch (composed 1/(1+e⁻ˣ) gives NaN gradients at −800);  dx = g · out · (1 − out) */
    record Sigmoid() implements Op.Unary, Builtin {
        public boolean savesOutput() { return true; }
        public Tensor forward(Tensor x) { return out(Elementwise.sigmoid(d(x)), x); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) {
            return recording() ? g.mul(out.mul(out.rsub(1))) : out(Fused.sigmoidGrad(d(g), d(out)), g);
        }
        Tensor apply(Tensor x) { return Tensor.record(this, forward(x), x); }
    }

    /** out = ln(1 + eˣ) = max(x, 0) + ln(1 + e^−|x|);  dx = g · σ(x) (exact at every x, including 0) */
    record Softplus() implements Op.Unary, Builtin {
        public Tensor forward(Tensor x) { return out(Elementwise.softplus(d(x)), x); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) {
            return recording() ? g.mul(x.sigmoid()) : out(Fused.softplusGrad(d(g), d(x)), g);
        }
        Tensor apply(Tensor x) { return Tensor.record(this, forward(x), x); }
    }

    /**
     * out = max(x, 0) (0 for x ≤ 0, NaN kept);  dx = g where out &gt; 0, else 0 (PyTorch's threshold_backward: 0 at x = 0)
     */
    record Relu() implements Op.Unary, Builtin {
        public boolean savesOutput() { return true; }
        public Tensor forward(Tensor x) { return out(Elementwise.relu(d(x)), x); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) {
            return recording() ? Tensor.where(out.le(0), Tensor.zerosLike(g), g) : out(Fused.reluGrad(d(g), d(out)), g);
        }
        Tensor apply(Tensor x) { return Tensor.record(this, forward(x), x); }
    }

    /** out = erf x (no composition of the others gives it);  dx = g · 2/√π · e^(−x²) */
    record Erf() implements Op.Unary, Builtin {
        public Tensor forward(Tensor x) { return out(Elementwise.map(d(x), Elementwise::erf), x); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return g.mul(x.square().neg().exp().mul(2 / Math.sqrt(Math.PI))); }
        Tensor apply(Tensor x) { return Tensor.record(this, forward(x), x); }
    }

    /** out = xᵖ for a constant p;  dx = g · p · xᵖ⁻¹ (0 when p = 0) */
    record Pow(double p) implements Op.Unary, Builtin {
        public Tensor forward(Tensor x) {
            double[] a = d(x);
            if (p == 2) return out(Elementwise.mul(a, a), x);
            if (p == 0.5) return out(Elementwise.map(a, Math::sqrt), x);
            if (p == 1) return out(a.clone(), x);
            if (p == -1) return out(Elementwise.map(a, v -> 1 / v), x);
            return out(Elementwise.map(a, v -> Math.pow(v, p)), x);
        }

        public Tensor vjp(Tensor g, Tensor x, Tensor out) {
            if (p == 0) return Tensor.zerosLike(x);
            if (p == 1) return g;
            if (p == 2) return g.mul(x.mul(2));
            return g.mul(x.pow(p - 1).mul(p));
        }

        public String params() { return "p=" + p; }

        static Tensor apply(Tensor x, double p) { Pow op = new Pow(p); return Tensor.record(op, op.forward(x), x); }
    }

    // ------------------------------------------------------------------ elementwise, two inputs (equal shapes)

    /** out = a + b;  da = g,  db = g */
    record Add() implements Op.Binary, Builtin {
        public Tensor forward(Tensor a, Tensor b) { return out(Elementwise.add(d(a), d(b)), a); }
        public Tensor vjpA(Tensor g, Tensor a, Tensor b, Tensor out) { return g; }
        public Tensor vjpB(Tensor g, Tensor a, Tensor b, Tensor out) { return g; }
        Tensor apply(Tensor a, Tensor b) { return Tensor.record(this, forward(a, b), a, b); }
    }

    /** out = a − b;  da = g,  db = −g */
    record Sub() implements Op.Binary, Builtin {
        public Tensor forward(Tensor a, Tensor b) { return out(Elementwise.sub(d(a), d(b)), a); }
        public Tensor vjpA(Tensor g, Tensor a, Tensor b, Tensor out) { return g; }
        public Tensor vjpB(Tensor g, Tensor a, Tensor b, Tensor out) { return g.neg(); }
        Tensor apply(Tensor a, Tensor b) { return Tensor.record(this, forward(a, b), a, b); }
    }

    /** out = a · b;  da = g · b,  db = g · a */
    record Mul() implements Op.Binary, Builtin {
        public Tensor forward(Tensor a, Tensor b) { return out(Elementwise.mul(d(a), d(b)), a); }
        public Tensor vjpA(Tensor g, Tensor a, Tensor b, Tensor out) { return g.mul(b); }
        public Tensor vjpB(Tensor g, Tensor a, Tensor b, Tensor out) { return g.mul(a); }
        Tensor apply(Tensor a, Tensor b) { return Tensor.record(this, forward(a, b), a, b); }
    }

    /** out = a / b;  da = g / b,  db = −g · a / b² */
    record Div() implements Op.Binary, Builtin {
        public Tensor forward(Tensor a, Tensor b) { return out(Elementwise.div(d(a), d(b)), a); }
        public Tensor vjpA(Tensor g, Tensor a, Tensor b, Tensor out) { return g.div(b); }
        public Tensor vjpB(Tensor g, Tensor a, Tensor b, Tensor out) { return g.mul(a).div(b.mul(b)).neg(); }
        Tensor apply(Tensor a, Tensor b) { return Tensor.record(this, forward(a, b), a, b); }
    }

    /** out = aᵇ;  da = g · b · aᵇ⁻¹ (0 where b = 0),  db = g · out · ln a (0 where a = 0 and b ≥ 0), as PyTorch */
    record PowTensor() implements Op.Binary, Builtin {
        public boolean savesOutput() { return true; }
        public Tensor forward(Tensor a, Tensor b) { return out(Elementwise.zip(d(a), d(b), Math::pow), a); }
        public Tensor vjpA(Tensor g, Tensor a, Tensor b, Tensor out) {
            return Tensor.where(b.eq(0), 0.0, g.mul(b.mul(a.pow(b.sub(1)))));
        }
        public Tensor vjpB(Tensor g, Tensor a, Tensor b, Tensor out) {
            Tensor zero = a.eq(0).mul(b.ge(0));
            return Tensor.where(zero, 0.0, g.mul(out.mul(Tensor.where(zero, 1.0, a).log())));
        }
        Tensor apply(Tensor a, Tensor b) { return Tensor.record(this, forward(a, b), a, b); }
    }

    /** out = max(a, b) (NaN propagates);  da = g · [a &gt; b] + g/2 · [a = b],  db likewise */
    record Maximum() implements Op.Binary, Builtin {
        public Tensor forward(Tensor a, Tensor b) {
            return out(Elementwise.zip(d(a), d(b), (x, y) -> x != x || y != y ? Double.NaN : Math.max(x, y)), a);
        }
        public Tensor vjpA(Tensor g, Tensor a, Tensor b, Tensor out) { return g.mul(a.gt(b).add(a.eq(b).mul(0.5))); }
        public Tensor vjpB(Tensor g, Tensor a, Tensor b, Tensor out) { return g.mul(b.gt(a).add(a.eq(b).mul(0.5))); }
        Tensor apply(Tensor a, Tensor b) { return Tensor.record(this, forward(a, b), a, b); }
    }

    /** out = cond ? a : b (cond a constant);  da = cond ? g : 0,  db = cond ? 0 : g */
    record Where() implements Builtin {
        public Tensor forward(Tensor[] in) { return out(Elementwise.where(d(in[0]), d(in[1]), d(in[2])), in[1]); }
        public Tensor vjp(int i, Tensor g, Tensor[] in, Tensor out) {
            Tensor zero = Tensor.zerosLike(g);
            return i == 1 ? Tensor.where(in[0], g, zero) : i == 2 ? Tensor.where(in[0], zero, g) : null;
        }
        Tensor apply(Tensor c, Tensor a, Tensor b) { return Tensor.record(this, forward(new Tensor[] {c, a, b}), c, a, b); }
    }

    // ------------------------------------------------------------------ reductions

    private static String axesText(boolean[] mask) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < mask.length; i++) if (mask[i]) sb.append(sb.length() > 1 ? ", " : "").append(i);
        return sb.append(')').toString();
    }

    private static Shape keptShape(Shape s, boolean[] mask, boolean keepDims) {
        int[] d = s.toArray();
        int k = 0;
        for (int i = 0; i < d.length; i++) {
            if (!mask[i]) d[k++] = d[i];
            else if (keepDims) d[k++] = 1;
        }
        return Shape.of(Arrays.copyOf(d, k));
    }

    /** out = Σ x over the axes;  dx = g expanded back to x's shape */
    record Sum(boolean[] axes, boolean keepDims) implements Op.Unary, Builtin {
        public Tensor forward(Tensor x) {
            double[] r = Reduce.reduce(d(x), x.shape().dimsUnsafe(), axes, Reduce.Kind.SUM);
            return Tensor.result(r, keptShape(x.shape(), axes, keepDims));
        }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) {
            Shape kept = keptShape(x.shape(), axes, true);
            // With nothing to expand, g reshaped is g's own buffer: the composed form's view, never a sum the loop
            // owns.
            if (recording() || kept.equals(x.shape())) return g.reshape(kept.dimsUnsafe()).broadcastTo(x.shape());
            return spread(d(g), kept, x.shape());
        }
        public String params() { return "axes=" + axesText(axes) + (keepDims ? ", keepDims" : ""); }
        static Tensor apply(Tensor x, boolean[] axes, boolean keepDims) {
            Sum op = new Sum(axes, keepDims);
            return Tensor.record(op, op.forward(x), x);
        }
    }

    /**
     * out = Σ x over the axes / N, N the number of elements summed into each;  dx = g / N expanded back to x's shape
     * (bitwise sum(x).div(N) and its gradient, one node instead of two and no constant)
     */
    record Mean(boolean[] axes, boolean keepDims, int n) implements Op.Unary, Builtin {
        public Tensor forward(Tensor x) {
            double[] r = Reduce.reduce(d(x), x.shape().dimsUnsafe(), axes, Reduce.Kind.SUM);
            for (int i = 0; i < r.length; i++) r[i] /= n;
            return Tensor.result(r, keptShape(x.shape(), axes, keepDims));
        }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) {
            Shape kept = keptShape(x.shape(), axes, true);
            if (recording()) return g.div(n).reshape(kept.dimsUnsafe()).broadcastTo(x.shape());
            double[] gd = d(g), q = new double[gd.length];
            for (int i = 0; i < q.length; i++) q[i] = gd[i] / n;
            return spread(q, kept, x.shape());
        }
        public String params() { return "axes=" + axesText(axes) + (keepDims ? ", keepDims" : ""); }
        static Tensor apply(Tensor x, boolean[] axes, boolean keepDims, int n) {
            Mean op = new Mean(axes, keepDims, n);
            return Tensor.record(op, op.forward(x), x);
        }
    }

    /**
     * The first-order VJP of Sum and Mean: values of the keep-dims shape {@code kept} repeated over the reduced axes
     * of {@code target}, as reshape and broadcastTo form it, in a new array (or {@code values} themselves when there is
     * nothing to repeat).
     */
    private static Tensor spread(double[] values, Shape kept, Shape target) {
        Tensor t = Tensor.result(values, kept);
        return kept.equals(target) ? t : new Expand(target).forward(t);
    }

    /**
     * out = max x over the axes (NaN propagates);  dx = g · [x = out] / #ties (ties split evenly); for a NaN out,
     * g split evenly over the slice's NaN elements (as PyTorch's max())
     */
    record Max(boolean[] axes, boolean keepDims) implements Op.Unary, Builtin {
        public boolean savesOutput() { return true; }
        public Tensor forward(Tensor x) {
            double[] r = Reduce.reduce(d(x), x.shape().dimsUnsafe(), axes, Reduce.Kind.MAX);
            return Tensor.result(r, keptShape(x.shape(), axes, keepDims));
        }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) {
            int[] kept = keptShape(x.shape(), axes, true).dimsUnsafe();
            Tensor o = out.detach().reshape(kept);
            Tensor mask = x.eq(o);
            // NOTE: NaN equals nothing, so a NaN out alone gave mask 0 and share 0/0
            // (NonFiniteInputsTest.maxAndMinOfNaNSendTheGradientToTheNaNElements)
            if (hasNaN(d(o))) mask = mask.add(x.isNaN().mul(o.isNaN()));
            int[] ax = axesList(axes);
            Tensor share = mask.div(mask.sum(ax, true));
            return g.reshape(kept).mul(share);
        }
        public String params() { return "axes=" + axesText(axes) + (keepDims ? ", keepDims" : ""); }
        static Tensor apply(Tensor x, boolean[] axes, boolean keepDims) {
            Max op = new Max(axes, keepDims);
            return Tensor.record(op, op.forward(x), x);
        }
    }

    /** Whether any value is NaN. */
    static boolean hasNaN(double[] v) {
        for (double e : v) if (e != e) return true;
        return false;
    }

    static int[] axesList(boolean[] mask) {
        int n = 0;
        for (boolean b : mask) if (b) n++;
        int[] r = new int[n];
        for (int i = 0, k = 0; i < mask.length; i++) if (mask[i]) r[k++] = i;
        return r.length == 0 && mask.length == 0 ? new int[0] : r;
    }

    /**
     * out = Π x over the last axis;  dx = g · Π_{j≠i} x_j. Where no factor is 0 this is g · out / x; otherwise the
     * products of the others are formed exactly as Π over where(j = i, 1, x_j).
     */
    record ProdLast() implements Op.Unary, Builtin {
        public boolean savesOutput() { return true; }
        public Tensor forward(Tensor x) {
            int[] s = x.shape().dimsUnsafe();
            int n = s[s.length - 1];
            int[] lead = Arrays.copyOf(s, s.length - 1);
            int rows = Shape.of(lead).size();
            double[] a = d(x), r = new double[rows];
            for (int i = 0; i < rows; i++) {
                double p = 1;
                for (int j = 0; j < n; j++) p *= a[i * n + j];
                r[i] = p;
            }
            return Tensor.result(r, Shape.of(lead));
        }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) {
            Tensor gk = g.unsqueeze(-1);
            boolean anyZero = false;
            for (double v : d(x)) anyZero |= v == 0;
            if (!anyZero) return gk.mul(out.unsqueeze(-1).div(x));
            int n = x.size(-1);
            int[] big = Arrays.copyOf(x.shape().dimsUnsafe(), x.dim() + 1);
            big[x.dim()] = n;
            Tensor rep = x.unsqueeze(-2).broadcastTo(Shape.of(big));
            Tensor others = Tensor.where(Tensor.eye(n), 1.0, rep).prod(-1, false);
            return gk.mul(others);
        }
        Tensor apply(Tensor x) { return Tensor.record(this, forward(x), x); }
    }

    // ------------------------------------------------------------------ movement

    /** out = x viewed with another shape (shares the buffer);  dx = g reshaped back */
    record Reshape(Shape shape) implements Op.Unary, Builtin {
        public Tensor forward(Tensor x) { return Tensor.view(x, shape); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return g.reshape(x.shape().dimsUnsafe()); }
        public String params() { return "shape=" + shape; }
        static Tensor apply(Tensor x, Shape s) { Reshape op = new Reshape(s); return Tensor.record(op, op.forward(x), x); }
    }

    /** out = x broadcast to a shape (new leading dimensions allowed);  dx = g summed back to x's shape (the one unbroadcast) */
    record Expand(Shape shape) implements Op.Unary, Builtin {
        public Tensor forward(Tensor x) {
            int[] xs = x.shape().strides(), in = x.shape().dimsUnsafe(), out = shape.dimsUnsafe();
            int lead = out.length - in.length;
            int[] st = new int[out.length];
            for (int j = 0; j < in.length; j++) st[lead + j] = in[j] == 1 && out[lead + j] != 1 ? 0 : xs[j];
            return Tensor.gatherStrided(x, 0, shape, st);
        }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return g.sumTo(x.shape()); }
        public String params() { return "shape=" + shape; }
        static Tensor apply(Tensor x, Shape s) { Expand op = new Expand(s); return Tensor.record(op, op.forward(x), x); }
    }

    /** out = x with dimensions reordered (out dim i = x dim perm[i]);  dx = g permuted by the inverse */
    record Permute(int[] perm) implements Op.Unary, Builtin {
        public Tensor forward(Tensor x) {
            int[] st = x.shape().strides(), in = x.shape().dimsUnsafe();
            int[] os = new int[perm.length], od = new int[perm.length];
            for (int i = 0; i < perm.length; i++) {
                os[i] = st[perm[i]];
                od[i] = in[perm[i]];
            }
            return Tensor.gatherStrided(x, 0, Shape.of(od), os);
        }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) {
            int[] inv = new int[perm.length];
            for (int i = 0; i < perm.length; i++) inv[perm[i]] = i;
            return g.permute(inv);
        }
        public String params() { return "dims=" + Arrays.toString(perm).replace('[', '(').replace(']', ')'); }
        static Tensor apply(Tensor x, int[] perm) { Permute op = new Permute(perm); return Tensor.record(op, op.forward(x), x); }
    }

    /** out = x[start + i·step] per dimension;  dx = g placed back in zeros (a {@link Pad} with value 0) */
    record Slice(int[] start, int[] step, Shape shape) implements Op.Unary, Builtin {
        public Tensor forward(Tensor x) {
            int[] st = x.shape().strides();
            int off = 0;
            int[] os = new int[st.length];
            for (int i = 0; i < st.length; i++) {
                off += start[i] * st[i];
                os[i] = st[i] * step[i];
            }
            return Tensor.gatherStrided(x, off, shape, os);
        }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return Pad.apply(g, start, step, x.shape(), 0); }
        public String params() { return "start=" + Arrays.toString(start) + ", step=" + Arrays.toString(step); }
        static Tensor apply(Tensor x, int[] start, int[] step, Shape s) {
            Slice op = new Slice(start, step, s);
            return Tensor.record(op, op.forward(x), x);
        }
    }

    /** out = a tensor of {@code shape} filled with value, x placed at start + i·step;  dx = g sliced there */
    record Pad(int[] start, int[] step, Shape shape, double value) implements Op.Unary, Builtin {
        public Tensor forward(Tensor x) {
            double[] o = new double[shape.size()];
            if (value != 0) Arrays.fill(o, value);
            int[] st = shape.strides();
            int off = 0;
            int[] os = new int[st.length];
            for (int i = 0; i < st.length; i++) {
                off += start[i] * st[i];
                os[i] = st[i] * step[i];
            }
            Strided.scatter(d(x), o, off, x.shape().dimsUnsafe(), os, false);
            return Tensor.result(o, shape);
        }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return Slice.apply(g, start, step, x.shape()); }
        public String params() { return "start=" + Arrays.toString(start) + ", shape=" + shape + (value != 0 ? ", value=" + value : ""); }
        static Tensor apply(Tensor x, int[] start, int[] step, Shape s, double value) {
            Pad op = new Pad(start, step, s, value);
            return Tensor.record(op, op.forward(x), x);
        }
    }

    /** out = x reversed along the axes;  dx = g reversed along the same axes */
    record Flip(boolean[] axes) implements Op.Unary, Builtin {
        public Tensor forward(Tensor x) {
            int[] st = x.shape().strides(), dims = x.shape().dimsUnsafe();
            int off = 0;
            for (int i = 0; i < st.length; i++) {
                if (axes[i] && dims[i] > 0) {
                    off += (dims[i] - 1) * st[i];
                    st[i] = -st[i];
                }
            }
            return Tensor.gatherStrided(x, off, x.shape(), st);
        }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return apply(g, axes); }
        public String params() { return "axes=" + axesText(axes); }
        static Tensor apply(Tensor x, boolean[] axes) { Flip op = new Flip(axes); return Tensor.record(op, op.forward(x), x); }
    }

    /** out = the inputs joined along an axis;  d(input i) = g narrowed to input i's range */
    record Concat(int axis) implements Builtin {
        public Tensor forward(Tensor[] in) {
            int[] od = in[0].shape().toArray();
            od[axis] = 0;
            for (Tensor t : in) od[axis] += t.shape().get(axis);
            Shape s = Shape.of(od);
            double[] o = new double[s.size()];
            int[] st = s.strides();
            int off = 0;
            for (Tensor t : in) {
                Strided.scatter(d(t), o, off * st[axis], t.shape().dimsUnsafe(), st, false);
                off += t.shape().get(axis);
            }
            return Tensor.result(o, s);
        }
        public Tensor vjp(int i, Tensor g, Tensor[] in, Tensor out) {
            int off = 0;
            for (int k = 0; k < i; k++) off += in[k].shape().get(axis);
            return g.narrow(axis, off, in[i].shape().get(axis));
        }
        public String params() { return "axis=" + axis; }
        static Tensor apply(Tensor[] in, int axis) { Concat op = new Concat(axis); return Tensor.record(op, op.forward(in), in); }
    }

    // ------------------------------------------------------------------ indexing

    /** out[…i…] = x[…index[…i…]…] along the axis;  dx = scatterAdd(zeros, axis, index, g) */
    record Gather(int axis) implements Builtin {
        public Tensor forward(Tensor[] in) { return Tensor.result(Indexing.gather(in[0], in[1], axis), in[1].shape()); }
        public Tensor vjp(int i, Tensor g, Tensor[] in, Tensor out) {
            if (i != 0) return null;
            if (recording()) return Tensor.zerosLike(in[0]).scatterAdd(axis, in[1], g);
            return Tensor.result(Indexing.scatterAddInto(new double[in[0].size()], in[0].shape(), in[1], g, axis), in[0].shape());
        }
        public String params() { return "axis=" + axis; }
        static Tensor apply(Tensor x, Tensor index, int axis) {
            Gather op = new Gather(axis);
            return Tensor.record(op, op.forward(new Tensor[] {x, index}), x, index);
        }
    }

    /**
     * out = self, plus src added at index along the axis;  dself = g,  dsrc = gather(g, axis, index), padded with zeros
     * where src is larger than the index (that part of src is unused)
     */
    record ScatterAdd(int axis) implements Builtin {
        public Tensor forward(Tensor[] in) { return Tensor.result(Indexing.scatterAdd(in[0], in[1], in[2], axis), in[0].shape()); }
        public Tensor vjp(int i, Tensor g, Tensor[] in, Tensor out) {
            return i == 0 ? g : i == 2 ? padTo(g.gather(axis, in[1]), in[2].shape()) : null;
        }
        private static Tensor padTo(Tensor t, Shape s) {
            if (t.shape().equals(s)) return t;
            int[] p = new int[2 * s.rank()];
            for (int d = 0; d < s.rank(); d++) p[2 * (s.rank() - 1 - d) + 1] = s.get(d) - t.size(d);
            return t.pad(0, p);
        }
        public String params() { return "axis=" + axis; }
        static Tensor apply(Tensor self, Tensor index, Tensor src, int axis) {
            ScatterAdd op = new ScatterAdd(axis);
            return Tensor.record(op, op.forward(new Tensor[] {self, index, src}), self, index, src);
        }
    }

    // ------------------------------------------------------------------ matmul

    /**
     * out = op(a) · op(b) over equal batch dimensions, where op transposes the last two dimensions on request;
     * for out = a·b:  da = g · bᵀ,  db = aᵀ · g (the flags let the VJPs avoid materialising transposes).
     */
    record MatMulOp(boolean transA, boolean transB) implements Op.Binary, Builtin {
        public Tensor forward(Tensor a, Tensor b) {
            int r = a.dim();
            int n = transA ? a.size(r - 1) : a.size(r - 2), k = transA ? a.size(r - 2) : a.size(r - 1);
            int m = transB ? b.size(r - 2) : b.size(r - 1);
            int batch = a.size() / Math.max(1, n * k);
            if (n * k == 0) batch = Shape.of(Arrays.copyOf(a.shape().dimsUnsafe(), r - 2)).size();
            int[] od = a.shape().toArray();
            od[r - 2] = n;
            od[r - 1] = m;
            return Tensor.result(MatMul.matmul(d(a), d(b), batch, n, k, m, transA, transB), Shape.of(od));
        }
        public Tensor vjpA(Tensor g, Tensor a, Tensor b, Tensor out) {
            return transA ? apply(b, g, transB, true) : apply(g, b, false, !transB);
        }
        public Tensor vjpB(Tensor g, Tensor a, Tensor b, Tensor out) {
            return transB ? apply(g, a, true, transA) : apply(a, g, !transA, false);
        }
        public String name() { return "MatMul"; }
        public String params() { return transA || transB ? (transA ? "aT" : "") + (transA && transB ? ", " : "") + (transB ? "bT" : "") : ""; }
        static Tensor apply(Tensor a, Tensor b, boolean transA, boolean transB) {
            MatMulOp op = new MatMulOp(transA, transB);
            return Tensor.record(op, op.forward(a, b), a, b);
        }
    }

    /**
     * out = x · Wᵀ + b (x (n, in), W (out, in), b (out) or absent);  dx = g · W,  dW = gᵀ · x,  db = Σₙ g
     * (PyTorch's {@code addmm} behind {@code F.linear}: the bias is added to the product's rows in place, never expanded)
     */
    record Linear() implements Builtin {
        public Tensor forward(Tensor[] in) {
            Tensor x = in[0], w = in[1];
            int n = x.size(0), k = x.size(1), m = w.size(0);
            double[] y = MatMul.matmul(d(x), d(w), 1, n, k, m, false, true);
            if (in.length == 3) Elementwise.addRowsInPlace(y, d(in[2]));
            return Tensor.result(y, Shape.of(n, m));
        }
        public Tensor vjp(int i, Tensor g, Tensor[] in, Tensor out) {
            if (i == 0) return MatMulOp.apply(g, in[1], false, false);
            if (i == 1) return MatMulOp.apply(g, in[0], true, false);
            return g.sum(0);
        }
        static Tensor apply(Tensor x, Tensor w, Tensor b) {
            Tensor[] in = b == null ? new Tensor[] {x, w} : new Tensor[] {x, w, b};
            return Tensor.record(LINEAR, LINEAR.forward(in), in);
        }
    }

    static final Neg NEG = new Neg();
    static final Exp EXP = new Exp();
    static final Log LOG = new Log();
    static final Log1p LOG1P = new Log1p();
    static final Expm1 EXPM1 = new Expm1();
    static final Sin SIN = new Sin();
    static final Cos COS = new Cos();
    static final Tanh TANH = new Tanh();
    static final Sigmoid SIGMOID = new Sigmoid();
    static final Softplus SOFTPLUS = new Softplus();
    static final Relu RELU = new Relu();
    static final Erf ERF = new Erf();
    static final Add ADD = new Add();
    static final Linear LINEAR = new Linear();
    static final Sub SUB = new Sub();
    static final Mul MUL = new Mul();
    static final Div DIV = new Div();
    static final PowTensor POW_TENSOR = new PowTensor();
    static final Maximum MAXIMUM = new Maximum();
    static final Where WHERE = new Where();
    static final ProdLast PROD_LAST = new ProdLast();

    // ------------------------------------------------------------------ fused for speed

    /**
     * out = x − ln Σ eˣ along the axis (shifted by the row maximum);  dx = g − softmax(x) · Σ g along the axis
     * (softmax(x) kept from the forward that made out)
     */
    record LogSoftmax(int axis, double[] output, double[] softmax) implements Op.Unary, Builtin {
        public boolean savesOutput() { return true; }
        public Tensor forward(Tensor x) {
            int[] b = Softmax.block(x.shape().dimsUnsafe(), axis);
            return out(Softmax.logSoftmax(d(x), new double[x.size()], b[0], b[1], b[2]), x);
        }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) {
            if (recording() || d(out) != output) return g.sub(x.softmax(axis).mul(g.sum(axis, true)));
            int[] b = Softmax.block(g.shape().dimsUnsafe(), axis);
            return out(Softmax.logSoftmaxGrad(d(g), softmax, b[0], b[1], b[2]), g);
        }
        public String params() { return "axis=" + axis; }
        static Tensor apply(Tensor x, int axis) {
            int[] b = Softmax.block(x.shape().dimsUnsafe(), axis);
            double[] p = new double[x.size()], o = Softmax.logSoftmax(d(x), p, b[0], b[1], b[2]);
            return Tensor.record(new LogSoftmax(axis, o, p), out(o, x), x);
        }
    }
}
