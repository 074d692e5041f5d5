package io.github.tapegrad.nn;

import io.github.tapegrad.Tensor;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * y = x·Wᵀ + b, as {@code torch.nn.Linear}: W has shape (outFeatures, inFeatures), b shape (outFeatures), and x any
 * shape (…, inFeatures).
 *
 * <p>Initialisation is PyTorch's default: W by {@code kaiming_uniform_(a=√5)} ({@link Init#kaimingUniform}), which is
 * U(−1/√in, 1/√in), and b by U(−1/√in, 1/√in), drawn in that order (W row-major, then b) from the given generator as lo + (hi − lo)·u with
 * u uniform in [0, 1). Java's generator is not PyTorch's, so the values differ from PyTorch's for the same seed; the
 * distribution is the same ({@code LinearTest.initialisationHasPyTorchsDistribution}).
 */
public final class Linear extends Module {
    private final int inFeatures;
    private final int outFeatures;
    private final Tensor weight;
    private final Tensor bias;

    /**
     * A layer initialised from {@code rng}.
     *
     * @param inFeatures the input size, ≥ 1
     * @param outFeatures the output size, ≥ 1
     * @param bias whether to learn an additive bias b
     * @param rng the source of the initial weights (PyTorch's uniform initialisation)
     * @throws IllegalArgumentException when a size is &lt; 1
     */
    public Linear(int inFeatures, int outFeatures, boolean bias, RandomGenerator rng) {
        this.inFeatures = checkSize(inFeatures, "inFeatures");
        this.outFeatures = checkSize(outFeatures, "outFeatures");
        double bound = 1 / Math.sqrt(inFeatures);
        this.weight = registerParameter("weight", Init.kaimingUniform(rng, Math.sqrt(5), outFeatures, inFeatures));
        this.bias = bias ? registerParameter("bias", Init.uniform(rng, -bound, bound, outFeatures)) : null;
    }

    /**
     * A layer initialised from a {@link SplittableRandom} seeded with {@code seed}.
     *
     * @param inFeatures the input size, ≥ 1
     * @param outFeatures the output size, ≥ 1
     * @param bias whether to learn an additive bias b
     * @param seed the seed of the initial weights
     */
    public Linear(int inFeatures, int outFeatures, boolean bias, long seed) {
        this(inFeatures, outFeatures, bias, new SplittableRandom(seed));
    }

    /**
     * A layer with a bias, initialised from a {@link SplittableRandom} seeded with {@code seed}.
     *
     * @param inFeatures the input size, ≥ 1
     * @param outFeatures the output size, ≥ 1
     * @param seed the seed of the initial weights
     */
    public Linear(int inFeatures, int outFeatures, long seed) {
        this(inFeatures, outFeatures, true, seed);
    }

    private static int checkSize(int n, String what) {
        if (n < 1) {
            throw new IllegalArgumentException("Linear: " + what + " is " + n + " but must be >= 1; give the number of "
                    + "features");
        }
        return n;
    }

    /**
     * x·Wᵀ + b.
     *
     * @throws IllegalArgumentException when the last dimension of x is not inFeatures
     */
    @Override
    public Tensor forward(Tensor x) {
        if (x.dim() == 0 || x.size(-1) != inFeatures) {
            throw new IllegalArgumentException("Linear: input of shape " + x.shape() + " has "
                    + (x.dim() == 0 ? "no dimensions" : x.size(-1) + " features in its last dimension")
                    + " but the layer expects " + inFeatures + "; pass inputs of shape (..., " + inFeatures + ")");
        }
        Tensor y = x.matmul(weight.t());
        return bias == null ? y : y.add(bias);
    }

    /**
     * W, shape (outFeatures, inFeatures).
     *
     * @return the weight parameter
     */
    public Tensor weight() {
        return weight;
    }

    /**
     * b, shape (outFeatures), or null for a layer without bias.
     *
     * @return the bias parameter, or null
     */
    public Tensor bias() {
        return bias;
    }

    /**
     * The input size.
     *
     * @return the number of input features
     */
    public int inFeatures() {
        return inFeatures;
    }

    /**
     * The output size.
     *
     * @return the number of output features
     */
    public int outFeatures() {
        return outFeatures;
    }

    @Override
    protected String describe() {
        return "Linear(inFeatures=" + inFeatures + ", outFeatures=" + outFeatures + ", bias=" + (bias != null) + ")";
    }
}
