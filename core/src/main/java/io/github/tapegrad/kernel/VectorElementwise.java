package io.github.tapegrad.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API loops of {@link Elementwise} that C2 does not vectorise by itself (selects and comparisons, which
 * need vector masks); loaded only when the {@code jdk.incubator.vector} module is present.
 */
final class VectorElementwise {
    private VectorElementwise() {}

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    /** out[i] = mask[i] != 0 ? a[i] : b[i] (NaN in the mask selects a, as in the scalar loop). */
    static double[] where(double[] mask, double[] a, double[] b) {
        double[] out = new double[a.length];
        int i = 0;
        for (int end = S.loopBound(a.length); i < end; i += S.length()) {
            VectorMask<Double> m = DoubleVector.fromArray(S, mask, i).compare(VectorOperators.NE, 0.0);
            DoubleVector.fromArray(S, b, i).blend(DoubleVector.fromArray(S, a, i), m).intoArray(out, i);
        }
        for (; i < a.length; i++) out[i] = mask[i] != 0 ? a[i] : b[i];
        return out;
    }

    /** out[i] = 1 where the comparison holds (IEEE: false for NaN except NE), 0 elsewhere. */
    static double[] compare(double[] a, double[] b, Elementwise.Comparison c) {
        double[] out = new double[a.length];
        VectorOperators.Comparison op = operator(c);
        DoubleVector one = DoubleVector.broadcast(S, 1.0), zero = DoubleVector.zero(S);
        int i = 0;
        for (int end = S.loopBound(a.length); i < end; i += S.length()) {
            VectorMask<Double> m = DoubleVector.fromArray(S, a, i).compare(op, DoubleVector.fromArray(S, b, i));
            zero.blend(one, m).intoArray(out, i);
        }
        for (; i < a.length; i++) out[i] = c.test(a[i], b[i]) ? 1.0 : 0.0;
        return out;
    }

    private static VectorOperators.Comparison operator(Elementwise.Comparison c) {
        return switch (c) {
            case EQ -> VectorOperators.EQ;
            case NE -> VectorOperators.NE;
            case LT -> VectorOperators.LT;
            case LE -> VectorOperators.LE;
            case GT -> VectorOperators.GT;
            case GE -> VectorOperators.GE;
        };
    }
}
