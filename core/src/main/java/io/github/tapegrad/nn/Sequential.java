package io.github.tapegrad.nn;

import io.github.tapegrad.Tensor;
import java.util.List;
import java.util.Objects;

/**
 * Modules applied in order, as {@code torch.nn.Sequential}: forward(x) = mₙ(…m₂(m₁(x))). The children are named
 * {@code 0}, {@code 1}, …, so parameters are named {@code 0.weight}, {@code 0.bias}, {@code 2.weight}, … as in PyTorch.
 */
public final class Sequential extends Module {
    private final List<Module> layers;

    /**
     * The modules in order.
     *
     * @throws NullPointerException when a module is null
     */
    public Sequential(Module... layers) {
        this(List.of(Objects.requireNonNull(layers, "Sequential: modules are null")));
    }

    /** The modules of a list, in order. */
    public Sequential(List<? extends Module> layers) {
        this.layers = List.copyOf(layers);
        for (int i = 0; i < this.layers.size(); i++) registerModule(Integer.toString(i), this.layers.get(i));
    }

    /** Applies each module to the previous one's output (the input itself for no modules). */
    @Override
    public Tensor forward(Tensor x) {
        Tensor y = x;
        for (Module m : layers) y = m.forward(y);
        return y;
    }

    /** The module at {@code index}. */
    public Module get(int index) {
        return layers.get(index);
    }

    /** The number of modules. */
    public int size() {
        return layers.size();
    }

    /** The modules, in order. */
    public List<Module> layers() {
        return layers;
    }
}
