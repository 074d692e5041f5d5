package io.github.tapegrad.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * eˣ, ln x, tanh, σ and softplus on the Vector API, lane for lane the arithmetic of their scalar twin
 * {@link ExpMath} (range reduction, polynomials and error bounds are described there): the same operations in the
 * same order, its branches as masks and blends, so each lane gets the bits the scalar function gives. Not the Vector
 * API's own {@code EXP} or {@code TANH}, whose results differ from any scalar function and between platforms. Tails
 * shorter than a vector go to the scalar twin. Loaded only when the {@code jdk.incubator.vector} module is present.
 */
final class VectorExpMath {
    private VectorExpMath() {}

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    static void exp(double[] x, double[] out, int from, int to) {
        int i = from;
        for (int end = from + S.loopBound(to - from); i < end; i += S.length()) exp(DoubleVector.fromArray(S, x, i)).intoArray(out, i);
        for (; i < to; i++) out[i] = ExpMath.exp(x[i]);
    }

    static double[] log(double[] x) {
        double[] out = new double[x.length];
        int i = 0;
        for (int end = S.loopBound(x.length); i < end; i += S.length()) log(DoubleVector.fromArray(S, x, i)).intoArray(out, i);
        for (; i < x.length; i++) out[i] = ExpMath.log(x[i]);
        return out;
    }

    static double[] tanh(double[] x) {
        double[] out = new double[x.length];
        int i = 0;
        for (int end = S.loopBound(x.length); i < end; i += S.length()) tanh(DoubleVector.fromArray(S, x, i)).intoArray(out, i);
        for (; i < x.length; i++) out[i] = ExpMath.tanh(x[i]);
        return out;
    }

    static double[] sigmoid(double[] x) {
        double[] out = new double[x.length];
        int i = 0;
        for (int end = S.loopBound(x.length); i < end; i += S.length()) sigmoid(DoubleVector.fromArray(S, x, i)).intoArray(out, i);
        for (; i < x.length; i++) out[i] = ExpMath.sigmoid(x[i]);
        return out;
    }

    static double[] softplus(double[] x) {
        double[] out = new double[x.length];
        int i = 0;
        for (int end = S.loopBound(x.length); i < end; i += S.length()) softplus(DoubleVector.fromArray(S, x, i)).intoArray(out, i);
        for (; i < x.length; i++) out[i] = ExpMath.softplus(x[i]);
        return out;
    }

    static double[] mulSigmoid(double[] g, double[] x) {
        double[] out = new double[x.length];
        int i = 0;
        for (int end = S.loopBound(x.length); i < end; i += S.length()) {
            DoubleVector.fromArray(S, g, i).mul(sigmoid(DoubleVector.fromArray(S, x, i))).intoArray(out, i);
        }
        for (; i < x.length; i++) out[i] = g[i] * ExpMath.sigmoid(x[i]);
        return out;
    }

    /** {@link ExpMath#exp(double)} in each lane. */
    static DoubleVector exp(DoubleVector x) {
        DoubleVector xc = x.max(ExpMath.EXP_LO).min(ExpMath.EXP_HI);
        DoubleVector kd = xc.fma(ExpMath.INV_LN2, ExpMath.SHIFTER);
        DoubleVector k = kd.sub(ExpMath.SHIFTER);
        DoubleVector r0 = k.neg().fma(c(ExpMath.LN2_HI), xc), t = k.mul(ExpMath.LN2_LO), r = r0.sub(t);
        DoubleVector rLo = r0.sub(r).sub(t);
        DoubleVector s = c(1.0).add(r), e = s.add(c(1.0).sub(s).add(r).add(r.mul(r).fma(expPoly(r), rLo)));
        LongVector kl = kd.reinterpretAsLongs().sub(ExpMath.SHIFTER_BITS);
        LongVector k1 = kl.lanewise(VectorOperators.ASHR, 1);
        return e.mul(twoTo(k1)).mul(twoTo(kl.sub(k1)));
    }

    private static DoubleVector expPoly(DoubleVector r) {
        DoubleVector q = r.fma(ExpMath.C13, ExpMath.C12);
        q = q.fma(r, c(ExpMath.C11));
        q = q.fma(r, c(ExpMath.C10));
        q = q.fma(r, c(ExpMath.C9));
        q = q.fma(r, c(ExpMath.C8));
        q = q.fma(r, c(ExpMath.C7));
        q = q.fma(r, c(ExpMath.C6));
        q = q.fma(r, c(ExpMath.C5));
        q = q.fma(r, c(ExpMath.C4));
        q = q.fma(r, c(ExpMath.C3));
        return q.fma(r, c(ExpMath.C2));
    }

    private static DoubleVector c(double v) {
        return DoubleVector.broadcast(S, v);
    }

    private static DoubleVector twoTo(LongVector k) {
        return k.add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
    }

    /** {@link ExpMath#log(double)} in each lane: the special values blended over the general formula. */
    static DoubleVector log(DoubleVector x) {
        VectorMask<Double> sub = x.compare(VectorOperators.LT, Double.MIN_NORMAL);
        DoubleVector r = logPositive(x.blend(x.mul(ExpMath.TWO54), sub), c(0.0).blend(-54.0, sub));
        r = r.blend(Double.NaN, x.compare(VectorOperators.LT, 0.0));
        r = r.blend(Double.NEGATIVE_INFINITY, x.compare(VectorOperators.EQ, 0.0));
        VectorMask<Double> kept = x.test(VectorOperators.IS_NAN).or(x.compare(VectorOperators.EQ, Double.POSITIVE_INFINITY));
        return r.blend(x, kept);
    }

    /** {@link ExpMath#logPositive(double, double)} in each lane. */
    static DoubleVector logPositive(DoubleVector x, DoubleVector kAdd) {
        LongVector bits = x.reinterpretAsLongs();
        LongVector k = bits.sub(ExpMath.SQRT_HALF_BITS).lanewise(VectorOperators.ASHR, 52);
        DoubleVector m = bits.sub(k.lanewise(VectorOperators.LSHL, 52)).reinterpretAsDoubles();
        DoubleVector kd = k.add(ExpMath.SHIFTER_BITS).reinterpretAsDoubles().sub(ExpMath.SHIFTER).add(kAdd);
        DoubleVector f = m.sub(1.0), s = f.div(f.add(2.0)), z = s.mul(s), w = z.mul(z);
        DoubleVector t1 = w.mul(w.fma(w.fma(ExpMath.LG6, ExpMath.LG4), c(ExpMath.LG2)));
        DoubleVector t2 = z.mul(w.fma(w.fma(w.fma(ExpMath.LG7, ExpMath.LG5), c(ExpMath.LG3)), c(ExpMath.LG1)));
        DoubleVector hfsq = f.mul(0.5).mul(f), sr = s.mul(hfsq.add(t1.add(t2)));
        return kd.mul(ExpMath.LOG_LN2_HI).sub(hfsq.sub(kd.fma(c(ExpMath.LOG_LN2_LO), sr)).sub(f));
    }

    /** {@link ExpMath#tanh(double)} in each lane: both branches computed, the small one blended in below 0.625. */
    static DoubleVector tanh(DoubleVector x) {
        DoubleVector a = x.abs(), z = x.mul(x);
        DoubleVector p = z.fma(ExpMath.TANH_P0, ExpMath.TANH_P1).fma(z, c(ExpMath.TANH_P2));
        DoubleVector q = z.add(ExpMath.TANH_Q0).fma(z, c(ExpMath.TANH_Q1)).fma(z, c(ExpMath.TANH_Q2));
        DoubleVector small = x.fma(z.mul(p).div(q), x).blend(x, x.compare(VectorOperators.EQ, 0.0));
        DoubleVector r = c(1.0).sub(c(2.0).div(exp(a.mul(2.0)).add(1.0)));
        DoubleVector large = r.neg().blend(r, x.compare(VectorOperators.GT, 0.0));
        return large.blend(small, a.compare(VectorOperators.LT, 0.625));
    }

    /** {@link ExpMath#sigmoid(double)} in each lane. */
    static DoubleVector sigmoid(DoubleVector x) {
        DoubleVector e = exp(x.abs().neg()), d = e.add(1.0);
        return e.div(d).blend(c(1.0).div(d), x.compare(VectorOperators.GE, 0.0));
    }

    /** {@link ExpMath#softplus(double)} in each lane. */
    static DoubleVector softplus(DoubleVector x) {
        DoubleVector e = exp(x.abs().neg()), u = e.add(1.0), c = e.sub(u.sub(1.0));
        return x.max(0.0).add(logPositive(u, c(0.0)).add(c.div(u)));
    }
}
