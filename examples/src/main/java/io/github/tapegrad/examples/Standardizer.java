package io.github.tapegrad.examples;

import io.github.tapegrad.Tensor;

/**
 * z = (x − μ) / σ per column, with μ and σ measured on the training set only (so nothing about the test set
 * leaks into the model). σ is the population standard deviation; a constant column (σ = 0, e.g. a digits pixel
 * that is always blank) is divided by 1 instead.
 *
 * @param mean  μ, shape (1, D)
 * @param scale σ, shape (1, D)
 */
public record Standardizer(Tensor mean, Tensor scale) {
    /** Measures μ and σ of each column of {@code train} (shape (N, D)). */
    public static Standardizer fit(Tensor train) {
        Tensor mean = train.mean(0, true);
        Tensor std = train.std(new int[] {0}, 0, true);
        return new Standardizer(mean, Tensor.where(std.gt(0), std, 1.0));
    }

    /** The identity transform for D columns: μ = 0, σ = 1 (to run the same code without standardising). */
    public static Standardizer identity(int columns) {
        return new Standardizer(Tensor.zeros(1, columns), Tensor.ones(1, columns));
    }

    /** (x − μ) / σ. */
    public Tensor transform(Tensor x) {
        return x.sub(mean).div(scale);
    }

    /** z·σ + μ: back to the original units (e.g. a prediction of a standardised target). */
    public Tensor inverse(Tensor z) {
        return z.mul(scale).add(mean);
    }
}
