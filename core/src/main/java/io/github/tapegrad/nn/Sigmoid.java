package io.github.tapegrad.nn;

import io.github.tapegrad.Tensor;

/** y = σ(x) = 1 / (1 + e⁻ˣ), elementwise (PyTorch's {@code nn.Sigmoid}). */
public final class Sigmoid extends Module {
    /** The layer. */
    public Sigmoid() {}

    /** σ(x). */
    @Override
    public Tensor forward(Tensor x) {
        return x.sigmoid();
    }
}
