package io.github.tapegrad.nn;

import io.github.tapegrad.Tensor;

/** y = max(x, 0), elementwise, with relu'(0) = 0 (PyTorch's {@code nn.ReLU}). */
public final class ReLU extends Module {
    /** The layer. */
    public ReLU() {}

    /** max(x, 0). */
    @Override
    public Tensor forward(Tensor x) {
        return x.relu();
    }
}
