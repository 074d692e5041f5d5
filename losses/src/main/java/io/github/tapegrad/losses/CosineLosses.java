package io.github.tapegrad.losses;

import static io.github.tapegrad.losses.MarginChecks.sameShape;

import io.github.tapegrad.Tensor;

/** Keras' cosine similarity loss ({@code keras.losses.cosine_similarity}), composed of tensor ops. */
public final class CosineLosses {
    private CosineLosses() {}

    /** Keras' (TF's l2_normalize) ε: the squared norm is clamped at 1e−12. */
    private static final double NORM_EPS = 1e-12;

    /**
     * ℓₙ = −Σ_axis x̂·ŷ with x̂ = x / √max(‖x‖², 1e−12) (Keras' l2_normalize): the negative cosine similarity, in
     * [−1, 1], −1 for parallel vectors; a zero vector normalises to 0 (loss 0, finite gradient). Inputs: predictions
     * and targets of equal shape (any vectors, e.g. embeddings or regression outputs); the output drops the axis.
     * Keras {@code losses.CosineSimilarity} (axis −1, mean). Arguments are (input, target), the reverse of Keras'.
     *
     * @param input the predicted vectors, any shape of rank ≥ 1
     * @param target the target vectors, of the input's shape
     * @return the mean negative cosine similarity, a scalar
     * @throws IllegalArgumentException for unequal shapes or an axis out of range
     */
    public static Tensor cosineSimilarityLoss(Tensor input, Tensor target) {
        return cosineSimilarityLoss(input, target, CosineSimilarityOptions.defaults());
    }

    /**
     * ℓₙ = −Σ_axis x̂·ŷ with options; see {@link #cosineSimilarityLoss(Tensor, Tensor)}.
     *
     * @param input the predicted vectors, any shape of rank ≥ 1
     * @param target the target vectors, of the input's shape
     * @param options the axis and the reduction
     * @return the loss: a scalar, or one value per vector (the input's shape without the axis) with NONE
     */
    public static Tensor cosineSimilarityLoss(Tensor input, Tensor target, CosineSimilarityOptions options) {
        String op = "cosineSimilarityLoss";
        Checks.options(options, op, "CosineSimilarityOptions");
        sameShape(op, "input", input, "target", target);
        MarginChecks.atLeast1d(op, "input", input, "vectors of at least 1 dimension");
        int axis = checkedAxis(op, options.axis(), input);
        Tensor loss = l2Normalize(target, axis).mul(l2Normalize(input, axis)).sum(axis).neg();
        return options.reduction().apply(loss, op);
    }

    /**
     * ℓₙ = −Σ_axis x̂·ŷ, x̂ = x / √max(‖x‖², 1e−12): Keras' cosine similarity loss as a value
     * {@code (input, target) → loss} with its options fixed.
     *
     * @param options the axis and the reduction
     * @return the cosine similarity loss as a function of (input, target)
     */
    public static Loss cosineSimilarityLoss(CosineSimilarityOptions options) {
        Checks.options(options, "cosineSimilarityLoss", "CosineSimilarityOptions");
        return (input, target) -> cosineSimilarityLoss(input, target, options);
    }

    private static int checkedAxis(String op, int axis, Tensor input) {
        int r = input.dim();
        if (axis < -r || axis >= r) {
            throw new IllegalArgumentException(op + ": axis " + axis + " is out of range for input of shape " + input.shape()
                    + "; give an axis in " + (-r) + ".." + (r - 1) + " (-1, the last, is the default)");
        }
        return axis < 0 ? axis + r : axis;
    }

    private static Tensor l2Normalize(Tensor x, int axis) {
        return x.mul(x.mul(x).sum(axis, true).clampMin(NORM_EPS).rsqrt());
    }
}
