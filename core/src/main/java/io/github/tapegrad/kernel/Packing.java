package io.github.tapegrad.kernel;

/**
 * Copies blocks of the operands into the panel layout of the micro-kernel, zero-padded to whole panels:
 * A panels of {@code mr} rows hold A(i, p) at {@code [p·mr + r]}, B panels of {@code nr} columns hold B(p, j) at
 * {@code [p·nr + j]}. Each loop reads its operand along the stride-1 direction.
 */
final class Packing {
    private Packing() {}

    /** Packs rows [i0, i0+rows) × columns [p0, p0+kc) of A into panels of mr rows. */
    static void packA(Gemm g, int i0, int rows, int p0, int kc, int mr, double[] dst) {
        for (int r0 = 0, panel = 0; r0 < rows; r0 += mr, panel += kc * mr) {
            int h = Math.min(mr, rows - r0);
            panel(g.a(), g.ao() + (i0 + r0) * g.ars() + p0 * g.acs(), g.ars(), g.acs(), h, kc, mr, dst, panel);
        }
    }

    /** Packs rows [p0, p0+kc) × columns [j0, j0+cols) of B into panels of nr columns. */
    static void packB(Gemm g, int p0, int kc, int j0, int cols, int nr, double[] dst) {
        packB(g, p0, kc, j0, cols, nr, dst, 0);
    }

    /** {@link #packB(Gemm, int, int, int, int, int, double[])} with the panels starting at dst[off]. */
    static void packB(Gemm g, int p0, int kc, int j0, int cols, int nr, double[] dst, int off) {
        for (int c0 = 0, panel = off; c0 < cols; c0 += nr, panel += kc * nr) {
            int w = Math.min(nr, cols - c0);
            panel(g.b(), g.bo() + p0 * g.brs() + (j0 + c0) * g.bcs(), g.bcs(), g.brs(), w, kc, nr, dst, panel);
        }
    }

    /**
     * dst[off + p·width + r] = src[base + r·rs + p·ps] for r &lt; h (0 for h ≤ r &lt; width), p &lt; kc: the common
     * shape of both packings, r running across the panel and p along k.
     */
    private static void panel(double[] src, int base, int rs, int ps, int h, int kc, int width, double[] dst, int off) {
        if (rs == 1) {
            for (int p = 0; p < kc; p++) {
                int d = off + p * width;
                System.arraycopy(src, base + p * ps, dst, d, h);
                for (int r = h; r < width; r++) dst[d + r] = 0;
            }
            return;
        }
        int r = 0;
        for (; r + 8 <= h; r += 8) eight(src, base + r * rs, rs, ps, kc, width, dst, off + r);
        for (; r < width; r++) {
            int s = base + r * rs;
            for (int p = 0, d = off + r; p < kc; p++, d += width) dst[d] = r < h ? src[s + p * ps] : 0;
        }
    }

    /** Eight rows at once: eight read streams along p, one write position moving by width. */
    private static void eight(double[] src, int s, int rs, int ps, int kc, int width, double[] dst, int d) {
        int s1 = s + rs, s2 = s1 + rs, s3 = s2 + rs, s4 = s3 + rs, s5 = s4 + rs, s6 = s5 + rs, s7 = s6 + rs;
        for (int p = 0, q = 0; p < kc; p++, q += ps, d += width) {
            dst[d] = src[s + q];
            dst[d + 1] = src[s1 + q];
            dst[d + 2] = src[s2 + q];
            dst[d + 3] = src[s3 + q];
            dst[d + 4] = src[s4 + q];
            dst[d + 5] = src[s5 + q];
            dst[d + 6] = src[s6 + q];
            dst[d + 7] = src[s7 + q];
        }
    }
}
