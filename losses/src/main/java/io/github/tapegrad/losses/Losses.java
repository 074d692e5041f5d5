package io.github.tapegrad.losses;

import io.github.tapegrad.Tensor;

/**
 * Every loss of this module, by PyTorch's functional name in camelCase. Each is a short composition of tensor ops,
 * so its gradient comes from the tape.
 *
 * <h2>API style (every loss family follows it)</h2>
 * <ul>
 *   <li>{@code Losses.mseLoss(input, target)}: the loss with PyTorch's defaults (torchvision's or Keras' for the
 *       losses that come from there).</li>
 *   <li>{@code Losses.mseLoss(input, target, Reduction.SUM)}: when the reduction is the only option.</li>
 *   <li>{@code Losses.crossEntropy(input, target, options)}: when there are more options. Options are immutable
 *       records named after the loss ({@code crossEntropy} → {@code CrossEntropyOptions}) with {@code defaults()} and
 *       one {@code withX(…)} per option, validating values on construction, e.g.
 *       {@code CrossEntropyOptions.defaults().withLabelSmoothing(0.1).withReduction(Reduction.SUM)}.</li>
 *   <li>The same name with only the reduction or the options gives the loss as a value with its options fixed:
 *       {@code Loss l = Losses.mseLoss(Reduction.MEAN)}, {@code Loss l = Losses.crossEntropy(options)}
 *       ({@link Loss.Ternary} for three-tensor losses).</li>
 *   <li>Argument order is PyTorch's: {@code (input, target)}, where input is the model's output. Shapes must match as
 *       PyTorch documents them; nothing broadcasts silently (PyTorch warns and broadcasts (N) against (N, 1) for
 *       mseLoss; here that is an error).</li>
 *   <li>Each loss's Javadoc opens with its formula, names the output layer it expects (logits, probabilities,
 *       log-probabilities, linear output), and its PyTorch/Keras equivalent. Reductions: NONE keeps the
 *       per-element losses, MEAN (the default) averages them, SUM adds them; the mean of nothing is NaN and the
 *       sum of nothing is 0, as PyTorch.</li>
 * </ul>
 */
public final class Losses {
    private Losses() {}

    // ------------------------------------------------------------------ regression (linear output)

    /**
     * ℓᵢ = |xᵢ − yᵢ|, reduced (default MEAN). Expects a linear output. PyTorch {@code F.l1_loss} /
     * {@code nn.L1Loss}; Keras {@code MeanAbsoluteError}. The gradient at xᵢ = yᵢ is 0.
     *
     * @param input the predictions, any shape
     * @param target the targets, of the input's shape
     * @param reduction how the per-element losses are combined
     * @return the loss: a scalar, or per element with NONE
     */
    public static Tensor l1Loss(Tensor input, Tensor target, Reduction reduction) {
        return RegressionLosses.l1Loss(input, target, reduction);
    }

    /**
     * ℓ = 1/N·Σ|xᵢ − yᵢ|: {@link #l1Loss(Tensor, Tensor, Reduction)} with MEAN.
     *
     * @param input the predictions, any shape
     * @param target the targets, of the input's shape
     * @return the mean absolute error, a scalar
     */
    public static Tensor l1Loss(Tensor input, Tensor target) {
        return l1Loss(input, target, Reduction.MEAN);
    }

    /**
     * ℓᵢ = |xᵢ − yᵢ| as a {@link Loss}.
     *
     * @param reduction how the per-element losses are combined
     * @return the L1 loss as a function of (input, target)
     */
    public static Loss l1Loss(Reduction reduction) {
        Checks.reduction("l1Loss", reduction);
        return (input, target) -> l1Loss(input, target, reduction);
    }

    /**
     * ℓᵢ = (xᵢ − yᵢ)², reduced (default MEAN). Expects a linear output; with MEAN the gradient is 2·(x − y)/N.
     * PyTorch {@code F.mse_loss} / {@code nn.MSELoss}; Keras {@code MeanSquaredError}.
     *
     * @param input the predictions, any shape
     * @param target the targets, of the input's shape
     * @param reduction how the per-element losses are combined
     * @return the loss: a scalar, or per element with NONE
     */
    public static Tensor mseLoss(Tensor input, Tensor target, Reduction reduction) {
        return RegressionLosses.mseLoss(input, target, reduction);
    }

    /**
     * ℓ = 1/N·Σ(xᵢ − yᵢ)²: {@link #mseLoss(Tensor, Tensor, Reduction)} with MEAN.
     *
     * @param input the predictions, any shape
     * @param target the targets, of the input's shape
     * @return the mean squared error, a scalar
     */
    public static Tensor mseLoss(Tensor input, Tensor target) {
        return mseLoss(input, target, Reduction.MEAN);
    }

    /**
     * ℓᵢ = (xᵢ − yᵢ)² as a {@link Loss}.
     *
     * @param reduction how the per-element losses are combined
     * @return the squared-error loss as a function of (input, target)
     */
    public static Loss mseLoss(Reduction reduction) {
        Checks.reduction("mseLoss", reduction);
        return (input, target) -> mseLoss(input, target, reduction);
    }

    /**
     * ℓᵢ = ½·dᵢ² if |dᵢ| &lt; δ, else δ·(|dᵢ| − ½·δ), with dᵢ = xᵢ − yᵢ (δ &gt; 0, default 1). Expects a linear output;
     * the gradient is dᵢ clipped to [−δ, δ]. PyTorch {@code F.huber_loss} / {@code nn.HuberLoss}; Keras
     * {@code Huber}.
     *
     * @param input the predictions, any shape
     * @param target the targets, of the input's shape
     * @param options δ and the reduction
     * @return the loss: a scalar, or per element with NONE
     */
    public static Tensor huberLoss(Tensor input, Tensor target, HuberLossOptions options) {
        return RegressionLosses.huberLoss(input, target, Checks.options(options, "huberLoss", "HuberLossOptions"));
    }

    /**
     * ℓᵢ = ½·dᵢ² or |dᵢ| − ½ (δ = 1), averaged: PyTorch's defaults.
     *
     * @param input the predictions, any shape
     * @param target the targets, of the input's shape
     * @return the mean Huber loss, a scalar
     */
    public static Tensor huberLoss(Tensor input, Tensor target) {
        return huberLoss(input, target, HuberLossOptions.defaults());
    }

    /**
     * ℓᵢ = ½·dᵢ² if |dᵢ| &lt; δ, else δ·(|dᵢ| − ½·δ), dᵢ = xᵢ − yᵢ: the Huber loss with fixed options as a
     * {@link Loss}.
     *
     * @param options δ and the reduction
     * @return the Huber loss as a function of (input, target)
     */
    public static Loss huberLoss(HuberLossOptions options) {
        Checks.options(options, "huberLoss", "HuberLossOptions");
        return (input, target) -> huberLoss(input, target, options);
    }

    /**
     * ℓᵢ = ½·dᵢ²/β if |dᵢ| &lt; β, else |dᵢ| − ½·β, with dᵢ = xᵢ − yᵢ (β ≥ 0, default 1; β = 0 is the L1 loss).
     * Expects a linear output; the gradient is dᵢ/β clipped to [−1, 1] (at dᵢ = 0 with β = 0 it is −1, as
     * PyTorch's). PyTorch {@code F.smooth_l1_loss} / {@code nn.SmoothL1Loss}. Huber(δ) = δ·smoothL1(β = δ).
     *
     * @param input the predictions, any shape
     * @param target the targets, of the input's shape
     * @param options β and the reduction
     * @return the loss: a scalar, or per element with NONE
     */
    public static Tensor smoothL1Loss(Tensor input, Tensor target, SmoothL1LossOptions options) {
        return RegressionLosses.smoothL1Loss(input, target,
                Checks.options(options, "smoothL1Loss", "SmoothL1LossOptions"));
    }

    /**
     * ℓ = 1/N·Σᵢ(½·dᵢ² if |dᵢ| &lt; 1, else |dᵢ| − ½), dᵢ = xᵢ − yᵢ: the smooth L1 loss with β = 1, averaged (PyTorch's
     * defaults).
     *
     * @param input the predictions, any shape
     * @param target the targets, of the input's shape
     * @return the mean smooth L1 loss, a scalar
     */
    public static Tensor smoothL1Loss(Tensor input, Tensor target) {
        return smoothL1Loss(input, target, SmoothL1LossOptions.defaults());
    }

    /**
     * ℓᵢ = ½·dᵢ²/β if |dᵢ| &lt; β, else |dᵢ| − ½·β, dᵢ = xᵢ − yᵢ: the smooth L1 loss with fixed options as a
     * {@link Loss}.
     *
     * @param options β and the reduction
     * @return the smooth L1 loss as a function of (input, target)
     */
    public static Loss smoothL1Loss(SmoothL1LossOptions options) {
        Checks.options(options, "smoothL1Loss", "SmoothL1LossOptions");
        return (input, target) -> smoothL1Loss(input, target, options);
    }

    /**
     * ℓ = √(1/N·Σ(xᵢ − yᵢ)²), a scalar. Expects a linear output. Equivalent to
     * {@code torch.sqrt(F.mse_loss(x, y))} and Keras' {@code RootMeanSquaredError} metric, except that the
     * gradient at a perfect fit is 0 (PyTorch's is NaN there).
     *
     * @param input the predictions, any shape
     * @param target the targets, of the input's shape
     * @return the root mean squared error, a scalar
     */
    public static Tensor rmse(Tensor input, Tensor target) {
        return RegressionLosses.rmse(input, target);
    }

    /**
     * √(1/N·Σ(xᵢ − yᵢ)²) as a {@link Loss}.
     *
     * @return the RMSE as a function of (input, target)
     */
    public static Loss rmse() {
        return Losses::rmse;
    }

    /**
     * ℓ = ½·Σᵢ(xᵢ − yᵢ)², a scalar whose gradient is exactly x − y (no 1/N). Expects a linear output. PyTorch:
     * {@code 0.5 * F.mse_loss(x, y, reduction='sum')}.
     *
     * @param input the predictions, any shape
     * @param target the targets, of the input's shape
     * @return the loss, a scalar
     */
    public static Tensor halfSumOfSquares(Tensor input, Tensor target) {
        return RegressionLosses.halfSumOfSquares(input, target);
    }

    /**
     * ½·Σᵢ(xᵢ − yᵢ)² as a {@link Loss}.
     *
     * @return the half sum of squares as a function of (input, target)
     */
    public static Loss halfSumOfSquares() {
        return Losses::halfSumOfSquares;
    }

    // ------------------------------------------------------------------ Keras regression losses

    /**
     * ℓᵢ = (log(1 + max(xᵢ, ε)) − log(1 + max(yᵢ, ε)))², ε = 1e-7, reduced (default MEAN). Expects a linear (or
     * non-negative) output; predictions below ε get no gradient. Keras {@code MeanSquaredLogarithmicError} (the
     * logs computed with log1p).
     *
     * @param input the predictions, any shape
     * @param target the targets, of the input's shape
     * @param reduction how the per-element losses are combined
     * @return the loss: a scalar, or per element with NONE
     */
    public static Tensor msle(Tensor input, Tensor target, Reduction reduction) {
        return KerasLosses.msle(input, target, reduction);
    }

    /**
     * ℓ = 1/N·Σᵢ(log(1 + max(xᵢ, ε)) − log(1 + max(yᵢ, ε)))², ε = 1e-7: the mean squared logarithmic error (Keras'
     * default value).
     *
     * @param input the predictions, any shape
     * @param target the targets, of the input's shape
     * @return the mean squared logarithmic error, a scalar
     */
    public static Tensor msle(Tensor input, Tensor target) {
        return msle(input, target, Reduction.MEAN);
    }

    /**
     * ℓᵢ = (log(1 + max(xᵢ, ε)) − log(1 + max(yᵢ, ε)))², ε = 1e-7: the squared logarithmic error as a {@link Loss}.
     *
     * @param reduction how the per-element losses are combined
     * @return the squared logarithmic error as a function of (input, target)
     */
    public static Loss msle(Reduction reduction) {
        Checks.reduction("msle", reduction);
        return (input, target) -> msle(input, target, reduction);
    }

    /**
     * ℓᵢ = 100·|yᵢ − xᵢ| / max(|yᵢ|, ε), ε = 1e-7, reduced (default MEAN). Expects a linear output. Keras
     * {@code MeanAbsolutePercentageError}.
     *
     * @param input the predictions, any shape
     * @param target the targets, of the input's shape
     * @param reduction how the per-element losses are combined
     * @return the loss: a scalar, or per element with NONE
     */
    public static Tensor mape(Tensor input, Tensor target, Reduction reduction) {
        return KerasLosses.mape(input, target, reduction);
    }

    /**
     * ℓ = 1/N·Σᵢ 100·|yᵢ − xᵢ| / max(|yᵢ|, ε), ε = 1e-7: the mean absolute percentage error (Keras' default value).
     *
     * @param input the predictions, any shape
     * @param target the targets, of the input's shape
     * @return the mean absolute percentage error, a scalar
     */
    public static Tensor mape(Tensor input, Tensor target) {
        return mape(input, target, Reduction.MEAN);
    }

    /**
     * ℓᵢ = 100·|yᵢ − xᵢ| / max(|yᵢ|, ε), ε = 1e-7: the absolute percentage error as a {@link Loss}.
     *
     * @param reduction how the per-element losses are combined
     * @return the absolute percentage error as a function of (input, target)
     */
    public static Loss mape(Reduction reduction) {
        Checks.reduction("mape", reduction);
        return (input, target) -> mape(input, target, reduction);
    }

    /**
     * ℓᵢ = log cosh(dᵢ) = dᵢ + softplus(−2·dᵢ) − log 2, dᵢ = xᵢ − yᵢ, reduced (default MEAN); the gradient is
     * tanh(dᵢ). Expects a linear output; finite for any finite dᵢ. Keras {@code LogCosh}.
     *
     * @param input the predictions, any shape
     * @param target the targets, of the input's shape
     * @param reduction how the per-element losses are combined
     * @return the loss: a scalar, or per element with NONE
     */
    public static Tensor logCosh(Tensor input, Tensor target, Reduction reduction) {
        return KerasLosses.logCosh(input, target, reduction);
    }

    /**
     * ℓ = 1/N·Σᵢ log cosh(xᵢ − yᵢ): the log-cosh loss, averaged (Keras' default value).
     *
     * @param input the predictions, any shape
     * @param target the targets, of the input's shape
     * @return the mean log-cosh loss, a scalar
     */
    public static Tensor logCosh(Tensor input, Tensor target) {
        return logCosh(input, target, Reduction.MEAN);
    }

    /**
     * ℓᵢ = log cosh(xᵢ − yᵢ): the log-cosh loss as a {@link Loss}.
     *
     * @param reduction how the per-element losses are combined
     * @return the log-cosh loss as a function of (input, target)
     */
    public static Loss logCosh(Reduction reduction) {
        Checks.reduction("logCosh", reduction);
        return (input, target) -> logCosh(input, target, reduction);
    }

    /**
     * ℓᵢ = xᵢ − yᵢ·log(xᵢ + ε), ε = 1e-7, reduced (default MEAN). Expects a non-negative rate (e.g. an exp or
     * softplus output). Keras {@code Poisson}; PyTorch's analogue is
     * {@link #poissonNllLoss(Tensor, Tensor, PoissonNllLossOptions)} with logInput false.
     *
     * @param input the predicted rates λ ≥ 0, any shape
     * @param target the observed counts, of the input's shape
     * @param reduction how the per-element losses are combined
     * @return the loss: a scalar, or per element with NONE
     */
    public static Tensor poisson(Tensor input, Tensor target, Reduction reduction) {
        return KerasLosses.poisson(input, target, reduction);
    }

    /**
     * ℓ = 1/N·Σᵢ(xᵢ − yᵢ·log(xᵢ + ε)), ε = 1e-7: the Poisson loss, averaged (Keras' default value).
     *
     * @param input the predicted rates λ ≥ 0, any shape
     * @param target the observed counts, of the input's shape
     * @return the mean Poisson loss, a scalar
     */
    public static Tensor poisson(Tensor input, Tensor target) {
        return poisson(input, target, Reduction.MEAN);
    }

    /**
     * ℓᵢ = xᵢ − yᵢ·log(xᵢ + ε), ε = 1e-7: the Poisson loss as a {@link Loss}.
     *
     * @param reduction how the per-element losses are combined
     * @return the Poisson loss as a function of (input, target)
     */
    public static Loss poisson(Reduction reduction) {
        Checks.reduction("poisson", reduction);
        return (input, target) -> poisson(input, target, reduction);
    }

    // ------------------------------------------------------------------ classification

    /**
     * ℓᵢ = −w_yᵢ·log softmax(xᵢ)_yᵢ for class-index targets (ignored samples give 0; MEAN divides by Σ w_yᵢ over the
     * kept samples), or ℓᵢ = −Σ_c w_c·y_ic·log softmax(xᵢ)_c for probability targets (MEAN divides by N); label
     * smoothing ε mixes the target with the uniform distribution: (1 − ε)·ℓ + ε/C·(−Σ_c w_c·log softmax(xᵢ)_c).
     * Expects logits (unnormalised scores); the gradient at the logits is softmax(x) − y (over N with MEAN).
     * Input (C), (N, C) or (N, C, d₁, …, d_K); class indices (integer-valued doubles) have the input's shape without
     * dimension 1, probabilities the input's shape. PyTorch {@code F.cross_entropy} / {@code nn.CrossEntropyLoss};
     * Keras {@code SparseCategoricalCrossentropy}/{@code CategoricalCrossentropy} with {@code from_logits=True}.
     *
     * @param input the logits: (C), (N, C) or (N, C, d₁, …, d_K)
     * @param target class indices (the input's shape without dimension 1) or class probabilities (the input's shape)
     * @param options the class weights, ignoreIndex, label smoothing and the reduction
     * @return the loss: a scalar, or per sample with NONE
     */
    public static Tensor crossEntropy(Tensor input, Tensor target, CrossEntropyOptions options) {
        return ClassificationLosses.crossEntropy(input, target,
                Checks.options(options, "crossEntropy", "CrossEntropyOptions"));
    }

    /**
     * ℓ = 1/N·Σᵢ −log softmax(xᵢ)_yᵢ: the cross-entropy with PyTorch's defaults (no weight, ignoreIndex −100, no
     * smoothing, MEAN).
     *
     * @param input the logits: (C), (N, C) or (N, C, d₁, …, d_K)
     * @param target class indices (the input's shape without dimension 1) or class probabilities (the input's shape)
     * @return the mean cross-entropy, a scalar
     */
    public static Tensor crossEntropy(Tensor input, Tensor target) {
        return crossEntropy(input, target, CrossEntropyOptions.defaults());
    }

    /**
     * ℓᵢ = −w_yᵢ·log softmax(xᵢ)_yᵢ: the cross-entropy with fixed options as a {@link Loss}.
     *
     * @param options the class weights, ignoreIndex, label smoothing and the reduction
     * @return the cross-entropy as a function of (input, target)
     */
    public static Loss crossEntropy(CrossEntropyOptions options) {
        Checks.options(options, "crossEntropy", "CrossEntropyOptions");
        return (input, target) -> crossEntropy(input, target, options);
    }

    /**
     * ℓᵢ = −w_yᵢ·x_i,yᵢ (0 for ignored samples); MEAN divides by Σ w_yᵢ over the kept samples (NaN if none).
     * Expects log-probabilities (e.g. {@code logits.logSoftmax(1)}); shapes as crossEntropy's class-index form.
     * PyTorch {@code F.nll_loss} / {@code nn.NLLLoss}.
     *
     * @param input the log-probabilities: (C), (N, C) or (N, C, d₁, …, d_K)
     * @param target the class indices, of the input's shape without dimension 1
     * @param options the class weights, ignoreIndex and the reduction
     * @return the loss: a scalar, or per sample with NONE
     */
    public static Tensor nllLoss(Tensor input, Tensor target, NllLossOptions options) {
        return ClassificationLosses.nllLoss(input, target, Checks.options(options, "nllLoss", "NllLossOptions"));
    }

    /**
     * ℓ = 1/N·Σᵢ −x_i,yᵢ: the negative log-likelihood with PyTorch's defaults (no weight, ignoreIndex −100, MEAN).
     *
     * @param input the log-probabilities: (C), (N, C) or (N, C, d₁, …, d_K)
     * @param target the class indices, of the input's shape without dimension 1
     * @return the mean negative log-likelihood, a scalar
     */
    public static Tensor nllLoss(Tensor input, Tensor target) {
        return nllLoss(input, target, NllLossOptions.defaults());
    }

    /**
     * ℓᵢ = −w_yᵢ·x_i,yᵢ: the negative log-likelihood with fixed options as a {@link Loss}.
     *
     * @param options the class weights, ignoreIndex and the reduction
     * @return the negative log-likelihood as a function of (input, target)
     */
    public static Loss nllLoss(NllLossOptions options) {
        Checks.options(options, "nllLoss", "NllLossOptions");
        return (input, target) -> nllLoss(input, target, options);
    }

    /**
     * ℓᵢ = −wᵢ·(yᵢ·max(log xᵢ, −100) + (1 − yᵢ)·max(log(1 − xᵢ), −100)). Expects probabilities (a sigmoid
     * output), checked to lie in [0, 1] (NaN rejected), as PyTorch. The gradient is PyTorch's
     * wᵢ·(xᵢ − yᵢ)/max(xᵢ·(1 − xᵢ), 1e-12), finite at xᵢ ∈ {0, 1}; after a sigmoid it becomes σ(z) − y, but
     * prefer {@link #binaryCrossEntropyWithLogits} there. PyTorch {@code F.binary_cross_entropy} /
     * {@code nn.BCELoss}; Keras {@code BinaryCrossentropy}.
     *
     * @param input the probabilities in [0, 1], any shape
     * @param target the targets in [0, 1], of the input's shape
     * @param options the element weights and the reduction
     * @return the loss: a scalar, or per element with NONE
     */
    public static Tensor binaryCrossEntropy(Tensor input, Tensor target, BinaryCrossEntropyOptions options) {
        return BinaryLosses.binaryCrossEntropy(input, target,
                Checks.options(options, "binaryCrossEntropy", "BinaryCrossEntropyOptions"));
    }

    /**
     * ℓ = −1/N·Σᵢ(yᵢ·log xᵢ + (1 − yᵢ)·log(1 − xᵢ)): the binary cross-entropy with PyTorch's defaults (no weight,
     * MEAN).
     *
     * @param input the probabilities in [0, 1], any shape
     * @param target the targets in [0, 1], of the input's shape
     * @return the mean binary cross-entropy, a scalar
     */
    public static Tensor binaryCrossEntropy(Tensor input, Tensor target) {
        return binaryCrossEntropy(input, target, BinaryCrossEntropyOptions.defaults());
    }

    /**
     * ℓᵢ = −wᵢ·(yᵢ·log xᵢ + (1 − yᵢ)·log(1 − xᵢ)): the binary cross-entropy with fixed options as a {@link Loss}.
     *
     * @param options the element weights and the reduction
     * @return the binary cross-entropy as a function of (input, target)
     */
    public static Loss binaryCrossEntropy(BinaryCrossEntropyOptions options) {
        Checks.options(options, "binaryCrossEntropy", "BinaryCrossEntropyOptions");
        return (input, target) -> binaryCrossEntropy(input, target, options);
    }

    /**
     * ℓᵢ = wᵢ·(pᵢ·yᵢ·softplus(−xᵢ) + (1 − yᵢ)·softplus(xᵢ)) = −wᵢ·(pᵢ·yᵢ·log σ(xᵢ) + (1 − yᵢ)·log(1 − σ(xᵢ))).
     * Expects logits; the gradient is wᵢ·(σ(xᵢ) − yᵢ) (p = 1), exact at xᵢ = 0 and finite for logits of ±1000.
     * PyTorch {@code F.binary_cross_entropy_with_logits} / {@code nn.BCEWithLogitsLoss}; Keras
     * {@code BinaryCrossentropy(from_logits=True)}.
     *
     * @param input the logits, any shape
     * @param target the targets in [0, 1], of the input's shape
     * @param options the element weights, the positive-class weights p and the reduction
     * @return the loss: a scalar, or per element with NONE
     */
    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target,
            BinaryCrossEntropyWithLogitsOptions options) {
        return BinaryLosses.binaryCrossEntropyWithLogits(input, target,
                Checks.options(options, "binaryCrossEntropyWithLogits", "BinaryCrossEntropyWithLogitsOptions"));
    }

    /**
     * ℓ = 1/N·Σᵢ(yᵢ·softplus(−xᵢ) + (1 − yᵢ)·softplus(xᵢ)): the binary cross-entropy on logits with PyTorch's defaults
     * (no weights, MEAN).
     *
     * @param input the logits, any shape
     * @param target the targets in [0, 1], of the input's shape
     * @return the mean binary cross-entropy, a scalar
     */
    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target) {
        return binaryCrossEntropyWithLogits(input, target, BinaryCrossEntropyWithLogitsOptions.defaults());
    }

    /**
     * ℓᵢ = wᵢ·(pᵢ·yᵢ·softplus(−xᵢ) + (1 − yᵢ)·softplus(xᵢ)): the binary cross-entropy on logits with fixed options as a
     * {@link Loss}.
     *
     * @param options the element weights, the positive-class weights p and the reduction
     * @return the binary cross-entropy on logits as a function of (input, target)
     */
    public static Loss binaryCrossEntropyWithLogits(BinaryCrossEntropyWithLogitsOptions options) {
        Checks.options(options, "binaryCrossEntropyWithLogits", "BinaryCrossEntropyWithLogitsOptions");
        return (input, target) -> binaryCrossEntropyWithLogits(input, target, options);
    }

    /**
     * ℓᵢ = αₜ·(1 − pₜ)^γ·BCE(xᵢ, yᵢ), p = σ(x), pₜ = p·y + (1 − p)·(1 − y), αₜ = α·y + (1 − α)·(1 − y) (α &lt; 0: no
     * αₜ). Expects logits (as torchvision); finite for logits of ±1000. torchvision
     * {@code ops.sigmoid_focal_loss}, whose defaults (α = 0.25, γ = 2, reduction NONE) are kept.
     *
     * @param input the logits, any shape
     * @param target the binary targets, of the input's shape
     * @param options α, γ and the reduction
     * @return the loss: per element with NONE (the default), else a scalar
     */
    public static Tensor focalLoss(Tensor input, Tensor target, FocalLossOptions options) {
        return BinaryLosses.focalLoss(input, target, Checks.options(options, "focalLoss", "FocalLossOptions"));
    }

    /**
     * ℓᵢ = αₜ·(1 − pₜ)²·BCE(xᵢ, yᵢ), α = 0.25: the sigmoid focal loss with torchvision's defaults (γ = 2, per element:
     * NONE).
     *
     * @param input the logits, any shape
     * @param target the binary targets, of the input's shape
     * @return the focal loss per element, of the input's shape
     */
    public static Tensor focalLoss(Tensor input, Tensor target) {
        return focalLoss(input, target, FocalLossOptions.defaults());
    }

    /**
     * ℓᵢ = αₜ·(1 − pₜ)^γ·BCE(xᵢ, yᵢ): the sigmoid focal loss with fixed options as a {@link Loss}.
     *
     * @param options α, γ and the reduction
     * @return the focal loss as a function of (input, target)
     */
    public static Loss focalLoss(FocalLossOptions options) {
        Checks.options(options, "focalLoss", "FocalLossOptions");
        return (input, target) -> focalLoss(input, target, options);
    }

    // ------------------------------------------------------------------ distributions

    /**
     * ℓᵢ = yᵢ·(log yᵢ − xᵢ) with 0·log 0 = 0 (or e^yᵢ·(yᵢ − xᵢ) when logTarget), reduced: MEAN (PyTorch's default)
     * divides by every element, BATCHMEAN by the batch size (the true KL divergence). Expects log-probabilities
     * (e.g. {@code logits.logSoftmax(1)}); the gradient at x is −y. PyTorch {@code F.kl_div} /
     * {@code nn.KLDivLoss}; Keras {@code KLDivergence} takes probabilities instead.
     *
     * @param input the log-probabilities, any shape
     * @param target the probabilities (or log-probabilities when logTarget), of the input's shape
     * @param options the reduction and logTarget
     * @return the loss: a scalar, or per element with NONE
     */
    public static Tensor klDiv(Tensor input, Tensor target, KlDivOptions options) {
        return ProbabilisticLosses.klDiv(input, target, Checks.options(options, "klDiv", "KlDivOptions"));
    }

    /**
     * ℓ = 1/M·Σᵢ yᵢ·(log yᵢ − xᵢ) over all M elements: the KL divergence with PyTorch's defaults (MEAN, probability
     * targets).
     *
     * @param input the log-probabilities, any shape
     * @param target the probabilities, of the input's shape
     * @return the mean pointwise KL divergence, a scalar
     */
    public static Tensor klDiv(Tensor input, Tensor target) {
        return klDiv(input, target, KlDivOptions.defaults());
    }

    /**
     * ℓᵢ = yᵢ·(log yᵢ − xᵢ): the KL divergence with fixed options as a {@link Loss}.
     *
     * @param options the reduction and logTarget
     * @return the KL divergence as a function of (input, target)
     */
    public static Loss klDiv(KlDivOptions options) {
        Checks.options(options, "klDiv", "KlDivOptions");
        return (input, target) -> klDiv(input, target, options);
    }

    /**
     * ℓᵢ = e^xᵢ − yᵢ·xᵢ (logInput, the default) or xᵢ − yᵢ·log(xᵢ + eps), plus Stirling's
     * yᵢ·log yᵢ − yᵢ + ½·log(2π·yᵢ) for yᵢ &gt; 1 when full. Expects log λ (a linear output) or λ &gt; 0;
     * the gradient at log λ is λ − y. PyTorch {@code F.poisson_nll_loss} / {@code nn.PoissonNLLLoss}.
     *
     * @param input log λ (when logInput) or λ &gt; 0, any shape
     * @param target the observed counts, of the input's shape
     * @param options logInput, full, eps and the reduction
     * @return the loss: a scalar, or per element with NONE
     */
    public static Tensor poissonNllLoss(Tensor input, Tensor target, PoissonNllLossOptions options) {
        return ProbabilisticLosses.poissonNllLoss(input, target,
                Checks.options(options, "poissonNllLoss", "PoissonNllLossOptions"));
    }

    /**
     * ℓ = 1/N·Σᵢ(e^xᵢ − yᵢ·xᵢ): the Poisson negative log-likelihood with PyTorch's defaults (logInput, not full, eps
     * 1e-8, MEAN).
     *
     * @param input log λ, any shape
     * @param target the observed counts, of the input's shape
     * @return the mean Poisson negative log-likelihood, a scalar
     */
    public static Tensor poissonNllLoss(Tensor input, Tensor target) {
        return poissonNllLoss(input, target, PoissonNllLossOptions.defaults());
    }

    /**
     * ℓᵢ = e^xᵢ − yᵢ·xᵢ (or xᵢ − yᵢ·log(xᵢ + eps)): the Poisson negative log-likelihood with fixed options as a
     * {@link Loss}.
     *
     * @param options logInput, full, eps and the reduction
     * @return the Poisson negative log-likelihood as a function of (input, target)
     */
    public static Loss poissonNllLoss(PoissonNllLossOptions options) {
        Checks.options(options, "poissonNllLoss", "PoissonNllLossOptions");
        return (input, target) -> poissonNllLoss(input, target, options);
    }

    /**
     * ℓᵢ = ½·(log v + (xᵢ − yᵢ)²/v), v = max(σ²ᵢ, eps) (+ ½·log 2π when full). Expects the mean (a linear output)
     * and a variance σ² ≥ 0 (negative entries are rejected) of the input's shape, of the input's shape without its
     * last dimension, or with a last dimension of 1. As PyTorch 1.13, the clamp at eps does not block σ²'s gradient.
     * PyTorch {@code F.gaussian_nll_loss} / {@code nn.GaussianNLLLoss}.
     *
     * @param input the predicted means, any shape
     * @param target the observations, of the input's shape
     * @param var the predicted variances σ² ≥ 0, shaped as described above
     * @param options full, eps and the reduction
     * @return the loss: a scalar, or per element with NONE
     */
    public static Tensor gaussianNllLoss(Tensor input, Tensor target, Tensor var, GaussianNllLossOptions options) {
        return ProbabilisticLosses.gaussianNllLoss(input, target, var,
                Checks.options(options, "gaussianNllLoss", "GaussianNllLossOptions"));
    }

    /**
     * ℓ = 1/N·Σᵢ ½·(log v + (xᵢ − yᵢ)²/v), v = max(σ²ᵢ, 1e-6): the Gaussian negative log-likelihood with PyTorch's
     * defaults (not full, MEAN).
     *
     * @param input the predicted means, any shape
     * @param target the observations, of the input's shape
     * @param var the predicted variances σ² ≥ 0
     * @return the mean Gaussian negative log-likelihood, a scalar
     */
    public static Tensor gaussianNllLoss(Tensor input, Tensor target, Tensor var) {
        return gaussianNllLoss(input, target, var, GaussianNllLossOptions.defaults());
    }

    /**
     * ℓᵢ = ½·(log v + (xᵢ − yᵢ)²/v), v = max(σ²ᵢ, eps): the Gaussian negative log-likelihood with fixed options as a
     * {@link Loss.Ternary} of (input, target, var).
     *
     * @param options full, eps and the reduction
     * @return the Gaussian negative log-likelihood as a function of (input, target, var)
     */
    public static Loss.Ternary gaussianNllLoss(GaussianNllLossOptions options) {
        Checks.options(options, "gaussianNllLoss", "GaussianNllLossOptions");
        return (input, target, var) -> gaussianNllLoss(input, target, var, options);
    }

    // ------------------------------------------------------------------ margin and ranking (raw scores)

    /**
     * ℓᵢ = max(0, −yᵢ·(x1ᵢ − x2ᵢ) + margin), yᵢ ∈ {−1, 1} (default margin 0, MEAN). Expects two tensors of scores of
     * equal shape. PyTorch {@code F.margin_ranking_loss} / {@code nn.MarginRankingLoss}.
     *
     * @param x1 the first scores, any shape
     * @param x2 the second scores, of x1's shape
     * @param y the labels in {−1, 1} (1: x1 should rank higher), of x1's shape
     * @param options the margin and the reduction
     * @return the loss: a scalar, or per element with NONE
     */
    public static Tensor marginRankingLoss(Tensor x1, Tensor x2, Tensor y, MarginRankingOptions options) {
        return MarginLosses.marginRankingLoss(x1, x2, y, options);
    }

    /**
     * ℓ = 1/N·Σᵢ max(0, −yᵢ·(x1ᵢ − x2ᵢ)): the margin ranking loss with PyTorch's defaults (margin 0, MEAN).
     *
     * @param x1 the first scores, any shape
     * @param x2 the second scores, of x1's shape
     * @param y the labels in {−1, 1} (1: x1 should rank higher), of x1's shape
     * @return the mean margin ranking loss, a scalar
     */
    public static Tensor marginRankingLoss(Tensor x1, Tensor x2, Tensor y) {
        return MarginLosses.marginRankingLoss(x1, x2, y);
    }

    /**
     * ℓᵢ = max(0, −yᵢ·(x1ᵢ − x2ᵢ) + margin): the margin ranking loss with fixed options as a {@link Loss.Ternary} of
     * (x1, x2, y).
     *
     * @param options the margin and the reduction
     * @return the margin ranking loss as a function of (x1, x2, y)
     */
    public static Loss.Ternary marginRankingLoss(MarginRankingOptions options) {
        return MarginLosses.marginRankingLoss(options);
    }

    /**
     * ℓᵢ = log(1 + e^(−yᵢ·xᵢ)), yᵢ ∈ {−1, 1}, reduced (default MEAN). Expects raw scores (a linear output, no sigmoid).
     * PyTorch {@code F.soft_margin_loss} / {@code nn.SoftMarginLoss}.
     *
     * @param input the raw scores, any shape
     * @param target the labels in {−1, 1}, of the input's shape
     * @param reduction how the per-element losses are combined
     * @return the loss: a scalar, or per element with NONE
     */
    public static Tensor softMarginLoss(Tensor input, Tensor target, Reduction reduction) {
        return MarginLosses.softMarginLoss(input, target, reduction);
    }

    /**
     * ℓ = 1/N·Σ log(1 + e^(−yᵢ·xᵢ)): {@link #softMarginLoss(Tensor, Tensor, Reduction)} with MEAN.
     *
     * @param input the raw scores, any shape
     * @param target the labels in {−1, 1}, of the input's shape
     * @return the mean soft margin loss, a scalar
     */
    public static Tensor softMarginLoss(Tensor input, Tensor target) {
        return MarginLosses.softMarginLoss(input, target);
    }

    /**
     * ℓᵢ = log(1 + e^(−yᵢ·xᵢ)) as a {@link Loss}.
     *
     * @param reduction how the per-element losses are combined
     * @return the soft margin loss as a function of (input, target)
     */
    public static Loss softMarginLoss(Reduction reduction) {
        return MarginLosses.softMarginLoss(reduction);
    }

    /**
     * ℓₙ = −(1/C)·Σ_c w_c·(y_c·log σ(x_c) + (1 − y_c)·log σ(−x_c)), y_c ∈ {0, 1}. Expects raw scores (…, C), one
     * logistic loss per class. PyTorch {@code F.multilabel_soft_margin_loss} / {@code nn.MultiLabelSoftMarginLoss}.
     *
     * @param input the raw scores (…, C)
     * @param target the labels in {0, 1}, of the input's shape
     * @param options the class weights w and the reduction
     * @return the loss: a scalar, or one value per sample with NONE
     */
    public static Tensor multilabelSoftMarginLoss(Tensor input, Tensor target, MultilabelSoftMarginOptions options) {
        return MarginLosses.multilabelSoftMarginLoss(input, target, options);
    }

    /**
     * ℓₙ = −(1/C)·Σ_c (y_c·log σ(x_c) + (1 − y_c)·log σ(−x_c)), averaged: the multi-label soft margin loss with
     * PyTorch's defaults (no weight, MEAN).
     *
     * @param input the raw scores (…, C)
     * @param target the labels in {0, 1}, of the input's shape
     * @return the mean multi-label soft margin loss, a scalar
     */
    public static Tensor multilabelSoftMarginLoss(Tensor input, Tensor target) {
        return MarginLosses.multilabelSoftMarginLoss(input, target);
    }

    /**
     * ℓₙ = −(1/C)·Σ_c w_c·(y_c·log σ(x_c) + (1 − y_c)·log σ(−x_c)): the multi-label soft margin loss with fixed options
     * as a {@link Loss}.
     *
     * @param options the class weights w and the reduction
     * @return the multi-label soft margin loss as a function of (input, target)
     */
    public static Loss multilabelSoftMarginLoss(MultilabelSoftMarginOptions options) {
        return MarginLosses.multilabelSoftMarginLoss(options);
    }

    /**
     * ℓₙ = (1/C)·Σ_{j ∈ targets} Σ_{d ∉ targets} max(0, 1 − x[t_j] + x[d]), reduced (default MEAN). Expects raw
     * scores (N, C) or (C) and targets in PyTorch's layout (class indices ended by −1). PyTorch
     * {@code F.multilabel_margin_loss} / {@code nn.MultiLabelMarginLoss}.
     *
     * @param input the raw scores (N, C) or (C)
     * @param target the target class indices, of the input's shape, each row ended by −1 (or full)
     * @param reduction how the per-sample losses are combined
     * @return the loss: a scalar, or one value per sample with NONE
     */
    public static Tensor multilabelMarginLoss(Tensor input, Tensor target, Reduction reduction) {
        return MarginLosses.multilabelMarginLoss(input, target, reduction);
    }

    /**
     * ℓ = mean over samples of (1/C)·Σ_{j ∈ targets} Σ_{d ∉ targets} max(0, 1 − x[t_j] + x[d]): the multi-label margin
     * loss with MEAN.
     *
     * @param input the raw scores (N, C) or (C)
     * @param target the target class indices, of the input's shape, each row ended by −1 (or full)
     * @return the mean multi-label margin loss, a scalar
     */
    public static Tensor multilabelMarginLoss(Tensor input, Tensor target) {
        return MarginLosses.multilabelMarginLoss(input, target);
    }

    /**
     * ℓₙ = (1/C)·Σ_{j ∈ targets} Σ_{d ∉ targets} max(0, 1 − x[t_j] + x[d]): the multi-label margin loss as a
     * {@link Loss}.
     *
     * @param reduction how the per-sample losses are combined
     * @return the multi-label margin loss as a function of (input, target)
     */
    public static Loss multilabelMarginLoss(Reduction reduction) {
        return MarginLosses.multilabelMarginLoss(reduction);
    }

    /**
     * ℓₙ = (1/C)·Σ_{d ≠ y} w_y·max(0, margin − x[y] + x[d])ᵖ, p ∈ {1, 2}. Expects raw scores (N, C) (a linear output)
     * and class indices (N). PyTorch {@code F.multi_margin_loss} / {@code nn.MultiMarginLoss}.
     *
     * @param input the raw scores (N, C)
     * @param target the class indices (N)
     * @param options p, the margin, the class weights w and the reduction
     * @return the loss: a scalar, or one value per sample with NONE
     */
    public static Tensor multiMarginLoss(Tensor input, Tensor target, MultiMarginOptions options) {
        return MarginLosses.multiMarginLoss(input, target, options);
    }

    /**
     * ℓ = 1/N·Σₙ (1/C)·Σ_{d ≠ y} max(0, 1 − x[y] + x[d]): the multi-class margin loss with PyTorch's defaults (p 1,
     * margin 1, no weight, MEAN).
     *
     * @param input the raw scores (N, C)
     * @param target the class indices (N)
     * @return the mean multi-class margin loss, a scalar
     */
    public static Tensor multiMarginLoss(Tensor input, Tensor target) {
        return MarginLosses.multiMarginLoss(input, target);
    }

    /**
     * ℓₙ = (1/C)·Σ_{d ≠ y} w_y·max(0, margin − x[y] + x[d])ᵖ: the multi-class margin loss with fixed options as a
     * {@link Loss}.
     *
     * @param options p, the margin, the class weights w and the reduction
     * @return the multi-class margin loss as a function of (input, target)
     */
    public static Loss multiMarginLoss(MultiMarginOptions options) {
        return MarginLosses.multiMarginLoss(options);
    }

    // ------------------------------------------------------------------ embeddings

    /**
     * ℓᵢ = xᵢ if yᵢ = 1, max(0, margin − xᵢ) if yᵢ = −1 (default margin 1, MEAN). Expects distances x ≥ 0 between
     * embeddings. PyTorch {@code F.hinge_embedding_loss} / {@code nn.HingeEmbeddingLoss}.
     *
     * @param input the distances x ≥ 0, any shape
     * @param target the labels in {−1, 1}, of the input's shape
     * @param options the margin and the reduction
     * @return the loss: a scalar, or per element with NONE
     */
    public static Tensor hingeEmbeddingLoss(Tensor input, Tensor target, HingeEmbeddingOptions options) {
        return EmbeddingLosses.hingeEmbeddingLoss(input, target, options);
    }

    /**
     * ℓ = 1/N·Σᵢ (xᵢ if yᵢ = 1, max(0, 1 − xᵢ) if yᵢ = −1): the hinge embedding loss with PyTorch's defaults (margin 1,
     * MEAN).
     *
     * @param input the distances x ≥ 0, any shape
     * @param target the labels in {−1, 1}, of the input's shape
     * @return the mean hinge embedding loss, a scalar
     */
    public static Tensor hingeEmbeddingLoss(Tensor input, Tensor target) {
        return EmbeddingLosses.hingeEmbeddingLoss(input, target);
    }

    /**
     * ℓᵢ = xᵢ if yᵢ = 1, max(0, margin − xᵢ) if yᵢ = −1: the hinge embedding loss with fixed options as a {@link Loss}.
     *
     * @param options the margin and the reduction
     * @return the hinge embedding loss as a function of (input, target)
     */
    public static Loss hingeEmbeddingLoss(HingeEmbeddingOptions options) {
        return EmbeddingLosses.hingeEmbeddingLoss(options);
    }

    /**
     * ℓᵢ = 1 − cos(x1ᵢ, x2ᵢ) if yᵢ = 1, max(0, cos(x1ᵢ, x2ᵢ) − margin) if yᵢ = −1, cos with PyTorch's ε. Expects
     * embeddings (N, D) and labels (N). PyTorch {@code F.cosine_embedding_loss} / {@code nn.CosineEmbeddingLoss}.
     *
     * @param x1 the first embeddings (N, D)
     * @param x2 the second embeddings (N, D)
     * @param y the labels in {−1, 1} (N)
     * @param options the margin and the reduction
     * @return the loss: a scalar, or one value per pair with NONE
     */
    public static Tensor cosineEmbeddingLoss(Tensor x1, Tensor x2, Tensor y, CosineEmbeddingOptions options) {
        return EmbeddingLosses.cosineEmbeddingLoss(x1, x2, y, options);
    }

    /**
     * ℓ = 1/N·Σᵢ (1 − cos(x1ᵢ, x2ᵢ) if yᵢ = 1, max(0, cos(x1ᵢ, x2ᵢ)) if yᵢ = −1): the cosine embedding loss with
     * PyTorch's defaults (margin 0, MEAN).
     *
     * @param x1 the first embeddings (N, D)
     * @param x2 the second embeddings (N, D)
     * @param y the labels in {−1, 1} (N)
     * @return the mean cosine embedding loss, a scalar
     */
    public static Tensor cosineEmbeddingLoss(Tensor x1, Tensor x2, Tensor y) {
        return EmbeddingLosses.cosineEmbeddingLoss(x1, x2, y);
    }

    /**
     * ℓᵢ = 1 − cos(x1ᵢ, x2ᵢ) if yᵢ = 1, max(0, cos(x1ᵢ, x2ᵢ) − margin) if yᵢ = −1: the cosine embedding loss with fixed
     * options as a {@link Loss.Ternary} of (x1, x2, y).
     *
     * @param options the margin and the reduction
     * @return the cosine embedding loss as a function of (x1, x2, y)
     */
    public static Loss.Ternary cosineEmbeddingLoss(CosineEmbeddingOptions options) {
        return EmbeddingLosses.cosineEmbeddingLoss(options);
    }

    /**
     * ℓᵢ = max(0, margin + d(aᵢ, pᵢ) − d(aᵢ, nᵢ)), d(x, y) = ‖x − y + ε‖ₚ (swap: d(a, n) → min(d(a, n), d(p, n))).
     * Expects anchor, positive and negative embeddings of equal shape. PyTorch {@code F.triplet_margin_loss} /
     * {@code nn.TripletMarginLoss}.
     *
     * @param anchor the anchor embeddings
     * @param positive the positive embeddings, of the anchor's shape
     * @param negative the negative embeddings, of the anchor's shape
     * @param options the margin, p, ε, swap and the reduction
     * @return the loss: a scalar, or one value per triplet with NONE
     */
    public static Tensor tripletMarginLoss(Tensor anchor, Tensor positive, Tensor negative, TripletMarginOptions options) {
        return TripletLosses.tripletMarginLoss(anchor, positive, negative, options);
    }

    /**
     * ℓ = 1/N·Σᵢ max(0, 1 + ‖aᵢ − pᵢ + ε‖₂ − ‖aᵢ − nᵢ + ε‖₂): the triplet margin loss with PyTorch's defaults (margin
     * 1, p 2, eps 1e-6, no swap, MEAN).
     *
     * @param anchor the anchor embeddings
     * @param positive the positive embeddings, of the anchor's shape
     * @param negative the negative embeddings, of the anchor's shape
     * @return the mean triplet margin loss, a scalar
     */
    public static Tensor tripletMarginLoss(Tensor anchor, Tensor positive, Tensor negative) {
        return TripletLosses.tripletMarginLoss(anchor, positive, negative);
    }

    /**
     * ℓᵢ = max(0, margin + d(aᵢ, pᵢ) − d(aᵢ, nᵢ)), d(x, y) = ‖x − y + ε‖ₚ: the triplet margin loss with fixed options
     * as a {@link Loss.Ternary} of (anchor, positive, negative).
     *
     * @param options the margin, p, ε, swap and the reduction
     * @return the triplet margin loss as a function of (anchor, positive, negative)
     */
    public static Loss.Ternary tripletMarginLoss(TripletMarginOptions options) {
        return TripletLosses.tripletMarginLoss(options);
    }

    /**
     * ℓᵢ = max(0, d(aᵢ, pᵢ) − d(aᵢ, nᵢ) + margin) for a distance function d (default pairwise distance). Expects
     * embeddings of equal shape. PyTorch {@code F.triplet_margin_with_distance_loss} /
     * {@code nn.TripletMarginWithDistanceLoss}.
     *
     * @param anchor the anchor embeddings
     * @param positive the positive embeddings, of the anchor's shape
     * @param negative the negative embeddings, of the anchor's shape
     * @param options the distance function, the margin, swap and the reduction
     * @return the loss: a scalar, or one value per triplet with NONE
     */
    public static Tensor tripletMarginWithDistanceLoss(Tensor anchor, Tensor positive, Tensor negative,
            TripletMarginWithDistanceOptions options) {
        return TripletLosses.tripletMarginWithDistanceLoss(anchor, positive, negative, options);
    }

    /**
     * ℓ = 1/N·Σᵢ max(0, d(aᵢ, pᵢ) − d(aᵢ, nᵢ) + 1), d the pairwise distance: the triplet loss with PyTorch's defaults
     * (margin 1, no swap, MEAN).
     *
     * @param anchor the anchor embeddings
     * @param positive the positive embeddings, of the anchor's shape
     * @param negative the negative embeddings, of the anchor's shape
     * @return the mean triplet loss, a scalar
     */
    public static Tensor tripletMarginWithDistanceLoss(Tensor anchor, Tensor positive, Tensor negative) {
        return TripletLosses.tripletMarginWithDistanceLoss(anchor, positive, negative);
    }

    /**
     * ℓᵢ = max(0, d(aᵢ, pᵢ) − d(aᵢ, nᵢ) + margin): the triplet loss with a distance function d and fixed options as a
     * {@link Loss.Ternary}.
     *
     * @param options the distance function, the margin, swap and the reduction
     * @return the triplet loss as a function of (anchor, positive, negative)
     */
    public static Loss.Ternary tripletMarginWithDistanceLoss(TripletMarginWithDistanceOptions options) {
        return TripletLosses.tripletMarginWithDistanceLoss(options);
    }

    // ------------------------------------------------------------------ sequences

    /**
     * ℓₙ = −log Σ_{π ∈ B⁻¹(lₙ)} Πₜ yₜ(πₜ), by the alpha recursion in log space; MEAN divides each ℓₙ by its target
     * length, then averages. Expects log-probabilities (T, N, C) (e.g. {@code logits.logSoftmax(-1)}), targets (N, S)
     * padded or 1-D concatenated, one input and one target length per sample. PyTorch {@code F.ctc_loss} /
     * {@code nn.CTCLoss}.
     *
     * @param logProbs the log-probabilities (T, N, C), or (T, C) for one unbatched sample
     * @param targets the target labels: (N, S) padded, or 1-D concatenated
     * @param inputLengths the input length of each sample, each at most T
     * @param targetLengths the target length of each sample
     * @param options the blank index, the reduction and zeroInfinity
     * @return the loss: a scalar, or one value per sample with NONE
     */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, int[] inputLengths, int[] targetLengths, CtcOptions options) {
        return CtcLoss.ctcLoss(logProbs, targets, inputLengths, targetLengths, options);
    }

    /**
     * ℓ = 1/N·Σₙ −log p(lₙ | x)/|lₙ|: the CTC loss with PyTorch's defaults (blank 0, MEAN, zeroInfinity false).
     *
     * @param logProbs the log-probabilities (T, N, C), or (T, C) for one unbatched sample
     * @param targets the target labels: (N, S) padded, or 1-D concatenated
     * @param inputLengths the input length of each sample, each at most T
     * @param targetLengths the target length of each sample
     * @return the mean CTC loss, a scalar
     */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, int[] inputLengths, int[] targetLengths) {
        return CtcLoss.ctcLoss(logProbs, targets, inputLengths, targetLengths);
    }

    /**
     * ℓₙ = −log Σ_{π ∈ B⁻¹(lₙ)} Πₜ yₜ(πₜ): the CTC loss with lengths as integer tensors (0-D or 1-D).
     *
     * @param logProbs the log-probabilities (T, N, C), or (T, C) for one unbatched sample
     * @param targets the target labels: (N, S) padded, or 1-D concatenated
     * @param inputLengths the input lengths, an integer-valued tensor (0-D or 1-D)
     * @param targetLengths the target lengths, an integer-valued tensor (0-D or 1-D)
     * @param options the blank index, the reduction and zeroInfinity
     * @return the loss: a scalar, or one value per sample with NONE
     */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, Tensor inputLengths, Tensor targetLengths, CtcOptions options) {
        return CtcLoss.ctcLoss(logProbs, targets, inputLengths, targetLengths, options);
    }

    /**
     * ℓ = 1/N·Σₙ −log p(lₙ | x)/|lₙ|: the CTC loss with lengths as integer tensors and PyTorch's defaults.
     *
     * @param logProbs the log-probabilities (T, N, C), or (T, C) for one unbatched sample
     * @param targets the target labels: (N, S) padded, or 1-D concatenated
     * @param inputLengths the input lengths, an integer-valued tensor (0-D or 1-D)
     * @param targetLengths the target lengths, an integer-valued tensor (0-D or 1-D)
     * @return the mean CTC loss, a scalar
     */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, Tensor inputLengths, Tensor targetLengths) {
        return CtcLoss.ctcLoss(logProbs, targets, inputLengths, targetLengths);
    }

    /**
     * ℓₙ = −log Σ_{π ∈ B⁻¹(lₙ)} Πₜ yₜ(πₜ): the CTC loss with fixed options as a value:
     * {@code ctcLoss(options).apply(logProbs, targets, lengths…)}.
     *
     * @param options the blank index, the reduction and zeroInfinity
     * @return the CTC loss with these options
     */
    public static CtcLoss ctcLoss(CtcOptions options) {
        return CtcLoss.ctcLoss(options);
    }

    // ------------------------------------------------------------------ Keras hinge and cosine losses

    /**
     * ℓₙ = mean_c max(0, 1 − y_c·x_c), labels in {−1, 1} (or {0, 1}, converted as Keras does), reduced (default MEAN).
     * Expects raw scores (a linear or tanh output). Keras {@code losses.Hinge}.
     *
     * @param input the raw scores (…, C)
     * @param target the labels in {−1, 1} or {0, 1}, of the input's shape
     * @param reduction how the per-sample losses are combined
     * @return the loss: a scalar, or one value per sample (…) with NONE
     */
    public static Tensor hinge(Tensor input, Tensor target, Reduction reduction) {
        return HingeLosses.hinge(input, target, reduction);
    }

    /**
     * ℓ = mean over samples of mean_c max(0, 1 − y_c·x_c): Keras' hinge with MEAN.
     *
     * @param input the raw scores (…, C)
     * @param target the labels in {−1, 1} or {0, 1}, of the input's shape
     * @return the mean hinge loss, a scalar
     */
    public static Tensor hinge(Tensor input, Tensor target) {
        return HingeLosses.hinge(input, target);
    }

    /**
     * ℓₙ = mean_c max(0, 1 − y_c·x_c): Keras' hinge as a {@link Loss}.
     *
     * @param reduction how the per-sample losses are combined
     * @return the hinge loss as a function of (input, target)
     */
    public static Loss hinge(Reduction reduction) {
        return HingeLosses.hinge(reduction);
    }

    /**
     * ℓₙ = mean_c max(0, 1 − y_c·x_c)², labels as {@link #hinge(Tensor, Tensor, Reduction)}. Expects raw scores.
     * Keras {@code losses.SquaredHinge}.
     *
     * @param input the raw scores (…, C)
     * @param target the labels in {−1, 1} or {0, 1}, of the input's shape
     * @param reduction how the per-sample losses are combined
     * @return the loss: a scalar, or one value per sample (…) with NONE
     */
    public static Tensor squaredHinge(Tensor input, Tensor target, Reduction reduction) {
        return HingeLosses.squaredHinge(input, target, reduction);
    }

    /**
     * ℓ = mean over samples of mean_c max(0, 1 − y_c·x_c)²: Keras' squared hinge with MEAN.
     *
     * @param input the raw scores (…, C)
     * @param target the labels in {−1, 1} or {0, 1}, of the input's shape
     * @return the mean squared hinge loss, a scalar
     */
    public static Tensor squaredHinge(Tensor input, Tensor target) {
        return HingeLosses.squaredHinge(input, target);
    }

    /**
     * ℓₙ = mean_c max(0, 1 − y_c·x_c)²: Keras' squared hinge as a {@link Loss}.
     *
     * @param reduction how the per-sample losses are combined
     * @return the squared hinge loss as a function of (input, target)
     */
    public static Loss squaredHinge(Reduction reduction) {
        return HingeLosses.squaredHinge(reduction);
    }

    /**
     * ℓₙ = max(0, max_c (1 − y_c)·x_c − Σ_c y_c·x_c + 1). Expects raw scores (N, C) and one-hot targets. Keras
     * {@code losses.CategoricalHinge}.
     *
     * @param input the raw scores (N, C)
     * @param target the one-hot targets (N, C)
     * @param reduction how the per-sample losses are combined
     * @return the loss: a scalar, or one value per sample with NONE
     */
    public static Tensor categoricalHinge(Tensor input, Tensor target, Reduction reduction) {
        return HingeLosses.categoricalHinge(input, target, reduction);
    }

    /**
     * ℓ = mean over samples of max(0, max_c (1 − y_c)·x_c − Σ_c y_c·x_c + 1): Keras' categorical hinge with MEAN.
     *
     * @param input the raw scores (N, C)
     * @param target the one-hot targets (N, C)
     * @return the mean categorical hinge loss, a scalar
     */
    public static Tensor categoricalHinge(Tensor input, Tensor target) {
        return HingeLosses.categoricalHinge(input, target);
    }

    /**
     * ℓₙ = max(0, max_c (1 − y_c)·x_c − Σ_c y_c·x_c + 1): Keras' categorical hinge as a {@link Loss}.
     *
     * @param reduction how the per-sample losses are combined
     * @return the categorical hinge loss as a function of (input, target)
     */
    public static Loss categoricalHinge(Reduction reduction) {
        return HingeLosses.categoricalHinge(reduction);
    }

    /**
     * ℓₙ = −Σ_axis x̂·ŷ, x̂ = x / √max(‖x‖², 1e−12): the negative cosine similarity along an axis (default −1).
     * Expects vectors of equal shape (embeddings, regression outputs). Keras {@code losses.CosineSimilarity}.
     *
     * @param input the predicted vectors, any shape
     * @param target the target vectors, of the input's shape
     * @param options the axis and the reduction
     * @return the loss: a scalar, or one value per vector with NONE
     */
    public static Tensor cosineSimilarityLoss(Tensor input, Tensor target, CosineSimilarityOptions options) {
        return CosineLosses.cosineSimilarityLoss(input, target, options);
    }

    /**
     * ℓ = mean of −Σ_axis x̂·ŷ over the last axis, x̂ = x / √max(‖x‖², 1e−12): Keras' cosine similarity loss with its
     * defaults (axis −1, MEAN).
     *
     * @param input the predicted vectors, any shape
     * @param target the target vectors, of the input's shape
     * @return the mean negative cosine similarity, a scalar
     */
    public static Tensor cosineSimilarityLoss(Tensor input, Tensor target) {
        return CosineLosses.cosineSimilarityLoss(input, target);
    }

    /**
     * ℓₙ = −Σ_axis x̂·ŷ, x̂ = x / √max(‖x‖², 1e−12): Keras' cosine similarity loss with fixed options as a
     * {@link Loss}.
     *
     * @param options the axis and the reduction
     * @return the cosine similarity loss as a function of (input, target)
     */
    public static Loss cosineSimilarityLoss(CosineSimilarityOptions options) {
        return CosineLosses.cosineSimilarityLoss(options);
    }
}
