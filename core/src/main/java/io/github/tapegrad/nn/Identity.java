package io.github.tapegrad.nn;

import io.github.tapegrad.Tensor;

/** y = x (PyTorch's {@code nn.Identity}): a placeholder layer. */
public final class Identity extends Module {
    /** The layer. */
    public Identity() {}

    /** x itself. */
    @Override
    public Tensor forward(Tensor x) {
        return x;
    }
}
