package io.github.tapegrad.kernel;

/**
 * Matrix–vector products (n = 1 or m = 1), where a register tile would be mostly padding: each output element is a
 * dot product when the reduction runs along contiguous memory in both operands, and an axpy along the contiguous
 * output dimension otherwise. The choice depends on the shape only, never on the block or the thread count, and the
 * same plain-Java loops serve both paths.
 */
final class ThinGemm {
    private ThinGemm() {}

    static boolean applies(int n, int m) {
        return n == 1 || m == 1;
    }

    /** C[i0:i1, j0:j1] += A[i0:i1, :] · B[:, j0:j1] for n = 1 or m = 1. */
    static void multiply(Gemm g, int i0, int i1, int j0, int j1) {
        if (g.ldc() == 1 && g.acs() == 1) {
            dots(g.a(), g.ao() + i0 * g.ars(), g.ars(), g.b(), g.bo(), g.k(), g.c(), g.co() + i0, i1 - i0);
        } else if (g.ldc() == 1) {
            columnAxpy(g, i0, i1);
        } else if (g.bcs() != 1) {
            dots(g.b(), g.bo() + j0 * g.bcs(), g.bcs(), g.a(), g.ao(), g.k(), g.c(), g.co() + j0, j1 - j0);
        } else {
            rowAxpy(g, j0, j1);
        }
    }

    /** C[i0:i1, 0] += A[i0:i1, p] · B[p, 0] for p in order, A's columns being contiguous (m = 1, so C is one column). */
    private static void columnAxpy(Gemm g, int i0, int i1) {
        axpys(g.a(), g.ao() + i0, g.acs(), g.b(), g.bo(), g.brs(), g.k(), g.c(), g.co() + i0, i1 - i0);
    }

    /** C[0, j0:j1] += A[0, p] · B[p, j0:j1] for p in order, B's rows being contiguous (n = 1). */
    private static void rowAxpy(Gemm g, int j0, int j1) {
        axpys(g.b(), g.bo() + j0, g.brs(), g.a(), g.ao(), g.acs(), g.k(), g.c(), g.co() + j0, j1 - j0);
    }

    /** c[co + q] += Σₚ x[xo + p·xs + q] · y[yo + p·ys] for q &lt; count, each a left-to-right sum over p. */
    private static void axpys(double[] x, int xo, int xs, double[] y, int yo, int ys, int k, double[] c, int co, int count) {
        int q = 0;
        for (; q + 8 <= count; q += 8) axpy8(x, xo + q, xs, y, yo, ys, k, c, co + q);
        for (; q < count; q++) {
            double s = 0;
            for (int p = 0; p < k; p++) s += x[xo + q + p * xs] * y[yo + p * ys];
            c[co + q] += s;
        }
    }

    /** {@link #axpys} for eight outputs at once, each in its own register. */
    private static void axpy8(double[] x, int xo, int xs, double[] y, int yo, int ys, int k, double[] c, int co) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        for (int p = 0; p < k; p++) {
            double yp = y[yo + p * ys];
            int o = xo + p * xs;
            s0 += x[o] * yp; s1 += x[o + 1] * yp; s2 += x[o + 2] * yp; s3 += x[o + 3] * yp;
            s4 += x[o + 4] * yp; s5 += x[o + 5] * yp; s6 += x[o + 6] * yp; s7 += x[o + 7] * yp;
        }
        c[co] += s0; c[co + 1] += s1; c[co + 2] += s2; c[co + 3] += s3;
        c[co + 4] += s4; c[co + 5] += s5; c[co + 6] += s6; c[co + 7] += s7;
    }

    /** c[co + r] += dot(x[xo + r·xs ...], y[yo ...], k) for r &lt; count, four rows at a time. */
    private static void dots(double[] x, int xo, int xs, double[] y, int yo, int k, double[] c, int co, int count) {
        int r = 0;
        for (; r + 4 <= count; r += 4) dot4(x, xo + r * xs, xs, y, yo, k, c, co + r);
        for (; r < count; r++) c[co + r] += dot(x, xo + r * xs, y, yo, k);
    }

    /** Σₚ x[xo + p] · y[yo + p] in four interleaved partial sums, combined as (s0 + s1) + (s2 + s3). */
    private static double dot(double[] x, int xo, double[] y, int yo, int k) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int p = 0;
        for (; p + 3 < k; p += 4) {
            s0 += x[xo + p] * y[yo + p];
            s1 += x[xo + p + 1] * y[yo + p + 1];
            s2 += x[xo + p + 2] * y[yo + p + 2];
            s3 += x[xo + p + 3] * y[yo + p + 3];
        }
        for (; p < k; p++) s0 += x[xo + p] * y[yo + p];
        return (s0 + s1) + (s2 + s3);
    }

    // NOTE: dot4 and axpy8 keep each output's own order of additions (dot's four partial sums, axpys' left-to-right
    // sum); SmallGemmTest.matrixVectorShapesSumInTheirDocumentedOrderOnBothPaths pins them bit for bit.

    /** {@link #dot} of four rows x[x0 + r·xs ...] with y at once: the same sums, four times the independent work. */
    private static void dot4(double[] x, int x0, int xs, double[] y, int yo, int k, double[] c, int co) {
        int x1 = x0 + xs, x2 = x1 + xs, x3 = x2 + xs;
        double a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
        double c0 = 0, c1 = 0, c2 = 0, c3 = 0, d0 = 0, d1 = 0, d2 = 0, d3 = 0;
        int p = 0;
        for (; p + 3 < k; p += 4) {
            double y0 = y[yo + p], y1 = y[yo + p + 1], y2 = y[yo + p + 2], y3 = y[yo + p + 3];
            a0 += x[x0 + p] * y0; a1 += x[x0 + p + 1] * y1; a2 += x[x0 + p + 2] * y2; a3 += x[x0 + p + 3] * y3;
            b0 += x[x1 + p] * y0; b1 += x[x1 + p + 1] * y1; b2 += x[x1 + p + 2] * y2; b3 += x[x1 + p + 3] * y3;
            c0 += x[x2 + p] * y0; c1 += x[x2 + p + 1] * y1; c2 += x[x2 + p + 2] * y2; c3 += x[x2 + p + 3] * y3;
            d0 += x[x3 + p] * y0; d1 += x[x3 + p + 1] * y1; d2 += x[x3 + p + 2] * y2; d3 += x[x3 + p + 3] * y3;
        }
        for (; p < k; p++) {
            double yp = y[yo + p];
            a0 += x[x0 + p] * yp;
            b0 += x[x1 + p] * yp;
            c0 += x[x2 + p] * yp;
            d0 += x[x3 + p] * yp;
        }
        c[co] += (a0 + a1) + (a2 + a3);
        c[co + 1] += (b0 + b1) + (b2 + b3);
        c[co + 2] += (c0 + c1) + (c2 + c3);
        c[co + 3] += (d0 + d1) + (d2 + d3);
    }
}
