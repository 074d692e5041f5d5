package io.github.tapegrad.losses;

import io.github.tapegrad.Tensor;

/** Multi-class losses: crossEntropy on logits (class-index or probability targets) and nllLoss on log-probabilities. */
final class ClassificationLosses {
    private ClassificationLosses() {}

    /** ℓᵢ = −w_yᵢ·log softmax(xᵢ)_yᵢ, smoothed; or −Σ_c w_c·y_ic·log softmax(xᵢ)_c for probability targets. */
    static Tensor crossEntropy(Tensor input, Tensor target, CrossEntropyOptions o) {
        String loss = "crossEntropy";
        ClassTargets.checkInputs(loss, input, target, o.weight());
        if (target.shape().equals(input.shape())) return probabilityTargets(input, target, o);
        ClassTargets.checkShape(loss, input, target, true);
        int classes = input.size(ClassTargets.classAxis(input));
        boolean anyIgnored = ClassTargets.checkIndices(loss, input, target, o.ignoreIndex(), true);
        Tensor logp = input.logSoftmax(ClassTargets.classAxis(input));
        Tensor nll = negativeLogLikelihood(logp, target, o.weight(), o.ignoreIndex(), anyIgnored, o.reduction());
        double eps = o.labelSmoothing();
        if (eps == 0) return nll;
        return nll.mul(1 - eps).add(uniformTerm(logp, target, o).mul(eps / classes));
    }

    /**
     * The label-smoothing term −Σ_c w_c·log softmax(xᵢ)_c per kept sample, reduced as PyTorch: its MEAN divides by
     * the same Σ w_yᵢ as the nll term.
     */
    private static Tensor uniformTerm(Tensor logp, Tensor target, CrossEntropyOptions o) {
        Tensor perClass = o.weight() == null ? logp : logp.mul(ClassTargets.weightAlongClasses(o.weight(), logp));
        Tensor kept = ClassTargets.kept(target, o.ignoreIndex());
        Tensor smooth = Tensor.where(kept, perClass.sum(ClassTargets.classAxis(logp), false).neg(), 0.0);
        return switch (o.reduction()) {
            case NONE -> smooth;
            case SUM -> smooth.sum();
            default -> smooth.sum().div(ClassTargets.sampleWeights(o.weight(), ClassTargets.safe(target, kept), kept).sum());
        };
    }

    /** ℓᵢ = −Σ_c w_c·ỹ_ic·log softmax(xᵢ)_c with ỹ = (1 − ε)·y + ε/C; MEAN divides by the sample count. */
    private static Tensor probabilityTargets(Tensor input, Tensor target, CrossEntropyOptions o) {
        if (o.ignoreIndex() >= 0) {
            throw new IllegalArgumentException("crossEntropy: ignoreIndex " + o.ignoreIndex() + " applies to class-index "
                    + "targets only, but the target has the input's shape " + input.shape() + " (probabilities); "
                    + "keep the default ignoreIndex -100, or pass class indices of shape " + ClassTargets.indexShape(input));
        }
        int ca = ClassTargets.classAxis(input), classes = input.size(ca);
        double eps = o.labelSmoothing();
        Tensor soft = eps > 0 ? target.mul(1 - eps).add(eps / classes) : target;
        Tensor terms = input.logSoftmax(ca).mul(soft);
        if (o.weight() != null) terms = terms.mul(ClassTargets.weightAlongClasses(o.weight(), input));
        return switch (o.reduction()) {
            case NONE -> terms.sum(ca, false).neg();
            case SUM -> terms.sum().neg();
            default -> terms.sum().neg().div(input.size() / classes);
        };
    }

    /** ℓᵢ = −w_yᵢ·x_i,yᵢ, 0 for ignored samples; MEAN divides by Σ w_yᵢ over kept samples (NaN if none). */
    static Tensor nllLoss(Tensor input, Tensor target, NllLossOptions o) {
        String loss = "nllLoss";
        ClassTargets.checkInputs(loss, input, target, o.weight());
        ClassTargets.checkShape(loss, input, target, false);
        boolean anyIgnored = ClassTargets.checkIndices(loss, input, target, o.ignoreIndex(), false);
        return negativeLogLikelihood(input, target, o.weight(), o.ignoreIndex(), anyIgnored, o.reduction());
    }

    private static Tensor negativeLogLikelihood(Tensor logp, Tensor target, Tensor weight, int ignoreIndex,
                                                boolean anyIgnored, Reduction r) {
        if (weight == null && !anyIgnored) return unweighted(logp, target, r);
        Tensor kept = ClassTargets.kept(target, ignoreIndex);
        Tensor safe = ClassTargets.safe(target, kept);
        Tensor w = ClassTargets.sampleWeights(weight, safe, kept);
        // NOTE: where (not a product with the 0/1 mask) keeps an ignored sample's −∞ log-probability from turning
        // into 0·∞ = NaN (ClassificationLossesTest.nllIgnoresMinusInfinityAtIgnoredSamples).
        Tensor elements = Tensor.where(kept, ClassTargets.pick(logp, safe).mul(w).neg(), 0.0);
        return switch (r) {
            case NONE -> elements;
            case SUM -> elements.sum();
            default -> elements.sum().div(w.sum());
        };
    }

    /** Every w_yᵢ is 1 (no weight, no sample ignored): ℓᵢ = −x_i,yᵢ, and MEAN divides by the sample count. */
    private static Tensor unweighted(Tensor logp, Tensor target, Reduction r) {
        return switch (r) {
            case NONE -> ClassTargets.pick(logp, target).neg();
            case SUM -> ClassTargets.pickKeepingClassAxis(logp, target).neg().sum();
            default -> ClassTargets.pickKeepingClassAxis(logp, target).neg().mean();
        };
    }
}
