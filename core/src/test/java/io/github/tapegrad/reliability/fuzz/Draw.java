package io.github.tapegrad.reliability.fuzz;

import io.github.tapegrad.Shape;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.StringJoiner;

/** Random parameters of ops, drawn for a given shape, and their Java text. */
final class Draw {
    private Draw() {}

    /** A random subset of the axes, ascending, each written as itself or as its negative alias. */
    static int[] axes(Shape s, SplittableRandom r) {
        int[] a = new int[s.rank()];
        int n = 0;
        for (int i = 0; i < s.rank(); i++) if (r.nextBoolean()) a[n++] = r.nextBoolean() ? i : i - s.rank();
        return Arrays.copyOf(a, n);
    }

    /** One axis, possibly negative. */
    static int axis(Shape s, SplittableRandom r) {
        return r.nextInt(-s.rank(), s.rank());
    }

    /** A random permutation of 0..n−1. */
    static int[] permutation(int n, SplittableRandom r) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1), t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** Java text of an int array: {@code new int[] {1, 2}}. */
    static String ints(int[] a) {
        StringJoiner j = new StringJoiner(", ", "new int[] {", "}");
        for (int v : a) j.add(Integer.toString(v));
        return j.toString();
    }

    /** The varargs text of an int array: {@code 1, 2}. */
    static String args(int[] a) {
        StringJoiner j = new StringJoiner(", ");
        for (int v : a) j.add(Integer.toString(v));
        return j.toString();
    }

    /** Java text of an integer-valued index tensor of the given shape. */
    static String indexTensor(double[] values, int[] dims) {
        StringJoiner v = new StringJoiner(", ", "new double[] {", "}");
        for (double x : values) v.add(Integer.toString((int) x));
        return "Tensor.of(" + v + (dims.length == 0 ? "" : ", " + args(dims)) + ")";
    }
}
