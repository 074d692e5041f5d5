package io.github.tapegrad;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Reverse-mode differentiation: {@link #grad} (gradients returned, {@code grad()} untouched), the one
 * backward loop that {@link Tensor#backward()} also uses, no-grad and anomaly modes (both per thread),
 * and {@link #jacobian}/{@link #hessian} for small inputs.
 */
public final class Autograd {
    private Autograd() {}

    /** A scope that restores the previous mode when closed; use with try-with-resources. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Turns recording off on this thread until the returned scope is closed:
     * {@code try (var g = Autograd.noGrad()) {…}}.
     *
     * @return the scope; closing it restores the previous mode
     */
    public static Scope noGrad() {
        return setGradEnabled(false);
    }

    /**
     * Turns recording on on this thread until the returned scope is closed (inside a {@link #noGrad()} block).
     *
     * @return the scope; closing it restores the previous mode
     */
    public static Scope enableGrad() {
        return setGradEnabled(true);
    }

    private static Scope setGradEnabled(boolean on) {
        GradMode m = GradMode.current();
        boolean before = m.enabled;
        m.enabled = on;
        return before ? m.restoreEnabled : m.restoreDisabled;
    }

    /**
     * Whether ops record on this thread.
     *
     * @return true when ops record
     */
    public static boolean isGradEnabled() {
        return GradMode.current().enabled;
    }

    /**
     * Turns anomaly mode on for this thread until the scope is closed: ops remember where they were created,
     * and the first NaN or infinity produced by a backward raises an {@link ArithmeticException} naming the op,
     * with the creation stack as its cause. Off by default; free when off.
     *
     * @return the scope; closing it restores the previous mode
     */
    public static Scope detectAnomaly() {
        GradMode m = GradMode.current();
        boolean before = m.anomaly;
        m.anomaly = true;
        return () -> m.anomaly = before;
    }

    /**
     * Whether anomaly mode is on for this thread.
     *
     * @return true when anomaly mode is on
     */
    public static boolean isAnomalyEnabled() {
        return GradMode.current().anomaly;
    }

    /**
     * Options of {@link #grad(Tensor[], Tensor[], Options)}, as in {@code torch.autograd.grad}.
     *
     * @param seeds the upstream gradients of the outputs (null entries, or null, for a scalar's implied 1)
     * @param retainGraph whether to keep the graph for another backward
     * @param createGraph whether to record the gradient computation (implies retainGraph)
     * @param allowUnused whether an input the outputs do not depend on gets null instead of an error
     */
    public record Options(Tensor[] seeds, boolean retainGraph, boolean createGraph, boolean allowUnused) {
        /**
         * No seeds (outputs must be scalars), graph released, no graph of the gradient, unused inputs an error.
         *
         * @return the default options
         */
        public static Options defaults() {
            return new Options(null, false, false, false);
        }

        /**
         * These options with the given seeds, one per output (the upstream gradients).
         *
         * @param s the seeds, one per output, each of its output's shape
         * @return a copy of these options with the seeds replaced
         */
        public Options withSeeds(Tensor... s) {
            return new Options(s, retainGraph, createGraph, allowUnused);
        }

        /**
         * These options with the graph kept for another backward.
         *
         * @param on true to keep the graph
         * @return a copy of these options with retainGraph replaced
         */
        public Options withRetainGraph(boolean on) {
            return new Options(seeds, on, createGraph, allowUnused);
        }

        /**
         * These options recording the gradient computation, so it can be differentiated again (implies retainGraph).
         *
         * @param on true to record the gradient computation
         * @return a copy of these options with createGraph (and, when on, retainGraph) replaced
         */
        public Options withCreateGraph(boolean on) {
            return new Options(seeds, retainGraph || on, on, allowUnused);
        }

        /**
         * These options returning null for an input the outputs do not depend on, instead of failing.
         *
         * @param on true to allow unused inputs
         * @return a copy of these options with allowUnused replaced
         */
        public Options withAllowUnused(boolean on) {
            return new Options(seeds, retainGraph, createGraph, on);
        }
    }

    /**
     * ∂output/∂input: d output / d input for a scalar output, releasing the graph.
     *
     * @param output the scalar to differentiate
     * @param input a tensor that requires grad
     * @return the gradient, of the input's shape
     */
    public static Tensor grad(Tensor output, Tensor input) {
        return grad(new Tensor[] {output}, new Tensor[] {input}, Options.defaults())[0];
    }

    /**
     * ∂output/∂inputᵢ: d output / d inputs for a scalar output, with options.
     *
     * @param output the scalar to differentiate (or any output, given a seed in the options)
     * @param inputs tensors that require grad
     * @param options the seeds, retainGraph, createGraph and allowUnused
     * @return the gradients, one per input, each of its input's shape (null for an unused input with allowUnused)
     */
    public static Tensor[] grad(Tensor output, Tensor[] inputs, Options options) {
        return grad(new Tensor[] {output}, inputs, options);
    }

    /**
     * gᵢ = Σₖ seedₖ·∂outputₖ/∂inputᵢ:
     * the gradients of the outputs (weighted by their seeds) with respect to the inputs, as
     * {@code torch.autograd.grad}: the {@code grad()} of leaves is not touched.
     *
     * @param outputs the tensors to differentiate
     * @param inputs tensors that require grad
     * @param options the seeds (one per output; null for scalar outputs), retainGraph, createGraph and allowUnused
     * @return the gradients, one per input, each of its input's shape (null for an unused input with allowUnused)
     * @throws IllegalArgumentException for an input the outputs do not depend on (unless allowUnused), or an input
     *                                  that does not require grad
     */
    public static Tensor[] grad(Tensor[] outputs, Tensor[] inputs, Options options) {
        Objects.requireNonNull(outputs, "grad: outputs is null");
        Objects.requireNonNull(inputs, "grad: inputs is null");
        Objects.requireNonNull(options, "grad: options is null");
        for (int i = 0; i < inputs.length; i++) {
            Objects.requireNonNull(inputs[i], "grad: input " + i + " is null");
            if (!inputs[i].requiresGrad()) {
                throw new IllegalArgumentException("grad: input " + i + " of shape " + inputs[i].shape()
                        + " does not require grad; call requiresGrad(true) on it before computing the outputs");
            }
        }
        Map<Tensor, Tensor> wanted = new IdentityHashMap<>();
        for (Tensor t : inputs) wanted.put(t, null);
        run(outputs, options.seeds(), options.retainGraph(), options.createGraph(), wanted);
        Tensor[] result = new Tensor[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            result[i] = wanted.get(inputs[i]);
            if (result[i] == null && !options.allowUnused()) {
                throw new IllegalArgumentException("grad: input " + i + " of shape " + inputs[i].shape()
                        + " was not used to compute the outputs; pass Options.withAllowUnused(true) to get null for it");
            }
        }
        return result;
    }

    /**
     * The backward loop. With {@code wanted == null} gradients accumulate into the {@code grad()} of leaves that
     * require grad (and of non-leaves that retain grad); otherwise only the gradients of the wanted tensors are
     * computed and stored in the map.
     */
    static void run(Tensor[] outputs, Tensor[] seeds, boolean retainGraph, boolean createGraph, Map<Tensor, Tensor> wanted) {
        for (int i = 0; i < outputs.length; i++) checkRoot(Objects.requireNonNull(outputs[i], "backward: output " + i + " is null"));
        try (Tape.Walk walk = wanted == null ? Tape.Walk.empty() : Tape.walk(outputs, true)) {
            loop(walk, outputs, seeds, retainGraph, createGraph, wanted);
        }
    }

    private static void loop(Tape.Walk walk, Tensor[] outputs, Tensor[] seeds, boolean retainGraph, boolean createGraph,
                             Map<Tensor, Tensor> wanted) {
        boolean[] needed = wanted == null ? null : neededNodes(walk, wanted);
        Pass pass = new Pass(walk, new Sums(walk.nodes() == null ? 16 : walk.nodes().length, !createGraph), needed,
                GradMode.current().anomaly, retainGraph, createGraph, wanted);
        for (int i = 0; i < outputs.length; i++) {
            Tensor seed = seeds == null || seeds[i] == null ? implicitSeed(outputs[i]) : checkSeed(outputs[i], seeds[i]);
            pass.grads.add(pass.reach(outputs[i]), seed, false);
        }
        try (Scope s = createGraph ? enableGrad() : noGrad()) {
            while (pass.size > 0) pass.visit(Pass.CHUNK);
        }
    }

    /**
     * One backward pass: the nodes reached so far, in a max-heap on their sequence number (an op's output is numbered
     * after its inputs, see {@code Tensor.record}), so each node is visited once, after every op that used it has added
     * its share of the node's gradient. This is PyTorch's order (newest node first), found without a separate walk.
     * Each node reached gets a slot for its gradient sum; with {@code wanted} the slots are those of a full walk, made
     * first to find the nodes that lead to a wanted tensor ({@code needed}).
     *
     * <p>Nodes are visited CHUNK at a time by a method of its own, so the JIT compiles the visits by invocation count
     * within the first few thousand nodes, instead of leaving one long loop to the interpreter until on-stack
     * replacement (60,000 iterations: the first two backwards of a 30,000-node graph).
     */
    private static final class Pass {
        static final int CHUNK = 16;

        final Tape.Walk walk;
        final Sums grads;
        final boolean[] needed;
        final boolean anomaly;
        final boolean retainGraph;
        final boolean createGraph;
        final Map<Tensor, Tensor> wanted;
        /** The heap of reached, unvisited nodes and their sequence numbers. */
        private Tensor[] heap = new Tensor[16];
        private long[] keys = new long[16];
        int size;
        /** Slots given so far (without a full walk); with one, which of its slots have been reached. */
        private int slots;
        private final boolean[] reached;

        Pass(Tape.Walk walk, Sums grads, boolean[] needed, boolean anomaly, boolean retainGraph, boolean createGraph,
             Map<Tensor, Tensor> wanted) {
            this.walk = walk;
            this.grads = grads;
            this.needed = needed;
            this.anomaly = anomaly;
            this.retainGraph = retainGraph;
            this.createGraph = createGraph;
            this.wanted = wanted;
            this.reached = walk.nodes() == null ? null : new boolean[walk.nodes().length];
        }

        /** The slot of {@code t}'s gradient sum; the first time, {@code t} joins the heap. */
        int reach(Tensor t) {
            int k = walk.indexOf(t);
            if (reached == null) {
                if (k != IdentityIndex.ABSENT) return k;
                k = slots++;
                walk.number(t, k);
                grads.ensure(slots);
            } else {
                if (reached[k]) return k;
                reached[k] = true;
            }
            push(t);
            return k;
        }

        private void push(Tensor t) {
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, 2 * size);
                keys = Arrays.copyOf(keys, 2 * size);
            }
            long key = t.seq();
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (keys[parent] >= key) break;
                heap[i] = heap[parent];
                keys[i] = keys[parent];
                i = parent;
            }
            heap[i] = t;
            keys[i] = key;
        }

        private Tensor pop() {
            Tensor top = heap[0];
            Tensor t = heap[--size];
            long key = keys[size];
            heap[size] = null;
            int i = 0;
            for (int c = 1; c < size; c = 2 * i + 1) {
                if (c + 1 < size && keys[c + 1] > keys[c]) c++;
                if (key >= keys[c]) break;
                heap[i] = heap[c];
                keys[i] = keys[c];
                i = c;
            }
            if (size > 0) {
                heap[i] = t;
                keys[i] = key;
            }
            return top;
        }

        /** Visits up to {@code max} nodes, newest first. */
        void visit(int max) {
            for (int i = 0; i < max && size > 0; i++) visit(pop());
        }

        private void visit(Tensor node) {
            int k = walk.indexOf(node);
            boolean owned = grads.owned(k);
            Tensor g = grads.take(k);
            if (g == null) return;
            Tensor before = g;
            g = node.runHooks(g);
            if (wanted != null && wanted.containsKey(node)) {
                wanted.merge(node, g, Tensor::add);
            } else if (wanted == null && (node.isLeaf() || node.retainsGrad())) {
                node.accumulateGrad(g, createGraph, owned && g == before && !node.hasHooks());
            }
            if (node.isLeaf()) return;
            propagate(node, g);
            if (!retainGraph) node.release();
        }

        private void propagate(Tensor node, Tensor g) {
            Tensor[] in = node.inputsForBackward();
            for (int i = 0; i < in.length; i++) {
                Tensor x = in[i];
                if (!x.requiresGrad()) continue;
                if (needed != null && !needed[walk.indexOf(x)]) continue;
                Tensor gi = node.op().vjp(i, g, in, node);
                if (gi == null) continue;
                if (!gi.shape().equals(x.shape())) {
                    throw new IllegalStateException(node.op().name() + ": backward returned a gradient of shape " + gi.shape()
                            + " for input " + i + " of shape " + x.shape() + "; a VJP must return its input's shape");
                }
                if (anomaly) Anomaly.check(node, i, gi);
                grads.add(reach(x), gi, fresh(node, g, gi));
            }
        }
    }

    /**
     * The gradient of each slot, summed over its uses. When nothing records the backward, a sum the loop owns
     * (one it created, or a VJP's fresh result: see {@link #fresh}) takes later terms in place (the same additions in
     * the same order as {@code Tensor::add}, without a new tensor per term), and a leaf may keep it as its grad without
     * a copy.
     */
    private static final class Sums {
        private Tensor[] sums;
        private boolean[] owned;
        private final boolean inPlace;

        Sums(int n, boolean inPlace) {
            this.sums = new Tensor[n];
            this.owned = new boolean[n];
            this.inPlace = inPlace;
        }

        /** Room for {@code n} slots. */
        void ensure(int n) {
            if (n <= sums.length) return;
            int c = Math.max(n, 2 * sums.length);
            sums = Arrays.copyOf(sums, c);
            owned = Arrays.copyOf(owned, c);
        }

        void add(int k, Tensor g, boolean fresh) {
            Tensor s = sums[k];
            if (s == null) {
                sums[k] = g;
                owned[k] = inPlace && fresh;
            } else if (owned[k]) {
                s.accumulateRaw(g);
            } else {
                sums[k] = s.add(g);
                owned[k] = inPlace;
            }
        }

        boolean owned(int k) {
            return owned[k];
        }

        Tensor take(int k) {
            Tensor s = sums[k];
            sums[k] = null;
            return s;
        }
    }

    /**
     * Whether {@code gi}, a VJP's result, is a tensor just computed that nobody else holds: a built-in primitive's result
     * that is neither the upstream gradient, nor a view, nor one of the node's own tensors.
     */
    private static boolean fresh(Tensor node, Tensor g, Tensor gi) {
        if (!(node.op() instanceof Primitives.Builtin) || gi == g || gi == node || gi.isView()) return false;
        for (Tensor x : node.inputsOrNull()) if (gi == x) return false;
        return true;
    }

    /** Nodes from which a wanted tensor can be reached: the only ones worth propagating to. */
    private static boolean[] neededNodes(Tape.Walk walk, Map<Tensor, Tensor> wanted) {
        Tensor[] nodes = walk.nodes();
        boolean[] needed = new boolean[nodes.length];
        for (int k = 0; k < nodes.length; k++) {
            Tensor t = nodes[k];
            boolean n = wanted.containsKey(t);
            Tensor[] in = t.inputsOrNull();
            for (int i = 0; !n && in != null && i < in.length; i++) {
                int j = walk.indexOf(in[i]);
                n = j >= 0 && needed[j];
            }
            needed[k] = n;
        }
        return needed;
    }

    private static void checkRoot(Tensor out) {
        if (!out.requiresGrad()) {
            throw new IllegalStateException("backward: the output of shape " + out.shape()
                    + " does not require grad (no input of it requires grad, or it was computed under noGrad); "
                    + "call requiresGrad(true) on the parameters before computing it");
        }
    }

    private static Tensor implicitSeed(Tensor out) {
        if (out.size() != 1) {
            throw new IllegalArgumentException("backward: a seed can be implied only for a scalar output, but the output has shape "
                    + out.shape() + "; pass a seed of that shape, e.g. backward(Tensor.onesLike(output))");
        }
        return Tensor.onesLike(out);
    }

    private static Tensor checkSeed(Tensor out, Tensor seed) {
        if (!seed.shape().equals(out.shape())) {
            throw new IllegalArgumentException("backward: the seed has shape " + seed.shape() + " but the output has shape "
                    + out.shape() + "; pass a seed of the output's shape");
        }
        return seed;
    }

    /**
     * J = ∂f(x)/∂x.
     * The Jacobian of {@code f} at {@code x}: shape {@code f(x).shape() + x.shape()}, one backward per output element.
     *
     * @param f the function, pure in x
     * @param x the point
     * @return the Jacobian, of shape {@code f(x).shape() + x.shape()}
     */
    public static Tensor jacobian(UnaryOperator<Tensor> f, Tensor x) {
        return jacobian(f, x, false);
    }

    /**
     * J = ∂f(x)/∂x. The Jacobian, recorded when {@code createGraph} so it can be differentiated again.
     *
     * @param f the function, pure in x
     * @param x the point
     * @param createGraph true to record the computation
     * @return the Jacobian, of shape {@code f(x).shape() + x.shape()}
     */
    public static Tensor jacobian(UnaryOperator<Tensor> f, Tensor x, boolean createGraph) {
        Objects.requireNonNull(f, "jacobian: f is null");
        Objects.requireNonNull(x, "jacobian: x is null");
        Tensor in = x.detach().requiresGrad(true);
        Tensor y;
        try (Scope s = enableGrad()) {
            y = f.apply(in);
        }
        return jacobianOf(y, in, createGraph);
    }

    private static Tensor jacobianOf(Tensor y, Tensor in, boolean createGraph) {
        List<Tensor> rows = new ArrayList<>(y.size());
        Tensor flat = y.reshape(-1);
        for (int i = 0; i < y.size(); i++) {
            Tensor gi;
            if (!flat.requiresGrad()) {
                gi = Tensor.zerosLike(in);
            } else {
                Options o = Options.defaults().withSeeds(oneHotSeed(y.size(), i)).withRetainGraph(true)
                        .withCreateGraph(createGraph).withAllowUnused(true);
                gi = grad(new Tensor[] {flat}, new Tensor[] {in}, o)[0];
                if (gi == null) gi = Tensor.zerosLike(in);
            }
            rows.add(gi.reshape(-1));
        }
        int[] shape = concatDims(y.shape().toArray(), in.shape().toArray());
        return (rows.isEmpty() ? Tensor.zeros(shape) : Tensor.stack(rows, 0).reshape(shape));
    }

    private static Tensor oneHotSeed(int n, int i) {
        double[] d = new double[n];
        d[i] = 1;
        return Tensor.of(d, n);
    }

    private static int[] concatDims(int[] a, int[] b) {
        int[] r = new int[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /**
     * H = ∂²f(x)/∂x². The Hessian of a scalar function {@code f} at {@code x}: shape {@code x.shape() + x.shape()}.
     *
     * @param f the scalar function, pure in x
     * @param x the point
     * @return the Hessian, of shape {@code x.shape() + x.shape()}
     */
    public static Tensor hessian(UnaryOperator<Tensor> f, Tensor x) {
        Objects.requireNonNull(f, "hessian: f is null");
        Objects.requireNonNull(x, "hessian: x is null");
        return jacobian(z -> {
            Tensor y = f.apply(z);
            if (y.size() != 1) {
                throw new IllegalArgumentException("hessian: f must return a single element, but returned shape "
                        + y.shape() + "; reduce it, e.g. with sum()");
            }
            if (!y.requiresGrad()) return Tensor.zerosLike(z);
            Tensor g = grad(new Tensor[] {y}, new Tensor[] {z}, Options.defaults().withCreateGraph(true).withAllowUnused(true))[0];
            return g == null ? Tensor.zerosLike(z) : g;
        }, x);
    }

    /**
     * H·v = ∂(∇f(x)·v)/∂x. The Hessian-vector product H·v of a scalar function {@code f} at {@code x}, by double
     * backward; zeros when f does not depend on x (as {@code torch.autograd.functional.hvp}).
     *
     * @param f the scalar function, pure in x
     * @param x the point
     * @param v the vector, of x's shape
     * @return H·v, of x's shape
     * @throws IllegalArgumentException when v's shape is not x's, or f returns more than one element
     */
    public static Tensor hvp(UnaryOperator<Tensor> f, Tensor x, Tensor v) {
        Objects.requireNonNull(f, "hvp: f is null");
        Objects.requireNonNull(x, "hvp: x is null");
        Objects.requireNonNull(v, "hvp: v is null");
        if (!v.shape().equals(x.shape())) {
            throw new IllegalArgumentException("hvp: v has shape " + v.shape() + " but x has shape " + x.shape()
                    + "; give v the shape of x");
        }
        Tensor in = x.detach().requiresGrad(true);
        try (Scope s = enableGrad()) {
            Tensor y = f.apply(in);
            if (y.size() != 1) {
                throw new IllegalArgumentException("hvp: f must return a single element, but returned shape "
                        + y.shape() + "; reduce it, e.g. with sum()");
            }
            if (!y.requiresGrad()) return Tensor.zerosLike(x);
            Options first = Options.defaults().withCreateGraph(true).withAllowUnused(true);
            Tensor g = grad(new Tensor[] {y}, new Tensor[] {in}, first)[0];
            if (g == null) return Tensor.zerosLike(x);
            Tensor gv = g.mul(v).sum();
            if (!gv.requiresGrad()) return Tensor.zerosLike(x);
            Tensor hv = grad(new Tensor[] {gv}, new Tensor[] {in}, Options.defaults().withAllowUnused(true))[0];
            return hv == null ? Tensor.zerosLike(x) : hv;
        }
    }
}
