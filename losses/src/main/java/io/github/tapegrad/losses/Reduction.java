package io.github.tapegrad.losses;

import io.github.tapegrad.Tensor;

/** How a loss combines its per-element values, as PyTorch's {@code reduction} argument. */
public enum Reduction {
    /** The per-element losses, unreduced. */
    NONE,
    /** Their mean (PyTorch's default). */
    MEAN,
    /** Their sum. */
    SUM,
    /** Their sum divided by the batch size (the first dimension); {@code klDiv} only. */
    BATCHMEAN;

    /**
     * Applies this reduction to per-element losses.
     *
     * @param elements the per-element losses
     * @param loss the op name for the error text
     * @return the reduced loss: the elements themselves, their sum, or their mean
     * @throws IllegalArgumentException for BATCHMEAN (only klDiv accepts it)
     */
    public Tensor apply(Tensor elements, String loss) {
        return switch (this) {
            case NONE -> elements;
            case MEAN -> elements.mean();
            case SUM -> elements.sum();
            case BATCHMEAN -> throw new IllegalArgumentException(loss + ": reduction BATCHMEAN is only defined for klDiv; use MEAN, SUM or NONE");
        };
    }
}
