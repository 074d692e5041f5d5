package io.github.tapegrad.kernel;

/**
 * eˣ, ln x, tanh, σ and softplus in plain Java, the scalar twin of {@link VectorExpMath}: both evaluate the same
 * operations in the same order (each {@code Math.fma} here is a vector {@code fma} there, each branch a mask and a
 * blend), so a value gets the same bits on either path. The array forms take the vector path when the module is
 * present and the array holds at least {@link #VECTOR_FROM} values, and this one otherwise and for the tails.
 *
 * <p>eˣ: x clamped to [−746, 710] (NaN kept; beyond, the result is 0 or ∞ anyway), k = round(x/ln 2) by the
 * 1.5·2⁵² shifter, r + r_lo = x − k·ln 2 (an exact fused step, then k·ln 2's low part, r's rounding error kept in
 * r_lo), |r| ≤ ln 2/2; e^r = s + ((1 − s + r) + (r_lo + r²·q(r))) with s = 1 + r rounded (its error recovered
 * exactly) and q the degree-11 Taylor polynomial of (e^r − 1 − r)/r² (truncated below 2⁻⁵⁷, evaluated by Estrin's
 * scheme); the result scaled by 2^⌊k/2⌋ · 2^(k − ⌊k/2⌋), so that overflow gives ∞ and subnormal results are rounded
 * once. About 1.7% of results on [−20, 20] are not correctly rounded (1.6% with Horner's form), none by more than
 * 1 ulp. ln x: x = 2ᵏ·m with m in [√2/2, √2) (subnormals scaled by 2⁵⁴ first), f = m − 1, s = f/(2 + f),
 * ln m = f − (f²/2 − s·(f²/2 + R(s²))) with fdlibm's degree-7 minimax R (Lg1…Lg7), plus k·ln 2 in a high and a low
 * part. tanh, σ and softplus are built on these (see each). A NaN
 * argument is returned as it is by all but exp (whose arithmetic carries it through unchanged but quieted): Java does
 * not say which NaN an operation on two NaNs gives, and C2 may swap a sum's operands, so a NaN must not meet another
 * NaN of a different sign on its way (|x| and −x would make one) if both paths are to give the same bits. NOTE: exp
 * and log are within 1 ulp of {@code StrictMath}, tanh within 2, σ and softplus within 2 ulp of their correctly
 * rounded values ({@code ElementwiseMathTest}); the vector path gives the same bits ({@code VectorExpMathTest}).
 */
final class ExpMath {
    private ExpMath() {}

    static final double EXP_LO = -746.0, EXP_HI = 710.0;
    static final double INV_LN2 = 1.4426950408889634, SHIFTER = 0x1.8p52;
    static final long SHIFTER_BITS = Double.doubleToRawLongBits(SHIFTER);
    /** ln 2 rounded to a double, and the rest. */
    static final double LN2_HI = 0x1.62e42fefa39efp-1, LN2_LO = 2.3190468138462996e-17;
    /** 1/k! for k = 2 … 13: e^r = 1 + r + r²·(C2 + r·(C3 + …)). */
    static final double C2 = 1.0 / 2, C3 = 1.0 / 6, C4 = 1.0 / 24, C5 = 1.0 / 120, C6 = 1.0 / 720, C7 = 1.0 / 5040,
            C8 = 1.0 / 40320, C9 = 1.0 / 362880, C10 = 1.0 / 3628800, C11 = 1.0 / 39916800, C12 = 1.0 / 479001600,
            C13 = 1.0 / 6227020800.0;

    /** eˣ within 1 ulp; 0 below −745.14, ∞ above 709.79, NaN kept. */
    static double exp(double x) {
        double xc = x < EXP_LO ? EXP_LO : x > EXP_HI ? EXP_HI : x;
        double kd = Math.fma(xc, INV_LN2, SHIFTER);
        double k = kd - SHIFTER;
        double r0 = Math.fma(k, -LN2_HI, xc), t = k * LN2_LO, r = r0 - t, rLo = (r0 - r) - t;
        double r2 = r * r, s = 1.0 + r, e = s + (((1.0 - s) + r) + Math.fma(r2, expPoly(r, r2), rLo));
        long kl = Double.doubleToRawLongBits(kd) - SHIFTER_BITS, k1 = kl >> 1;
        return e * twoTo(k1) * twoTo(kl - k1);
    }

    /**
     * C2 + C3·r + … + C13·r¹¹ by Estrin's scheme with fma: pairs, then pairs of pairs by r², r⁴ and r⁸, four dependent
     * steps where Horner's form takes eleven, so a loop of scalar exps overlaps more of its iterations.
     */
    private static double expPoly(double r, double r2) {
        double r4 = r2 * r2, r8 = r4 * r4;
        double p01 = Math.fma(r, C3, C2), p23 = Math.fma(r, C5, C4), p45 = Math.fma(r, C7, C6);
        double p67 = Math.fma(r, C9, C8), p89 = Math.fma(r, C11, C10), pAB = Math.fma(r, C13, C12);
        double q03 = Math.fma(r2, p23, p01), q47 = Math.fma(r2, p67, p45), q8B = Math.fma(r2, pAB, p89);
        return Math.fma(r8, q8B, Math.fma(r4, q47, q03));
    }

    /** 2ᵏ for −1022 ≤ k ≤ 1023, from its bits. */
    private static double twoTo(long k) {
        return Double.longBitsToDouble((k + 1023) << 52);
    }

    /** fdlibm's ln 2 split (the high part has 32 trailing zero bits, so k·LN2_HI is exact). */
    static final double LOG_LN2_HI = 6.93147180369123816490e-01, LOG_LN2_LO = 1.90821492927058770002e-10;
    /** fdlibm's minimax coefficients of R(z) ≈ (ln((1+s)/(1−s)) − 2s)/s, z = s². */
    static final double LG1 = 6.666666666666735130e-01, LG2 = 3.999999999940941908e-01, LG3 = 2.857142874366239149e-01,
            LG4 = 2.222219843214978396e-01, LG5 = 1.818357216161805012e-01, LG6 = 1.531383769920937332e-01,
            LG7 = 1.479819860511658591e-01;
    static final double TWO54 = 0x1p54;
    /** The bits of √2/2: subtracting them puts the mantissa in [√2/2, √2) and the exponent in the high bits. */
    static final long SQRT_HALF_BITS = 0x3fe6a09e667f3bcdL;

    /** ln x within 1 ulp; −∞ at ±0, NaN below 0, ∞ and NaN kept. */
    static double log(double x) {
        if (x != x || x == Double.POSITIVE_INFINITY) return x;
        if (x == 0) return Double.NEGATIVE_INFINITY;
        if (x < 0) return Double.NaN;
        return x < Double.MIN_NORMAL ? logPositive(x * TWO54, -54.0) : logPositive(x, 0.0);
    }

    /** ln x + kAdd for a positive normal x. */
    static double logPositive(double x, double kAdd) {
        long bits = Double.doubleToRawLongBits(x), k = (bits - SQRT_HALF_BITS) >> 52;
        double m = Double.longBitsToDouble(bits - (k << 52));
        double kd = (Double.longBitsToDouble(SHIFTER_BITS + k) - SHIFTER) + kAdd;
        double f = m - 1.0, s = f / (2.0 + f), z = s * s, w = z * z;
        double t1 = w * Math.fma(w, Math.fma(w, LG6, LG4), LG2);
        double t2 = z * Math.fma(w, Math.fma(w, Math.fma(w, LG7, LG5), LG3), LG1);
        double hfsq = 0.5 * f * f, sr = s * (hfsq + (t1 + t2));
        return kd * LOG_LN2_HI - ((hfsq - Math.fma(kd, LOG_LN2_LO, sr)) - f);
    }

    /** tanh x: x + x·z·P(z)/Q(z), z = x², below 0.625 (±0 kept); beyond, ±(1 − 2/(e^(2|x|) + 1)). */
    static double tanh(double x) {
        if (x != x) return x;
        double a = Math.abs(x);
        if (a < 0.625) {
            if (x == 0) return x;
            double z = x * x;
            double p = Math.fma(Math.fma(TANH_P0, z, TANH_P1), z, TANH_P2);
            double q = Math.fma(Math.fma(z + TANH_Q0, z, TANH_Q1), z, TANH_Q2);
            return Math.fma(x, z * p / q, x);
        }
        double r = 1.0 - 2.0 / (exp(2.0 * a) + 1.0);
        return x > 0 ? r : -r;
    }

    /** Moshier's Cephes coefficients of tanh's rational form on [0, 0.625). */
    static final double TANH_P0 = -9.64399179425052238628e-1, TANH_P1 = -9.92877231001918586564e1,
            TANH_P2 = -1.61468768441708447952e3;
    static final double TANH_Q0 = 1.12811678491632931402e2, TANH_Q1 = 2.23548839060100448583e3,
            TANH_Q2 = 4.84406305325125486048e3;

    /** σ(x) = 1/(1 + e^−x) for x ≥ 0, e^x/(1 + e^x) otherwise: e^−|x| either way, exact in both tails. */
    static double sigmoid(double x) {
        return sigmoid(x, exp(-Math.abs(x)));
    }

    /** σ(x) given e = e^−|x|. */
    private static double sigmoid(double x, double e) {
        if (x != x) return x;
        double d = 1.0 + e;
        return x >= 0 ? 1.0 / d : e / d;
    }

    /**
     * softplus(x) = max(x, 0) + ln(1 + e), e = e^−|x| in [0, 1]: ln(1 + e) = ln u + c/u with u = 1 + e rounded and
     * c = e − (u − 1) its rounding error (exact), so e^x itself comes out far in the left tail.
     */
    static double softplus(double x) {
        return softplus(x, exp(-Math.abs(x)));
    }

    /** softplus(x) given e = e^−|x|; u = 1 + e is in [1, 2], where ln needs none of its special cases. */
    private static double softplus(double x, double e) {
        if (x != x) return x;
        double u = 1.0 + e, c = e - (u - 1.0);
        return Math.max(x, 0.0) + (logPositive(u, 0.0) + c / u);
    }

    // ------------------------------------------------------------------ arrays: the vector path or this one

    /**
     * The shortest array that takes the vector path. Once C2 has compiled it, one vector of exps beats eight scalar calls
     * (1.2 against 4–6.5 ns a value), but until then its code runs in C1, which boxes every vector (about 45 operations,
     * each an allocation, per eight values): a workload that is the first to call it pays that for its first few hundred
     * calls. Measured with the benchmark's one warm-up (2026-11-23, three interleaved runs): with the vector path from 8
     * values, logreg (arrays of 64) ran at 17–25k steps/s allocating 220–300 KB a step; from 1,024 values, at 43–51k
     * with 13.5 KB, softmax (640) 21–29k against 19–25k, mlp-regressor (2,048, still vector) 13–17k against 12–16k.
     * Below 1,024 values the vector path would save at most a few µs per call once compiled. Both paths give the same
     * bits, so this is only about time.
     */
    static final int VECTOR_FROM = 1024;

    private static boolean vector(int length) {
        return Simd.PRESENT && length >= VECTOR_FROM;
    }

    /** out[i] = e^x[i] for i in [from, to). */
    static void exp(double[] x, double[] out, int from, int to) {
        if (vector(to - from)) {
            VectorExpMath.exp(x, out, from, to);
        } else {
            for (int i = from; i < to; i++) out[i] = exp(x[i]);
        }
    }

    static double[] exp(double[] x) {
        double[] out = new double[x.length];
        exp(x, out, 0, x.length);
        return out;
    }

    static double[] log(double[] x) {
        if (vector(x.length)) return VectorExpMath.log(x);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = log(x[i]);
        return out;
    }

    static double[] tanh(double[] x) {
        if (vector(x.length)) return VectorExpMath.tanh(x);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = tanh(x[i]);
        return out;
    }

    static double[] sigmoid(double[] x) {
        if (vector(x.length)) return VectorExpMath.sigmoid(x);
        double[] out = expMinusAbs(x);
        for (int i = 0; i < x.length; i++) out[i] = sigmoid(x[i], out[i]);
        return out;
    }

    static double[] softplus(double[] x) {
        if (vector(x.length)) return VectorExpMath.softplus(x);
        double[] out = expMinusAbs(x);
        for (int i = 0; i < x.length; i++) out[i] = softplus(x[i], out[i]);
        return out;
    }

    /** g[i] · σ(x[i]). */
    static double[] mulSigmoid(double[] g, double[] x) {
        if (vector(x.length)) return VectorExpMath.mulSigmoid(g, x);
        double[] out = expMinusAbs(x);
        for (int i = 0; i < x.length; i++) out[i] = g[i] * sigmoid(x[i], out[i]);
        return out;
    }

    /**
     * out[i] = e^−|x[i]|: the first of the two passes of σ, softplus and softplus's VJP below the vector path, as on
     * the vector path.
     */
    // NOTE: in one loop of whole σ or softplus calls each value was a chain of about 100 dependent operations, and the
    // core kept few values in flight; an exp pass, then a pass for the rest, overlaps more values in each. softplus of
    // 64 values (logreg's): 1,042-1,406 -> 736-890 ns a call at steady state (thread CPU time, the minimum of each
    // JVM's rounds, four alternating JVMs each). The runner's logreg with one warm-up moved within its noise. The bits
    // do not change: the same operations per value (VectorExpMathTest.theScalarArrayPassesGiveTheScalarFunctionsBits).
    private static double[] expMinusAbs(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = exp(-Math.abs(x[i]));
        return out;
    }
}
