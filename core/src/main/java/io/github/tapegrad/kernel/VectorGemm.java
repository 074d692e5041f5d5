package io.github.tapegrad.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API path of {@link MatMul}: B packed into panels, blocked for the caches (KC × NC panels of B,
 * MC × KC blocks of A), and an MR × NR register tile of C accumulated with fused multiply-adds. A is read in place
 * when its rows are contiguous (eight row streams, no copy) and packed otherwise (transposed, or a partial tile).
 * Loaded only when the {@code jdk.incubator.vector} module is present.
 *
 * <p>Every element of C is computed as C += Σ over each KC-long run of k, in order, of a chain of fused
 * multiply-adds, whatever block or thread it falls in: results do not depend on the thread count.
 */
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

    /** C[i0:i1, j0:j1] += A[i0:i1, :] · B[:, j0:j1]. */
    static void multiply(Gemm g, int i0, int i1, int j0, int j1) {
        double[][] buf = BUFFERS.get();
        for (int jc = j0; jc < j1; jc += NC) {
            int nc = Math.min(NC, j1 - jc);
            for (int pc = 0; pc < g.k(); pc += KC) {
                int kc = Math.min(KC, g.k() - pc);
                Packing.packB(g, pc, kc, jc, nc, NR, buf[1]);
                for (int ic = i0; ic < i1; ic += MC) {
                    int mc = Math.min(MC, i1 - ic);
                    if (g.acs() != 1 || mc % MR != 0) Packing.packA(g, ic, mc, pc, kc, MR, buf[0]);
                    macro(g, pc, kc, ic, mc, jc, nc, buf);
                }
            }
        }
    }

    private static void macro(Gemm g, int pc, int kc, int ic, int mc, int jc, int nc, double[][] buf) {
        boolean direct = g.acs() == 1;
        for (int jr = 0; jr < nc; jr += NR) {
            for (int ir = 0; ir < mc; ir += MR) {
                int co = g.co() + (ic + ir) * g.ldc() + jc + jr;
                int rows = Math.min(MR, mc - ir);
                if (direct && rows == MR) {
                    kernel(kc, g.a(), g.ao() + (ic + ir) * g.ars() + pc, g.ars(), 1, buf[1], jr * kc, buf[2]);
                } else {
                    kernel(kc, buf[0], ir * kc, 1, MR, buf[1], jr * kc, buf[2]);
                }
                addTile(buf[2], g.c(), co, g.ldc(), rows, Math.min(NR, nc - jr));
            }
        }
    }

    /** The 8 × 2L register tile: tile[r, 0:2L] = Σₚ A[r, p] · B[p, 0:2L], a chain of fused multiply-adds from 0. */
    private static void kernel(int kc, double[] ap, int ao, int ars, int acs, double[] bp, int bo, double[] tile) {
        DoubleVector z = DoubleVector.zero(S);
        DoubleVector c00 = z, c01 = z, c10 = z, c11 = z, c20 = z, c21 = z, c30 = z, c31 = z;
        DoubleVector c40 = z, c41 = z, c50 = z, c51 = z, c60 = z, c61 = z, c70 = z, c71 = z;
        for (int p = 0; p < kc; p++) {
            int a = ao + p * acs, b = bo + p * NR;
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
        store(tile, 0, c00, c01);
        store(tile, NR, c10, c11);
        store(tile, 2 * NR, c20, c21);
        store(tile, 3 * NR, c30, c31);
        store(tile, 4 * NR, c40, c41);
        store(tile, 5 * NR, c50, c51);
        store(tile, 6 * NR, c60, c61);
        store(tile, 7 * NR, c70, c71);
    }

    /** C[r, j] += tile[r, j] for the rows and columns inside the matrix. */
    private static void addTile(double[] tile, double[] c, int co, int ldc, int rows, int cols) {
        if (cols == NR) {
            for (int r = 0; r < rows; r++) add(c, co + r * ldc, tile, r * NR);
            return;
        }
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < cols; j++) c[co + r * ldc + j] += tile[r * NR + j];
        }
    }

    private static void add(double[] c, int o, double[] t, int to) {
        DoubleVector.fromArray(S, c, o).add(DoubleVector.fromArray(S, t, to)).intoArray(c, o);
        DoubleVector.fromArray(S, c, o + L).add(DoubleVector.fromArray(S, t, to + L)).intoArray(c, o + L);
    }

    private static void store(double[] t, int o, DoubleVector v0, DoubleVector v1) {
        v0.intoArray(t, o);
        v1.intoArray(t, o + L);
    }
}
