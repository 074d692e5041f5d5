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
 *
 * <p>NOTE: each loop body calls nothing but the Vector API. C2 inlines the API's own methods by force, but stops
 * inlining ours once a method's graph is large (JDK 17's node-count cutoff), and a vector that crosses a call that
 * was not inlined is boxed (about ten times slower; {@code VectorExpMathTest} checks the bits, the benchmarks the
 * speed). So exp and log are written out in their loops, and tanh, σ and softplus first write e^(2|x|) or e^−|x| into
 * their output with the exp loop, then finish in a loop of their own over it.
 */
final class VectorExpMath {
    private VectorExpMath() {}

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    /** out[i] = e^x[i] for i in [from, to) ({@link ExpMath#exp(double)} in each lane); out may be x. */
    static void exp(double[] x, double[] out, int from, int to) {
        DoubleVector one = DoubleVector.broadcast(S, 1.0), minusLn2Hi = DoubleVector.broadcast(S, -ExpMath.LN2_HI);
        DoubleVector c2 = DoubleVector.broadcast(S, ExpMath.C2), c3 = DoubleVector.broadcast(S, ExpMath.C3),
                c4 = DoubleVector.broadcast(S, ExpMath.C4), c5 = DoubleVector.broadcast(S, ExpMath.C5),
                c6 = DoubleVector.broadcast(S, ExpMath.C6), c7 = DoubleVector.broadcast(S, ExpMath.C7),
                c8 = DoubleVector.broadcast(S, ExpMath.C8), c9 = DoubleVector.broadcast(S, ExpMath.C9),
                c10 = DoubleVector.broadcast(S, ExpMath.C10), c11 = DoubleVector.broadcast(S, ExpMath.C11);
        int i = from;
        for (int end = from + S.loopBound(to - from); i < end; i += S.length()) {
            DoubleVector v = DoubleVector.fromArray(S, x, i);
            DoubleVector xc = v.blend(ExpMath.EXP_LO, v.compare(VectorOperators.LT, ExpMath.EXP_LO));
            xc = xc.blend(ExpMath.EXP_HI, v.compare(VectorOperators.GT, ExpMath.EXP_HI));
            DoubleVector kd = xc.fma(ExpMath.INV_LN2, ExpMath.SHIFTER), k = kd.sub(ExpMath.SHIFTER);
            DoubleVector r0 = k.fma(minusLn2Hi, xc), t = k.mul(ExpMath.LN2_LO), r = r0.sub(t), rLo = r0.sub(r).sub(t);
            DoubleVector r2 = r.mul(r), r4 = r2.mul(r2), r8 = r4.mul(r4);
            DoubleVector p01 = r.fma(c3, c2), p23 = r.fma(c5, c4), p45 = r.fma(c7, c6), p67 = r.fma(c9, c8);
            DoubleVector p89 = r.fma(c11, c10), pAB = r.fma(ExpMath.C13, ExpMath.C12);
            DoubleVector q = r8.fma(r2.fma(pAB, p89), r4.fma(r2.fma(p67, p45), r2.fma(p23, p01)));
            DoubleVector s = one.add(r), e = s.add(one.sub(s).add(r).add(r2.fma(q, rLo)));
            LongVector kl = kd.reinterpretAsLongs().sub(ExpMath.SHIFTER_BITS), k1 = kl.lanewise(VectorOperators.ASHR, 1);
            DoubleVector s1 = k1.add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
            DoubleVector s2 = kl.sub(k1).add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
            e.mul(s1).mul(s2).intoArray(out, i);
        }
        for (; i < to; i++) out[i] = ExpMath.exp(x[i]);
    }

    /** out[i] = ln x[i] ({@link ExpMath#log(double)} in each lane, special values blended over the general formula); out may be x. */
    static void log(double[] x, double[] out) {
        DoubleVector zero = DoubleVector.zero(S), lg1 = DoubleVector.broadcast(S, ExpMath.LG1),
                lg2 = DoubleVector.broadcast(S, ExpMath.LG2), lg3 = DoubleVector.broadcast(S, ExpMath.LG3),
                ln2Lo = DoubleVector.broadcast(S, ExpMath.LOG_LN2_LO);
        int i = 0;
        for (int end = S.loopBound(x.length); i < end; i += S.length()) {
            DoubleVector v = DoubleVector.fromArray(S, x, i);
            VectorMask<Double> sub = v.compare(VectorOperators.LT, Double.MIN_NORMAL);
            LongVector bits = v.blend(v.mul(ExpMath.TWO54), sub).reinterpretAsLongs();
            LongVector k = bits.sub(ExpMath.SQRT_HALF_BITS).lanewise(VectorOperators.ASHR, 52);
            DoubleVector m = bits.sub(k.lanewise(VectorOperators.LSHL, 52)).reinterpretAsDoubles();
            DoubleVector kd = k.add(ExpMath.SHIFTER_BITS).reinterpretAsDoubles().sub(ExpMath.SHIFTER).add(zero.blend(-54.0, sub));
            DoubleVector f = m.sub(1.0), s = f.div(f.add(2.0)), z = s.mul(s), w = z.mul(z);
            DoubleVector t1 = w.mul(w.fma(w.fma(ExpMath.LG6, ExpMath.LG4), lg2));
            DoubleVector t2 = z.mul(w.fma(w.fma(w.fma(ExpMath.LG7, ExpMath.LG5), lg3), lg1));
            DoubleVector hfsq = f.mul(0.5).mul(f), sr = s.mul(hfsq.add(t1.add(t2)));
            DoubleVector r = kd.mul(ExpMath.LOG_LN2_HI).sub(hfsq.sub(kd.fma(ln2Lo, sr)).sub(f));
            r = r.blend(Double.NaN, v.compare(VectorOperators.LT, 0.0));
            r = r.blend(Double.NEGATIVE_INFINITY, v.compare(VectorOperators.EQ, 0.0));
            VectorMask<Double> kept = v.test(VectorOperators.IS_NAN).or(v.compare(VectorOperators.EQ, Double.POSITIVE_INFINITY));
            r.blend(v, kept).intoArray(out, i);
        }
        for (; i < x.length; i++) out[i] = ExpMath.log(x[i]);
    }

    static double[] log(double[] x) {
        double[] out = new double[x.length];
        log(x, out);
        return out;
    }

    /** {@link ExpMath#tanh(double)} in each lane: e^(2|x|) first, then both branches, the small one blended in below 0.625. */
    static double[] tanh(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = 2.0 * Math.abs(x[i]);
        exp(out, out, 0, x.length);
        DoubleVector one = DoubleVector.broadcast(S, 1.0), two = DoubleVector.broadcast(S, 2.0),
                p2 = DoubleVector.broadcast(S, ExpMath.TANH_P2), q1 = DoubleVector.broadcast(S, ExpMath.TANH_Q1),
                q2 = DoubleVector.broadcast(S, ExpMath.TANH_Q2);
        int i = 0;
        for (int end = S.loopBound(x.length); i < end; i += S.length()) {
            DoubleVector v = DoubleVector.fromArray(S, x, i), z = v.mul(v);
            DoubleVector p = z.fma(ExpMath.TANH_P0, ExpMath.TANH_P1).fma(z, p2), q = z.add(ExpMath.TANH_Q0).fma(z, q1).fma(z, q2);
            DoubleVector small = v.fma(z.mul(p).div(q), v).blend(v, v.compare(VectorOperators.EQ, 0.0));
            DoubleVector r = one.sub(two.div(DoubleVector.fromArray(S, out, i).add(1.0)));
            DoubleVector large = r.neg().blend(r, v.compare(VectorOperators.GT, 0.0));
            large.blend(small, v.abs().compare(VectorOperators.LT, 0.625)).blend(v, v.test(VectorOperators.IS_NAN)).intoArray(out, i);
        }
        for (; i < x.length; i++) out[i] = ExpMath.tanh(x[i]);
        return out;
    }

    /** out[i] = e^−|x[i]|, the first pass of σ and softplus. */
    private static double[] expMinusAbs(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = -Math.abs(x[i]);
        exp(out, out, 0, x.length);
        return out;
    }

    /** {@link ExpMath#sigmoid(double)} in each lane. */
    static double[] sigmoid(double[] x) {
        double[] out = expMinusAbs(x);
        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        int i = 0;
        for (int end = S.loopBound(x.length); i < end; i += S.length()) {
            DoubleVector e = DoubleVector.fromArray(S, out, i), d = e.add(1.0);
            DoubleVector v = DoubleVector.fromArray(S, x, i);
            e.div(d).blend(one.div(d), v.compare(VectorOperators.GE, 0.0)).blend(v, v.test(VectorOperators.IS_NAN)).intoArray(out, i);
        }
        for (; i < x.length; i++) out[i] = ExpMath.sigmoid(x[i]);
        return out;
    }

    /** g[i] · σ(x[i]), the VJP of softplus. */
    static double[] mulSigmoid(double[] g, double[] x) {
        double[] out = expMinusAbs(x);
        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        int i = 0;
        for (int end = S.loopBound(x.length); i < end; i += S.length()) {
            DoubleVector e = DoubleVector.fromArray(S, out, i), d = e.add(1.0);
            DoubleVector v = DoubleVector.fromArray(S, x, i);
            DoubleVector sigma = e.div(d).blend(one.div(d), v.compare(VectorOperators.GE, 0.0)).blend(v, v.test(VectorOperators.IS_NAN));
            DoubleVector.fromArray(S, g, i).mul(sigma).intoArray(out, i);
        }
        for (; i < x.length; i++) out[i] = g[i] * ExpMath.sigmoid(x[i]);
        return out;
    }

    /** {@link ExpMath#softplus(double)} in each lane: e = e^−|x|, then ln(1 + e) by the log loop, then the sum. */
    static double[] softplus(double[] x) {
        double[] out = expMinusAbs(x), lnU = new double[x.length];
        for (int i = 0; i < x.length; i++) lnU[i] = 1.0 + out[i];
        log(lnU, lnU);
        int i = 0;
        for (int end = S.loopBound(x.length); i < end; i += S.length()) {
            DoubleVector e = DoubleVector.fromArray(S, out, i), u = e.add(1.0), cor = e.sub(u.sub(1.0));
            DoubleVector lg = DoubleVector.fromArray(S, lnU, i);
            DoubleVector v = DoubleVector.fromArray(S, x, i);
            v.max(0.0).add(lg.add(cor.div(u))).blend(v, v.test(VectorOperators.IS_NAN)).intoArray(out, i);
        }
        for (; i < x.length; i++) out[i] = ExpMath.softplus(x[i]);
        return out;
    }
}
