package io.github.tapegrad.nn;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Tensor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A layer or a model, as {@code torch.nn.Module}: {@link #forward(Tensor)}, parameters (leaves that require grad)
 * and child modules registered by name. {@link #namedParameters()} lists a module's own parameters first, then each
 * child's under {@code childName.}, in registration order: the names of PyTorch's {@code state_dict}
 * ({@code 0.weight}, {@code 0.bias}, …), which {@link #save(Path)} and {@link #load(Path)} use.
 */
public abstract class Module {
    private final Map<String, Tensor> params = new LinkedHashMap<>();
    private final Map<String, Module> children = new LinkedHashMap<>();

    /** A module with no parameters and no children yet; subclasses register theirs in their constructors. */
    protected Module() {}

    /**
     * Applies the module to an input.
     *
     * @param input the input
     * @return the output
     */
    public abstract Tensor forward(Tensor input);

    /**
     * Registers a parameter under {@code name} (it becomes a leaf that requires grad).
     *
     * @param name the parameter's name, unique within this module, without dots
     * @param param the tensor to register
     * @return the parameter
     * @throws IllegalArgumentException for a name already used, empty, or containing a dot
     */
    protected final Tensor registerParameter(String name, Tensor param) {
        checkName(name);
        Objects.requireNonNull(param, () -> getClass().getSimpleName() + ": parameter '" + name + "' is null");
        params.put(name, param.requiresGrad(true));
        return param;
    }

    /**
     * Registers a child module under {@code name}.
     *
     * @param <M> the child's type
     * @param name the child's name, unique within this module, without dots
     * @param child the module to register
     * @return the child
     * @throws IllegalArgumentException for a name already used, empty, or containing a dot
     */
    protected final <M extends Module> M registerModule(String name, M child) {
        checkName(name);
        children.put(name, Objects.requireNonNull(child, () -> getClass().getSimpleName() + ": child module '" + name + "' is null"));
        return child;
    }

    private void checkName(String name) {
        Objects.requireNonNull(name, () -> getClass().getSimpleName() + ": name is null");
        if (name.isEmpty() || name.contains(".") || params.containsKey(name) || children.containsKey(name)) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": cannot register '" + name + "': names must be non-empty, "
                    + "without '.', and unique within a module (it has " + names() + "); choose another name");
        }
    }

    private List<String> names() {
        List<String> n = new ArrayList<>(params.keySet());
        n.addAll(children.keySet());
        return n;
    }

    /**
     * All parameters, this module's own first, then each child's, in registration order; a parameter shared by two
     * modules is listed once, as PyTorch's {@code parameters()}.
     *
     * @return the parameters, an unmodifiable list
     */
    public final List<Tensor> parameters() {
        return List.copyOf(namedParameters().values());
    }

    /**
     * All parameters by their {@code state_dict} names ({@code weight}, {@code 0.bias}, …), in {@link #parameters()}
     * order; a parameter shared by two modules is listed once, under its first name, as PyTorch's
     * {@code named_parameters()}.
     *
     * @return the parameters by name, an unmodifiable map in {@link #parameters()} order
     */
    public final Map<String, Tensor> namedParameters() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        Set<Tensor> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        stateDict().forEach((name, p) -> {
            if (seen.add(p)) out.put(name, p);
        });
        return Collections.unmodifiableMap(out);
    }

    /** Every parameter under every name it has, shared ones under each (PyTorch's {@code state_dict}). */
    private Map<String, Tensor> stateDict() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        collect("", out);
        return out;
    }

    private void collect(String prefix, Map<String, Tensor> out) {
        params.forEach((n, p) -> out.put(prefix + n, p));
        children.forEach((n, c) -> c.collect(prefix + n + ".", out));
    }

    /**
     * The direct children by name, in registration order.
     *
     * @return the children by name, unmodifiable
     */
    public final Map<String, Module> children() {
        return Collections.unmodifiableMap(children);
    }

    /**
     * Calls {@code fn} on every child (recursively, depth first) and then on this module, as PyTorch's {@code apply}.
     *
     * @param fn the function to call on each module
     * @return this module
     */
    public final Module apply(Consumer<Module> fn) {
        for (Module c : children.values()) c.apply(fn);
        fn.accept(this);
        return this;
    }

    /**
     * The total number of parameter elements.
     *
     * @return the number of elements of all parameters
     */
    public final long numParameters() {
        long n = 0;
        for (Tensor p : parameters()) n += p.size();
        return n;
    }

    /** Clears the gradient of every parameter (to null). */
    public final void zeroGrad() {
        for (Tensor p : parameters()) p.zeroGrad();
    }

    /**
     * Writes the parameters to an {@code .npz} file (NumPy's {@code savez} format: one {@code <f8} array per
     * {@code state_dict} name, a shared parameter under each of its names), readable with {@code numpy.load}.
     *
     * @param file the file to write (created or replaced)
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public final void save(Path file) {
        Npz.write(file, stateDict());
    }

    /**
     * Reads an {@code .npz} file and copies its arrays into the parameters of the same names, in place (versions bumped),
     * after checking that the names and shapes match exactly.
     *
     * @param file the file to read
     * @throws IllegalArgumentException naming a missing or unexpected entry, or a parameter whose shape differs
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public final void load(Path file) {
        Map<String, Tensor> saved = Npz.read(file);
        Map<String, Tensor> own = stateDict();
        StateDicts.check(getClass().getSimpleName(), String.valueOf(file.getFileName()), own, saved);
        try (var g = Autograd.noGrad()) {
            own.forEach((name, p) -> p.copyInPlace(saved.get(name)));
        }
    }

    /**
     * The one-line description of this module, e.g. {@code Linear(inFeatures=4, outFeatures=3, bias=true)}.
     *
     * @return the description
     */
    protected String describe() {
        return getClass().getSimpleName() + "()";
    }

    /** PyTorch-like: the description, then each child indented on its own line as {@code (name): child}. */
    @Override
    public String toString() {
        if (children.isEmpty()) return describe();
        StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append("(\n");
        children.forEach((n, c) -> sb.append("  (").append(n).append("): ")
                .append(c.toString().replace("\n", "\n  ")).append('\n'));
        return sb.append(')').toString();
    }
}
