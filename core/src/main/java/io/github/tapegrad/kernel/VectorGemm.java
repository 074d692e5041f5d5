package io.github.tapegrad.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API path of {@link MatMul}: blocked for the caches (KC × NC panels of B, MC × KC blocks of A), with an
 * MR × NR register tile of C accumulated with fused multiply-adds. A is read in place when its rows are contiguous
 * (eight row streams, no copy) and packed otherwise (transposed, or a partial tile); B is read in place when its rows
 * are contiguous and a KC-row block fits in half of L2, and packed into NR-wide panels otherwise.
 * Loaded only when the {@code jdk.incubator.vector} module is present.
 *
 * <p>Every element of C is one chain of fused multiply-adds from zero over p in order, whatever block, KC-long run of k
 * or thread it falls in: the register tile loads its part of C and continues the chain, so neither KC nor the thread
 * count changes a result.
 *
 * <p>Blocking, measured with thread CPU time (one thread, minimum of interleaved rounds in one JVM, Zen 4 at about
 * 57 GFLOP/s peak): KC = 256 against 128 and 192 on 1024 × 1024 · 1024 × 512 (one thread's half of matmul-1024):
 * 23.7 against 31.3 and 27.5 ms, since a shorter run reloads and stores C's tile more often. On 256 × 256 products
 * this path runs at 90 % of peak (650 µs, 51.5 GFLOP/s); packing B there instead of reading it in place, KC = 128,
 * or SmallGemm's 4 × 4L tiles were all within noise of it (660-710 µs).
 */
// NOTE: the chain is one per element for any k because kernel() accumulates into C rather than adding a partial sum;
// SmallGemmTest.blockedProductsAreOneChainPerElementForAnyKAndThreadCount pins it against Math.fma in p order.
final class VectorGemm {
    private VectorGemm() {}

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    static final int MR = 8;
    static final int NR = 2 * L;
    static final int KC = 256;
    static final int MC = 64;
    static final int NC = 1024;

    private static final ThreadLocal<double[][]> BUFFERS =
            ThreadLocal.withInitial(() -> new double[][] {new double[MC * KC], new double[KC * NC], new double[MR * NR]});

    /** This thread's packing buffers: A blocks (MC × KC), B blocks (KC × NC) and one MR × NR tile of C. */
    static double[][] buffers() {
        return BUFFERS.get();
    }

    /** C[i0:i1, j0:j1] += A[i0:i1, :] · B[:, j0:j1]. */
    static void multiply(Gemm g, int i0, int i1, int j0, int j1) {
        double[][] buf = BUFFERS.get();
        for (int jc = j0; jc < j1; jc += NC) {
            int nc = Math.min(NC, j1 - jc);
            for (int pc = 0; pc < g.k(); pc += KC) {
                int kc = Math.min(KC, g.k() - pc);
                if (!readBInPlace(g, kc) || nc % NR != 0) Packing.packB(g, pc, kc, jc, nc, NR, buf[1]);
                for (int ic = i0; ic < i1; ic += MC) {
                    int mc = Math.min(MC, i1 - ic);
                    if (g.acs() != 1 || mc % MR != 0) Packing.packA(g, ic, mc, pc, kc, MR, buf[0]);
                    macro(g, pc, kc, ic, mc, jc, nc, buf);
                }
            }
        }
    }

    /** C's block rows [ic, ic+mc) × columns [jc, jc+nc) += A's block · B's block, one NR-wide strip at a time. */
    private static void macro(Gemm g, int pc, int kc, int ic, int mc, int jc, int nc, double[][] buf) {
        for (int jr = 0; jr < nc; jr += NR) strip(g, pc, kc, ic, mc, jc + jr, jr, Math.min(NR, nc - jr), buf);
    }

    /**
     * Columns [j, j+cols) of C's block rows [ic, ic+mc), cols ≤ NR: the register tiles down one strip, all reading the
     * same B panel (jr its offset in the packed block). A method of its own so that the JIT compiles the per-tile code
     * by invocation count within the first product (2,048 calls a 1024 product). As the inner loop of macro, called 64
     * times a 1024 product, it ran interpreted through the whole of the benchmark's one warm-up product and was first
     * compiled during the first timed run, which ran at 38.5 GFLOP/s against 43-44 for the later ones (one thread,
     * thread CPU time, median of 5 fresh JVMs); as a method of its own it is compiled by C2 within the warm-up, and the
     * first timed run reaches 42.6.
     */
    private static void strip(Gemm g, int pc, int kc, int ic, int mc, int j, int jr, int cols, double[][] buf) {
        boolean direct = g.acs() == 1, inPlaceB = cols == NR && readBInPlace(g, kc);
        double[] c = g.c(), tile = buf[2], bp = inPlaceB ? g.b() : buf[1];
        int bo = inPlaceB ? g.bo() + pc * g.brs() + j : jr * kc, bs = inPlaceB ? g.brs() : NR, ldc = g.ldc();
        for (int ir = 0; ir < mc; ir += MR) {
            int co = g.co() + (ic + ir) * ldc + j, rows = Math.min(MR, mc - ir);
            boolean full = rows == MR && cols == NR;
            if (!full) copyTile(c, co, ldc, tile, 0, NR, rows, cols, true);
            double[] t = full ? c : tile;
            int to = full ? co : 0, ts = full ? ldc : NR;
            if (direct && rows == MR) {
                kernel(kc, g.a(), g.ao() + (ic + ir) * g.ars() + pc, g.ars(), 1, bp, bo, bs, t, to, ts);
            } else {
                kernel(kc, buf[0], ir * kc, 1, MR, bp, bo, bs, t, to, ts);
            }
            if (!full) copyTile(tile, 0, NR, c, co, ldc, rows, cols, false);
        }
    }

    /** Largest B block (bytes) read in place rather than packed, when its rows are contiguous: half of a 1 MB L2. */
    static final long IN_PLACE_B = 512 * 1024;

    /** Whether B's rows are contiguous and a KC-row block of it is small enough to stay in L2 unpacked. */
    private static boolean readBInPlace(Gemm g, int kc) {
        return g.bcs() == 1 && (long) kc * g.brs() * Double.BYTES <= IN_PLACE_B;
    }

    /**
     * The 8 × 2L register tile: T[r, 0:2L] = T[r, 0:2L] + Σₚ A[r, p] · B[p, 0:2L] as one chain of fused multiply-adds
     * per element, T being C itself (row stride ts) or, at the edges of C, a zero-padded copy of it.
     */
    static void kernel(int kc, double[] ap, int ao, int ars, int acs, double[] bp, int bo, int bs,
                               double[] t, int to, int ts) {
        DoubleVector c00 = load(t, to), c01 = load(t, to + L), c10 = load(t, to + ts), c11 = load(t, to + ts + L);
        DoubleVector c20 = load(t, to + 2 * ts), c21 = load(t, to + 2 * ts + L), c30 = load(t, to + 3 * ts);
        DoubleVector c31 = load(t, to + 3 * ts + L), c40 = load(t, to + 4 * ts), c41 = load(t, to + 4 * ts + L);
        DoubleVector c50 = load(t, to + 5 * ts), c51 = load(t, to + 5 * ts + L), c60 = load(t, to + 6 * ts);
        DoubleVector c61 = load(t, to + 6 * ts + L), c70 = load(t, to + 7 * ts), c71 = load(t, to + 7 * ts + L);
        for (int p = 0; p < kc; p++) {
            int a = ao + p * acs, b = bo + p * bs;
            DoubleVector b0 = DoubleVector.fromArray(S, bp, b), b1 = DoubleVector.fromArray(S, bp, b + L);
            DoubleVector x = DoubleVector.broadcast(S, ap[a]);
            c00 = x.fma(b0, c00); c01 = x.fma(b1, c01);
            x = DoubleVector.broadcast(S, ap[a + 1 * ars]);
            c10 = x.fma(b0, c10); c11 = x.fma(b1, c11);
            x = DoubleVector.broadcast(S, ap[a + 2 * ars]);
            c20 = x.fma(b0, c20); c21 = x.fma(b1, c21);
            x = DoubleVector.broadcast(S, ap[a + 3 * ars]);
            c30 = x.fma(b0, c30); c31 = x.fma(b1, c31);
            x = DoubleVector.broadcast(S, ap[a + 4 * ars]);
            c40 = x.fma(b0, c40); c41 = x.fma(b1, c41);
            x = DoubleVector.broadcast(S, ap[a + 5 * ars]);
            c50 = x.fma(b0, c50); c51 = x.fma(b1, c51);
            x = DoubleVector.broadcast(S, ap[a + 6 * ars]);
            c60 = x.fma(b0, c60); c61 = x.fma(b1, c61);
            x = DoubleVector.broadcast(S, ap[a + 7 * ars]);
            c70 = x.fma(b0, c70); c71 = x.fma(b1, c71);
        }
        store(t, to, c00, c01);
        store(t, to + ts, c10, c11);
        store(t, to + 2 * ts, c20, c21);
        store(t, to + 3 * ts, c30, c31);
        store(t, to + 4 * ts, c40, c41);
        store(t, to + 5 * ts, c50, c51);
        store(t, to + 6 * ts, c60, c61);
        store(t, to + 7 * ts, c70, c71);
    }

    private static DoubleVector load(double[] t, int o) {
        return DoubleVector.fromArray(S, t, o);
    }

    /** dst[r, j] = src[r, j] for r &lt; rows, j &lt; cols; with {@code pad}, the rest of the MR × NR dst is zeroed first. */
    static void copyTile(double[] src, int so, int ss, double[] dst, int dO, int ds, int rows, int cols, boolean pad) {
        if (pad) java.util.Arrays.fill(dst, dO, dO + MR * NR, 0.0);
        for (int r = 0; r < rows; r++) System.arraycopy(src, so + r * ss, dst, dO + r * ds, cols);
    }

    private static void store(double[] t, int o, DoubleVector v0, DoubleVector v1) {
        v0.intoArray(t, o);
        v1.intoArray(t, o + L);
    }
}
