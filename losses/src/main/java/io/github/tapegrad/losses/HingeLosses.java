package io.github.tapegrad.losses;

import io.github.tapegrad.Tensor;

/**
 * Keras' hinge losses ({@code keras.losses.hinge}, {@code squared_hinge}, {@code categorical_hinge}): maximum-margin
 * losses on raw scores (a linear output layer; tanh also fits hinge). Arguments follow this library's (input, target)
 * order, the reverse of Keras' (y_true, y_pred). Each value is a per-sample mean over the last axis, then reduced
 * (MEAN is Keras' default, SUM_OVER_BATCH_SIZE). At a tie the gradient goes to the hinge term, as TF's maximum.
 */
public final class HingeLosses {
    private HingeLosses() {}

    /**
     * ℓₙ = mean_c max(0, 1 − y_c·x_c), with labels in {−1, 1}, or in {0, 1} converted to 2y − 1 as Keras does.
     * Inputs: scores and labels of equal shape (…, C); output (…). Keras {@code losses.Hinge}.
     *
     * @param input the raw scores (…, C)
     * @param target the labels in {−1, 1} or {0, 1}, of the input's shape
     * @return the mean hinge loss, a scalar
     * @throws IllegalArgumentException for unequal shapes, a scalar, or labels not all in {−1, 1} nor all in {0, 1}
     */
    public static Tensor hinge(Tensor input, Tensor target) {
        return hinge(input, target, Reduction.MEAN);
    }

    /**
     * ℓₙ = mean_c max(0, 1 − y_c·x_c) with a reduction; see {@link #hinge(Tensor, Tensor)}.
     *
     * @param input the raw scores (…, C)
     * @param target the labels in {−1, 1} or {0, 1}, of the input's shape
     * @param reduction how the per-sample losses are combined
     * @return the loss: a scalar, or one value per sample (…) with NONE
     */
    public static Tensor hinge(Tensor input, Tensor target, Reduction reduction) {
        return reduction.apply(margins("hinge", input, target, reduction).mean(-1), "hinge");
    }

    /**
     * ℓₙ = mean_c max(0, 1 − y_c·x_c): Keras' hinge as a value {@code (input, target) → loss} with its reduction fixed.
     *
     * @param reduction how the per-sample losses are combined
     * @return the hinge loss as a function of (input, target)
     */
    public static Loss hinge(Reduction reduction) {
        MarginChecks.reduction("hinge", reduction);
        return (input, target) -> hinge(input, target, reduction);
    }

    /**
     * ℓₙ = mean_c max(0, 1 − y_c·x_c)², labels as {@link #hinge(Tensor, Tensor)}: smooth at the margin, quadratic past
     * it. Inputs: scores and labels of equal shape (…, C); output (…). Keras {@code losses.SquaredHinge}.
     *
     * @param input the raw scores (…, C)
     * @param target the labels in {−1, 1} or {0, 1}, of the input's shape
     * @return the mean squared hinge loss, a scalar
     * @throws IllegalArgumentException for unequal shapes, a scalar, or labels not all in {−1, 1} nor all in {0, 1}
     */
    public static Tensor squaredHinge(Tensor input, Tensor target) {
        return squaredHinge(input, target, Reduction.MEAN);
    }

    /**
     * ℓₙ = mean_c max(0, 1 − y_c·x_c)² with a reduction; see {@link #squaredHinge(Tensor, Tensor)}.
     *
     * @param input the raw scores (…, C)
     * @param target the labels in {−1, 1} or {0, 1}, of the input's shape
     * @param reduction how the per-sample losses are combined
     * @return the loss: a scalar, or one value per sample (…) with NONE
     */
    public static Tensor squaredHinge(Tensor input, Tensor target, Reduction reduction) {
        return reduction.apply(margins("squaredHinge", input, target, reduction).square().mean(-1), "squaredHinge");
    }

    /**
     * ℓₙ = mean_c max(0, 1 − y_c·x_c)²: Keras' squared hinge as a value {@code (input, target) → loss} with its
     * reduction fixed.
     *
     * @param reduction how the per-sample losses are combined
     * @return the squared hinge loss as a function of (input, target)
     */
    public static Loss squaredHinge(Reduction reduction) {
        MarginChecks.reduction("squaredHinge", reduction);
        return (input, target) -> squaredHinge(input, target, reduction);
    }

    /**
     * ℓₙ = max(0, max_c (1 − y_c)·x_c − Σ_c y_c·x_c + 1): the true class should outscore the best other class by 1
     * (Crammer–Singer). Inputs: (…, C) scores and one-hot (or multi-hot) {0, 1} targets of equal shape; output (…).
     * Keras {@code losses.CategoricalHinge}. A tie for the max splits the gradient evenly, as TF's reduce_max.
     *
     * @param input the raw scores (…, C)
     * @param target the one-hot (or multi-hot) {0, 1} targets, of the input's shape
     * @return the mean categorical hinge loss, a scalar
     * @throws IllegalArgumentException for unequal shapes, a scalar, or a label other than 0 and 1
     */
    public static Tensor categoricalHinge(Tensor input, Tensor target) {
        return categoricalHinge(input, target, Reduction.MEAN);
    }

    /**
     * ℓₙ = max(0, max_c (1 − y_c)·x_c − Σ_c y_c·x_c + 1) with a reduction; see
     * {@link #categoricalHinge(Tensor, Tensor)}.
     *
     * @param input the raw scores (…, C)
     * @param target the one-hot (or multi-hot) {0, 1} targets, of the input's shape
     * @param reduction how the per-sample losses are combined
     * @return the loss: a scalar, or one value per sample (…) with NONE
     */
    public static Tensor categoricalHinge(Tensor input, Tensor target, Reduction reduction) {
        String op = "categoricalHinge";
        MarginChecks.reduction(op, reduction);
        MarginChecks.scoresAndTargets(op, input, target);
        MarginChecks.zeroOneLabels(op, "target", target, "give one-hot targets, e.g. Tensor.oneHot(classes, C)");
        Tensor positive = target.mul(input).sum(-1);
        Tensor negative = target.rsub(1).mul(input).max(-1, false);
        return reduction.apply(negative.sub(positive).add(1).clampMin(0), op);
    }

    /**
     * ℓₙ = max(0, max_c (1 − y_c)·x_c − Σ_c y_c·x_c + 1): Keras' categorical hinge as a value
     * {@code (input, target) → loss} with its reduction fixed.
     *
     * @param reduction how the per-sample losses are combined
     * @return the categorical hinge loss as a function of (input, target)
     */
    public static Loss categoricalHinge(Reduction reduction) {
        MarginChecks.reduction("categoricalHinge", reduction);
        return (input, target) -> categoricalHinge(input, target, reduction);
    }

    /** max(0, 1 − y·x) elementwise, after the checks and Keras' label conversion. */
    private static Tensor margins(String op, Tensor input, Tensor target, Reduction reduction) {
        MarginChecks.reduction(op, reduction);
        MarginChecks.scoresAndTargets(op, input, target);
        return MarginChecks.kerasSignLabels(op, target).mul(input).rsub(1).clampMin(0);
    }
}
