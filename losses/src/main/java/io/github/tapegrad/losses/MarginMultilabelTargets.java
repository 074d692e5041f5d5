package io.github.tapegrad.losses;

import io.github.tapegrad.Tensor;

/**
 * The targets of {@code multilabelMarginLoss} in PyTorch's layout, decoded into constant tensors: each row lists class
 * indices and ends at the first −1 (entries after it are ignored).
 *
 * @param index    (N, C): the listed class at each position (0 past the end)
 * @param listed   (N, C): 1 where the position holds a listed class
 * @param isTarget (N, C): 1 where the class appears in the row's list
 */
record MarginMultilabelTargets(Tensor index, Tensor listed, Tensor isTarget) {
    private static final String OP = "multilabelMarginLoss";

    /** Decodes {@code target} (N, C) against {@code input} (N, C). */
    static MarginMultilabelTargets decode(Tensor target, Tensor input) {
        int n = input.size(0), c = input.size(1);
        double[] t = target.toArray();
        double[] index = new double[n * c], listed = new double[n * c], isTarget = new double[n * c];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < c; j++) {
                int k = label(t[i * c + j], i, j, c, input);
                if (k == -1) break;
                index[i * c + j] = k;
                listed[i * c + j] = 1;
                isTarget[i * c + k] = 1;
            }
        }
        return new MarginMultilabelTargets(Tensor.of(index, n, c), Tensor.of(listed, n, c), Tensor.of(isTarget, n, c));
    }

    private static int label(double v, int sample, int position, int classes, Tensor input) {
        int k = (int) v;
        if (k != v) {
            throw new IllegalArgumentException(OP + ": target " + v + " at (sample " + sample + ", position " + position
                    + ") is not an integer; give whole class indices, padded with -1");
        }
        if (k < -1 || k >= classes) {
            throw new IllegalArgumentException(OP + ": target " + k + " at (sample " + sample + ", position " + position
                    + ") is out of range for " + classes + " classes (input " + input.shape() + "); give class indices in 0.."
                    + (classes - 1) + ", padded with -1");
        }
        return k;
    }
}
