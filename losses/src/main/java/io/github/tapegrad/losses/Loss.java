package io.github.tapegrad.losses;

import io.github.tapegrad.Tensor;

/**
 * A loss as a value: {@code (input, target) → loss}, so that models, examples and users can pass losses around.
 * Every loss of this module exists as a static method (PyTorch's functional name in camelCase) and as a
 * {@code Loss} with its options fixed.
 */
@FunctionalInterface
public interface Loss {
    /**
     * The loss of {@code input} against {@code target}.
     *
     * @param input the prediction
     * @param target the target
     * @return the loss, reduced as configured
     */
    Tensor apply(Tensor input, Tensor target);

    /** A loss of three tensors, e.g. {@code (x1, x2, y)} of marginRankingLoss or {@code (anchor, positive, negative)}. */
    @FunctionalInterface
    interface Ternary {
        /**
         * The loss of the three tensors.
         *
         * @param a the first input
         * @param b the second input
         * @param c the third input
         * @return the loss, reduced as configured
         */
        Tensor apply(Tensor a, Tensor b, Tensor c);
    }
}
