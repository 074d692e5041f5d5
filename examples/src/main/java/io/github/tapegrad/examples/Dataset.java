package io.github.tapegrad.examples;

import io.github.tapegrad.Tensor;
import java.util.List;

/**
 * Features and targets of one dataset.
 *
 * @param name         a short name for printing ({@code iris}, {@code sine}, …)
 * @param x            the features, shape (N, D)
 * @param y            the targets: class indices of shape (N) for classification, values of shape (N, K) for regression
 * @param featureNames the D column names
 * @param numClasses   the number of classes, or 0 for a regression target
 */
public record Dataset(String name, Tensor x, Tensor y, List<String> featureNames, int numClasses) {
    public Dataset {
        if (x.dim() != 2 || y.size(0) != x.size(0)) {
            throw new IllegalArgumentException("Dataset: features " + x.shape() + " and targets " + y.shape()
                    + " must be (N, D) and (N) or (N, K) with the same N; reshape them");
        }
        featureNames = List.copyOf(featureNames);
    }

    /** The number of samples N. */
    public int size() {
        return x.size(0);
    }

    /** The number of features D. */
    public int numFeatures() {
        return x.size(1);
    }

    /** The samples at the given row indices (a 1-D tensor of integers), in that order. */
    public Dataset rows(Tensor index) {
        return new Dataset(name, x.indexSelect(0, index), y.indexSelect(0, index), featureNames, numClasses);
    }

    /** The same samples with other features (e.g. standardised, or two selected columns). */
    public Dataset withX(Tensor newX, List<String> names) {
        return new Dataset(name, newX, y, names, numClasses);
    }

    /** The same samples with only the named feature columns, in the order given. */
    public Dataset columns(String... names) {
        double[] index = new double[names.length];
        for (int i = 0; i < names.length; i++) {
            index[i] = featureNames.indexOf(names[i]);
            if (index[i] < 0) {
                throw new IllegalArgumentException("columns: " + name + " has no feature '" + names[i]
                        + "'; use one of " + featureNames);
            }
        }
        return withX(x.indexSelect(1, Tensor.of(index)), List.of(names));
    }

    /** The same samples with other targets (e.g. standardised). */
    public Dataset withY(Tensor newY) {
        return new Dataset(name, x, newY, featureNames, numClasses);
    }
}
