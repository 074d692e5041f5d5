package io.github.tapegrad.reliability;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/** Bitwise comparison of results and the IEEE class of each element, for the reliability tests. */
final class Bits {
    private Bits() {}

    /** Fails unless the two arrays hold the same bits (so 0.0 differs from -0.0, and NaNs must match exactly). */
    static void assertBitwiseEqual(double[] expected, double[] actual, String what) {
        if (expected.length != actual.length) {
            fail(what + ": " + expected.length + " values expected, got " + actual.length);
        }
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToRawLongBits(expected[i]) != Double.doubleToRawLongBits(actual[i])) {
                fail(what + ": element " + i + " differs: " + expected[i] + " vs " + actual[i] + " (bits "
                        + Long.toHexString(Double.doubleToRawLongBits(expected[i])) + " vs "
                        + Long.toHexString(Double.doubleToRawLongBits(actual[i])) + ")");
            }
        }
    }

    /** {@link #assertBitwiseEqual(double[], double[], String)} for lists of arrays of equal length. */
    static void assertBitwiseEqual(List<double[]> expected, List<double[]> actual, String what) {
        if (expected.size() != actual.size()) fail(what + ": " + expected.size() + " arrays expected, got " + actual.size());
        for (int i = 0; i < expected.size(); i++) assertBitwiseEqual(expected.get(i), actual.get(i), what + " [" + i + "]");
    }

    /**
     * The IEEE class of each value, space-separated: {@code f} finite, {@code n} NaN, {@code +} +∞, {@code -} −∞.
     */
    static String classes(double[] values) {
        StringBuilder sb = new StringBuilder();
        for (double v : values) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(Double.isNaN(v) ? "n" : v == Double.POSITIVE_INFINITY ? "+" : v == Double.NEGATIVE_INFINITY ? "-" : "f");
        }
        return sb.toString();
    }
}
