package io.github.tapegrad;

import java.util.Arrays;

/**
 * The dimensions of a tensor, immutable. {@code Shape.of()} is the shape of a scalar, distinct from
 * {@code Shape.of(1)}. Two shapes are equal when their dimensions are; printed as {@code (2, 3)}.
 */
public final class Shape {
    /** The shape of a scalar: no dimensions, one element. */
    public static final Shape SCALAR = new Shape(new int[0], 1);

    private final int[] dims;
    private final int size;

    private Shape(int[] dims, int size) {
        this.dims = dims;
        this.size = size;
    }

    /**
     * A shape from its dimensions.
     *
     * @param dims the dimensions, each ≥ 0
     * @return the shape
     * @throws IllegalArgumentException if a dimension is negative or the element count overflows an int
     */
    public static Shape of(int... dims) {
        if (dims.length == 0) return SCALAR;
        long n = 1;
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] < 0) {
                throw new IllegalArgumentException("shape: dimension " + i + " is negative (" + dims[i] + ") in "
                        + text(dims) + "; sizes must be >= 0");
            }
            n *= dims[i];
            if (n > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("shape: " + text(dims) + " has more than "
                        + (Integer.MAX_VALUE - 8) + " elements, which one Java array cannot hold; use smaller sizes");
            }
        }
        return new Shape(dims.clone(), (int) n);
    }

    /**
     * Number of dimensions (0 for a scalar).
     *
     * @return the rank
     */
    public int rank() {
        return dims.length;
    }

    /**
     * Size of dimension {@code axis}; negative axes count from the end.
     *
     * @param axis the axis, negative counting from the end
     * @return the size of that dimension
     */
    public int get(int axis) {
        if (dims.length == 0) {
            throw new IllegalArgumentException("shape: a scalar has no dimensions, so no axis " + axis
                    + "; use size() for its element count");
        }
        return dims[axis(axis, "shape")];
    }

    /**
     * Number of elements: the product of the dimensions (1 for a scalar).
     *
     * @return the element count
     */
    public int size() {
        return size;
    }

    /**
     * A copy of the dimensions.
     *
     * @return a new array of the dimensions
     */
    public int[] toArray() {
        return dims.clone();
    }

    int[] dimsUnsafe() {
        return dims;
    }

    /**
     * Row-major strides, in elements.
     *
     * @return a new array of strides, one per dimension
     */
    public int[] strides() {
        int[] s = new int[dims.length];
        int acc = 1;
        for (int i = dims.length - 1; i >= 0; i--) {
            s[i] = acc;
            acc *= dims[i];
        }
        return s;
    }

    /**
     * Resolves a possibly negative axis against this shape.
     *
     * @param axis the axis, negative counting from the end
     * @param op the op name for the error text
     * @return the axis in 0..rank−1 (0 for a scalar)
     * @throws IllegalArgumentException naming the op, the axis and the valid range
     */
    public int axis(int axis, String op) {
        int r = dims.length;
        if (axis < -Math.max(r, 1) || axis >= Math.max(r, 1)) {
            throw new IllegalArgumentException(op + ": axis " + axis + " is out of range for a tensor of shape "
                    + this + " (expected " + rangeText(r) + ")");
        }
        return r == 0 ? 0 : (axis < 0 ? axis + r : axis);
    }

    private static String rangeText(int r) {
        return r == 0 ? "-1..0 for a scalar" : -r + ".." + (r - 1);
    }

    /**
     * Resolves a set of axes (negative allowed); an empty array means all axes.
     *
     * @param axes the axes, negative counting from the end; empty for all
     * @param op the op name for the error text
     * @return a sorted boolean mask over the dimensions
     * @throws IllegalArgumentException for an axis out of range or given twice
     */
    public boolean[] axesMask(int[] axes, String op) {
        boolean[] mask = new boolean[dims.length];
        if (axes.length == 0) {
            Arrays.fill(mask, true);
            return mask;
        }
        for (int a : axes) {
            int ax = axis(a, op);
            if (dims.length == 0) continue;
            if (mask[ax]) {
                throw new IllegalArgumentException(op + ": axis " + a + " is given twice (as " + ax
                        + ") for shape " + this + "; list each axis once");
            }
            mask[ax] = true;
        }
        return mask;
    }

    /**
     * The NumPy broadcast of two shapes.
     *
     * @param a the first shape
     * @param b the second shape
     * @param op the op name for the error text
     * @return the broadcast shape
     * @throws IllegalArgumentException with both shapes and the first failing dimension
     */
    public static Shape broadcast(Shape a, Shape b, String op) {
        if (a.equals(b)) return a;
        int r = Math.max(a.rank(), b.rank());
        int[] out = new int[r];
        for (int i = 0; i < r; i++) {
            int ia = i - (r - a.rank()), ib = i - (r - b.rank());
            int da = ia < 0 ? 1 : a.dims[ia], db = ib < 0 ? 1 : b.dims[ib];
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException(op + ": shapes " + a + " and " + b
                        + " do not broadcast at dimension " + i + " (" + da + " vs " + db
                        + "); make the sizes equal or one of them 1");
            }
            out[i] = da == 1 ? db : da;
        }
        return of(out);
    }

    /**
     * True when this shape can be expanded to {@code target} by NumPy rules.
     *
     * @param target the shape to expand to
     * @return true when this shape broadcasts to target
     */
    public boolean broadcastsTo(Shape target) {
        if (rank() > target.rank()) return false;
        int off = target.rank() - rank();
        for (int i = 0; i < rank(); i++) {
            if (dims[i] != 1 && dims[i] != target.dims[i + off]) return false;
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape s && Arrays.equals(dims, s.dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    /** {@code (2, 3)}; a scalar prints as {@code ()}. */
    @Override
    public String toString() {
        return text(dims);
    }

    private static String text(int[] dims) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < dims.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(dims[i]);
        }
        return sb.append(')').toString();
    }
}
