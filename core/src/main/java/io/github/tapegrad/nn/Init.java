package io.github.tapegrad.nn;

import io.github.tapegrad.Tensor;
import java.util.random.RandomGenerator;

/**
 * Parameter initialisers with PyTorch's formulas ({@code torch.nn.init}), drawing from a Java generator. Each returns a
 * new leaf (not yet requiring grad).
 */
public final class Init {
    private Init() {}

    /**
     * Values lo + (hi − lo)·u, u uniform in [0, 1), in row-major order (PyTorch's {@code uniform_(lo, hi)}).
     *
     * @param rng the source of random numbers
     * @param lo the lower bound
     * @param hi the upper bound, ≥ lo
     * @param shape the shape of the result
     * @return a new tensor of the given shape
     * @throws IllegalArgumentException when lo &gt; hi
     */
    public static Tensor uniform(RandomGenerator rng, double lo, double hi, int... shape) {
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("uniform: lo " + lo + " is above hi " + hi + "; pass lo <= hi");
        }
        Tensor u = Tensor.rand(rng, shape);
        return u.applyInPlace(v -> lo + (hi - lo) * v);
    }

    /**
     * PyTorch's {@code kaiming_uniform_(a, mode='fan_in', nonlinearity='leaky_relu')} for a weight of shape
     * (fanOut, fanIn, …): U(−b, b) with gain = √(2 / (1 + a²)), std = gain / √fanIn and b = √3·std, computed in that
     * order as PyTorch does; with a = √5 (nn.Linear's default) b = 1/√fanIn up to rounding.
     *
     * @param rng the source of random numbers
     * @param a the negative slope of the leaky ReLU after this layer (√5 for nn.Linear's default)
     * @param shape the weight's shape (fanOut, fanIn, …)
     * @return a new tensor of the given shape
     * @throws IllegalArgumentException for a shape with fewer than 2 dimensions or a zero fan-in
     */
    public static Tensor kaimingUniform(RandomGenerator rng, double a, int... shape) {
        if (shape.length < 2) {
            throw new IllegalArgumentException("kaimingUniform: shape has " + shape.length + " dimensions; fan-in needs "
                    + "at least 2, (fanOut, fanIn, ...)");
        }
        int fanIn = 1;
        for (int i = 1; i < shape.length; i++) fanIn *= shape[i];
        if (fanIn == 0) {
            throw new IllegalArgumentException("kaimingUniform: fan-in is 0 for a shape with a zero size; give sizes >= 1");
        }
        double std = Math.sqrt(2.0 / (1 + a * a)) / Math.sqrt(fanIn);
        double bound = Math.sqrt(3.0) * std;
        return uniform(rng, -bound, bound, shape);
    }
}
