package io.github.tapegrad.losses;

import io.github.tapegrad.Tensor;
import java.util.Objects;

/**
 * The Connectionist Temporal Classification loss (Graves et al., 2006), PyTorch 1.13's {@code ctc_loss}, as static
 * methods and as a value with its options fixed ({@link #ctcLoss(CtcOptions)}, applied with {@link #apply}).
 * Composed of tensor ops (the alpha recursion over frames with a stable logsumexp), so the gradient comes from the tape.
 */
public final class CtcLoss {
    private static final String OP = "ctcLoss";

    private final CtcOptions options;

    private CtcLoss(CtcOptions options) {
        this.options = Objects.requireNonNull(options, "ctcLoss: options is null; use CtcOptions.defaults()");
    }

    /**
     * ℓₙ = −log Σ_{π ∈ B⁻¹(lₙ)} Πₜ yₜ(πₜ): the CTC loss as a value with its options fixed.
     *
     * @param options the blank index, the reduction and zeroInfinity
     * @return the CTC loss with these options
     */
    public static CtcLoss ctcLoss(CtcOptions options) {
        return new CtcLoss(options);
    }

    /**
     * The options of this value.
     *
     * @return the blank index, the reduction and zeroInfinity of this loss
     */
    public CtcOptions options() {
        return options;
    }

    /**
     * ℓₙ = −log Σ_{π ∈ B⁻¹(lₙ)} Πₜ yₜ(πₜ): this loss applied; see
     * {@link #ctcLoss(Tensor, Tensor, int[], int[], CtcOptions)}.
     *
     * @param logProbs the log-probabilities (T, N, C), or (T, C) for one unbatched sequence
     * @param targets the target labels: (N, S) padded, or 1-D concatenated
     * @param inputLengths the input length Tₙ ≤ T of each sample
     * @param targetLengths the target length of each sample
     * @return the loss: a scalar, or one value per sample with NONE
     */
    public Tensor apply(Tensor logProbs, Tensor targets, int[] inputLengths, int[] targetLengths) {
        return ctcLoss(logProbs, targets, inputLengths, targetLengths, options);
    }

    /**
     * ℓₙ = −log Σ_{π ∈ B⁻¹(lₙ)} Πₜ yₜ(πₜ): this loss applied, lengths as tensors; see
     * {@link #ctcLoss(Tensor, Tensor, Tensor, Tensor, CtcOptions)}.
     *
     * @param logProbs the log-probabilities (T, N, C), or (T, C) for one unbatched sequence
     * @param targets the target labels: (N, S) padded, or 1-D concatenated
     * @param inputLengths the input lengths, an integer-valued tensor (0-D or 1-D)
     * @param targetLengths the target lengths, an integer-valued tensor (0-D or 1-D)
     * @return the loss: a scalar, or one value per sample with NONE
     */
    public Tensor apply(Tensor logProbs, Tensor targets, Tensor inputLengths, Tensor targetLengths) {
        return ctcLoss(logProbs, targets, inputLengths, targetLengths, options);
    }

    /**
     * ℓₙ = −log Σ_{π ∈ B⁻¹(lₙ)} Πₜ yₜ(πₜ): the negative log-probability of target lₙ summed over every frame-level path π
     * that collapses to it (merge repeats, then drop blanks), with blank 0 and reduction MEAN (each ℓₙ divided by
     * max(|lₙ|, 1), then the mean over the batch). See {@link #ctcLoss(Tensor, Tensor, int[], int[], CtcOptions)}.
     *
     * @param logProbs the log-probabilities (T, N, C), or (T, C) for one unbatched sequence
     * @param targets the target labels: (N, S) padded, or 1-D concatenated
     * @param inputLengths the input length Tₙ ≤ T of each sample
     * @param targetLengths the target length of each sample
     * @return the mean CTC loss, a scalar
     */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, int[] inputLengths, int[] targetLengths) {
        return ctcLoss(logProbs, targets, inputLengths, targetLengths, CtcOptions.defaults());
    }

    /**
     * ℓₙ = −log Σ_{π ∈ B⁻¹(lₙ)} Πₜ yₜ(πₜ) over the first Tₙ frames, computed by the alpha recursion in log space.
     * Inputs: log-probabilities (T, N, C) from a logSoftmax over C (or (T, C) for one unbatched sequence); targets (N, S)
     * padded or 1-D concatenated (for one sequence: (S)), holding labels in 0..C−1 other than the blank; one input length
     * Tₙ ≤ T and one target length per sample. A target with no alignment (e.g. longer than its input, or a repeated
     * label without a frame for the blank between) gives +∞, or 0 and a zero gradient with zeroInfinity; without
     * zeroInfinity its gradient is NaN, as PyTorch's. PyTorch {@code nn.CTCLoss}; its gradient w.r.t. log_probs assumes
     * a softmax before it, so compare gradients w.r.t. the logits (ours is the exact derivative).
     *
     * @param logProbs the log-probabilities (T, N, C), or (T, C) for one unbatched sequence
     * @param targets the target labels: (N, S) padded, or 1-D concatenated ((S) for one sequence)
     * @param inputLengths the input length Tₙ ≤ T of each sample
     * @param targetLengths the target length of each sample
     * @param options the blank index, the reduction and zeroInfinity
     * @return the loss: a scalar, or one value per sample with NONE
     * @throws IllegalArgumentException for a blank, label or length out of range, a label equal to the blank, or shapes
     *     that do not match
     */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, int[] inputLengths, int[] targetLengths, CtcOptions options) {
        Objects.requireNonNull(logProbs, "ctcLoss: logProbs is null");
        Objects.requireNonNull(targets, "ctcLoss: targets is null");
        Objects.requireNonNull(options, "ctcLoss: options is null; use CtcOptions.defaults()");
        boolean unbatched = logProbs.dim() == 2;
        if (!unbatched && logProbs.dim() != 3) {
            throw new IllegalArgumentException(OP + ": logProbs has shape " + logProbs.shape()
                    + "; give (T, N, C) log-probabilities, or (T, C) for one sequence");
        }
        if (unbatched && targets.dim() != 1) {
            throw new IllegalArgumentException(OP + ": targets has shape " + targets.shape() + " for one sequence (logProbs "
                    + logProbs.shape() + "); give 1-D targets (S)");
        }
        Tensor lp = unbatched ? logProbs.unsqueeze(1) : logProbs;
        CtcLossTargets t = CtcLossTargets.of(lp, logProbs, unbatched ? targets.unsqueeze(0) : targets, inputLengths,
                targetLengths, options.blank());
        Tensor loss = CtcLossAlpha.negativeLogLikelihood(lp, t, options.zeroInfinity());
        if (options.zeroInfinity()) loss = Tensor.where(loss.eq(Double.POSITIVE_INFINITY), 0.0, loss);
        if (options.reduction() == Reduction.MEAN) return loss.div(t.targetLengths().clampMin(1)).mean();
        loss = options.reduction().apply(loss, OP);
        return unbatched ? loss.reshape() : loss;
    }

    /**
     * ℓₙ = −log Σ_{π ∈ B⁻¹(lₙ)} Πₜ yₜ(πₜ) with lengths as integer tensors (0-D or 1-D); see
     * {@link #ctcLoss(Tensor, Tensor, int[], int[], CtcOptions)}.
     *
     * @param logProbs the log-probabilities (T, N, C), or (T, C) for one unbatched sequence
     * @param targets the target labels: (N, S) padded, or 1-D concatenated
     * @param inputLengths the input lengths, an integer-valued tensor (0-D or 1-D)
     * @param targetLengths the target lengths, an integer-valued tensor (0-D or 1-D)
     * @return the mean CTC loss, a scalar
     */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, Tensor inputLengths, Tensor targetLengths) {
        return ctcLoss(logProbs, targets, inputLengths, targetLengths, CtcOptions.defaults());
    }

    /**
     * ℓₙ = −log Σ_{π ∈ B⁻¹(lₙ)} Πₜ yₜ(πₜ) with lengths as integer tensors (0-D or 1-D) and options;
     * see {@link #ctcLoss(Tensor, Tensor, int[], int[], CtcOptions)}.
     *
     * @param logProbs the log-probabilities (T, N, C), or (T, C) for one unbatched sequence
     * @param targets the target labels: (N, S) padded, or 1-D concatenated
     * @param inputLengths the input lengths, an integer-valued tensor (0-D or 1-D)
     * @param targetLengths the target lengths, an integer-valued tensor (0-D or 1-D)
     * @param options the blank index, the reduction and zeroInfinity
     * @return the loss: a scalar, or one value per sample with NONE
     */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, Tensor inputLengths, Tensor targetLengths, CtcOptions options) {
        return ctcLoss(logProbs, targets, lengths("inputLengths", inputLengths), lengths("targetLengths", targetLengths), options);
    }

    private static int[] lengths(String name, Tensor t) {
        Objects.requireNonNull(t, () -> OP + ": " + name + " is null");
        if (t.dim() > 1) {
            throw new IllegalArgumentException(OP + ": " + name + " has shape " + t.shape()
                    + "; give a 1-D tensor, one length per sample");
        }
        double[] v = t.toArray();
        int[] k = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            k[i] = (int) v[i];
            if (k[i] != v[i]) {
                throw new IllegalArgumentException(OP + ": " + name + " holds " + v[i] + " at index " + i + "; give whole lengths");
            }
        }
        return k;
    }
}
