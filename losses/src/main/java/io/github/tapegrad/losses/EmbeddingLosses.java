package io.github.tapegrad.losses;

import static io.github.tapegrad.losses.MarginChecks.sameShape;

import io.github.tapegrad.Tensor;

/**
 * Embedding losses of {@code torch.nn} (PyTorch 1.13 semantics): they judge distances or angles between embeddings
 * against similar/dissimilar labels y ∈ {−1, 1}. Composed of tensor ops, so the gradient comes from the tape.
 */
public final class EmbeddingLosses {
    private EmbeddingLosses() {}

    // NOTE: ATen's EPSILON is the float 1e-12f (9.999999960041972e-13 as a double), not the double 1e-12; the gradient
    // at a zero vector is 1/√ε-sized and shows the difference. Pinned by EmbeddingLossesConformanceTest (cosineEmbedding_zero_*).
    private static final double COSINE_EPS = 1e-12f;

    // ---------------------------------------------------------------- hingeEmbeddingLoss

    /**
     * ℓᵢ = xᵢ if yᵢ = 1, max(0, margin − xᵢ) if yᵢ = −1: x is a distance (≥ 0, e.g. an L1 or L2 distance between two
     * embeddings), small for similar pairs, at least the margin for dissimilar ones. Inputs: distances and labels of
     * equal shape (any rank). PyTorch {@code nn.HingeEmbeddingLoss} (margin 1, mean). The clamp passes the gradient at
     * margin − x = 0, as PyTorch's.
     *
     * @param input the distances x ≥ 0, any shape
     * @param target the labels in {−1, 1}, of the input's shape
     * @return the mean hinge embedding loss, a scalar
     * @throws IllegalArgumentException for unequal shapes or a label other than −1 and 1
     */
    public static Tensor hingeEmbeddingLoss(Tensor input, Tensor target) {
        return hingeEmbeddingLoss(input, target, HingeEmbeddingOptions.defaults());
    }

    /**
     * ℓᵢ = yᵢ = 1 ? xᵢ : max(0, margin − xᵢ) with options; see {@link #hingeEmbeddingLoss(Tensor, Tensor)}.
     *
     * @param input the distances x ≥ 0, any shape
     * @param target the labels in {−1, 1}, of the input's shape
     * @param options the margin and the reduction
     * @return the loss: a scalar, or per element with NONE
     */
    public static Tensor hingeEmbeddingLoss(Tensor input, Tensor target, HingeEmbeddingOptions options) {
        String op = "hingeEmbeddingLoss";
        Checks.options(options, op, "HingeEmbeddingOptions");
        sameShape(op, "input", input, "target", target);
        MarginChecks.signLabels(op, "target", target);
        Tensor loss = Tensor.where(target.eq(1), input, input.rsub(options.margin()).clampMin(0));
        return options.reduction().apply(loss, op);
    }

    /**
     * ℓᵢ = xᵢ if yᵢ = 1, max(0, margin − xᵢ) if yᵢ = −1: the hinge embedding loss as a value
     * {@code (input, target) → loss} with its options fixed.
     *
     * @param options the margin and the reduction
     * @return the hinge embedding loss as a function of (input, target)
     */
    public static Loss hingeEmbeddingLoss(HingeEmbeddingOptions options) {
        Checks.options(options, "hingeEmbeddingLoss", "HingeEmbeddingOptions");
        return (input, target) -> hingeEmbeddingLoss(input, target, options);
    }

    // ---------------------------------------------------------------- cosineEmbeddingLoss

    /**
     * ℓᵢ = 1 − cos(x1ᵢ, x2ᵢ) if yᵢ = 1, max(0, cos(x1ᵢ, x2ᵢ) − margin) if yᵢ = −1, with PyTorch's
     * cos = x1·x2 / √((‖x1‖² + ε)(‖x2‖² + ε)), ε = 1e−12 (as a float), so a zero vector has cos 0 and a finite gradient.
     * Inputs: embeddings (N, D) with labels (N), or (D) with a 0-D label. PyTorch {@code nn.CosineEmbeddingLoss}
     * (margin 0, mean). The clamp passes the gradient at a tie, as PyTorch's.
     *
     * @param x1 the first embeddings (N, D), or (D)
     * @param x2 the second embeddings, of x1's shape
     * @param y the labels in {−1, 1}: (N), or 0-D for (D) embeddings
     * @return the mean cosine embedding loss, a scalar
     * @throws IllegalArgumentException for unequal or unsupported shapes, or a label other than −1 and 1
     */
    public static Tensor cosineEmbeddingLoss(Tensor x1, Tensor x2, Tensor y) {
        return cosineEmbeddingLoss(x1, x2, y, CosineEmbeddingOptions.defaults());
    }

    /**
     * ℓᵢ = yᵢ = 1 ? 1 − cos : max(0, cos − margin) with options; see
     * {@link #cosineEmbeddingLoss(Tensor, Tensor, Tensor)}.
     *
     * @param x1 the first embeddings (N, D), or (D)
     * @param x2 the second embeddings, of x1's shape
     * @param y the labels in {−1, 1}: (N), or 0-D for (D) embeddings
     * @param options the margin and the reduction
     * @return the loss: a scalar, or one value per pair with NONE
     */
    public static Tensor cosineEmbeddingLoss(Tensor x1, Tensor x2, Tensor y, CosineEmbeddingOptions options) {
        String op = "cosineEmbeddingLoss";
        Checks.options(options, op, "CosineEmbeddingOptions");
        sameShape(op, "x1", x1, "x2", x2);
        checkCosineLabels(op, x1, y);
        MarginChecks.signLabels(op, "y", y);
        int axis = x1.dim() - 1;
        Tensor squared1 = x1.mul(x1).sum(axis).add(COSINE_EPS), squared2 = x2.mul(x2).sum(axis).add(COSINE_EPS);
        Tensor cos = x1.mul(x2).sum(axis).div(squared1.mul(squared2).sqrt());
        Tensor loss = Tensor.where(y.eq(1), cos.rsub(1), cos.sub(options.margin()).clampMin(0));
        return options.reduction().apply(loss, op);
    }

    /**
     * ℓᵢ = 1 − cos(x1ᵢ, x2ᵢ) if yᵢ = 1, max(0, cos(x1ᵢ, x2ᵢ) − margin) if yᵢ = −1: the cosine embedding loss as a value
     * {@code (x1, x2, y) → loss} with its options fixed.
     *
     * @param options the margin and the reduction
     * @return the cosine embedding loss as a function of (x1, x2, y)
     */
    public static Loss.Ternary cosineEmbeddingLoss(CosineEmbeddingOptions options) {
        Checks.options(options, "cosineEmbeddingLoss", "CosineEmbeddingOptions");
        return (x1, x2, y) -> cosineEmbeddingLoss(x1, x2, y, options);
    }

    private static void checkCosineLabels(String op, Tensor x, Tensor y) {
        if (x.dim() != 1 && x.dim() != 2) {
            throw new IllegalArgumentException(op + ": x1 has shape " + x.shape() + "; give (N, D) embeddings or one (D) pair");
        }
        boolean ok = x.dim() == 2 ? y.dim() == 1 && y.size(0) == x.size(0) : y.dim() == 0;
        if (!ok) {
            String want = x.dim() == 2 ? "(" + x.size(0) + "), one label per sample" : "(), one label for the pair";
            throw new IllegalArgumentException(op + ": y has shape " + y.shape() + " but x1 has shape " + x.shape()
                    + "; give y of shape " + want);
        }
    }
}
