package io.github.tapegrad.nn;

import io.github.tapegrad.Tensor;

/** yᵢ = exp(xᵢ) / Σⱼ exp(xⱼ) along {@code dim} (PyTorch's {@code nn.Softmax(dim)}; the dimension must be given). */
public final class Softmax extends Module {
    private final int dim;

    /**
     * Softmax along {@code dim} (negative counts from the end).
     *
     * @param dim the dimension to normalise over
     */
    public Softmax(int dim) {
        this.dim = dim;
    }

    /** softmax(x) along the layer's dimension. */
    @Override
    public Tensor forward(Tensor x) {
        return x.softmax(dim);
    }

    @Override
    protected String describe() {
        return "Softmax(dim=" + dim + ")";
    }
}
