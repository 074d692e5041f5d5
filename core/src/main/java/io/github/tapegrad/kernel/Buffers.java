package io.github.tapegrad.kernel;

import io.github.tapegrad.Tensor;

/**
 * The library's own access to a tensor's live buffer, for the optimizers' fused update loops and other code inside
 * the library that must not allocate a tensor per step. Not exported: users go through {@link Tensor}'s in-place
 * methods, which check that the tensor is a leaf and that recording is off.
 */
public final class Buffers {
    private Buffers() {}

    /** What {@link Tensor} grants this class at its initialisation. */
    public interface Access {
        /**
         * The live buffer (not a copy).
         *
         * @param t the tensor
         * @return its values, row-major
         */
        double[] data(Tensor t);

        /**
         * Marks an in-place change, so a saved value changed before backward is caught.
         *
         * @param t the changed tensor
         */
        void bumpVersion(Tensor t);
    }

    private static Access access;

    /**
     * Called once by {@link Tensor}'s static initialiser.
     *
     * @param a the access
     */
    public static void grant(Access a) {
        access = a;
    }

    /**
     * The live buffer of {@code t}.
     *
     * @param t a tensor (its class is initialised, so access has been granted)
     * @return its values, row-major
     */
    public static double[] data(Tensor t) {
        return access.data(t);
    }

    /**
     * Marks an in-place change of {@code t}'s values.
     *
     * @param t the changed tensor
     */
    public static void bumpVersion(Tensor t) {
        access.bumpVersion(t);
    }
}
