package io.github.tapegrad.nn;

import io.github.tapegrad.Tensor;

/** yᵢ = xᵢ − log Σⱼ exp(xⱼ) along {@code dim} (PyTorch's {@code nn.LogSoftmax(dim)}; the dimension must be given). */
public final class LogSoftmax extends Module {
    private final int dim;

    /**
     * Log-softmax along {@code dim} (negative counts from the end).
     *
     * @param dim the dimension to normalise over
     */
    public LogSoftmax(int dim) {
        this.dim = dim;
    }

    /** logSoftmax(x) along the layer's dimension. */
    @Override
    public Tensor forward(Tensor x) {
        return x.logSoftmax(dim);
    }

    @Override
    protected String describe() {
        return "LogSoftmax(dim=" + dim + ")";
    }
}
