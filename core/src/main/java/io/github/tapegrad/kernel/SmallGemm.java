package io.github.tapegrad.kernel;

/**
 * The Vector API path of {@link MatMul} for products too small to need cache blocking (the whole of k in one run,
 * B within half of L2, below the threading threshold), where packing, padding and reloading C cost as much as the
 * arithmetic. A is read in place in either orientation (only a last block of fewer than 8 rows is copied into a
 * zero-padded panel); B is read in place when its rows are contiguous (only a last strip narrower than 2L is copied
 * into a zero-padded panel) and packed once into panels of 4L columns, then 2L for the last ones, when it is
 * transposed. Each block of 8 rows of C is covered by 4 × 4L tiles ({@link Tiles}) and then, for the last
 * columns, VectorGemm's 8 × 2L tile (shared, so that its rarer products find it compiled), or the 8 × L tile when at
 * most L columns remain; a transposed A with fewer than 2L columns of C takes 4L × 4 tiles along the rows instead.
 * Tiles at the edges of C are computed into a scratch tile and copied. C's block must still be zero (MatMul's new
 * result array): the 8 × 2L tile adds to it, the others overwrite it.
 *
 * <p>Every element of C is the same chain of fused multiply-adds from zero over p in order as on {@link VectorGemm},
 * so which of the two computes a product never changes its result.
 */
// NOTE: tiles, panels and paths only reorder which elements are computed when, never the chain of one element;
// SmallGemmTest.theVectorPathIsOneChainOfFusedMultiplyAddsPerElement pins every vector path to Math.fma in p order.
final class SmallGemm {
    private SmallGemm() {}

    private static final int L = Tiles.L;
    private static final int W2 = 2 * L;
    private static final int W4 = 4 * L;
    private static final int MR = 8;
    private static final int KMAX = 256;

    /** Whether an n × k × m product takes this path: one run of k, B small enough to stay in L2, one thread. */
    static boolean applies(int n, int k, int m) {
        return k <= KMAX && (long) k * m * Double.BYTES <= VectorGemm.IN_PLACE_B
                && 2L * n * k * m < MatMul.PARALLEL_FLOPS;
    }

    /** C[i0:i1, j0:j1] = A[i0:i1, :] · B[:, j0:j1], that block of C being zero on entry. */
    static void multiply(Gemm g, int i0, int i1, int j0, int j1) {
        double[][] buf = VectorGemm.buffers();
        int k = g.k(), wide = (j1 - j0) / W4 * W4, rest = (j1 - j0) % W2;
        boolean packed = g.bcs() != 1;
        if (packed) {
            Packing.packB(g, 0, k, j0, wide, W4, buf[1]);
            Packing.packB(g, 0, k, j0 + wide, j1 - j0 - wide, W2, buf[1], wide * k);
        } else if (rest > 0) {
            Packing.packB(g, 0, k, j1 - rest, rest, W2, buf[1]);
        }
        int ir = i0;
        if (g.ars() == 1 && j1 - j0 < W2) ir = alongRows(g, i0, i1, j0, j1, buf[2]);
        for (; ir < i1; ir += MR) {
            int rows = Math.min(MR, i1 - ir);
            if (rows < MR) Packing.packA(g, ir, rows, 0, k, MR, buf[0]);
            for (int jr = j0; jr < j1; ) {
                int cols = Math.min(j1 - jr < W4 ? W2 : W4, j1 - jr);
                boolean own = packed || cols < W2;
                double[] b = own ? buf[1] : g.b();
                int bo = packed ? (jr - j0) * k : own ? 0 : g.bo() + jr, bs = own ? (cols == W4 ? W4 : W2) : g.brs();
                if (cols == W4) quad(g, ir, rows, buf, jr, b, bo, bs);
                else pair(g, ir, rows, buf, jr, cols, b, bo, bs);
                jr += cols;
            }
        }
    }

    /**
     * C[i0:e, j0:j1] for a transposed A and fewer than 2L columns, e the end of the whole 4L-row blocks, by 4L × 4
     * tiles along the rows (a column past j1 repeats the last one, and is not stored); returns e.
     */
    private static int alongRows(Gemm g, int i0, int i1, int j0, int j1, double[] t) {
        int k = g.k(), h = 4 * L, ldc = g.ldc(), bs = g.brs(), ir = i0;
        for (; ir + h <= i1; ir += h) {
            for (int jq = j0; jq < j1; jq += 4) {
                int b0 = g.bo() + jq * g.bcs(), last = g.bo() + (j1 - 1) * g.bcs(), step = g.bcs();
                Tiles.tileT(k, g.a(), g.ao() + ir, g.acs(), g.b(), b0, Math.min(b0 + step, last),
                        Math.min(b0 + 2 * step, last), Math.min(b0 + 3 * step, last), bs, t);
                int cols = Math.min(4, j1 - jq), co = g.co() + ir * ldc + jq;
                for (int r = 0; r < h; r++) {
                    for (int q = 0; q < cols; q++) g.c()[co + r * ldc + q] = t[q * h + r];
                }
            }
        }
        return ir;
    }

    /** Rows [ir, ir+rows) × columns [jr, jr+4L) of C as two 4 × 4L tiles. */
    private static void quad(Gemm g, int ir, int rows, double[][] buf, int jr, double[] b, int bo, int bs) {
        int k = g.k(), ldc = g.ldc(), co = g.co() + ir * ldc + jr;
        for (int half = 0; half < 2 && half * 4 < rows; half++) {
            int valid = Math.min(4, rows - half * 4), c = co + half * 4 * ldc;
            double[] a = rows < MR ? buf[0] : g.a();
            int ao = rows < MR ? half * 4 : g.ao() + (ir + half * 4) * g.ars();
            int ars = rows < MR ? 1 : g.ars(), acs = rows < MR ? MR : g.acs();
            if (valid == 4) {
                Tiles.tile4x4(k, a, ao, ars, acs, b, bo, bs, g.c(), c, ldc);
            } else {
                Tiles.tile4x4(k, a, ao, ars, acs, b, bo, bs, buf[2], 0, W4);
                VectorGemm.copyTile(buf[2], 0, W4, g.c(), c, ldc, valid, W4, false);
            }
        }
    }

    /** Rows [ir, ir+rows) × columns [jr, jr+cols) of C, cols ≤ 2L, as one 8 × 2L or 8 × L tile (C's block is still zero). */
    private static void pair(Gemm g, int ir, int rows, double[][] buf, int jr, int cols, double[] b, int bo, int bs) {
        int k = g.k(), ldc = g.ldc(), co = g.co() + ir * ldc + jr;
        double[] a = rows < MR ? buf[0] : g.a();
        int ao = rows < MR ? 0 : g.ao() + ir * g.ars(), ars = rows < MR ? 1 : g.ars(), acs = rows < MR ? MR : g.acs();
        if (rows == MR && cols == W2) {
            VectorGemm.kernel(k, a, ao, ars, acs, b, bo, bs, g.c(), co, ldc);
        } else if (cols <= L) {
            boolean direct = rows == MR && cols == L;
            double[] t = direct ? g.c() : buf[2];
            int to = direct ? co : 0, ts = direct ? ldc : W2;
            Tiles.tile8x1(k, a, ao, ars, acs, b, bo, bs, t, to, ts);
            if (!direct) VectorGemm.copyTile(buf[2], 0, W2, g.c(), co, ldc, rows, cols, false);
        } else {
            java.util.Arrays.fill(buf[2], 0, MR * W2, 0.0);
            VectorGemm.kernel(k, a, ao, ars, acs, b, bo, bs, buf[2], 0, W2);
            VectorGemm.copyTile(buf[2], 0, W2, g.c(), co, ldc, rows, cols, false);
        }
    }
}
