package io.github.tapegrad.kernel;

import java.math.BigDecimal;
import java.math.MathContext;

/** 60-digit references for the functions StrictMath lacks (σ, softplus): e^y by Taylor series and squaring, ln(1 + e). */
final class Exact {
    private Exact() {}

    private static final MathContext MC = new MathContext(60);

    /** e^y: the Taylor series of e^(y/1024), squared ten times. */
    static BigDecimal exp(double y) {
        BigDecimal r = new BigDecimal(y).divide(BigDecimal.valueOf(1024), MC), term = BigDecimal.ONE, sum = BigDecimal.ONE;
        for (int k = 1; k < 40; k++) {
            term = term.multiply(r, MC).divide(BigDecimal.valueOf(k), MC);
            sum = sum.add(term, MC);
        }
        for (int i = 0; i < 10; i++) sum = sum.multiply(sum, MC);
        return sum;
    }

    /** ln(1 + e) for e ≥ 0, as 2·atanh(e/(2 + e)). */
    static BigDecimal log1p(BigDecimal e) {
        BigDecimal s = e.divide(e.add(BigDecimal.valueOf(2)), MC), s2 = s.multiply(s, MC), power = s, sum = BigDecimal.ZERO;
        for (int k = 0; k < 400; k++) {
            BigDecimal term = power.divide(BigDecimal.valueOf(2 * k + 1), MC);
            sum = sum.add(term, MC);
            if (term.signum() == 0 || term.abs().compareTo(sum.abs().movePointLeft(45)) < 0) break;
            power = power.multiply(s2, MC);
        }
        return sum.multiply(BigDecimal.valueOf(2), MC);
    }

    /** softplus(x) = max(x, 0) + ln(1 + e^−|x|), correctly rounded. */
    static double softplus(double x) {
        return new BigDecimal(Math.max(x, 0)).add(log1p(exp(-Math.abs(x))), MC).doubleValue();
    }

    /** σ(x), correctly rounded. */
    static double sigmoid(double x) {
        BigDecimal e = exp(-Math.abs(x)), d = BigDecimal.ONE.add(e, MC);
        return (x >= 0 ? BigDecimal.ONE.divide(d, MC) : e.divide(d, MC)).doubleValue();
    }
}
