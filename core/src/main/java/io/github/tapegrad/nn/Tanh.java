package io.github.tapegrad.nn;

import io.github.tapegrad.Tensor;

/** y = tanh(x), elementwise (PyTorch's {@code nn.Tanh}). */
public final class Tanh extends Module {
    /** The layer. */
    public Tanh() {}

    /** tanh(x). */
    @Override
    public Tensor forward(Tensor x) {
        return x.tanh();
    }
}
