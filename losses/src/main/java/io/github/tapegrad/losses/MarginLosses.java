package io.github.tapegrad.losses;

import static io.github.tapegrad.losses.MarginChecks.sameShape;

import io.github.tapegrad.Tensor;

/**
 * Margin losses of {@code torch.nn} (PyTorch 1.13 semantics): ranking pairs, binary and multi-label soft margins, and the
 * multi-class hinges. Each is composed of tensor ops, so its gradient comes from the tape; none broadcasts its inputs.
 */
public final class MarginLosses {
    private MarginLosses() {}

    // ---------------------------------------------------------------- marginRankingLoss

    /**
     * ℓᵢ = max(0, −yᵢ·(x1ᵢ − x2ᵢ) + margin), yᵢ ∈ {−1, 1}: y = 1 asks for x1 ranked above x2 by at least the margin.
     * Inputs: two tensors of scores of equal shape (any rank) and labels of that shape. PyTorch
     * {@code nn.MarginRankingLoss} (margin 0, mean). The clamp passes the gradient at a tie (ℓ = 0 exactly), as PyTorch's.
     *
     * @param x1 the first scores, any shape
     * @param x2 the second scores, of x1's shape
     * @param y the labels in {−1, 1} (1: x1 should rank higher), of x1's shape
     * @return the mean margin ranking loss, a scalar
     * @throws IllegalArgumentException for unequal shapes or a label other than −1 and 1
     */
    public static Tensor marginRankingLoss(Tensor x1, Tensor x2, Tensor y) {
        return marginRankingLoss(x1, x2, y, MarginRankingOptions.defaults());
    }

    /**
     * ℓᵢ = max(0, −yᵢ·(x1ᵢ − x2ᵢ) + margin), with the given margin and reduction; see
     * {@link #marginRankingLoss(Tensor, Tensor, Tensor)}.
     *
     * @param x1 the first scores, any shape
     * @param x2 the second scores, of x1's shape
     * @param y the labels in {−1, 1} (1: x1 should rank higher), of x1's shape
     * @param options the margin and the reduction
     * @return the loss: a scalar, or per element with NONE
     */
    public static Tensor marginRankingLoss(Tensor x1, Tensor x2, Tensor y, MarginRankingOptions options) {
        String op = "marginRankingLoss";
        Checks.options(options, op, "MarginRankingOptions");
        sameShape(op, "x1", x1, "x2", x2);
        sameShape(op, "x1", x1, "y", y);
        MarginChecks.signLabels(op, "y", y);
        Tensor loss = y.neg().mul(x1.sub(x2)).add(options.margin()).clampMin(0);
        return options.reduction().apply(loss, op);
    }

    /**
     * ℓᵢ = max(0, −yᵢ·(x1ᵢ − x2ᵢ) + margin) as a value {@code (x1, x2, y) → loss} with its options fixed.
     *
     * @param options the margin and the reduction
     * @return the margin ranking loss as a function of (x1, x2, y)
     */
    public static Loss.Ternary marginRankingLoss(MarginRankingOptions options) {
        Checks.options(options, "marginRankingLoss", "MarginRankingOptions");
        return (x1, x2, y) -> marginRankingLoss(x1, x2, y, options);
    }

    // ---------------------------------------------------------------- softMarginLoss

    /**
     * ℓᵢ = log(1 + e^(−yᵢ·xᵢ)), yᵢ ∈ {−1, 1}: logistic loss on raw scores (a linear output layer, no sigmoid).
     * Inputs: scores and labels of equal shape. PyTorch {@code nn.SoftMarginLoss} (mean). Computed as softplus(−y·x),
     * finite for |x| up to 1000 where PyTorch's log1p(exp(·)) overflows past about 709.
     *
     * @param input the raw scores, any shape
     * @param target the labels in {−1, 1}, of the input's shape
     * @return the mean soft margin loss, a scalar
     * @throws IllegalArgumentException for unequal shapes or a label other than −1 and 1
     */
    public static Tensor softMarginLoss(Tensor input, Tensor target) {
        return softMarginLoss(input, target, Reduction.MEAN);
    }

    /**
     * ℓᵢ = log(1 + e^(−yᵢ·xᵢ)) with the given reduction; see {@link #softMarginLoss(Tensor, Tensor)}.
     *
     * @param input the raw scores, any shape
     * @param target the labels in {−1, 1}, of the input's shape
     * @param reduction how the per-element losses are combined
     * @return the loss: a scalar, or per element with NONE
     */
    public static Tensor softMarginLoss(Tensor input, Tensor target, Reduction reduction) {
        String op = "softMarginLoss";
        MarginChecks.reduction(op, reduction);
        sameShape(op, "input", input, "target", target);
        MarginChecks.signLabels(op, "target", target);
        // NOTE: softplus instead of PyTorch's log1p(exp(z)), which is +inf for z > 709; pinned by
        // MarginLossesStabilityTest.softMarginIsFiniteWherePyTorchOverflows.
        return reduction.apply(input.mul(target).neg().softplus(), op);
    }

    /**
     * ℓᵢ = log(1 + e^(−yᵢ·xᵢ)) as a value {@code (input, target) → loss} with its reduction fixed.
     *
     * @param reduction how the per-element losses are combined
     * @return the soft margin loss as a function of (input, target)
     */
    public static Loss softMarginLoss(Reduction reduction) {
        MarginChecks.reduction("softMarginLoss", reduction);
        return (input, target) -> softMarginLoss(input, target, reduction);
    }

    // ---------------------------------------------------------------- multilabelSoftMarginLoss

    /**
     * ℓₙ = −(1/C)·Σ_c w_c·(y_c·log σ(x_c) + (1 − y_c)·log σ(−x_c)), y_c ∈ {0, 1}: one independent logistic loss per
     * class (multi-label, raw scores, no sigmoid layer). Inputs: (…, C) scores and targets of equal shape; the output has
     * one value per sample (…). PyTorch {@code nn.MultiLabelSoftMarginLoss} (no weight, mean). Stable for |x| ≤ 1000.
     *
     * @param input the raw scores (…, C)
     * @param target the labels in {0, 1}, of the input's shape
     * @return the mean multi-label soft margin loss, a scalar
     * @throws IllegalArgumentException for unequal shapes, a scalar input or a weight of the wrong shape
     */
    public static Tensor multilabelSoftMarginLoss(Tensor input, Tensor target) {
        return multilabelSoftMarginLoss(input, target, MultilabelSoftMarginOptions.defaults());
    }

    /**
     * ℓₙ = −(1/C)·Σ_c w_c·(y_c·log σ(x_c) + (1 − y_c)·log σ(−x_c)) with options; see
     * {@link #multilabelSoftMarginLoss(Tensor, Tensor)}.
     *
     * @param input the raw scores (…, C)
     * @param target the labels in {0, 1}, of the input's shape
     * @param options the class weights w and the reduction
     * @return the loss: a scalar, or one value per sample (…) with NONE
     */
    public static Tensor multilabelSoftMarginLoss(Tensor input, Tensor target, MultilabelSoftMarginOptions options) {
        String op = "multilabelSoftMarginLoss";
        Checks.options(options, op, "MultilabelSoftMarginOptions");
        MarginChecks.scoresAndTargets(op, input, target);
        int classes = input.size(-1);
        Tensor w = MarginChecks.classWeight(op, options.weight(), classes, input);
        Tensor loss = target.mul(input.logSigmoid()).add(target.rsub(1).mul(input.neg().logSigmoid())).neg();
        if (w != null) loss = loss.mul(w);
        return options.reduction().apply(loss.sum(-1).div(classes), op);
    }

    /**
     * ℓₙ = −(1/C)·Σ_c w_c·(y_c·log σ(x_c) + (1 − y_c)·log σ(−x_c)): the multi-label soft margin loss as a value
     * {@code (input, target) → loss} with its options fixed.
     *
     * @param options the class weights w and the reduction
     * @return the multi-label soft margin loss as a function of (input, target)
     */
    public static Loss multilabelSoftMarginLoss(MultilabelSoftMarginOptions options) {
        Checks.options(options, "multilabelSoftMarginLoss", "MultilabelSoftMarginOptions");
        return (input, target) -> multilabelSoftMarginLoss(input, target, options);
    }

    // ---------------------------------------------------------------- multilabelMarginLoss

    /**
     * ℓₙ = (1/C)·Σ_{j ∈ targets} Σ_{d ∉ targets} max(0, 1 − x[t_j] + x[d]): every target class should outscore every
     * other class by 1 (a multi-label hinge on raw scores). Inputs: (N, C) or (C) scores, and targets of the same shape in
     * PyTorch's layout: class indices, ended by −1 (entries after the first −1 are ignored; a repeated index counts
     * twice). PyTorch {@code nn.MultiLabelMarginLoss} (mean). A term exactly at 0 gets no gradient, as PyTorch's.
     *
     * @param input the raw scores (N, C) or (C)
     * @param target the target class indices, of the input's shape, ended by −1
     * @return the mean multi-label margin loss, a scalar
     * @throws IllegalArgumentException for unequal shapes, another rank, or an index that is not −1 or a class
     */
    public static Tensor multilabelMarginLoss(Tensor input, Tensor target) {
        return multilabelMarginLoss(input, target, Reduction.MEAN);
    }

    /**
     * (1/C)·Σ_{j ∈ targets} Σ_{d ∉ targets} max(0, 1 − x[t_j] + x[d]) with a reduction; see
     * {@link #multilabelMarginLoss(Tensor, Tensor)}.
     *
     * @param input the raw scores (N, C) or (C)
     * @param target the target class indices, of the input's shape, ended by −1
     * @param reduction how the per-sample losses are combined
     * @return the loss: a scalar, or one value per sample with NONE
     */
    public static Tensor multilabelMarginLoss(Tensor input, Tensor target, Reduction reduction) {
        String op = "multilabelMarginLoss";
        MarginChecks.reduction(op, reduction);
        sameShape(op, "input", input, "target", target);
        if (input.dim() != 1 && input.dim() != 2) {
            throw new IllegalArgumentException(op + ": input has shape " + input.shape() + "; give (N, C) or (C) scores");
        }
        Tensor x = input.dim() == 1 ? input.unsqueeze(0) : input;
        MarginMultilabelTargets t = MarginMultilabelTargets.decode(input.dim() == 1 ? target.unsqueeze(0) : target, x);
        Tensor z = x.gather(1, t.index()).unsqueeze(2).rsub(1).add(x.unsqueeze(1));
        Tensor counted = t.listed().unsqueeze(2).mul(t.isTarget().rsub(1).unsqueeze(1));
        Tensor loss = Tensor.where(counted, z.relu(), 0.0).sum(new int[] {1, 2}, false).div(x.size(1));
        return reduction.apply(input.dim() == 1 ? loss.reshape() : loss, op);
    }

    /**
     * ℓₙ = (1/C)·Σ_{j ∈ targets} Σ_{d ∉ targets} max(0, 1 − x[t_j] + x[d]): the multi-label margin loss as a value
     * {@code (input, target) → loss} with its reduction fixed.
     *
     * @param reduction how the per-sample losses are combined
     * @return the multi-label margin loss as a function of (input, target)
     */
    public static Loss multilabelMarginLoss(Reduction reduction) {
        MarginChecks.reduction("multilabelMarginLoss", reduction);
        return (input, target) -> multilabelMarginLoss(input, target, reduction);
    }

    // ---------------------------------------------------------------- multiMarginLoss

    /**
     * ℓₙ = (1/C)·Σ_{d ≠ y} w_y·max(0, margin − x[y] + x[d])ᵖ, p ∈ {1, 2}: the multi-class hinge (Weston–Watkins / SVM
     * style) on raw scores, a linear output layer. Inputs: (N, C) scores with (N) class indices, or (C) with a 0-D or
     * (1) index. PyTorch {@code nn.MultiMarginLoss} (p 1, margin 1, no weight, mean). A term exactly at 0 gets no
     * gradient, as PyTorch's.
     *
     * @param input the raw scores (N, C), or (C)
     * @param target the class indices (N), or a 0-D or (1) index for (C) scores
     * @return the mean multi-class margin loss, a scalar
     * @throws IllegalArgumentException for a batch-size mismatch or a class index that is not an integer in range
     */
    public static Tensor multiMarginLoss(Tensor input, Tensor target) {
        return multiMarginLoss(input, target, MultiMarginOptions.defaults());
    }

    /**
     * ℓₙ = (1/C)·Σ_{d ≠ y} w_y·max(0, margin − x[y] + x[d])ᵖ with options; see
     * {@link #multiMarginLoss(Tensor, Tensor)}.
     *
     * @param input the raw scores (N, C), or (C)
     * @param target the class indices (N), or a 0-D or (1) index for (C) scores
     * @param options p, the margin, the class weights w and the reduction
     * @return the loss: a scalar, or one value per sample with NONE
     */
    public static Tensor multiMarginLoss(Tensor input, Tensor target, MultiMarginOptions options) {
        String op = "multiMarginLoss";
        Checks.options(options, op, "MultiMarginOptions");
        Tensor x = MarginLosses.scoresPerSample(op, input, target);
        int n = x.size(0), classes = x.size(1);
        int[] k = MarginChecks.classIndices(op, target, classes, input);
        Tensor index = MarginChecks.indexTensor(k, n);
        Tensor z = x.gather(1, index.unsqueeze(1)).rsub(options.margin()).add(x);
        Tensor h = options.p() == 1 ? z.relu() : z.relu().square();
        Tensor w = MarginChecks.classWeight(op, options.weight(), classes, input);
        if (w != null) h = h.mul(w.gather(0, index).unsqueeze(1));
        Tensor loss = Tensor.where(Tensor.oneHot(index, classes), 0.0, h).sum(1).div(classes);
        return options.reduction().apply(loss.reshape(target.shape().toArray()), op);
    }

    /**
     * ℓₙ = (1/C)·Σ_{d ≠ y} w_y·max(0, margin − x[y] + x[d])ᵖ: the multi-class margin loss as a value
     * {@code (input, target) → loss} with its options fixed.
     *
     * @param options p, the margin, the class weights w and the reduction
     * @return the multi-class margin loss as a function of (input, target)
     */
    public static Loss multiMarginLoss(MultiMarginOptions options) {
        Checks.options(options, "multiMarginLoss", "MultiMarginOptions");
        return (input, target) -> multiMarginLoss(input, target, options);
    }

    /** (N, C) scores with one target per sample, or (C) with one target. */
    private static Tensor scoresPerSample(String op, Tensor input, Tensor target) {
        if (input.dim() == 2 && target.dim() == 1 && target.size(0) == input.size(0)) return input;
        if (input.dim() == 1 && target.size() == 1 && target.dim() <= 1) return input.unsqueeze(0);
        if (input.dim() == 2) {
            throw new IllegalArgumentException(op + ": input has " + input.size(0) + " samples (shape " + input.shape()
                    + ") but target has shape " + target.shape() + "; give one class index per sample, shape (" + input.size(0) + ")");
        }
        if (input.dim() == 1) {
            throw new IllegalArgumentException(op + ": input has shape " + input.shape() + " (one sample) but target has shape "
                    + target.shape() + "; give one class index, shape () or (1)");
        }
        throw new IllegalArgumentException(op + ": input has shape " + input.shape() + "; give (N, C) or (C) scores");
    }
}
