package io.github.tapegrad.nn;

import io.github.tapegrad.Tensor;

/**
 * y = x·Φ(x) = x·(1 + erf(x/√2))/2, elementwise (PyTorch's {@code nn.GELU()}); with {@code approximate = true},
 * y = x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))/2 ({@code nn.GELU(approximate='tanh')}).
 */
public final class GELU extends Module {
    private final boolean approximate;

    /** The exact (erf) form. */
    public GELU() {
        this(false);
    }

    /**
     * The exact form, or the tanh approximation when {@code approximate}.
     *
     * @param approximate true for the tanh approximation
     */
    public GELU(boolean approximate) {
        this.approximate = approximate;
    }

    /** GELU(x). */
    @Override
    public Tensor forward(Tensor x) {
        return approximate ? x.geluTanh() : x.gelu();
    }

    @Override
    protected String describe() {
        return "GELU(approximate=" + (approximate ? "tanh" : "none") + ")";
    }
}
