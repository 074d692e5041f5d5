package io.github.tapegrad.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The register tiles of {@link SmallGemm} besides {@link VectorGemm}'s 8 × 2L one (4 × 4L, 8 × L, and 4L × 4 along
 * the rows): T = Σₚ A(r, p) · B(p, :) over the whole of k, each element one chain of fused multiply-adds from zero in
 * order of p, with A(r, p) = a[ao + r·ars + p·acs] (either orientation in place, or a packed panel). T is written, not
 * accumulated.
 *
 * <p>The 4 × 4L tile needs one broadcast of A per four fused multiply-adds, against one per two for 8 × 2L, and the
 * broadcasts with their address arithmetic are what limits these loops here (Zen 4, 512-bit vectors): 4 × 4L runs
 * near one vector FMA per cycle, 8 × 2L at about 80 % of it. 4 × 4L does not pay inside VectorGemm's blocking,
 * where its 4L-wide B panels no longer fit L1 (measured 15-20 % slower on 256-1024 products).
 *
 * <p>The 8 × L tile covers a last strip of at most L columns, where the 8 × 2L tile would spend half its fused
 * multiply-adds on zero padding: 32 × 64 · 64 × 8 went from 2.17 to 1.60 µs a call (thread CPU time, minimum of 15
 * interleaved rounds, two JVMs each; 32 × 64 · (8 × 64)ᵀ 2.04 -> 1.55 µs).
 */
// Every tile uses the one species SPECIES_PREFERRED. An 8 × 1.5L tile for 10 columns (half-width vectors for the last
// L/2) made every vector tile in the JVM 10-20 times slower on JDK 17, after warm-up (64 × 64 · 64 × 10: 3.9 -> 42 µs,
// and 32 × 64 · 64 × 64, which never used it: 5.6 -> 100 µs), the cost of boxed vectors: do not add a second species.
final class Tiles {
    private Tiles() {}

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    static final int L = S.length();

    /** The 4 × 4L tile: T[r, 0:4L] for r &lt; 4. */
    static void tile4x4(int kc, double[] ap, int ao, int ars, int acs, double[] bp, int bo, int bs,
                        double[] t, int to, int ts) {
        DoubleVector c00 = DoubleVector.zero(S), c01 = c00, c02 = c00, c03 = c00, c10 = c00, c11 = c00, c12 = c00;
        DoubleVector c13 = c00, c20 = c00, c21 = c00, c22 = c00, c23 = c00, c30 = c00, c31 = c00, c32 = c00, c33 = c00;
        for (int p = 0; p < kc; p++) {
            int a = ao + p * acs, b = bo + p * bs;
            DoubleVector b0 = DoubleVector.fromArray(S, bp, b), b1 = DoubleVector.fromArray(S, bp, b + L);
            DoubleVector b2 = DoubleVector.fromArray(S, bp, b + 2 * L), b3 = DoubleVector.fromArray(S, bp, b + 3 * L);
            DoubleVector x = DoubleVector.broadcast(S, ap[a]);
            c00 = x.fma(b0, c00); c01 = x.fma(b1, c01); c02 = x.fma(b2, c02); c03 = x.fma(b3, c03);
            x = DoubleVector.broadcast(S, ap[a + ars]);
            c10 = x.fma(b0, c10); c11 = x.fma(b1, c11); c12 = x.fma(b2, c12); c13 = x.fma(b3, c13);
            x = DoubleVector.broadcast(S, ap[a + 2 * ars]);
            c20 = x.fma(b0, c20); c21 = x.fma(b1, c21); c22 = x.fma(b2, c22); c23 = x.fma(b3, c23);
            x = DoubleVector.broadcast(S, ap[a + 3 * ars]);
            c30 = x.fma(b0, c30); c31 = x.fma(b1, c31); c32 = x.fma(b2, c32); c33 = x.fma(b3, c33);
        }
        c00.intoArray(t, to); c01.intoArray(t, to + L); c02.intoArray(t, to + 2 * L); c03.intoArray(t, to + 3 * L);
        to += ts;
        c10.intoArray(t, to); c11.intoArray(t, to + L); c12.intoArray(t, to + 2 * L); c13.intoArray(t, to + 3 * L);
        to += ts;
        c20.intoArray(t, to); c21.intoArray(t, to + L); c22.intoArray(t, to + 2 * L); c23.intoArray(t, to + 3 * L);
        to += ts;
        c30.intoArray(t, to); c31.intoArray(t, to + L); c32.intoArray(t, to + 2 * L); c33.intoArray(t, to + 3 * L);
    }

    /**
     * The 4L × 4 tile along the rows of C, for a transposed A (A's columns contiguous): T[q·4L + r] = Σₚ
     * a[ao + p·acs + r] · b[b_q + p·bs] for r &lt; 4L and the four columns q, stored column by column.
     */
    static void tileT(int kc, double[] ap, int ao, int acs, double[] bp, int b0, int b1, int b2, int b3, int bs,
                      double[] t) {
        DoubleVector c00 = DoubleVector.zero(S), c01 = c00, c02 = c00, c03 = c00, c10 = c00, c11 = c00, c12 = c00;
        DoubleVector c13 = c00, c20 = c00, c21 = c00, c22 = c00, c23 = c00, c30 = c00, c31 = c00, c32 = c00, c33 = c00;
        for (int p = 0; p < kc; p++) {
            int a = ao + p * acs, b = p * bs;
            DoubleVector a0 = DoubleVector.fromArray(S, ap, a), a1 = DoubleVector.fromArray(S, ap, a + L);
            DoubleVector a2 = DoubleVector.fromArray(S, ap, a + 2 * L), a3 = DoubleVector.fromArray(S, ap, a + 3 * L);
            DoubleVector x = DoubleVector.broadcast(S, bp[b0 + b]);
            c00 = x.fma(a0, c00); c10 = x.fma(a1, c10); c20 = x.fma(a2, c20); c30 = x.fma(a3, c30);
            x = DoubleVector.broadcast(S, bp[b1 + b]);
            c01 = x.fma(a0, c01); c11 = x.fma(a1, c11); c21 = x.fma(a2, c21); c31 = x.fma(a3, c31);
            x = DoubleVector.broadcast(S, bp[b2 + b]);
            c02 = x.fma(a0, c02); c12 = x.fma(a1, c12); c22 = x.fma(a2, c22); c32 = x.fma(a3, c32);
            x = DoubleVector.broadcast(S, bp[b3 + b]);
            c03 = x.fma(a0, c03); c13 = x.fma(a1, c13); c23 = x.fma(a2, c23); c33 = x.fma(a3, c33);
        }
        int h = 4 * L;
        c00.intoArray(t, 0); c10.intoArray(t, L); c20.intoArray(t, 2 * L); c30.intoArray(t, 3 * L);
        c01.intoArray(t, h); c11.intoArray(t, h + L); c21.intoArray(t, h + 2 * L); c31.intoArray(t, h + 3 * L);
        c02.intoArray(t, 2 * h); c12.intoArray(t, 2 * h + L); c22.intoArray(t, 2 * h + 2 * L); c32.intoArray(t, 2 * h + 3 * L);
        c03.intoArray(t, 3 * h); c13.intoArray(t, 3 * h + L); c23.intoArray(t, 3 * h + 2 * L); c33.intoArray(t, 3 * h + 3 * L);
    }

    /**
     * The 8 × L tile, for a last strip of at most L columns: T[r, 0:L] for r &lt; 8. One vector FMA per broadcast,
     * half the work of the 8 × 2L tile it replaces there (whose second vector would be all padding).
     */
    static void tile8x1(int kc, double[] ap, int ao, int ars, int acs, double[] bp, int bo, int bs,
                        double[] t, int to, int ts) {
        DoubleVector c0 = DoubleVector.zero(S), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0;
        for (int p = 0; p < kc; p++) {
            int a = ao + p * acs;
            DoubleVector b0 = DoubleVector.fromArray(S, bp, bo + p * bs);
            c0 = DoubleVector.broadcast(S, ap[a]).fma(b0, c0);
            c1 = DoubleVector.broadcast(S, ap[a + ars]).fma(b0, c1);
            c2 = DoubleVector.broadcast(S, ap[a + 2 * ars]).fma(b0, c2);
            c3 = DoubleVector.broadcast(S, ap[a + 3 * ars]).fma(b0, c3);
            c4 = DoubleVector.broadcast(S, ap[a + 4 * ars]).fma(b0, c4);
            c5 = DoubleVector.broadcast(S, ap[a + 5 * ars]).fma(b0, c5);
            c6 = DoubleVector.broadcast(S, ap[a + 6 * ars]).fma(b0, c6);
            c7 = DoubleVector.broadcast(S, ap[a + 7 * ars]).fma(b0, c7);
        }
        c0.intoArray(t, to); c1.intoArray(t, to + ts); c2.intoArray(t, to + 2 * ts); c3.intoArray(t, to + 3 * ts);
        c4.intoArray(t, to + 4 * ts); c5.intoArray(t, to + 5 * ts); c6.intoArray(t, to + 6 * ts); c7.intoArray(t, to + 7 * ts);
    }
}
