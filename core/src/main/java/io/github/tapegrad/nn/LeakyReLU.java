package io.github.tapegrad.nn;

import io.github.tapegrad.Tensor;

/** y = x for x &gt; 0, else negativeSlope·x, elementwise (PyTorch's {@code nn.LeakyReLU}, default slope 0.01). */
public final class LeakyReLU extends Module {
    private final double negativeSlope;

    /** The layer with slope 0.01 for negative inputs. */
    public LeakyReLU() {
        this(0.01);
    }

    /**
     * The layer with the given slope for negative inputs.
     *
     * @param negativeSlope the slope for negative inputs
     */
    public LeakyReLU(double negativeSlope) {
        this.negativeSlope = negativeSlope;
    }

    /** x for x &gt; 0, else negativeSlope·x. */
    @Override
    public Tensor forward(Tensor x) {
        return x.leakyRelu(negativeSlope);
    }

    /**
     * The slope for negative inputs.
     *
     * @return the slope
     */
    public double negativeSlope() {
        return negativeSlope;
    }

    @Override
    protected String describe() {
        return "LeakyReLU(negativeSlope=" + negativeSlope + ")";
    }
}
