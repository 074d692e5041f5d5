package io.github.tapegrad.examples;

import io.github.tapegrad.Tensor;

/** Accuracy and the coefficient of determination R². */
public final class Metrics {
    private Metrics() {}

    /** The share of rows whose largest score (logit or probability, shape (N, C)) is at the target class (N). */
    public static double accuracy(Tensor scores, Tensor target) {
        return scores.argmax(1, false).eq(target).mean().item();
    }

    /** The share of rows where score > threshold (0 for logits, ½ for probabilities) agrees with the 0/1 target. */
    public static double binaryAccuracy(Tensor scores, Tensor target, double threshold) {
        return scores.reshape(-1).gt(threshold).eq(target.reshape(-1)).mean().item();
    }

    /**
     * R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)² of each output column (shape (N, K)), averaged over the K outputs
     * (scikit-learn's {@code r2_score} with {@code multioutput='uniform_average'}).
     */
    public static double r2(Tensor prediction, Tensor target) {
        Tensor residual = target.sub(prediction).square().sum(0, false);
        Tensor total = target.sub(target.mean(0, true)).square().sum(0, false);
        return residual.div(total).rsub(1).mean().item();
    }
}
