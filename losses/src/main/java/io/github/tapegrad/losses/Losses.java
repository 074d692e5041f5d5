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
     */
    public static Tensor l1Loss(Tensor input, Tensor target, Reduction reduction) {
        return RegressionLosses.l1Loss(input, target, reduction);
    }

    /** ℓ = 1/N·Σ|xᵢ − yᵢ|: {@link #l1Loss(Tensor, Tensor, Reduction)} with MEAN. */
    public static Tensor l1Loss(Tensor input, Tensor target) {
        return l1Loss(input, target, Reduction.MEAN);
    }

    /** ℓᵢ = |xᵢ − yᵢ| as a {@link Loss}. */
    public static Loss l1Loss(Reduction reduction) {
        Checks.reduction("l1Loss", reduction);
        return (input, target) -> l1Loss(input, target, reduction);
    }

    /**
     * ℓᵢ = (xᵢ − yᵢ)², reduced (default MEAN). Expects a linear output; with MEAN the gradient is 2·(x − y)/N.
     * PyTorch {@code F.mse_loss} / {@code nn.MSELoss}; Keras {@code MeanSquaredError}.
     */
    public static Tensor mseLoss(Tensor input, Tensor target, Reduction reduction) {
        return RegressionLosses.mseLoss(input, target, reduction);
    }

    /** ℓ = 1/N·Σ(xᵢ − yᵢ)²: {@link #mseLoss(Tensor, Tensor, Reduction)} with MEAN. */
    public static Tensor mseLoss(Tensor input, Tensor target) {
        return mseLoss(input, target, Reduction.MEAN);
    }

    /** ℓᵢ = (xᵢ − yᵢ)² as a {@link Loss}. */
    public static Loss mseLoss(Reduction reduction) {
        Checks.reduction("mseLoss", reduction);
        return (input, target) -> mseLoss(input, target, reduction);
    }

    /**
     * ℓᵢ = ½·dᵢ² if |dᵢ| &lt; δ, else δ·(|dᵢ| − ½·δ), with dᵢ = xᵢ − yᵢ (δ &gt; 0, default 1). Expects a linear output;
     * the gradient is dᵢ clipped to [−δ, δ]. PyTorch {@code F.huber_loss} / {@code nn.HuberLoss}; Keras
     * {@code Huber}.
     */
    public static Tensor huberLoss(Tensor input, Tensor target, HuberLossOptions options) {
        return RegressionLosses.huberLoss(input, target, require(options, "huberLoss", "HuberLossOptions"));
    }

    /** ℓᵢ = ½·dᵢ² or |dᵢ| − ½ (δ = 1), averaged: PyTorch's defaults. */
    public static Tensor huberLoss(Tensor input, Tensor target) {
        return huberLoss(input, target, HuberLossOptions.defaults());
    }

    /** The Huber loss with fixed options as a {@link Loss}. */
    public static Loss huberLoss(HuberLossOptions options) {
        require(options, "huberLoss", "HuberLossOptions");
        return (input, target) -> huberLoss(input, target, options);
    }

    /**
     * ℓᵢ = ½·dᵢ²/β if |dᵢ| &lt; β, else |dᵢ| − ½·β, with dᵢ = xᵢ − yᵢ (β ≥ 0, default 1; β = 0 is the L1 loss).
     * Expects a linear output; the gradient is dᵢ/β clipped to [−1, 1] (at dᵢ = 0 with β = 0 it is −1, as
     * PyTorch's). PyTorch {@code F.smooth_l1_loss} / {@code nn.SmoothL1Loss}. Huber(δ) = δ·smoothL1(β = δ).
     */
    public static Tensor smoothL1Loss(Tensor input, Tensor target, SmoothL1LossOptions options) {
        return RegressionLosses.smoothL1Loss(input, target, require(options, "smoothL1Loss", "SmoothL1LossOptions"));
    }

    /** The smooth L1 loss with β = 1, averaged: PyTorch's defaults. */
    public static Tensor smoothL1Loss(Tensor input, Tensor target) {
        return smoothL1Loss(input, target, SmoothL1LossOptions.defaults());
    }

    /** The smooth L1 loss with fixed options as a {@link Loss}. */
    public static Loss smoothL1Loss(SmoothL1LossOptions options) {
        require(options, "smoothL1Loss", "SmoothL1LossOptions");
        return (input, target) -> smoothL1Loss(input, target, options);
    }

    /**
     * ℓ = √(1/N·Σ(xᵢ − yᵢ)²), a scalar. Expects a linear output. Equivalent to
     * {@code torch.sqrt(F.mse_loss(x, y))} and Keras' {@code RootMeanSquaredError} metric, except that the
     * gradient at a perfect fit is 0 (PyTorch's is NaN there).
     */
    public static Tensor rmse(Tensor input, Tensor target) {
        return RegressionLosses.rmse(input, target);
    }

    /** √(1/N·Σ(xᵢ − yᵢ)²) as a {@link Loss}. */
    public static Loss rmse() {
        return Losses::rmse;
    }

    /**
     * ℓ = ½·Σᵢ(xᵢ − yᵢ)², a scalar whose gradient is exactly x − y (no 1/N). Expects a linear output. PyTorch:
     * {@code 0.5 * F.mse_loss(x, y, reduction='sum')}.
     */
    public static Tensor halfSumOfSquares(Tensor input, Tensor target) {
        return RegressionLosses.halfSumOfSquares(input, target);
    }

    /** ½·Σᵢ(xᵢ − yᵢ)² as a {@link Loss}. */
    public static Loss halfSumOfSquares() {
        return Losses::halfSumOfSquares;
    }

    // ------------------------------------------------------------------ Keras regression losses

    /**
     * ℓᵢ = (log(1 + max(xᵢ, ε)) − log(1 + max(yᵢ, ε)))², ε = 1e-7, reduced (default MEAN). Expects a linear (or
     * non-negative) output; predictions below ε get no gradient. Keras {@code MeanSquaredLogarithmicError} (the
     * logs computed with log1p).
     */
    public static Tensor msle(Tensor input, Tensor target, Reduction reduction) {
        return KerasLosses.msle(input, target, reduction);
    }

    /** The mean squared logarithmic error, averaged: Keras' default value. */
    public static Tensor msle(Tensor input, Tensor target) {
        return msle(input, target, Reduction.MEAN);
    }

    /** The squared logarithmic error as a {@link Loss}. */
    public static Loss msle(Reduction reduction) {
        Checks.reduction("msle", reduction);
        return (input, target) -> msle(input, target, reduction);
    }

    /**
     * ℓᵢ = 100·|yᵢ − xᵢ| / max(|yᵢ|, ε), ε = 1e-7, reduced (default MEAN). Expects a linear output. Keras
     * {@code MeanAbsolutePercentageError}.
     */
    public static Tensor mape(Tensor input, Tensor target, Reduction reduction) {
        return KerasLosses.mape(input, target, reduction);
    }

    /** The mean absolute percentage error, averaged: Keras' default value. */
    public static Tensor mape(Tensor input, Tensor target) {
        return mape(input, target, Reduction.MEAN);
    }

    /** The absolute percentage error as a {@link Loss}. */
    public static Loss mape(Reduction reduction) {
        Checks.reduction("mape", reduction);
        return (input, target) -> mape(input, target, reduction);
    }

    /**
     * ℓᵢ = log cosh(dᵢ) = dᵢ + softplus(−2·dᵢ) − log 2, dᵢ = xᵢ − yᵢ, reduced (default MEAN); the gradient is
     * tanh(dᵢ). Expects a linear output; finite for any finite dᵢ. Keras {@code LogCosh}.
     */
    public static Tensor logCosh(Tensor input, Tensor target, Reduction reduction) {
        return KerasLosses.logCosh(input, target, reduction);
    }

    /** The log-cosh loss, averaged: Keras' default value. */
    public static Tensor logCosh(Tensor input, Tensor target) {
        return logCosh(input, target, Reduction.MEAN);
    }

    /** The log-cosh loss as a {@link Loss}. */
    public static Loss logCosh(Reduction reduction) {
        Checks.reduction("logCosh", reduction);
        return (input, target) -> logCosh(input, target, reduction);
    }

    /**
     * ℓᵢ = xᵢ − yᵢ·log(xᵢ + ε), ε = 1e-7, reduced (default MEAN). Expects a non-negative rate (e.g. an exp or
     * softplus output). Keras {@code Poisson}; PyTorch's analogue is
     * {@link #poissonNllLoss(Tensor, Tensor, PoissonNllLossOptions)} with logInput false.
     */
    public static Tensor poisson(Tensor input, Tensor target, Reduction reduction) {
        return KerasLosses.poisson(input, target, reduction);
    }

    /** The Poisson loss, averaged: Keras' default value. */
    public static Tensor poisson(Tensor input, Tensor target) {
        return poisson(input, target, Reduction.MEAN);
    }

    /** The Poisson loss as a {@link Loss}. */
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
     */
    public static Tensor crossEntropy(Tensor input, Tensor target, CrossEntropyOptions options) {
        return ClassificationLosses.crossEntropy(input, target,
                require(options, "crossEntropy", "CrossEntropyOptions"));
    }

    /** The cross-entropy with PyTorch's defaults (no weight, ignoreIndex −100, no smoothing, MEAN). */
    public static Tensor crossEntropy(Tensor input, Tensor target) {
        return crossEntropy(input, target, CrossEntropyOptions.defaults());
    }

    /** The cross-entropy with fixed options as a {@link Loss}. */
    public static Loss crossEntropy(CrossEntropyOptions options) {
        require(options, "crossEntropy", "CrossEntropyOptions");
        return (input, target) -> crossEntropy(input, target, options);
    }

    /**
     * ℓᵢ = −w_yᵢ·x_i,yᵢ (0 for ignored samples); MEAN divides by Σ w_yᵢ over the kept samples (NaN if none).
     * Expects log-probabilities (e.g. {@code logits.logSoftmax(1)}); shapes as crossEntropy's class-index form.
     * PyTorch {@code F.nll_loss} / {@code nn.NLLLoss}.
     */
    public static Tensor nllLoss(Tensor input, Tensor target, NllLossOptions options) {
        return ClassificationLosses.nllLoss(input, target, require(options, "nllLoss", "NllLossOptions"));
    }

    /** The negative log-likelihood with PyTorch's defaults (no weight, ignoreIndex −100, MEAN). */
    public static Tensor nllLoss(Tensor input, Tensor target) {
        return nllLoss(input, target, NllLossOptions.defaults());
    }

    /** The negative log-likelihood with fixed options as a {@link Loss}. */
    public static Loss nllLoss(NllLossOptions options) {
        require(options, "nllLoss", "NllLossOptions");
        return (input, target) -> nllLoss(input, target, options);
    }

    /**
     * ℓᵢ = −wᵢ·(yᵢ·max(log xᵢ, −100) + (1 − yᵢ)·max(log(1 − xᵢ), −100)). Expects probabilities (a sigmoid
     * output), checked to lie in [0, 1] (NaN rejected), as PyTorch. The gradient is PyTorch's
     * wᵢ·(xᵢ − yᵢ)/max(xᵢ·(1 − xᵢ), 1e-12), finite at xᵢ ∈ {0, 1}; after a sigmoid it becomes σ(z) − y, but
     * prefer {@link #binaryCrossEntropyWithLogits} there. PyTorch {@code F.binary_cross_entropy} /
     * {@code nn.BCELoss}; Keras {@code BinaryCrossentropy}.
     */
    public static Tensor binaryCrossEntropy(Tensor input, Tensor target, BinaryCrossEntropyOptions options) {
        return BinaryLosses.binaryCrossEntropy(input, target,
                require(options, "binaryCrossEntropy", "BinaryCrossEntropyOptions"));
    }

    /** The binary cross-entropy with PyTorch's defaults (no weight, MEAN). */
    public static Tensor binaryCrossEntropy(Tensor input, Tensor target) {
        return binaryCrossEntropy(input, target, BinaryCrossEntropyOptions.defaults());
    }

    /** The binary cross-entropy with fixed options as a {@link Loss}. */
    public static Loss binaryCrossEntropy(BinaryCrossEntropyOptions options) {
        require(options, "binaryCrossEntropy", "BinaryCrossEntropyOptions");
        return (input, target) -> binaryCrossEntropy(input, target, options);
    }

    /**
     * ℓᵢ = wᵢ·(pᵢ·yᵢ·softplus(−xᵢ) + (1 − yᵢ)·softplus(xᵢ)) = −wᵢ·(pᵢ·yᵢ·log σ(xᵢ) + (1 − yᵢ)·log(1 − σ(xᵢ))).
     * Expects logits; the gradient is wᵢ·(σ(xᵢ) − yᵢ) (p = 1), exact at xᵢ = 0 and finite for logits of ±1000.
     * PyTorch {@code F.binary_cross_entropy_with_logits} / {@code nn.BCEWithLogitsLoss}; Keras
     * {@code BinaryCrossentropy(from_logits=True)}.
     */
    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target,
            BinaryCrossEntropyWithLogitsOptions options) {
        return BinaryLosses.binaryCrossEntropyWithLogits(input, target,
                require(options, "binaryCrossEntropyWithLogits", "BinaryCrossEntropyWithLogitsOptions"));
    }

    /** The binary cross-entropy on logits with PyTorch's defaults (no weights, MEAN). */
    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target) {
        return binaryCrossEntropyWithLogits(input, target, BinaryCrossEntropyWithLogitsOptions.defaults());
    }

    /** The binary cross-entropy on logits with fixed options as a {@link Loss}. */
    public static Loss binaryCrossEntropyWithLogits(BinaryCrossEntropyWithLogitsOptions options) {
        require(options, "binaryCrossEntropyWithLogits", "BinaryCrossEntropyWithLogitsOptions");
        return (input, target) -> binaryCrossEntropyWithLogits(input, target, options);
    }

    /**
     * ℓᵢ = αₜ·(1 − pₜ)^γ·BCE(xᵢ, yᵢ), p = σ(x), pₜ = p·y + (1 − p)·(1 − y), αₜ = α·y + (1 − α)·(1 − y) (α &lt; 0: no
     * αₜ). Expects logits (as torchvision); finite for logits of ±1000. torchvision
     * {@code ops.sigmoid_focal_loss}, whose defaults (α = 0.25, γ = 2, reduction NONE) are kept.
     */
    public static Tensor focalLoss(Tensor input, Tensor target, FocalLossOptions options) {
        return BinaryLosses.focalLoss(input, target, require(options, "focalLoss", "FocalLossOptions"));
    }

    /** The sigmoid focal loss with torchvision's defaults: α = 0.25, γ = 2, per element (NONE). */
    public static Tensor focalLoss(Tensor input, Tensor target) {
        return focalLoss(input, target, FocalLossOptions.defaults());
    }

    /** The sigmoid focal loss with fixed options as a {@link Loss}. */
    public static Loss focalLoss(FocalLossOptions options) {
        require(options, "focalLoss", "FocalLossOptions");
        return (input, target) -> focalLoss(input, target, options);
    }

    // ------------------------------------------------------------------ distributions

    /**
     * ℓᵢ = yᵢ·(log yᵢ − xᵢ) with 0·log 0 = 0 (or e^yᵢ·(yᵢ − xᵢ) when logTarget), reduced: MEAN (PyTorch's default)
     * divides by every element, BATCHMEAN by the batch size (the true KL divergence). Expects log-probabilities
     * (e.g. {@code logits.logSoftmax(1)}); the gradient at x is −y. PyTorch {@code F.kl_div} /
     * {@code nn.KLDivLoss}; Keras {@code KLDivergence} takes probabilities instead.
     */
    public static Tensor klDiv(Tensor input, Tensor target, KlDivOptions options) {
        return ProbabilisticLosses.klDiv(input, target, require(options, "klDiv", "KlDivOptions"));
    }

    /** The KL divergence with PyTorch's defaults (MEAN, probability targets). */
    public static Tensor klDiv(Tensor input, Tensor target) {
        return klDiv(input, target, KlDivOptions.defaults());
    }

    /** The KL divergence with fixed options as a {@link Loss}. */
    public static Loss klDiv(KlDivOptions options) {
        require(options, "klDiv", "KlDivOptions");
        return (input, target) -> klDiv(input, target, options);
    }

    /**
     * ℓᵢ = e^xᵢ − yᵢ·xᵢ (logInput, the default) or xᵢ − yᵢ·log(xᵢ + eps), plus Stirling's
     * yᵢ·log yᵢ − yᵢ + ½·log(2π·yᵢ) for yᵢ &gt; 1 when full. Expects log λ (a linear output) or λ &gt; 0;
     * the gradient at log λ is λ − y. PyTorch {@code F.poisson_nll_loss} / {@code nn.PoissonNLLLoss}.
     */
    public static Tensor poissonNllLoss(Tensor input, Tensor target, PoissonNllLossOptions options) {
        return ProbabilisticLosses.poissonNllLoss(input, target,
                require(options, "poissonNllLoss", "PoissonNllLossOptions"));
    }

    /** The Poisson negative log-likelihood with PyTorch's defaults (logInput, not full, eps 1e-8, MEAN). */
    public static Tensor poissonNllLoss(Tensor input, Tensor target) {
        return poissonNllLoss(input, target, PoissonNllLossOptions.defaults());
    }

    /** The Poisson negative log-likelihood with fixed options as a {@link Loss}. */
    public static Loss poissonNllLoss(PoissonNllLossOptions options) {
        require(options, "poissonNllLoss", "PoissonNllLossOptions");
        return (input, target) -> poissonNllLoss(input, target, options);
    }

    /**
     * ℓᵢ = ½·(log v + (xᵢ − yᵢ)²/v), v = max(σ²ᵢ, eps) (+ ½·log 2π when full). Expects the mean (a linear output)
     * and a variance σ² ≥ 0 (negative entries are rejected) of the input's shape, of the input's shape without its
     * last dimension, or with a last dimension of 1. As PyTorch 1.13, the clamp at eps does not block σ²'s gradient.
     * PyTorch {@code F.gaussian_nll_loss} / {@code nn.GaussianNLLLoss}.
     */
    public static Tensor gaussianNllLoss(Tensor input, Tensor target, Tensor var, GaussianNllLossOptions options) {
        return ProbabilisticLosses.gaussianNllLoss(input, target, var,
                require(options, "gaussianNllLoss", "GaussianNllLossOptions"));
    }

    /** The Gaussian negative log-likelihood with PyTorch's defaults (not full, eps 1e-6, MEAN). */
    public static Tensor gaussianNllLoss(Tensor input, Tensor target, Tensor var) {
        return gaussianNllLoss(input, target, var, GaussianNllLossOptions.defaults());
    }

    /** The Gaussian negative log-likelihood with fixed options as a {@link Loss.Ternary} of (input, target, var). */
    public static Loss.Ternary gaussianNllLoss(GaussianNllLossOptions options) {
        require(options, "gaussianNllLoss", "GaussianNllLossOptions");
        return (input, target, var) -> gaussianNllLoss(input, target, var, options);
    }

    private static <T> T require(T options, String loss, String type) {
        return java.util.Objects.requireNonNull(options, () -> loss + ": options is null; use " + type + ".defaults()");
    }
}
