package io.github.tapegrad;

import io.github.tapegrad.kernel.Buffers;
import io.github.tapegrad.kernel.Elementwise;
import io.github.tapegrad.kernel.Elementwise.Comparison;
import io.github.tapegrad.kernel.Reduce;
import io.github.tapegrad.kernel.Strided;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * An n-dimensional array of doubles (row-major, contiguous) that records the ops applied to it, so that
 * {@link #backward()} can compute gradients by reverse-mode differentiation.
 *
 * <p>Shape {@code ()} is a scalar, distinct from {@code (1)}. Results of ops are immutable; only leaves
 * change in place (optimizers do so outside recording), and a version counter turns a saved value changed
 * before backward into an error. Tensors are compared by identity. Method names follow PyTorch.
 */
public final class Tensor {
    private final double[] data;
    private final Shape shape;
    /** The tensor whose buffer this one shares (a view, e.g. a reshape), or null when it owns its data. */
    private final Tensor base;
    private int version;

    private boolean requiresGrad;
    private Op op;
    private Tensor[] inputs;
    private int[] inputVersions;
    /** The version of this output when its op recorded it: 0 for a built-in primitive's new tensor. */
    private int outputVersion;
    private boolean released;
    private RuntimeException creation;

    private Tensor grad;
    private boolean retainsGrad;
    private List<UnaryOperator<Tensor>> hooks;
    private String label;

    /** Numbers recorded ops in creation order, each after its inputs (0 for leaves): backward visits newest first. */
    private long seq;
    /** The backward walk that holds this tensor, and the tensor's index in it (see {@code WalkClaims}). */
    private volatile long walkId;
    private int walkIndex;
    private static final AtomicLongFieldUpdater<Tensor> WALK_ID = AtomicLongFieldUpdater.newUpdater(Tensor.class, "walkId");

    Tensor(double[] data, Shape shape) {
        this(data, shape, null);
    }

    static {
        Buffers.grant(new Buffers.Access() {
            @Override
            public double[] data(Tensor t) {
                return t.data;
            }

            @Override
            public void bumpVersion(Tensor t) {
                t.bump();
            }
        });
    }

    private Tensor(double[] data, Shape shape, Tensor base) {
        this.data = data;
        this.shape = shape;
        this.base = base == null ? null : (base.base != null ? base.base : base);
    }

    /** Returns {@code value}, or throws a NullPointerException naming the op and the argument. */
    private static <T> T nonNull(T value, String op, String what) {
        if (value == null) throw new NullPointerException(op + ": " + what + " must not be null");
        return value;
    }

    /** Checks a list of tensors and each element, naming the first null one. */
    private static void nonNullElements(List<Tensor> tensors, String op) {
        nonNull(tensors, op, "tensors");
        for (int i = 0; i < tensors.size(); i++) nonNull(tensors.get(i), op, "tensor " + i);
    }

    // ---------------------------------------------------------------- factories

    /**
     * A tensor of the given shape holding a copy of {@code data} in row-major order.
     *
     * @param data the values, row-major; copied
     * @param shape the dimensions
     * @return a new leaf tensor
     * @throws IllegalArgumentException when the number of values does not fill the shape
     */
    public static Tensor of(double[] data, int... shape) {
        Objects.requireNonNull(data, "of: data is null");
        Shape s = Shape.of(shape);
        if (data.length != s.size()) {
            throw new IllegalArgumentException("of: " + data.length + " values do not fill shape " + s + " ("
                    + s.size() + " elements); give as many values as the shape holds");
        }
        return new Tensor(data.clone(), s);
    }

    /**
     * A 1-D tensor of the given values.
     *
     * @param values the values; copied
     * @return a new 1-D leaf tensor
     */
    public static Tensor of(double... values) {
        nonNull(values, "of", "values");
        return of(values, values.length);
    }

    /**
     * A 2-D tensor from rows.
     *
     * @param rows the rows, all of one length; copied
     * @return a new leaf tensor of shape (rows, columns)
     * @throws IllegalArgumentException for ragged rows, naming the first row whose length differs
     */
    public static Tensor of(double[][] rows) {
        Objects.requireNonNull(rows, "of: rows is null");
        int m = rows.length == 0 ? 0 : Objects.requireNonNull(rows[0], "of: row 0 is null").length;
        double[] d = new double[rows.length * m];
        for (int i = 0; i < rows.length; i++) {
            Objects.requireNonNull(rows[i], "of: row " + i + " is null");
            if (rows[i].length != m) {
                throw new IllegalArgumentException("of: ragged rows: row " + i + " has " + rows[i].length
                        + " values but row 0 has " + m + "; give every row the same length");
            }
            System.arraycopy(rows[i], 0, d, i * m, m);
        }
        return new Tensor(d, Shape.of(rows.length, m));
    }

    /**
     * A scalar (shape {@code ()}).
     *
     * @param value the value
     * @return a new 0-D leaf tensor
     */
    public static Tensor scalar(double value) {
        return new Tensor(new double[] {value}, Shape.SCALAR);
    }

    /**
     * Zeros of the given shape.
     *
     * @param shape the dimensions
     * @return a new leaf tensor
     */
    public static Tensor zeros(int... shape) {
        return new Tensor(new double[Shape.of(shape).size()], Shape.of(shape));
    }

    /**
     * Ones of the given shape.
     *
     * @param shape the dimensions
     * @return a new leaf tensor
     */
    public static Tensor ones(int... shape) {
        return full(1.0, shape);
    }

    /**
     * A tensor of the given shape filled with {@code value}.
     *
     * @param value the value of every element
     * @param shape the dimensions
     * @return a new leaf tensor
     */
    public static Tensor full(double value, int... shape) {
        Shape s = Shape.of(shape);
        return filled(value, s);
    }

    static Tensor filled(double value, Shape s) {
        double[] d = new double[s.size()];
        if (value != 0) Arrays.fill(d, value);
        return new Tensor(d, s);
    }

    /**
     * Zeros shaped like {@code t}.
     *
     * @param t the tensor whose shape to use
     * @return a new leaf tensor
     */
    public static Tensor zerosLike(Tensor t) {
        nonNull(t, "zerosLike", "t");
        return filled(0, t.shape);
    }

    /**
     * Ones shaped like {@code t}.
     *
     * @param t the tensor whose shape to use
     * @return a new leaf tensor
     */
    public static Tensor onesLike(Tensor t) {
        nonNull(t, "onesLike", "t");
        return filled(1, t.shape);
    }

    /**
     * {@code value} shaped like {@code t}.
     *
     * @param t the tensor whose shape to use
     * @param value the value of every element
     * @return a new leaf tensor
     */
    public static Tensor fullLike(Tensor t, double value) {
        nonNull(t, "fullLike", "t");
        return filled(value, t.shape);
    }

    /**
     * 0, 1, …, end − 1.
     *
     * @param end the exclusive end
     * @return a new 1-D leaf tensor
     */
    public static Tensor arange(double end) {
        return arange(0, end, 1);
    }

    /**
     * start, start + 1, … below end.
     *
     * @param start the first value
     * @param end the exclusive end
     * @return a new 1-D leaf tensor
     */
    public static Tensor arange(double start, double end) {
        return arange(start, end, 1);
    }

    /**
     * start, start + step, … up to but excluding end (PyTorch's count: ⌈(end − start)/step⌉).
     *
     * @param start the first value
     * @param end the exclusive end
     * @param step the nonzero increment, with the sign of end − start
     * @return a new 1-D leaf tensor
     * @throws IllegalArgumentException for a non-finite argument, a zero step or a step pointing away from end
     */
    public static Tensor arange(double start, double end, double step) {
        if (!Double.isFinite(start) || !Double.isFinite(end) || !Double.isFinite(step)) {
            throw new IllegalArgumentException("arange: start " + start + ", end " + end + " and step " + step
                    + " must all be finite; give finite values");
        }
        if (step == 0 || (end - start) / step < 0) {
            throw new IllegalArgumentException("arange: step " + step + " cannot go from " + start + " to " + end
                    + "; use a non-zero step with the sign of end - start");
        }
        double count = Math.ceil((end - start) / step);
        if (count > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("arange: " + count + " elements are too many; use a larger step");
        }
        int n = (int) count;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = start + i * step;
        return new Tensor(d, Shape.of(n));
    }

    /**
     * {@code steps} evenly spaced values from start to end inclusive.
     *
     * @param start the first value
     * @param end the last value (when steps &gt; 1)
     * @param steps the number of values, ≥ 0
     * @return a new 1-D leaf tensor of {@code steps} elements
     */
    public static Tensor linspace(double start, double end, int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("linspace: steps is negative (" + steps + "); use steps >= 0");
        }
        Shape s = Shape.of(steps);
        double[] d = new double[steps];
        double step = steps > 1 ? (end - start) / (steps - 1) : 0;
        int half = steps / 2;
        for (int i = 0; i < steps; i++) d[i] = i < half ? start + i * step : end - (steps - 1 - i) * step;
        if (steps == 1) d[0] = start;
        return new Tensor(d, s);
    }

    /**
     * The n × n identity.
     *
     * @param n the number of rows and columns
     * @return a new leaf tensor of shape (n, n)
     */
    public static Tensor eye(int n) {
        return eye(n, n);
    }

    /**
     * The n × m matrix with ones on the diagonal.
     *
     * @param n the number of rows
     * @param m the number of columns
     * @return a new leaf tensor of shape (n, m)
     */
    public static Tensor eye(int n, int m) {
        Shape s = Shape.of(n, m);
        double[] d = new double[s.size()];
        for (int i = 0; i < Math.min(n, m); i++) d[i * m + i] = 1;
        return new Tensor(d, s);
    }

    /**
     * Uniform values in [0, 1) from {@code rng}.
     *
     * @param rng the source of random numbers
     * @param shape the dimensions
     * @return a new leaf tensor
     */
    public static Tensor rand(RandomGenerator rng, int... shape) {
        nonNull(rng, "rand", "rng");
        Shape s = Shape.of(shape);
        double[] d = new double[s.size()];
        for (int i = 0; i < d.length; i++) d[i] = rng.nextDouble();
        return new Tensor(d, s);
    }

    /**
     * Uniform values in [0, 1) from a {@link SplittableRandom} seeded with {@code seed}.
     *
     * @param shape the dimensions
     * @param seed the seed
     * @return a new leaf tensor
     */
    public static Tensor rand(int[] shape, long seed) {
        return rand(new SplittableRandom(seed), shape);
    }

    /**
     * Standard normal values from {@code rng}.
     *
     * @param rng the source of random numbers
     * @param shape the dimensions
     * @return a new leaf tensor
     */
    public static Tensor randn(RandomGenerator rng, int... shape) {
        nonNull(rng, "randn", "rng");
        Shape s = Shape.of(shape);
        double[] d = new double[s.size()];
        for (int i = 0; i < d.length; i++) d[i] = rng.nextGaussian();
        return new Tensor(d, s);
    }

    /**
     * Standard normal values from a {@link SplittableRandom} seeded with {@code seed}.
     *
     * @param shape the dimensions
     * @param seed the seed
     * @return a new leaf tensor
     */
    public static Tensor randn(int[] shape, long seed) {
        return randn(new SplittableRandom(seed), shape);
    }

    /**
     * Integers uniform in [low, high), stored as doubles.
     *
     * @param rng the source of random numbers
     * @param low the smallest value
     * @param high the exclusive upper bound, &gt; low
     * @param shape the dimensions
     * @return a new leaf tensor
     */
    public static Tensor randint(RandomGenerator rng, int low, int high, int... shape) {
        nonNull(rng, "randint", "rng");
        if (high <= low) {
            throw new IllegalArgumentException("randint: empty range [" + low + ", " + high + "); use high > low");
        }
        Shape s = Shape.of(shape);
        double[] d = new double[s.size()];
        for (int i = 0; i < d.length; i++) d[i] = rng.nextInt(low, high);
        return new Tensor(d, s);
    }

    /**
     * Integers uniform in [low, high) from a {@link SplittableRandom} seeded with {@code seed}.
     *
     * @param low the smallest value
     * @param high the exclusive upper bound, &gt; low
     * @param shape the dimensions
     * @param seed the seed
     * @return a new leaf tensor
     */
    public static Tensor randint(int low, int high, int[] shape, long seed) {
        return randint(new SplittableRandom(seed), low, high, shape);
    }

    /**
     * Uniform [0, 1) values shaped like {@code t}.
     *
     * @param t the tensor whose shape to use
     * @param rng the source of random numbers
     * @return a new leaf tensor
     */
    public static Tensor randLike(Tensor t, RandomGenerator rng) {
        return rand(rng, t.shape.dimsUnsafe());
    }

    /**
     * Standard normal values shaped like {@code t}.
     *
     * @param t the tensor whose shape to use
     * @param rng the source of random numbers
     * @return a new leaf tensor
     */
    public static Tensor randnLike(Tensor t, RandomGenerator rng) {
        return randn(rng, t.shape.dimsUnsafe());
    }

    // ---------------------------------------------------------------- accessors

    /**
     * The shape.
     *
     * @return the shape
     */
    public Shape shape() {
        return shape;
    }

    /**
     * Number of dimensions.
     *
     * @return the rank (0 for a scalar)
     */
    public int dim() {
        return shape.rank();
    }

    /**
     * Number of elements.
     *
     * @return the element count
     */
    public int size() {
        return data.length;
    }

    /**
     * Size of one dimension (negative counts from the end).
     *
     * @param axis the dimension, negative counting from the end
     * @return the size of that dimension
     */
    public int size(int axis) {
        if (dim() == 0) {
            throw new IllegalArgumentException("size: a scalar has no dimensions, so no axis " + axis
                    + "; use size() for its element count");
        }
        return shape.get(shape.axis(axis, "size"));
    }

    /**
     * The value of a one-element tensor.
     *
     * @return the value
     * @throws IllegalStateException when the tensor has more or fewer than one element
     */
    public double item() {
        if (data.length != 1) {
            throw new IllegalStateException("item: the tensor of shape " + shape + " has " + data.length
                    + " elements, but item() needs exactly one; use get(...) for one element or reduce first (sum(), mean())");
        }
        return data[0];
    }

    /**
     * The element at the given index (negative indices count from the end).
     *
     * @param index one index per dimension
     * @return the value
     * @throws IndexOutOfBoundsException naming the dimension and its size
     */
    public double get(int... index) {
        if (index.length != shape.rank()) {
            throw new IllegalArgumentException("get: " + index.length + " indices for a tensor of shape " + shape
                    + "; give one index per dimension (" + shape.rank() + ")");
        }
        int flat = 0;
        for (int i = 0; i < index.length; i++) {
            int n = shape.get(i), k = index[i] < 0 ? index[i] + n : index[i];
            if (k < 0 || k >= n) {
                throw new IndexOutOfBoundsException("get: index " + index[i] + " is out of bounds for dimension " + i
                        + " of size " + n + " (shape " + shape + "); use -" + n + ".." + (n - 1));
            }
            flat = flat * n + k;
        }
        return data[flat];
    }

    /**
     * A copy of the values in row-major order.
     *
     * @return a new array
     */
    public double[] toArray() {
        return data.clone();
    }

    /** The live buffer: for kernels and optimizers inside the library only. */
    double[] dataUnsafe() {
        return data;
    }

    /**
     * Whether gradients flow to this tensor.
     *
     * @return true when gradients flow to this tensor
     */
    public boolean requiresGrad() {
        return requiresGrad;
    }

    /**
     * Marks a leaf as a parameter (or not): gradients accumulate into its {@link #grad()}.
     *
     * @param on true to make it a parameter
     * @return this tensor
     * @throws IllegalStateException for a non-leaf
     */
    public Tensor requiresGrad(boolean on) {
        if (op != null) {
            throw new IllegalStateException("requiresGrad: only leaves can change requiresGrad, but this tensor of shape "
                    + shape + " is the output of " + op.name() + "; use detach().requiresGrad(true) for a new leaf");
        }
        requiresGrad = on;
        return this;
    }

    /**
     * True for a tensor not produced by a recorded op (data, parameters, constants).
     *
     * @return true for a leaf
     */
    public boolean isLeaf() {
        return op == null;
    }

    /**
     * The op that produced this tensor (its {@code grad_fn}), or null for a leaf.
     *
     * @return the op, or null
     */
    public Op op() {
        return op;
    }

    /**
     * The inputs of the op that produced this tensor (empty for a leaf, or after the graph was released).
     *
     * @return the inputs, unmodifiable
     */
    public List<Tensor> inputs() {
        return inputs == null ? List.of() : List.of(inputs);
    }

    /**
     * The accumulated gradient, or null.
     *
     * @return the gradient, or null
     */
    public Tensor grad() {
        return grad;
    }

    /** Clears the accumulated gradient (to null, as PyTorch's {@code set_to_none}). */
    public void zeroGrad() {
        grad = null;
    }

    /**
     * Sets the gradient (e.g. for gradient clipping or tests); null clears it.
     *
     * @param g the gradient, of this tensor's shape, or null
     */
    public void setGrad(Tensor g) {
        if (g != null && !g.shape.equals(shape)) {
            throw new IllegalArgumentException("setGrad: gradient shape " + g.shape + " differs from the tensor's shape "
                    + shape + "; give a gradient of the tensor's shape");
        }
        grad = g;
    }

    /**
     * Makes backward store this non-leaf's gradient in {@link #grad()} too.
     *
     * @return this
     */
    public Tensor retainGrad() {
        if (op != null) retainsGrad = true;
        return this;
    }

    /**
     * Whether this non-leaf keeps its gradient.
     *
     * @return true when backward stores this tensor's gradient
     */
    public boolean retainsGrad() {
        return retainsGrad;
    }

    /**
     * A name shown by the tape printer (e.g. {@code w}).
     *
     * @param name the name
     * @return this
     */
    public Tensor label(String name) {
        this.label = name;
        return this;
    }

    /**
     * The name given with {@link #label(String)}, or null.
     *
     * @return the name, or null
     */
    public String label() {
        return label;
    }

    /**
     * The version of this tensor's buffer: bumped by every in-place change.
     *
     * @return the version
     */
    public int version() {
        return base != null ? base.version : version;
    }

    /** A handle that removes a registered hook. */
    public interface HookHandle {
        /** Removes the hook. */
        void remove();
    }

    /**
     * Registers a hook called with this tensor's gradient during backward; a non-null result replaces the gradient.
     *
     * @param hook maps the gradient to a replacement, or to null to keep it
     * @return a handle that removes the hook
     */
    public HookHandle registerHook(UnaryOperator<Tensor> hook) {
        Objects.requireNonNull(hook, "registerHook: hook is null");
        if (!requiresGrad) {
            throw new IllegalStateException("registerHook: this tensor of shape " + shape
                    + " does not require grad, so no gradient will reach the hook; call requiresGrad(true) first");
        }
        if (hooks == null) hooks = new ArrayList<>(2);
        hooks.add(hook);
        return () -> hooks.remove(hook);
    }

    boolean hasHooks() {
        return hooks != null && !hooks.isEmpty();
    }

    boolean isView() {
        return base != null;
    }

    Tensor runHooks(Tensor g) {
        if (hooks == null) return g;
        for (UnaryOperator<Tensor> h : List.copyOf(hooks)) {
            Tensor r = h.apply(g);
            if (r != null) g = r;
        }
        return g;
    }

    // ---------------------------------------------------------------- graph internals

    long walkId() {
        return walkId;
    }

    boolean claimWalk(long expected, long id) {
        return WALK_ID.compareAndSet(this, expected, id);
    }

    /** The creation number of a recorded op's output: greater than its inputs' (see {@link #record}); 0 for leaves. */
    long seq() {
        return seq;
    }

    int walkIndex() {
        return walkIndex;
    }

    void walkIndex(int i) {
        walkIndex = i;
    }

    Tensor[] inputsOrNull() {
        return inputs;
    }

    boolean isReleased() {
        return released;
    }

    RuntimeException creation() {
        return creation;
    }

    Tensor[] inputsForBackward() {
        if (released) {
            throw new IllegalStateException("backward: the graph through " + op.name() + " (output shape " + shape
                    + ") was already freed by an earlier backward; pass retainGraph=true to the first backward "
                    + "(backward(seed, true, false)) to backward through it twice");
        }
        for (int i = 0; i < inputs.length; i++) {
            int now = inputs[i].version();
            int saved = inputVersions == null ? 0 : inputVersions[i];
            if (now != saved) {
                throw new IllegalStateException("backward: input " + i + " of " + op.name() + " (shape "
                        + inputs[i].shape + ") was modified in place after it was saved: it is at version " + now
                        + ", it was saved at version " + saved
                        + "; recompute the forward after changing it, or change a copy (detach().clone())");
            }
        }
        int now = version();
        if (now != outputVersion && op.savesOutput()) {
            throw new IllegalStateException("backward: the output of " + op.name() + " (shape " + shape
                    + ") was modified in place after it was saved: it is at version " + now
                    + ", it was saved at version " + outputVersion + "; recompute the forward after changing it, or change a copy (detach().clone())");
        }
        return inputs;
    }

    void release() {
        inputs = null;
        inputVersions = null;
        released = true;
    }

    /** grad += g; a {@code fresh} g (nobody else holds it) becomes the grad without a copy. */
    void accumulateGrad(Tensor g, boolean keepGraph, boolean fresh) {
        Tensor add = keepGraph || fresh ? g : g.detachedCopy();
        grad = grad == null ? add : (keepGraph ? grad.add(add) : grad.detach().add(add));
    }

    /** this += o elementwise, for a buffer the backward loop owns (no version bump: nobody else holds it). */
    void accumulateRaw(Tensor o) {
        double[] a = data, b = o.data;
        for (int i = 0; i < a.length; i++) a[i] += b[i];
    }

    private Tensor detachedCopy() {
        return new Tensor(data.clone(), shape);
    }

    /** Creates a result tensor from a kernel's output; nothing is recorded. */
    static Tensor result(double[] data, Shape shape) {
        return new Tensor(data, shape);
    }

    /** A result that shares {@code x}'s buffer (a view). */
    static Tensor view(Tensor x, Shape shape) {
        return new Tensor(x.data, shape, x);
    }

    /**
     * Applies an op: computes its forward with recording off, then records it when grad mode is on and an
     * input requires grad. This is how custom ops are used.
     *
     * @param op the op
     * @param inputs its inputs
     * @return the op's output, recorded when an input requires grad
     */
    public static Tensor apply(Op op, Tensor... inputs) {
        Objects.requireNonNull(op, "apply: op is null");
        for (int i = 0; i < inputs.length; i++) Objects.requireNonNull(inputs[i], () -> op.name() + ": input is null");
        Tensor out;
        GradMode m = GradMode.current();
        boolean before = m.enabled;
        m.enabled = false;
        try {
            out = op.forward(inputs);
        } finally {
            m.enabled = before;
        }
        Objects.requireNonNull(out, () -> op.name() + ": forward returned null");
        for (Tensor x : inputs) {
            if (out == x || out.op != null || out.requiresGrad) {
                out = view(out, out.shape);
                break;
            }
        }
        out.outputVersion = out.version();
        return record(op, out, inputs);
    }

    /** Records a primitive's output (its forward already computed, with no recording). */
    static Tensor record(Op op, Tensor out, Tensor... in) {
        GradMode m = GradMode.current();
        if (!m.enabled) return out;
        boolean any = false;
        long seq = m.nextSeq;
        for (Tensor x : in) {
            any |= x.requiresGrad;
            if (x.seq >= seq) seq = x.seq + 1;
        }
        if (!any) return out;
        out.seq = seq;
        m.nextSeq = seq + 1;
        out.op = op;
        out.inputs = in;
        out.requiresGrad = true;
        out.inputVersions = versions(in);
        if (m.anomaly) out.creation = new Anomaly.CreatedHere(op.name());
        return out;
    }

    /** The inputs' versions, or null when all are 0 (most inputs: results of ops are never changed in place). */
    private static int[] versions(Tensor[] in) {
        int[] v = null;
        for (int i = 0; i < in.length; i++) {
            int now = in[i].version();
            if (now != 0 && v == null) v = new int[in.length];
            if (v != null) v[i] = now;
        }
        return v;
    }

    /**
     * out = a, with no gradient: a tensor sharing this one's values, cut from the graph (a leaf that does not require
     * grad).
     *
     * @return a view of the values, without history
     */
    public Tensor detach() {
        return view(this, shape);
    }

    /**
     * out = a: the same values in a new buffer, recorded, so the gradient passes through unchanged (PyTorch's
     * {@code clone()}). {@code detach().clone()} is a leaf that can be changed in place without touching this tensor.
     *
     * @return a new tensor of this shape, in a buffer of its own
     */
    @Override
    public Tensor clone() {
        return mul(1.0);
    }

    // ---------------------------------------------------------------- autograd entry points

    /** Backpropagates from this scalar, accumulating into the {@code grad()} of leaves; frees the graph. */
    public void backward() {
        Autograd.run(new Tensor[] {this}, null, false, false, null);
    }

    /**
     * Backpropagates with an upstream gradient of this tensor's shape; frees the graph.
     *
     * @param seed the upstream gradient ∂L/∂this, of this tensor's shape
     */
    public void backward(Tensor seed) {
        backward(seed, false, false);
    }

    /**
     * Backpropagates with an upstream gradient (null for a scalar's implied 1), keeping the graph when
     * {@code retainGraph}, recording the gradient computation when {@code createGraph}.
     *
     * @param seed the upstream gradient ∂L/∂this, of this tensor's shape, or null for a scalar
     * @param retainGraph true to keep the graph for another backward
     * @param createGraph true to record the gradient computation (implies retainGraph)
     */
    public void backward(Tensor seed, boolean retainGraph, boolean createGraph) {
        Autograd.run(new Tensor[] {this}, seed == null ? null : new Tensor[] {seed}, retainGraph || createGraph, createGraph, null);
    }

    // ---------------------------------------------------------------- in-place updates (leaves only)

    private void checkInPlace(String name) {
        if (op != null) {
            throw new IllegalStateException(name + ": in-place updates apply to leaves only, but this tensor of shape " + shape
                    + " is the output of " + op.name() + "; update a leaf, or compute a new tensor instead");
        }
        if (requiresGrad && GradMode.current().enabled) {
            throw new IllegalStateException(name + ": this leaf of shape " + shape + " requires grad and recording is on; "
                    + "update it inside try (var g = Autograd.noGrad()) { ... }");
        }
    }

    private void bump() {
        if (base != null) base.version++;
        else version++;
    }

    private void checkSameShape(Tensor other, String name) {
        if (!other.shape.equals(shape)) {
            throw new IllegalArgumentException(name + ": shape " + other.shape + " differs from this tensor's shape " + shape
                    + "; in-place updates need equal shapes (broadcastTo first)");
        }
    }

    /**
     * this += alpha · other, in place (PyTorch {@code add_(other, alpha=…)}).
     *
     * @param other the tensor to add, of this shape
     * @param alpha its factor
     * @return this
     */
    public Tensor addInPlace(Tensor other, double alpha) {
        nonNull(other, "addInPlace", "other");
        checkInPlace("addInPlace");
        checkSameShape(other, "addInPlace");
        double[] o = other.data;
        for (int i = 0; i < data.length; i++) data[i] += alpha * o[i];
        bump();
        return this;
    }

    /**
     * this += other, in place.
     *
     * @param other the tensor to add, of this shape
     * @return this
     */
    public Tensor addInPlace(Tensor other) {
        return addInPlace(other, 1.0);
    }

    /**
     * this ·= c, in place.
     *
     * @param c the factor
     * @return this
     */
    public Tensor mulInPlace(double c) {
        checkInPlace("mulInPlace");
        for (int i = 0; i < data.length; i++) data[i] *= c;
        bump();
        return this;
    }

    /**
     * this += value · t1 · t2, in place (PyTorch {@code addcmul_}).
     *
     * @param t1 the first factor, of this shape
     * @param t2 the second factor, of this shape
     * @param value the scale
     * @return this
     */
    public Tensor addcmulInPlace(Tensor t1, Tensor t2, double value) {
        nonNull(t1, "addcmulInPlace", "t1");
        nonNull(t2, "addcmulInPlace", "t2");
        checkInPlace("addcmulInPlace");
        checkSameShape(t1, "addcmulInPlace");
        checkSameShape(t2, "addcmulInPlace");
        for (int i = 0; i < data.length; i++) data[i] += value * t1.data[i] * t2.data[i];
        bump();
        return this;
    }

    /**
     * this += value · t1 / t2, in place (PyTorch {@code addcdiv_}).
     *
     * @param t1 the numerator, of this shape
     * @param t2 the denominator, of this shape
     * @param value the scale
     * @return this
     */
    public Tensor addcdivInPlace(Tensor t1, Tensor t2, double value) {
        nonNull(t1, "addcdivInPlace", "t1");
        nonNull(t2, "addcdivInPlace", "t2");
        checkInPlace("addcdivInPlace");
        checkSameShape(t1, "addcdivInPlace");
        checkSameShape(t2, "addcdivInPlace");
        for (int i = 0; i < data.length; i++) data[i] += value * t1.data[i] / t2.data[i];
        bump();
        return this;
    }

    /**
     * this ← src: copies {@code src}'s values into this tensor (PyTorch {@code copy_}).
     *
     * @param src the values, of this shape
     * @return this
     */
    public Tensor copyInPlace(Tensor src) {
        nonNull(src, "copyInPlace", "src");
        checkInPlace("copyInPlace");
        checkSameShape(src, "copyInPlace");
        System.arraycopy(src.data, 0, data, 0, data.length);
        bump();
        return this;
    }

    /**
     * this ← value: sets every element to {@code value} (PyTorch {@code fill_}).
     *
     * @param value the value
     * @return this
     */
    public Tensor fillInPlace(double value) {
        checkInPlace("fillInPlace");
        Arrays.fill(data, value);
        bump();
        return this;
    }

    /**
     * aᵢ ← f(aᵢ): applies {@code f} to every element in place.
     *
     * @param f the function
     * @return this
     */
    public Tensor applyInPlace(DoubleUnaryOperator f) {
        nonNull(f, "applyInPlace", "f");
        checkInPlace("applyInPlace");
        for (int i = 0; i < data.length; i++) data[i] = f.applyAsDouble(data[i]);
        bump();
        return this;
    }

    // ---------------------------------------------------------------- broadcasting

    /**
     * out[i] = a[i with the prepended and size-1 dimensions indexed at 0]:
     * this tensor broadcast to {@code target} (one expand, which may prepend dimensions; a reshape when it only
     * prepends ones).
     *
     * @param target the shape to expand to
     * @return a view of this tensor, of shape {@code target} (this tensor when the shapes are equal)
     * @throws IllegalArgumentException when the shapes do not broadcast
     */
    public Tensor broadcastTo(Shape target) {
        nonNull(target, "broadcastTo", "target");
        if (shape.equals(target)) return this;
        if (!shape.broadcastsTo(target)) {
            Shape.broadcast(shape, target, "broadcastTo");
            throw new IllegalArgumentException("broadcastTo: shape " + shape + " cannot be expanded to " + target
                    + "; a tensor broadcasts only to shapes at least as long, with its sizes equal or 1");
        }
        // Only new leading ones: a view. Otherwise one Expand, which also takes the new leading dimensions.
        if (target.size() == size()) return reshape(target.dimsUnsafe());
        return Primitives.Expand.apply(this, target);
    }

    /**
     * out[i] = a[i with the prepended and size-1 dimensions indexed at 0]: this tensor broadcast to the given
     * dimensions.
     *
     * @param target the dimensions to expand to
     * @return a view of this tensor
     */
    public Tensor broadcastTo(int... target) {
        return broadcastTo(Shape.of(target));
    }

    /**
     * out[i] = a[i with the new and size-1 dimensions indexed at 0]:
     * expands size-1 dimensions (PyTorch {@code expand}); −1 keeps a dimension's size. New leading dimensions are allowed.
     *
     * @param sizes the new sizes, −1 to keep one
     * @return a view of this tensor
     */
    public Tensor expand(int... sizes) {
        int[] t = sizes.clone();
        int off = t.length - dim();
        if (off < 0) {
            throw new IllegalArgumentException("expand: " + t.length + " sizes for a tensor of shape " + shape
                    + "; give at least " + dim() + " sizes");
        }
        for (int i = 0; i < t.length; i++) {
            if (t[i] == -1) {
                if (i < off) {
                    throw new IllegalArgumentException("expand: -1 is not allowed for the new leading dimension " + i
                            + "; give its size");
                }
                t[i] = shape.get(i - off);
            }
        }
        return broadcastTo(Shape.of(t));
    }

    /**
     * out = Σ of a over the dimensions broadcast from {@code target}:
     * sums this tensor down to a shape it broadcasts from (the adjoint of {@link #broadcastTo(Shape)}).
     *
     * @param target the shape to sum down to
     * @return the sum, of shape {@code target} (this tensor when the shapes are equal)
     * @throws IllegalArgumentException when {@code target} does not broadcast to this shape
     */
    public Tensor sumTo(Shape target) {
        nonNull(target, "sumTo", "target");
        if (shape.equals(target)) return this;
        if (!target.broadcastsTo(shape)) {
            throw new IllegalArgumentException("sumTo: shape " + shape + " cannot be summed to " + target
                    + "; the target must broadcast to the tensor's shape");
        }
        int lead = dim() - target.rank();
        boolean[] axes = new boolean[dim()];
        boolean any = false, inner = false;
        for (int i = 0; i < dim(); i++) {
            if (i < lead) {
                axes[i] = any = true;
            } else if (target.get(i - lead) == 1 && shape.get(i) != 1) {
                axes[i] = any = inner = true;
            }
        }
        if (!any) return reshape(target.dimsUnsafe());
        // Summing only new leading axes, or only within the rank, gives the target's shape in one Sum.
        if (!inner) return Primitives.Sum.apply(this, axes, false);
        Tensor s = Primitives.Sum.apply(this, axes, true);
        return lead == 0 ? s : s.reshape(target.dimsUnsafe());
    }

    /**
     * out = Σ of a over the dimensions broadcast from {@code target}: sums down to the given dimensions.
     *
     * @param target the dimensions to sum down to
     * @return the sum
     */
    public Tensor sumTo(int... target) {
        return sumTo(Shape.of(target));
    }

    private Tensor[] broadcastPair(Tensor other, String name) {
        if (other == null) throw new NullPointerException(name + ": the other tensor is null");
        if (shape.equals(other.shape)) return new Tensor[] {this, other};
        Shape s = Shape.broadcast(shape, other.shape, name);
        return new Tensor[] {broadcastTo(s), other.broadcastTo(s)};
    }

    /**
     * Whether a binary op can take both tensors as they are: equal shapes (the common case, checked without the pair
     * array {@link #broadcastPair} makes). Throws for a null {@code other}.
     */
    private boolean sameShape(Tensor other, String name) {
        if (other == null) throw new NullPointerException(name + ": the other tensor is null");
        return other.shape == shape || shape.equals(other.shape);
    }

    private Tensor constant(double c) {
        return filled(c, shape);
    }

    // ---------------------------------------------------------------- arithmetic

    /**
     * a + b, broadcasting.
     *
     * @param other b
     * @return a new tensor of the broadcast shape
     */
    public Tensor add(Tensor other) {
        if (sameShape(other, "add")) return Primitives.ADD.apply(this, other);
        Tensor[] p = broadcastPair(other, "add");
        return Primitives.ADD.apply(p[0], p[1]);
    }

    /**
     * a + c.
     *
     * @param c the constant
     * @return a new tensor of this shape
     */
    public Tensor add(double c) {
        return add(constant(c));
    }

    /**
     * a − b, broadcasting.
     *
     * @param other b
     * @return a new tensor of the broadcast shape
     */
    public Tensor sub(Tensor other) {
        if (sameShape(other, "sub")) return Primitives.SUB.apply(this, other);
        Tensor[] p = broadcastPair(other, "sub");
        return Primitives.SUB.apply(p[0], p[1]);
    }

    /**
     * a − c.
     *
     * @param c the constant
     * @return a new tensor of this shape
     */
    public Tensor sub(double c) {
        return sub(constant(c));
    }

    /**
     * c − a (PyTorch {@code rsub}).
     *
     * @param c the constant
     * @return a new tensor of this shape
     */
    public Tensor rsub(double c) {
        return constant(c).sub(this);
    }

    /**
     * a · b, broadcasting.
     *
     * @param other b
     * @return a new tensor of the broadcast shape
     */
    public Tensor mul(Tensor other) {
        if (sameShape(other, "mul")) return Primitives.MUL.apply(this, other);
        Tensor[] p = broadcastPair(other, "mul");
        return Primitives.MUL.apply(p[0], p[1]);
    }

    /**
     * a · c.
     *
     * @param c the constant
     * @return a new tensor of this shape
     */
    public Tensor mul(double c) {
        return mul(constant(c));
    }

    /**
     * a / b, broadcasting.
     *
     * @param other b
     * @return a new tensor of the broadcast shape
     */
    public Tensor div(Tensor other) {
        if (sameShape(other, "div")) return Primitives.DIV.apply(this, other);
        Tensor[] p = broadcastPair(other, "div");
        return Primitives.DIV.apply(p[0], p[1]);
    }

    /**
     * a / c.
     *
     * @param c the constant
     * @return a new tensor of this shape
     */
    public Tensor div(double c) {
        return div(constant(c));
    }

    /**
     * −a.
     *
     * @return a new tensor of this shape
     */
    public Tensor neg() {
        return Primitives.NEG.apply(this);
    }

    /**
     * aᵖ for a constant exponent.
     *
     * @param p the exponent
     * @return a new tensor of this shape
     */
    public Tensor pow(double p) {
        return Primitives.Pow.apply(this, p);
    }

    /**
     * aᵇ elementwise, broadcasting; d/db = aᵇ · log a (0 where a = 0 and b ≥ 0, as PyTorch).
     *
     * @param exponent b
     * @return a new tensor of the broadcast shape
     */
    public Tensor pow(Tensor exponent) {
        Tensor[] p = broadcastPair(exponent, "pow");
        return Primitives.POW_TENSOR.apply(p[0], p[1]);
    }

    /**
     * a² (as a · a).
     *
     * @return a new tensor of this shape
     */
    public Tensor square() {
        return mul(this);
    }

    /**
     * √a.
     *
     * @return a new tensor of this shape
     */
    public Tensor sqrt() {
        return pow(0.5);
    }

    /**
     * 1/√a.
     *
     * @return a new tensor of this shape
     */
    public Tensor rsqrt() {
        return pow(-0.5);
    }

    /**
     * 1/a.
     *
     * @return a new tensor of this shape
     */
    public Tensor reciprocal() {
        return constant(1).div(this);
    }

    /**
     * eᵃ.
     *
     * @return a new tensor of this shape
     */
    public Tensor exp() {
        return Primitives.EXP.apply(this);
    }

    /**
     * ln a.
     *
     * @return a new tensor of this shape
     */
    public Tensor log() {
        return Primitives.LOG.apply(this);
    }

    /**
     * ln(1 + a), accurate near 0.
     *
     * @return a new tensor of this shape
     */
    public Tensor log1p() {
        return Primitives.LOG1P.apply(this);
    }

    /**
     * eᵃ − 1, accurate near 0.
     *
     * @return a new tensor of this shape
     */
    public Tensor expm1() {
        return Primitives.EXPM1.apply(this);
    }

    /**
     * sin a.
     *
     * @return a new tensor of this shape
     */
    public Tensor sin() {
        return Primitives.SIN.apply(this);
    }

    /**
     * cos a.
     *
     * @return a new tensor of this shape
     */
    public Tensor cos() {
        return Primitives.COS.apply(this);
    }

    /**
     * tanh a.
     *
     * @return a new tensor of this shape
     */
    public Tensor tanh() {
        return Primitives.TANH.apply(this);
    }

    /**
     * σ(a) = 1/(1 + e⁻ᵃ), exact in both tails.
     *
     * @return a new tensor of this shape
     */
    public Tensor sigmoid() {
        return Primitives.SIGMOID.apply(this);
    }

    /**
     * softplus(a) = ln(1 + eᵃ).
     *
     * @return a new tensor of this shape
     */
    public Tensor softplus() {
        return Primitives.SOFTPLUS.apply(this);
    }

    /**
     * softplus(β·a)/β, and a where β·a > threshold (PyTorch's defaults are β = 1, threshold = 20).
     *
     * @param beta β
     * @param threshold the threshold above which β·a is returned as a
     * @return a new tensor of this shape
     */
    public Tensor softplus(double beta, double threshold) {
        Tensor z = mul(beta);
        return where(z.gt(threshold), this, z.softplus().div(beta));
    }

    /**
     * log σ(a) = −softplus(−a).
     *
     * @return a new tensor of this shape
     */
    public Tensor logSigmoid() {
        return neg().softplus().neg();
    }

    /**
     * erf(a), the error function.
     *
     * @return a new tensor of this shape
     */
    public Tensor erf() {
        return Primitives.ERF.apply(this);
    }

    /**
     * |a| = a · sign(a); its gradient at 0 and at NaN is 0, as PyTorch's.
     *
     * @return a new tensor of this shape
     */
    public Tensor abs() {
        return mul(sign());
    }

    /**
     * sign(a) ∈ {−1, 0, 1} (±0 for ±0, 0 for NaN, as PyTorch); a constant: no gradient flows through it.
     *
     * @return a new tensor of this shape
     */
    public Tensor sign() {
        return result(Elementwise.map(data, v -> v != v ? 0 : Math.signum(v)), shape);
    }

    /**
     * max(a, 0); the gradient at 0 is 0.
     *
     * @return a new tensor of this shape
     */
    public Tensor relu() {
        return Primitives.RELU.apply(this);
    }

    /**
     * a for a &gt; 0, slope · a otherwise (default slope 0.01).
     *
     * @param negativeSlope the slope for a ≤ 0
     * @return a new tensor of this shape
     */
    public Tensor leakyRelu(double negativeSlope) {
        return where(gt(0), this, mul(negativeSlope));
    }

    /**
     * a for a &gt; 0, 0.01 · a otherwise: leakyRelu with PyTorch's default slope.
     *
     * @return a new tensor of this shape
     */
    public Tensor leakyRelu() {
        return leakyRelu(0.01);
    }

    /**
     * a for a &gt; 0, α · (eᵃ − 1) otherwise.
     *
     * @param alpha α
     * @return a new tensor of this shape
     */
    public Tensor elu(double alpha) {
        // NOTE: expm1 sees min(a, 0) so that a large positive a cannot make an infinite branch whose zero gradient
        // times e^a would be NaN (the where trap); pinned by TensorOpsTest.eluIsFiniteForLargeInputs.
        return where(gt(0), this, clampMax(0).expm1().mul(alpha));
    }

    /**
     * a for a &gt; 0, eᵃ − 1 otherwise: elu with α = 1.
     *
     * @return a new tensor of this shape
     */
    public Tensor elu() {
        return elu(1.0);
    }

    /**
     * a · Φ(a) = ½ · a · (1 + erf(a/√2)): GELU, exact.
     *
     * @return a new tensor of this shape
     */
    public Tensor gelu() {
        return mul(0.5).mul(mul(Math.sqrt(0.5)).erf().add(1));
    }

    /**
     * ½ · a · (1 + tanh(√(2/π) · (a + 0.044715 · a³))): GELU with PyTorch's tanh approximation.
     *
     * @return a new tensor of this shape
     */
    public Tensor geluTanh() {
        Tensor inner = add(pow(3).mul(0.044715)).mul(Math.sqrt(2 / Math.PI));
        return mul(0.5).mul(inner.tanh().add(1));
    }

    /**
     * min(max(a, lo), hi); the gradient passes on the closed interval [lo, hi]. NaN bounds are ignored.
     *
     * @param lo the lower bound
     * @param hi the upper bound
     * @return a new tensor of this shape
     */
    public Tensor clamp(double lo, double hi) {
        Tensor r = this;
        if (!Double.isNaN(lo)) r = where(r.lt(lo), constant(lo), r);
        if (!Double.isNaN(hi)) r = where(r.gt(hi), constant(hi), r);
        return r;
    }

    /**
     * max(a, lo).
     *
     * @param lo the lower bound
     * @return a new tensor of this shape
     */
    public Tensor clampMin(double lo) {
        return clamp(lo, Double.NaN);
    }

    /**
     * min(a, hi).
     *
     * @param hi the upper bound
     * @return a new tensor of this shape
     */
    public Tensor clampMax(double hi) {
        return clamp(Double.NaN, hi);
    }

    /**
     * min(max(a, lo), hi) elementwise with tensor bounds (either may be null), broadcasting. A NaN bound makes the
     * value NaN there, with gradient 0 to a, as PyTorch's.
     *
     * @param lo the lower bounds, or null
     * @param hi the upper bounds, or null
     * @return a new tensor of the broadcast shape
     */
    public Tensor clamp(Tensor lo, Tensor hi) {
        Tensor r = this;
        if (lo != null) r = where(r.lt(lo), lo, r);
        if (hi != null) r = where(r.gt(hi), hi, r);
        Tensor nanBound = null;
        for (Tensor b : new Tensor[] {lo, hi}) {
            if (b == null || !Primitives.hasNaN(b.data)) continue;
            nanBound = nanBound == null ? b.isNaN() : nanBound.maximum(b.isNaN());
        }
        return nanBound == null ? r : where(nanBound, Double.NaN, r);
    }

    /**
     * max(a, b) elementwise, broadcasting; ties split the gradient evenly; NaN propagates.
     *
     * @param other b
     * @return a new tensor of the broadcast shape
     */
    public Tensor maximum(Tensor other) {
        Tensor[] p = broadcastPair(other, "maximum");
        return Primitives.MAXIMUM.apply(p[0], p[1]);
    }

    /**
     * min(a, b) elementwise = −max(−a, −b).
     *
     * @param other b
     * @return a new tensor of the broadcast shape
     */
    public Tensor minimum(Tensor other) {
        nonNull(other, "minimum", "other");
        return neg().maximum(other.neg()).neg();
    }

    /**
     * cond ? a : b elementwise (cond nonzero means true), broadcasting all three; cond is a constant.
     * The gradient of the branch not taken is zero, but NaN · 0 = NaN: mask an op's input, not just its output.
     *
     * @param cond the condition (nonzero is true)
     * @param a the values where cond is true
     * @param b the values where cond is false
     * @return a new tensor of the broadcast shape
     */
    public static Tensor where(Tensor cond, Tensor a, Tensor b) {
        Objects.requireNonNull(cond, "where: cond is null");
        Objects.requireNonNull(a, "where: a is null");
        Objects.requireNonNull(b, "where: b is null");
        Shape s = Shape.broadcast(Shape.broadcast(cond.shape, a.shape, "where"), b.shape, "where");
        return Primitives.WHERE.apply(cond.detach().broadcastTo(s), a.broadcastTo(s), b.broadcastTo(s));
    }

    /**
     * cond ? a : c.
     *
     * @param cond the condition (nonzero is true)
     * @param a the values where cond is true
     * @param c the value where cond is false
     * @return a new tensor of the broadcast shape
     */
    public static Tensor where(Tensor cond, Tensor a, double c) {
        return where(cond, a, scalar(c));
    }

    /**
     * cond ? c : b.
     *
     * @param cond the condition (nonzero is true)
     * @param c the value where cond is true
     * @param b the values where cond is false
     * @return a new tensor of the broadcast shape
     */
    public static Tensor where(Tensor cond, double c, Tensor b) {
        return where(cond, scalar(c), b);
    }

    /**
     * out = mask ? value : a: replaces the elements where {@code mask} is nonzero by {@code value} (PyTorch
     * {@code masked_fill}).
     *
     * @param mask the mask, broadcast to this shape
     * @param value the replacement
     * @return a new tensor of this shape
     */
    public Tensor maskedFill(Tensor mask, double value) {
        nonNull(mask, "maskedFill", "mask");
        return where(mask, scalar(value), this);
    }

    // ---------------------------------------------------------------- comparisons (constant masks)

    private Tensor compare(Tensor other, Comparison c, String name) {
        Tensor[] p = broadcastPair(other, name);
        return result(Elementwise.compare(p[0].data, p[1].data, c), p[0].shape);
    }

    /**
     * 1 where a == b, else 0; a constant.
     *
     * @param o b
     * @return a new 0/1 tensor of the broadcast shape
     */
    public Tensor eq(Tensor o) { return compare(o, Comparison.EQ, "eq"); }

    /**
     * 1 where a != b, else 0; a constant.
     *
     * @param o b
     * @return a new 0/1 tensor of the broadcast shape
     */
    public Tensor ne(Tensor o) { return compare(o, Comparison.NE, "ne"); }

    /**
     * 1 where a &lt; b, else 0; a constant.
     *
     * @param o b
     * @return a new 0/1 tensor of the broadcast shape
     */
    public Tensor lt(Tensor o) { return compare(o, Comparison.LT, "lt"); }

    /**
     * 1 where a ≤ b, else 0; a constant.
     *
     * @param o b
     * @return a new 0/1 tensor of the broadcast shape
     */
    public Tensor le(Tensor o) { return compare(o, Comparison.LE, "le"); }

    /**
     * 1 where a &gt; b, else 0; a constant.
     *
     * @param o b
     * @return a new 0/1 tensor of the broadcast shape
     */
    public Tensor gt(Tensor o) { return compare(o, Comparison.GT, "gt"); }

    /**
     * 1 where a ≥ b, else 0; a constant.
     *
     * @param o b
     * @return a new 0/1 tensor of the broadcast shape
     */
    public Tensor ge(Tensor o) { return compare(o, Comparison.GE, "ge"); }

    /**
     * 1 where a == c.
     *
     * @param c the constant
     * @return a new 0/1 tensor of this shape
     */
    public Tensor eq(double c) { return eq(constant(c)); }

    /**
     * 1 where a != c.
     *
     * @param c the constant
     * @return a new 0/1 tensor of this shape
     */
    public Tensor ne(double c) { return ne(constant(c)); }

    /**
     * 1 where a &lt; c.
     *
     * @param c the constant
     * @return a new 0/1 tensor of this shape
     */
    public Tensor lt(double c) { return lt(constant(c)); }

    /**
     * 1 where a ≤ c.
     *
     * @param c the constant
     * @return a new 0/1 tensor of this shape
     */
    public Tensor le(double c) { return le(constant(c)); }

    /**
     * 1 where a &gt; c.
     *
     * @param c the constant
     * @return a new 0/1 tensor of this shape
     */
    public Tensor gt(double c) { return gt(constant(c)); }

    /**
     * 1 where a ≥ c.
     *
     * @param c the constant
     * @return a new 0/1 tensor of this shape
     */
    public Tensor ge(double c) { return ge(constant(c)); }

    /**
     * 1 where a is NaN.
     *
     * @return a new 0/1 tensor of this shape
     */
    public Tensor isNaN() {
        return result(Elementwise.map(data, v -> v != v ? 1 : 0), shape);
    }

    /**
     * 1 where a is finite.
     *
     * @return a new 0/1 tensor of this shape
     */
    public Tensor isFinite() {
        return result(Elementwise.map(data, v -> Double.isFinite(v) ? 1 : 0), shape);
    }

    /**
     * ¬a: 1 where a == 0, else 0 (the logical not of a mask).
     *
     * @return a new 0/1 tensor of this shape
     */
    public Tensor logicalNot() {
        return eq(0);
    }

    /**
     * a ∧ b: 1 where both are nonzero, else 0 (the logical and of masks), broadcasting.
     *
     * @param o b
     * @return a new 0/1 tensor of the broadcast shape
     */
    public Tensor logicalAnd(Tensor o) {
        nonNull(o, "logicalAnd", "other");
        return ne(0).mul(o.ne(0)).detach();
    }

    /**
     * a ∨ b: 1 where either is nonzero, else 0 (the logical or of masks), broadcasting.
     *
     * @param o b
     * @return a new 0/1 tensor of the broadcast shape
     */
    public Tensor logicalOr(Tensor o) {
        nonNull(o, "logicalOr", "other");
        return ne(0).maximum(o.ne(0)).detach();
    }

    // ---------------------------------------------------------------- reductions

    /**
     * Σᵢ aᵢ: the sum of all elements (a scalar).
     *
     * @return a new 0-D tensor
     */
    public Tensor sum() {
        return sum(new int[0], false);
    }

    /**
     * Σ_axes a: the sum over the given axes (all when none), dropping them.
     *
     * @param axes the axes, negative counting from the end
     * @return a new tensor without those dimensions
     */
    public Tensor sum(int... axes) {
        return sum(axes, false);
    }

    /**
     * Σ_axis a: the sum over one axis.
     *
     * @param axis the axis, negative counting from the end
     * @param keepDims true to keep the axis with size 1
     * @return a new tensor
     */
    public Tensor sum(int axis, boolean keepDims) {
        return sum(new int[] {axis}, keepDims);
    }

    /**
     * Σ_axes a: the sum over the given axes (all when empty), keeping them with size 1 when {@code keepDims}.
     *
     * @param axes the axes, negative counting from the end; empty for all
     * @param keepDims true to keep the axes with size 1
     * @return a new tensor
     */
    public Tensor sum(int[] axes, boolean keepDims) {
        nonNull(axes, "sum", "axes");
        return Primitives.Sum.apply(this, shape.axesMask(axes, "sum"), keepDims);
    }

    /**
     * (1/N)·Σᵢ aᵢ: the mean of all elements (a scalar).
     *
     * @return a new 0-D tensor
     */
    public Tensor mean() {
        return mean(new int[0], false);
    }

    /**
     * (1/N)·Σ_axes a: the mean over the given axes (all when none), dropping them.
     *
     * @param axes the axes, negative counting from the end
     * @return a new tensor without those dimensions
     */
    public Tensor mean(int... axes) {
        return mean(axes, false);
    }

    /**
     * (1/N)·Σ_axis a: the mean over one axis.
     *
     * @param axis the axis, negative counting from the end
     * @param keepDims true to keep the axis with size 1
     * @return a new tensor
     */
    public Tensor mean(int axis, boolean keepDims) {
        return mean(new int[] {axis}, keepDims);
    }

    /**
     * (1/N)·Σ_axes a: the mean over the given axes (all when empty); NaN for an empty reduction, as PyTorch.
     *
     * @param axes the axes, negative counting from the end; empty for all
     * @param keepDims true to keep the axes with size 1
     * @return a new tensor
     */
    public Tensor mean(int[] axes, boolean keepDims) {
        boolean[] mask = shape.axesMask(axes, "mean");
        return Primitives.Mean.apply(this, mask, keepDims, count(mask));
    }

    private int count(boolean[] mask) {
        int n = 1;
        for (int i = 0; i < mask.length; i++) if (mask[i]) n *= shape.get(i);
        return n;
    }

    /**
     * Σ(a − mean)² / max(0, N − correction): the variance over the axes (all when empty); correction 1 is Bessel's.
     *
     * @param axes the axes, negative counting from the end; empty for all
     * @param correction subtracted from the count N (1 for the unbiased estimate, 0 for the population variance)
     * @param keepDims true to keep the axes with size 1
     * @return a new tensor
     */
    public Tensor var(int[] axes, double correction, boolean keepDims) {
        int n = count(shape.axesMask(axes, "var"));
        Tensor d = sub(mean(axes, true));
        return d.mul(d).sum(axes, keepDims).div(Math.max(0, n - correction));
    }

    /**
     * Σ(a − mean)² / (N − 1): the unbiased variance of all elements.
     *
     * @return a new 0-D tensor
     */
    public Tensor var() {
        return var(new int[0], 1, false);
    }

    /**
     * √(Σ(a − mean)² / max(0, N − correction)): the standard deviation with the given correction; its gradient where it
     * is 0 is 0, as PyTorch's.
     *
     * @param axes the axes, negative counting from the end; empty for all
     * @param correction subtracted from the count N (1 for the unbiased estimate)
     * @param keepDims true to keep the axes with size 1
     * @return a new tensor
     */
    public Tensor std(int[] axes, double correction, boolean keepDims) {
        // NOTE: √ masked as in norm: at var = 0 the composed gradient would be ∞ · 0 = NaN; pinned by
        // ReductionConformanceTest std_constant_row.
        shape.axesMask(axes, "std");
        Tensor v = var(axes, correction, keepDims);
        Tensor zero = v.eq(0);
        return where(zero, 0.0, where(zero, 1.0, v).sqrt());
    }

    /**
     * √(Σ(a − mean)² / (N − 1)): the unbiased standard deviation of all elements.
     *
     * @return a new 0-D tensor
     */
    public Tensor std() {
        return std(new int[0], 1, false);
    }

    /**
     * maxᵢ aᵢ: the maximum of all elements.
     *
     * @return a new 0-D tensor
     */
    public Tensor max() {
        return max(new int[0], false);
    }

    /**
     * max_axis a: the maximum over one axis (values; ties split the gradient evenly).
     *
     * @param axis the axis, negative counting from the end
     * @param keepDims true to keep the axis with size 1
     * @return a new tensor
     */
    public Tensor max(int axis, boolean keepDims) {
        return max(new int[] {axis}, keepDims);
    }

    /**
     * max_axes a: the maximum over the given axes (all when empty); ties split the gradient evenly, and a NaN maximum
     * (NaN propagates) splits it evenly over the NaN elements of its slice.
     *
     * @param axes the axes, negative counting from the end; empty for all
     * @param keepDims true to keep the axes with size 1
     * @return a new tensor
     */
    public Tensor max(int[] axes, boolean keepDims) {
        checkNonEmpty(axes, "max");
        return Primitives.Max.apply(this, shape.axesMask(axes, "max"), keepDims);
    }

    /**
     * minᵢ aᵢ: the minimum of all elements.
     *
     * @return a new 0-D tensor
     */
    public Tensor min() {
        return min(new int[0], false);
    }

    /**
     * min_axis a: the minimum over one axis.
     *
     * @param axis the axis, negative counting from the end
     * @param keepDims true to keep the axis with size 1
     * @return a new tensor
     */
    public Tensor min(int axis, boolean keepDims) {
        return min(new int[] {axis}, keepDims);
    }

    /**
     * min_axes a = −max_axes(−a): the minimum over the given axes (all when empty); ties and NaN as in max.
     *
     * @param axes the axes, negative counting from the end; empty for all
     * @param keepDims true to keep the axes with size 1
     * @return a new tensor
     */
    public Tensor min(int[] axes, boolean keepDims) {
        checkNonEmpty(axes, "min");
        return neg().max(axes, keepDims).neg();
    }

    private void checkNonEmpty(int[] axes, String name) {
        boolean[] m = shape.axesMask(axes, name);
        for (int i = 0; i < m.length; i++) {
            if (m[i] && shape.get(i) == 0) {
                throw new IllegalArgumentException(name + ": cannot reduce over dimension " + i + " of size 0 (shape "
                        + shape + "); the reduction has no identity, give a non-empty tensor");
            }
        }
        if (data.length == 0 && m.length == 0) {
            throw new IllegalArgumentException(name + ": cannot reduce an empty tensor; give a non-empty tensor");
        }
    }

    /**
     * Π_axes a: the product over the given axes (all when empty); the gradient is exact when some elements are 0.
     *
     * @param axes the axes, negative counting from the end; empty for all
     * @param keepDims true to keep the axes with size 1
     * @return a new tensor
     */
    public Tensor prod(int[] axes, boolean keepDims) {
        boolean[] m = shape.axesMask(axes, "prod");
        int[] perm = new int[dim()];
        int k = 0, n = 1;
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < dim(); i++) if (!m[i]) { perm[k++] = i; kept.add(shape.get(i)); }
        for (int i = 0; i < dim(); i++) if (m[i]) { perm[k++] = i; n *= shape.get(i); }
        int[] lead = kept.stream().mapToInt(Integer::intValue).toArray();
        int[] flat = Arrays.copyOf(lead, lead.length + 1);
        flat[lead.length] = n;
        Tensor p = Primitives.PROD_LAST.apply(permute(perm).reshape(flat));
        if (!keepDims) return p;
        int[] keep = shape.toArray();
        for (int i = 0; i < dim(); i++) if (m[i]) keep[i] = 1;
        return p.reshape(keep);
    }

    /**
     * Πᵢ aᵢ: the product of all elements.
     *
     * @return a new 0-D tensor
     */
    public Tensor prod() {
        return prod(new int[0], false);
    }

    /**
     * Π_axis a: the product over one axis.
     *
     * @param axis the axis, negative counting from the end
     * @param keepDims true to keep the axis with size 1
     * @return a new tensor
     */
    public Tensor prod(int axis, boolean keepDims) {
        return prod(new int[] {axis}, keepDims);
    }

    /**
     * argmaxᵢ aᵢ: the index of the maximum over the flattened tensor (first occurrence); a constant.
     *
     * @return a new 0-D tensor holding the index
     */
    public Tensor argmax() {
        return reshape(-1).argmax(0, false);
    }

    /**
     * argmax along an axis: the index of the maximum (first occurrence; NaN counts as the maximum); a constant.
     *
     * @param axis the axis, negative counting from the end
     * @param keepDims true to keep the axis with size 1
     * @return a new tensor of indices
     */
    public Tensor argmax(int axis, boolean keepDims) {
        return argExtreme(axis, keepDims, true, "argmax");
    }

    /**
     * argminᵢ aᵢ: the index of the minimum over the flattened tensor; a constant.
     *
     * @return a new 0-D tensor holding the index
     */
    public Tensor argmin() {
        return reshape(-1).argmin(0, false);
    }

    /**
     * argmin along an axis: the index of the minimum; a constant.
     *
     * @param axis the axis, negative counting from the end
     * @param keepDims true to keep the axis with size 1
     * @return a new tensor of indices
     */
    public Tensor argmin(int axis, boolean keepDims) {
        return argExtreme(axis, keepDims, false, "argmin");
    }

    private Tensor argExtreme(int axis, boolean keepDims, boolean max, String name) {
        int ax = shape.axis(axis, name);
        checkNonEmpty(new int[] {axis}, name);
        if (dim() == 0) return scalar(0);
        double[] out = Reduce.argExtreme(data, shape.dimsUnsafe(), ax, max);
        int[] keep = shape.toArray();
        keep[ax] = 1;
        Tensor r = result(out, Shape.of(keep));
        return keepDims ? r : r.squeeze(ax);
    }

    /**
     * log Σ eᵃ over the axes, stable (shifted by the detached maximum); −∞ for all −∞.
     *
     * @param axes the axes, negative counting from the end; empty for all
     * @param keepDims true to keep the axes with size 1
     * @return a new tensor
     */
    public Tensor logSumExp(int[] axes, boolean keepDims) {
        shape.axesMask(axes, "logSumExp");
        if (size() == 0) return sum(axes, keepDims).add(Double.NEGATIVE_INFINITY);
        Tensor m = max(axes, true).detach();
        m = where(m.isFinite(), m, 0.0);
        Tensor r = sub(m).exp().sum(axes, true).log().add(m);
        return keepDims ? r : r.squeezeAxes(shape.axesMask(axes, "logSumExp"));
    }

    /**
     * log Σ eᵃ along one axis.
     *
     * @param axis the axis, negative counting from the end
     * @param keepDims true to keep the axis with size 1
     * @return a new tensor
     */
    public Tensor logSumExp(int axis, boolean keepDims) {
        return logSumExp(new int[] {axis}, keepDims);
    }

    /**
     * softmax(a)ᵢ = e^(aᵢ − max) / Σⱼ e^(aⱼ − max) along an axis; stable for logits of ±1000.
     *
     * @param axis the axis, negative counting from the end
     * @return a new tensor of this shape
     */
    public Tensor softmax(int axis) {
        shape.axis(axis, "softmax");
        if (data.length == 0) return mul(1.0);
        Tensor e = sub(max(axis, true).detach()).exp();
        return e.div(e.sum(axis, true));
    }

    /**
     * logSoftmax(a)ᵢ = (aᵢ − max) − log Σⱼ e^(aⱼ − max) along an axis.
     *
     * @param axis the axis, negative counting from the end
     * @return a new tensor of this shape
     */
    public Tensor logSoftmax(int axis) {
        int ax = shape.axis(axis, "logSoftmax");
        if (data.length == 0) return mul(1.0);
        return Primitives.LogSoftmax.apply(this, ax);
    }

    /**
     * ‖a‖₂ = √(Σ a²): the 2-norm of all elements; its gradient at 0 is 0, as PyTorch.
     *
     * @return a new 0-D tensor
     */
    public Tensor norm() {
        return norm(2, new int[0], false);
    }

    /**
     * ‖a‖ₚ = (Σ|a|ᵖ)^(1/p): the p-norm over the axes (all when empty); p = ∞ gives max |a|, p = −∞ min |a|, p = 0
     * counts nonzeros (in the graph with a zero gradient, as PyTorch's). The gradient at a zero norm is 0 (as
     * PyTorch's), by masking the input of the root; for p &lt; 1 a zero element gets gradient 0 too (for p &lt; 0 it
     * still makes the norm 0).
     *
     * @param p any p, or {@code Double.POSITIVE_INFINITY} / {@code Double.NEGATIVE_INFINITY}
     * @param axes the axes, negative counting from the end; empty for all
     * @param keepDims true to keep the axes with size 1
     * @return a new tensor
     */
    public Tensor norm(double p, int[] axes, boolean keepDims) {
        shape.axesMask(axes, "norm");
        if (p == Double.POSITIVE_INFINITY) return abs().max(axes, keepDims);
        if (p == Double.NEGATIVE_INFINITY) return abs().min(axes, keepDims);
        if (p == 0) {
            Tensor count = ne(0).sum(axes, keepDims);
            return where(onesLike(count), count, sum(axes, keepDims));
        }
        if (p == 1) return abs().sum(axes, keepDims);
        Tensor s = (p == 2 ? square() : absPow(p)).sum(axes, keepDims);
        Tensor zero = s.eq(0);
        return where(zero, 0.0, where(zero, 1.0, s).pow(1 / p));
    }

    /**
     * |a|ᵖ for the p-norm. NOTE: for p &lt; 1 pow's gradient p·|a|^(p−1) is ∞ at 0 (NaN times sign 0), so zero elements
     * take the value from a detached |a| (still ∞ for p &lt; 0) and a gradient of 0, as PyTorch's
     * ({@code NormEdgesTest}).
     */
    private Tensor absPow(double p) {
        if (p >= 1) return abs().pow(p);
        Tensor zero = eq(0);
        Tensor a = abs();
        return where(zero, a.detach().pow(p), where(zero, 1.0, a).pow(p));
    }

    // ---------------------------------------------------------------- movement

    /**
     * out.flat = a.flat:
     * the same values in a new shape (one dimension may be −1 and is inferred); shares the buffer.
     *
     * @param dims the new dimensions, at most one −1
     * @return a view of this tensor (this tensor itself when the shape is unchanged)
     * @throws IllegalArgumentException when the sizes do not multiply to this tensor's size
     */
    public Tensor reshape(int... dims) {
        nonNull(dims, "reshape", "dims");
        Shape s = Shape.of(inferDims(dims));
        if (s.equals(shape)) return this;
        return Primitives.Reshape.apply(this, s);
    }

    private int[] inferDims(int[] dims) {
        int[] d = dims.clone();
        int infer = -1;
        long known = 1;
        for (int i = 0; i < d.length; i++) {
            if (d[i] == -1) {
                if (infer >= 0) {
                    throw new IllegalArgumentException("reshape: only one dimension can be -1, but " + Arrays.toString(dims)
                            + " has more; give all sizes but one");
                }
                infer = i;
            } else if (d[i] < 0) {
                throw new IllegalArgumentException("reshape: size " + d[i] + " at dimension " + i + " is invalid; sizes are >= 0 or -1");
            } else {
                known *= d[i];
            }
        }
        if (infer >= 0) {
            String to = Arrays.toString(dims).replace('[', '(').replace(']', ')');
            if (known == 0 && data.length == 0) {
                throw new IllegalArgumentException("reshape: cannot reshape " + shape + " (0 elements) to " + to
                        + ": the -1 could be any size, since the other sizes multiply to 0; give every size");
            }
            if (known == 0 || data.length % known != 0) {
                throw new IllegalArgumentException("reshape: cannot reshape " + shape + " (" + data.length
                        + " elements) to " + to + ": " + data.length + " is not a multiple of " + known
                        + "; make the known sizes divide " + data.length);
            }
            d[infer] = (int) (data.length / known);
            known = data.length;
        }
        if (known != data.length) {
            throw new IllegalArgumentException("reshape: cannot reshape " + shape + " (" + data.length + " elements) to "
                    + Arrays.toString(dims).replace('[', '(').replace(']', ')') + " (" + known + " elements); the sizes must multiply to " + data.length);
        }
        return d;
    }

    /**
     * out.flat = a.flat: an alias of {@link #reshape(int...)}, as PyTorch's {@code view}.
     *
     * @param dims the new dimensions, at most one −1
     * @return a view of this tensor (this tensor itself when the shape is unchanged)
     */
    public Tensor view(int... dims) {
        return reshape(dims);
    }

    /**
     * out.flat = a.flat: flattened to 1-D.
     *
     * @return a 1-D view of this tensor
     */
    public Tensor flatten() {
        return reshape(-1);
    }

    /**
     * out.flat = a.flat: dimensions start..end (inclusive, negative allowed) merged into one.
     *
     * @param startDim the first dimension to merge
     * @param endDim the last dimension to merge
     * @return a view of this tensor
     */
    public Tensor flatten(int startDim, int endDim) {
        if (dim() == 0) return reshape(1);
        int s = shape.axis(startDim, "flatten"), e = shape.axis(endDim, "flatten");
        if (s > e) {
            throw new IllegalArgumentException("flatten: startDim " + startDim + " comes after endDim " + endDim
                    + " for shape " + shape + "; give startDim <= endDim");
        }
        int[] d = new int[dim() - (e - s)];
        int k = 0, m = 1;
        for (int i = 0; i < dim(); i++) {
            if (i < s || i > e) d[k++] = shape.get(i);
            else {
                m *= shape.get(i);
                if (i == e) d[k++] = m;
            }
        }
        return reshape(d);
    }

    /**
     * out.flat = a.flat: all size-1 dimensions removed.
     *
     * @return a view of this tensor
     */
    public Tensor squeeze() {
        boolean[] m = new boolean[dim()];
        for (int i = 0; i < dim(); i++) m[i] = shape.get(i) == 1;
        return squeezeAxes(m);
    }

    /**
     * out.flat = a.flat: dimension {@code axis} removed if its size is 1 (unchanged otherwise, as PyTorch).
     *
     * @param axis the axis, negative counting from the end
     * @return a view of this tensor (this tensor itself when nothing is removed)
     */
    public Tensor squeeze(int axis) {
        int ax = shape.axis(axis, "squeeze");
        if (dim() == 0 || shape.get(ax) != 1) return this;
        boolean[] m = new boolean[dim()];
        m[ax] = true;
        return squeezeAxes(m);
    }

    private Tensor squeezeAxes(boolean[] mask) {
        int[] d = new int[dim()];
        int k = 0;
        for (int i = 0; i < dim(); i++) if (!(mask[i] && shape.get(i) == 1)) d[k++] = shape.get(i);
        return reshape(Arrays.copyOf(d, k));
    }

    /**
     * out.flat = a.flat: a size-1 dimension inserted at {@code axis} (−1 appends).
     *
     * @param axis the position of the new dimension in the result, negative counting from the end
     * @return a view of this tensor
     */
    public Tensor unsqueeze(int axis) {
        return unsqueeze(axis, "unsqueeze");
    }

    private Tensor unsqueeze(int axis, String op) {
        int r = dim() + 1;
        if (axis < -r || axis >= r) {
            throw new IllegalArgumentException(op + ": axis " + axis + " is out of range for a tensor of shape " + shape
                    + " (expected " + (-r) + ".." + (r - 1) + ")");
        }
        int ax = axis < 0 ? axis + r : axis;
        int[] d = new int[r];
        for (int i = 0, k = 0; i < r; i++) d[i] = i == ax ? 1 : shape.get(k++);
        return reshape(d);
    }

    /**
     * out[i₀, …, iₙ₋₁] = a[j] with j_{dims[k]} = iₖ:
     * the dimensions reordered: output dimension i is input dimension {@code dims[i]}.
     *
     * @param dims a permutation of the dimensions
     * @return the permuted tensor (this tensor itself for the identity)
     * @throws IllegalArgumentException when {@code dims} is not a permutation of the dimensions
     */
    public Tensor permute(int... dims) {
        nonNull(dims, "permute", "dims");
        if (dims.length != dim()) {
            throw new IllegalArgumentException("permute: " + dims.length + " dims for a tensor of shape " + shape
                    + "; give a permutation of all " + dim() + " dimensions");
        }
        int[] p = new int[dims.length];
        boolean[] seen = new boolean[dims.length];
        boolean identity = true;
        for (int i = 0; i < dims.length; i++) {
            p[i] = shape.axis(dims[i], "permute");
            if (seen[p[i]]) {
                throw new IllegalArgumentException("permute: dimension " + dims[i] + " appears twice in "
                        + Arrays.toString(dims) + "; give each dimension once");
            }
            seen[p[i]] = true;
            identity &= p[i] == i;
        }
        return identity ? this : Primitives.Permute.apply(this, p);
    }

    /**
     * out[…, i, …, j, …] = a[…, j, …, i, …]: dimensions a and b swapped.
     *
     * @param a the first dimension, negative counting from the end
     * @param b the second dimension, negative counting from the end
     * @return the transposed tensor (this tensor itself when a = b or for a scalar)
     */
    public Tensor transpose(int a, int b) {
        int[] p = new int[dim()];
        for (int i = 0; i < p.length; i++) p[i] = i;
        int x = shape.axis(a, "transpose"), y = shape.axis(b, "transpose");
        if (dim() == 0) return this;
        p[x] = y;
        p[y] = x;
        return permute(p);
    }

    /**
     * out[i, j] = a[j, i]: the transpose of a matrix (a 0-D or 1-D tensor is returned as it is), as PyTorch's
     * {@code t()}.
     *
     * @return the transpose (this tensor itself below 2 dimensions)
     */
    public Tensor t() {
        if (dim() > 2) {
            throw new IllegalArgumentException("t: expects a tensor with at most 2 dimensions, got shape " + shape
                    + "; use transpose(-2, -1) or mT() for batches");
        }
        return dim() < 2 ? this : transpose(0, 1);
    }

    /**
     * out[…, i, j] = a[…, j, i]: the last two dimensions swapped (PyTorch's {@code mT}).
     *
     * @return the transposed tensor
     */
    public Tensor mT() {
        if (dim() < 2) {
            throw new IllegalArgumentException("mT: expects at least 2 dimensions, got shape " + shape + "; use t() for vectors");
        }
        return transpose(-2, -1);
    }

    /**
     * out[k] = a[start + k·step] along {@code axis}:
     * elements start, start + step, … below end along {@code axis} (negative start/end count from the end and are
     * clipped to the dimension, as Python slicing).
     *
     * @param axis the axis, negative counting from the end
     * @param start the first index
     * @param end the exclusive end
     * @param step the step, ≥ 1
     * @return the slice (this tensor itself when it is the whole dimension)
     */
    public Tensor slice(int axis, int start, int end, int step) {
        int ax = shape.axis(axis, "slice");
        requireDimension("slice", "slice");
        if (step <= 0) {
            throw new IllegalArgumentException("slice: step must be positive, got " + step + "; use flip() to reverse");
        }
        int n = shape.get(ax);
        int s = clipIndex(start, n), e = clipIndex(end, n);
        int len = e <= s ? 0 : (e - s + step - 1) / step;
        int[] starts = new int[dim()], steps = new int[dim()], out = shape.toArray();
        Arrays.fill(steps, 1);
        starts[ax] = s;
        steps[ax] = step;
        out[ax] = len;
        if (len == n) return this;
        return Primitives.Slice.apply(this, starts, steps, Shape.of(out));
    }

    private void requireDimension(String op, String verb) {
        if (dim() == 0) {
            throw new IllegalArgumentException(op + ": cannot " + verb + " a scalar; reshape it to (1) first");
        }
    }

    private static int clipIndex(int i, int n) {
        int k = i < 0 ? i + n : i;
        return Math.max(0, Math.min(n, k));
    }

    /**
     * out[k] = a[start + k] along {@code axis}, for start ≤ start + k &lt; end.
     *
     * @param axis the axis, negative counting from the end
     * @param start the first index
     * @param end the exclusive end
     * @return the slice (this tensor itself when it is the whole dimension)
     */
    public Tensor slice(int axis, int start, int end) {
        return slice(axis, start, end, 1);
    }

    /**
     * out[k] = a[start + k] along {@code axis}, 0 ≤ k &lt; length:
     * {@code length} elements from {@code start} along {@code axis}.
     *
     * @param axis the axis, negative counting from the end
     * @param start the first index
     * @param length the number of elements
     * @return a new tensor
     * @throws IndexOutOfBoundsException when the range leaves the dimension
     */
    public Tensor narrow(int axis, int start, int length) {
        int ax = shape.axis(axis, "narrow");
        requireDimension("narrow", "narrow");
        int n = shape.get(ax);
        int s = start < 0 ? start + n : start;
        if (s < 0 || length < 0 || s + length > n) {
            throw new IndexOutOfBoundsException("narrow: start " + start + " and length " + length + " leave dimension "
                    + ax + " of size " + n + " (shape " + shape + "); keep start + length <= " + n);
        }
        return slice(ax, s, s + length, 1);
    }

    /**
     * out = a[…, index, …] along {@code axis}, that dimension removed (PyTorch {@code select}).
     *
     * @param axis the axis, negative counting from the end
     * @param index the index, negative counting from the end
     * @return a new tensor
     */
    public Tensor select(int axis, int index) {
        int ax = shape.axis(axis, "select");
        requireDimension("select", "select from");
        return narrow(ax, index, 1).squeeze(ax);
    }

    /**
     * out[i] = a[i − left] inside, value outside:
     * constant padding, PyTorch {@code F.pad} order: (left, right) of the last dimension, then of the one before, ….
     *
     * @param value the padding value
     * @param padding pairs (left, right), last dimension first
     * @return a new tensor
     * @throws IllegalArgumentException for an odd count, too many pairs, or negative padding
     */
    public Tensor pad(double value, int... padding) {
        if (padding.length % 2 != 0 || padding.length / 2 > dim()) {
            throw new IllegalArgumentException("pad: " + padding.length + " padding sizes for a tensor of shape " + shape
                    + "; give (before, after) pairs for at most " + dim() + " dimensions, last dimension first");
        }
        int[] starts = new int[dim()], steps = new int[dim()], out = shape.toArray();
        Arrays.fill(steps, 1);
        for (int j = 0; j < padding.length / 2; j++) {
            int ax = dim() - 1 - j, before = padding[2 * j], after = padding[2 * j + 1];
            if (before < 0 || after < 0) {
                throw new IllegalArgumentException("pad: negative padding (" + before + ", " + after + ") on dimension " + ax
                        + "; use narrow() to crop");
            }
            starts[ax] = before;
            out[ax] += before + after;
        }
        return Primitives.Pad.apply(this, starts, steps, Shape.of(out), value);
    }

    /**
     * out[i] = a[n − 1 − i] along each given axis: the order of elements reversed.
     *
     * @param axes the axes, negative counting from the end
     * @return a new tensor
     */
    public Tensor flip(int... axes) {
        boolean[] m = shape.axesMask(axes.length == 0 ? new int[] {0} : axes, "flip");
        if (axes.length == 0) {
            throw new IllegalArgumentException("flip: no axes given for shape " + shape + "; name the axes to reverse");
        }
        return Primitives.Flip.apply(this, m);
    }

    /**
     * out = [t₀; t₁; …] along {@code axis}:
     * tensors joined along an existing axis; all other dimensions must match.
     *
     * @param tensors the tensors, at least one
     * @param axis the axis, negative counting from the end
     * @return a new tensor
     * @throws IllegalArgumentException naming the first tensor whose shape differs
     */
    public static Tensor concat(List<Tensor> tensors, int axis) {
        nonNullElements(tensors, "concat");
        if (tensors.isEmpty()) {
            throw new IllegalArgumentException("concat: no tensors given; give at least one");
        }
        Tensor first = tensors.get(0);
        int ax = first.shape.axis(axis, "concat");
        if (first.dim() == 0) {
            throw new IllegalArgumentException("concat: cannot join scalars; use stack()");
        }
        for (int i = 1; i < tensors.size(); i++) {
            Tensor t = tensors.get(i);
            boolean ok = t.dim() == first.dim();
            for (int d = 0; ok && d < first.dim(); d++) ok = d == ax || t.shape.get(d) == first.shape.get(d);
            if (!ok) {
                throw new IllegalArgumentException("concat: tensor " + i + " has shape " + t.shape + " but tensor 0 has "
                        + first.shape + "; all dimensions but " + ax + " must match");
            }
        }
        if (tensors.size() == 1) return first;
        return Primitives.Concat.apply(tensors.toArray(new Tensor[0]), ax);
    }

    /**
     * out = [t₀; t₁; …] along {@code axis}: tensors joined along an existing axis.
     *
     * @param axis the axis, negative counting from the end
     * @param tensors the tensors, at least one
     * @return a new tensor
     */
    public static Tensor concat(int axis, Tensor... tensors) {
        return concat(Arrays.asList(nonNull(tensors, "concat", "tensors")), axis);
    }

    /**
     * out[…, k, …] = tₖ along a new axis: tensors of equal shape stacked.
     *
     * @param tensors the tensors, at least one, all of one shape
     * @param axis the position of the new axis in the result
     * @return a new tensor
     */
    public static Tensor stack(List<Tensor> tensors, int axis) {
        nonNullElements(tensors, "stack");
        if (tensors.isEmpty()) {
            throw new IllegalArgumentException("stack: no tensors given; give at least one");
        }
        Shape s = tensors.get(0).shape;
        List<Tensor> parts = new ArrayList<>(tensors.size());
        for (int i = 0; i < tensors.size(); i++) {
            if (!tensors.get(i).shape.equals(s)) {
                throw new IllegalArgumentException("stack: tensor " + i + " has shape " + tensors.get(i).shape
                        + " but tensor 0 has " + s + "; stacked tensors must have equal shapes");
            }
            parts.add(tensors.get(i).unsqueeze(axis, "stack"));
        }
        return concat(parts, axis < 0 ? axis + s.rank() + 1 : axis);
    }

    /**
     * out[…, k, …] = tₖ along a new axis: tensors of equal shape stacked.
     *
     * @param axis the position of the new axis in the result
     * @param tensors the tensors, at least one, all of one shape
     * @return a new tensor
     */
    public static Tensor stack(int axis, Tensor... tensors) {
        return stack(Arrays.asList(nonNull(tensors, "stack", "tensors")), axis);
    }

    /**
     * a = [p₀; p₁; …] along {@code axis}: pieces of {@code size} elements (the last may be smaller), as PyTorch's
     * {@code split}; an empty dimension gives one empty piece.
     *
     * @param size the size of each piece, ≥ 1
     * @param axis the axis, negative counting from the end
     * @return the pieces, in order
     */
    public List<Tensor> split(int size, int axis) {
        int ax = shape.axis(axis, "split");
        if (size <= 0) {
            throw new IllegalArgumentException("split: size must be positive, got " + size);
        }
        List<Tensor> r = new ArrayList<>();
        int n = shape.get(ax), s = 0;
        do {
            r.add(narrow(ax, s, Math.min(size, n - s)));
            s += size;
        } while (s < n);
        return r;
    }

    /**
     * a = [p₀; p₁; …] along {@code axis}:
     * pieces of the given sizes along {@code axis}.
     *
     * @param sizes the size of each piece
     * @param axis the axis, negative counting from the end
     * @return the pieces, in order
     * @throws IllegalArgumentException when the sizes do not add up to the dimension
     */
    public List<Tensor> split(int[] sizes, int axis) {
        int ax = shape.axis(axis, "split");
        int total = 0;
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] < 0) {
                throw new IllegalArgumentException("split: size " + sizes[i] + " at position " + i + " of "
                        + Arrays.toString(sizes) + " is negative; give sizes >= 0");
            }
            total += sizes[i];
        }
        if (total != shape.get(ax)) {
            throw new IllegalArgumentException("split: sizes " + Arrays.toString(sizes) + " add up to " + total
                    + " but dimension " + ax + " of shape " + shape + " has " + shape.get(ax) + "; make them add up");
        }
        List<Tensor> r = new ArrayList<>();
        int s = 0;
        for (int len : sizes) {
            r.add(narrow(ax, s, len));
            s += len;
        }
        return r;
    }

    // ---------------------------------------------------------------- indexing

    /**
     * out[i][j][k] = a[i][index[i][j][k]][k] for axis 1 (PyTorch {@code gather}); index holds integers, has this
     * tensor's rank, and no dimension larger than this tensor's (other than along {@code axis}).
     *
     * @param axis the axis, negative counting from the end
     * @param index the integer-valued indices
     * @return a new tensor of the index's shape
     */
    public Tensor gather(int axis, Tensor index) {
        nonNull(index, "gather", "index");
        int ax = shape.axis(axis, "gather");
        Indexing.checkGatherIndex(this, ax, index, "gather");
        return Primitives.Gather.apply(this, index.detach(), ax);
    }

    /**
     * out[i][j][k] = a[i][index[i][j][k]][k] for axis 1: NumPy's {@code take_along_axis}, {@link #gather} with NumPy's
     * name and argument order.
     *
     * @param index the integer-valued indices
     * @param axis the axis, negative counting from the end
     * @return a new tensor of the index's shape
     */
    public Tensor takeAlongAxis(Tensor index, int axis) {
        return gather(axis, index);
    }

    /**
     * out[…, k, …] = a[…, index[k], …] along {@code axis}: the slices at the given 1-D indices (PyTorch
     * {@code index_select}).
     *
     * @param axis the axis, negative counting from the end
     * @param index the 1-D integer-valued indices
     * @return a new tensor
     */
    public Tensor indexSelect(int axis, Tensor index) {
        nonNull(index, "indexSelect", "index");
        int ax = shape.axis(axis, "indexSelect");
        if (index.dim() != 1) {
            throw new IllegalArgumentException("indexSelect: index must be 1-D, got shape " + index.shape + "; flatten it");
        }
        int bound = dim() == 0 ? 1 : shape.get(ax);
        for (int f = 0; f < index.size(); f++) Indexing.toIndex(index.data[f], bound, "indexSelect", f, index.shape);
        int[] view = new int[dim()];
        Arrays.fill(view, 1);
        view[ax] = index.size();
        int[] out = shape.toArray();
        out[ax] = index.size();
        return gather(ax, index.reshape(view).broadcastTo(Shape.of(out)));
    }

    /**
     * out = a, then out[i][index[i][j]] += src[i][j] for axis 1: self with src added at the positions index gives
     * along {@code axis} (PyTorch {@code scatter_add}).
     *
     * @param axis the axis, negative counting from the end
     * @param index the integer-valued indices, of src's shape
     * @param src the values to add
     * @return a new tensor of this shape
     */
    public Tensor scatterAdd(int axis, Tensor index, Tensor src) {
        nonNull(index, "scatterAdd", "index");
        nonNull(src, "scatterAdd", "src");
        int ax = shape.axis(axis, "scatterAdd");
        Indexing.checkScatterIndex(this, ax, index, src);
        return Primitives.ScatterAdd.apply(this, index.detach(), src, ax);
    }

    /**
     * out[…, c] = 1 if index[…] = c, else 0:
     * one-hot encoding of integer class indices: shape {@code index.shape() + (numClasses)}; a constant.
     *
     * @param index the integer-valued class indices
     * @param numClasses the number of classes C
     * @return a new tensor
     * @throws IllegalArgumentException for a non-integer or out-of-range index
     */
    public static Tensor oneHot(Tensor index, int numClasses) {
        nonNull(index, "oneHot", "index");
        return Indexing.oneHot(index, numClasses);
    }

    // ---------------------------------------------------------------- matmul

    /**
     * out[…, i, j] = Σₖ a[…, i, k]·b[…, k, j]:
     * matrix product with PyTorch {@code matmul} rules: 1-D·1-D is a dot product, a 1-D operand gains (and then
     * loses) a dimension, and leading (batch) dimensions broadcast.
     *
     * @param other b
     * @return a new tensor
     * @throws IllegalArgumentException when the inner sizes differ or batch dimensions do not broadcast
     */
    public Tensor matmul(Tensor other) {
        return MatMuls.matmul(this, Objects.requireNonNull(other, "matmul: the other tensor is null"));
    }

    /**
     * y = x · Wᵀ + b, PyTorch's {@code F.linear}: x of shape (…, in), weight (out, in), bias (out) or null. The
     * transpose of W is never materialised (the matmul primitive reads it transposed), in the forward or the backward.
     *
     * @param weight W, of shape (out, in)
     * @param bias b, of shape (out), or null for none
     * @return a new tensor of shape (…, out)
     * @throws IllegalArgumentException when the shapes do not fit
     */
    public Tensor linear(Tensor weight, Tensor bias) {
        return MatMuls.linear(this, nonNull(weight, "linear", "weight"), bias);
    }

    /**
     * a · b = Σᵢ aᵢ·bᵢ: the dot product of two 1-D tensors of equal length.
     *
     * @param other b, 1-D, of this length
     * @return a new 0-D tensor
     */
    public Tensor dot(Tensor other) {
        nonNull(other, "dot", "other");
        if (dim() != 1 || other.dim() != 1 || size() != other.size()) {
            throw new IllegalArgumentException("dot: expects two 1-D tensors of equal length, got " + shape + " and "
                    + other.shape + "; use matmul for matrices");
        }
        return matmul(other);
    }

    /**
     * out[i, j] = aᵢ·bⱼ: the outer product of two 1-D tensors.
     *
     * @param other b, 1-D
     * @return a new tensor of shape (n, m)
     */
    public Tensor outer(Tensor other) {
        nonNull(other, "outer", "other");
        if (dim() != 1 || other.dim() != 1) {
            throw new IllegalArgumentException("outer: expects two 1-D tensors, got " + shape + " and " + other.shape
                    + "; flatten them first");
        }
        return unsqueeze(1).mul(other.unsqueeze(0));
    }

    // ---------------------------------------------------------------- printing

    /**
     * PyTorch-like text: {@code tensor([[1.0000, 2.0000], [3.0000, 4.0000]], requiresGrad=true)}; 4 decimals,
     * {@code Locale.ROOT}, summarised past 1000 elements; the producing op is shown as {@code gradFn=Mul}.
     */
    @Override
    public String toString() {
        return Printer.print(this);
    }

    Shape shapeUnsafe() {
        return shape;
    }

    static Tensor copyOf(Tensor t) {
        return result(t.data.clone(), t.shape);
    }

    static Tensor gatherStrided(Tensor x, int offset, Shape out, int[] strides) {
        return result(Strided.gather(x.data, offset, out.dimsUnsafe(), strides), out);
    }
}
