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
     * @param layers the modules
     * @throws NullPointerException when a module is null
     */
    public Sequential(Module... layers) {
        this(java.util.Arrays.asList(Objects.requireNonNull(layers, "Sequential: layers is null")));
    }

    /**
     * The modules of a list, in order.
     *
     * @param layers the modules
     */
    public Sequential(List<? extends Module> layers) {
        Objects.requireNonNull(layers, "Sequential: layers is null");
        for (int i = 0; i < layers.size(); i++) Objects.requireNonNull(layers.get(i), "Sequential: module " + i + " is null");
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

    /**
     * The module at {@code index}.
     *
     * @param index the position, from 0
     * @return the module
     */
    public Module get(int index) {
        return layers.get(index);
    }

    /**
     * The number of modules.
     *
     * @return the number of modules
     */
    public int size() {
        return layers.size();
    }

    /**
     * The modules, in order.
     *
     * @return the modules, unmodifiable
     */
    public List<Module> layers() {
        return layers;
    }
}
