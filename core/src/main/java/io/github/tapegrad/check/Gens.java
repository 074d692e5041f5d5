package io.github.tapegrad.check;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;

/**
 * Generator factories: shapes, tensors in a {@link Domain}, broadcastable tuples, class targets, and numbers and
 * combinators to build cases from. Every generator here shrinks: shapes towards fewer and smaller dimensions,
 * tensors towards sub-tensors and simpler values (staying in their domain), integers towards 0 (or the end of
 * their range nearest it), doubles towards the roundest value of their range nearest 0, choices towards the first
 * option. No candidate leaves the range of its generator.
 */
public final class Gens {
    private Gens() {}

    /** The default tensor size limit of the shape generators: 64 elements. */
    public static final int MAX_SIZE = 64;

    // ------------------------------------------------------------------ shapes and tensors

    /**
     * Shapes of rank 0–4 with dimensions 1–4 and at most {@value #MAX_SIZE} elements.
     *
     * @return the shape generator
     */
    public static Gen<Shape> shapes() {
        return shapes(0, 4);
    }

    /**
     * Shapes of rank minRank..maxRank with dimensions 1–4 and at most {@value #MAX_SIZE} elements.
     *
     * @param minRank the smallest rank, ≥ 0
     * @param maxRank the largest rank, ≥ minRank
     * @return the shape generator
     */
    public static Gen<Shape> shapes(int minRank, int maxRank) {
        return shapes(minRank, maxRank, 1, 4, MAX_SIZE);
    }

    /**
     * Shapes of rank minRank..maxRank, dimensions minDim..maxDim (0 allows empty tensors) and at most maxSize
     * elements (the largest dimension is lowered until they fit, never below minDim). Every rank up to maxRank
     * must fit: arguments where minDim^maxRank &gt; maxSize are rejected. Shrinks by dropping a dimension (down to
     * minRank), then by lowering one to max(minDim, 1), to half, or by one.
     *
     * @param minRank the smallest rank, ≥ 0
     * @param maxRank the largest rank, ≥ minRank
     * @param minDim the smallest dimension, ≥ 0
     * @param maxDim the largest dimension, ≥ minDim
     * @param maxSize the largest element count
     * @return the shape generator
     */
    public static Gen<Shape> shapes(int minRank, int maxRank, int minDim, int maxDim, int maxSize) {
        return new ShapeGen(minRank, maxRank, minDim, maxDim, maxSize);
    }

    /**
     * Tensors of {@link #shapes()} with values in the domain.
     *
     * @param domain where the values lie
     * @return the tensor generator
     */
    public static Gen<Tensor> tensors(Domain domain) {
        return tensors(shapes(), domain);
    }

    /**
     * Tensors whose shape comes from {@code shapes} and values from the domain. Shrinks to the sub-tensors (leading
     * blocks, or index 0 along a dropped axis) of the shapes {@code shapes.shrink} offers, then to simpler values.
     *
     * @param shapes the shape generator
     * @param domain where the values lie
     * @return the tensor generator
     */
    public static Gen<Tensor> tensors(Gen<Shape> shapes, Domain domain) {
        return new TensorGen(Objects.requireNonNull(shapes, "tensors: shapes is null"), Objects.requireNonNull(domain, "tensors: domain is null"));
    }

    /**
     * Tensors of one fixed shape with values in the domain; shrinks the values only.
     *
     * @param shape the shape of every tensor
     * @param domain where the values lie
     * @return the tensor generator
     */
    public static Gen<Tensor> tensor(Shape shape, Domain domain) {
        return tensors(constant(shape), domain);
    }

    /**
     * Tensors of the given dimensions with values in the domain; shrinks the values only.
     *
     * @param domain where the values lie
     * @param dims the dimensions of every tensor
     * @return the tensor generator
     */
    public static Gen<Tensor> tensor(Domain domain, int... dims) {
        return tensor(Shape.of(dims), domain);
    }

    /**
     * {@code count} shapes that broadcast together, suffixes of {@link #shapes()} with some dimensions 1.
     *
     * @param count the number of shapes
     * @return the generator of arrays of count shapes
     */
    public static Gen<Shape[]> broadcastableShapes(int count) {
        return broadcastableShapes(shapes(), count);
    }

    /**
     * {@code count} shapes that broadcast together to at most the shapes {@code base} generates. Shrinks drop an
     * operand's leading dimension, set one to 1, or resize aligned dimensions to sizes {@code base.shrink} offers.
     *
     * @param base the generator of the broadcast shapes
     * @param count the number of shapes
     * @return the generator of arrays of count shapes
     */
    public static Gen<Shape[]> broadcastableShapes(Gen<Shape> base, int count) {
        return new BroadcastGen(base, count);
    }

    /**
     * One tensor per domain, of shapes that broadcast together ({@link #broadcastableShapes(int)}); shrinks the
     * shapes first, then the values.
     *
     * @param domains the domain of each tensor
     * @return the generator of arrays of one tensor per domain
     */
    public static Gen<Tensor[]> broadcastable(Domain... domains) {
        Domain[] d = domains.clone();
        return broadcastableShapes(d.length).flatMap(s -> {
            List<Gen<Tensor>> parts = new ArrayList<>();
            for (int k = 0; k < d.length; k++) parts.add(tensor(s[k], d[k]));
            return inputs(parts);
        });
    }

    /**
     * Integer-valued tensors of the shape with values in [0, bound), shrinking each towards 0 (for gather, targets).
     *
     * @param shape the shape of every tensor
     * @param bound the exclusive upper bound of the values, ≥ 1
     * @return the index tensor generator
     */
    public static Gen<Tensor> indices(Shape shape, int bound) {
        if (bound < 1) throw new IllegalArgumentException("indices: bound must be >= 1, got " + bound + "; give the size indexed into");
        int[] dims = shape.toArray();
        return Gen.of(rng -> Tensor.randint(rng, 0, bound, dims), t -> {
            List<Tensor> r = new ArrayList<>();
            double[] v = t.toArray();
            for (int i = 0; i < v.length; i++) {
                if (v[i] == 0) continue;
                double[] c = v.clone();
                c[i] = 0;
                r.add(Tensor.of(c, dims));
            }
            return r;
        });
    }

    /**
     * Classification cases {inputs of shape (N, C) in the domain, class-index targets of shape (N) in [0, C)} with
     * N in 1–4 and C in 2–5; shrinks N and C first, then values and targets. The inputs require grad and the targets
     * do not, so a gradient check perturbs only the inputs (an index nudged to 1.000001 is no index).
     *
     * @param inputs the domain of the inputs
     * @return the generator of {inputs, targets} pairs
     */
    public static Gen<Tensor[]> classification(Domain inputs) {
        return zip(integers(1, 4), integers(2, 5), (n, c) -> new int[] {n, c})
                .flatMap(nc -> inputs(List.of(tensor(inputs, nc[0], nc[1]).map(t -> t.requiresGrad(true)),
                        indices(Shape.of(nc[0]), nc[1]))));
    }

    /**
     * 0/1 tensors of the shape (for where, maskedFill), shrinking towards all zeros.
     *
     * @param shape the shape of every mask
     * @return the mask generator
     */
    public static Gen<Tensor> masks(Shape shape) {
        return indices(shape, 2);
    }

    /**
     * Arrays of one value from each generator (e.g. the inputs of a function); shrinks one element at a time.
     *
     * @param gens one generator per element
     * @return the generator of arrays
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public static Gen<Tensor[]> inputs(Gen<Tensor>... gens) {
        return inputs(copy(gens, "inputs"));
    }

    /**
     * Arrays of one value from each generator; shrinks one element at a time.
     *
     * @param gens one generator per element
     * @return the generator of arrays
     */
    public static Gen<Tensor[]> inputs(List<Gen<Tensor>> gens) {
        return listOf(gens).map(l -> l.toArray(new Tensor[0]));
    }

    // ------------------------------------------------------------------ numbers and choices

    /**
     * Integers in [lo, hi] (inclusive), shrinking towards the one nearest 0.
     *
     * @param lo the smallest value
     * @param hi the largest value, ≥ lo
     * @return the integer generator
     */
    public static Gen<Integer> integers(int lo, int hi) {
        if (hi < lo) throw new IllegalArgumentException("integers: empty range [" + lo + ", " + hi + "]; use lo <= hi");
        int target = Math.max(lo, Math.min(hi, 0));
        return Gen.of(rng -> nextInt(rng, lo, hi), v -> {
            Set<Integer> r = new LinkedHashSet<>(List.of(target, target + (v - target) / 2, v - Integer.signum(v - target)));
            r.remove(v);
            return new ArrayList<>(r);
        });
    }

    /**
     * Doubles uniform in [lo, hi), shrinking towards the simplest value in [lo, hi): the one with the fewest
     * decimals (0 if in range, else integers, then one decimal, …), nearest 0 among those. The candidates of v are
     * that value, v rounded to an integer and v rounded to one decimal, each only when it lies in [lo, hi) (hi is
     * never generated) and is simpler than v: fewer decimals, or as many and nearer 0.
     *
     * @param lo the smallest value, finite
     * @param hi the upper bound, &gt; lo, finite (hi − lo may exceed Double.MAX_VALUE)
     * @return the double generator
     */
    public static Gen<Double> doubles(double lo, double hi) {
        if (!(hi > lo)) throw new IllegalArgumentException("doubles: empty range [" + lo + ", " + hi + "); use lo < hi");
        if (Double.isInfinite(lo) || Double.isInfinite(hi)) {
            throw new IllegalArgumentException("doubles: range [" + lo + ", " + hi + ") is not finite; use finite "
                    + "bounds, e.g. -Double.MAX_VALUE for -Infinity");
        }
        double target = simplestIn(lo, hi);
        return Gen.of(rng -> nextDouble(rng, lo, hi), v -> {
            Set<Double> r = new LinkedHashSet<>();
            for (double c : new double[] {target, Math.rint(v), Domain.round(v, 1)}) {
                double z = c + 0.0; // -0.0 becomes 0.0
                if (z >= lo && z < hi && simpler(z, v)) r.add(z);
            }
            return new ArrayList<>(r);
        });
    }

    /** The value in [lo, hi) with the fewest decimals (at most 4), nearest 0 among those; else the end nearest 0. */
    static double simplestIn(double lo, double hi) {
        if (lo <= 0 && hi > 0) return 0;
        for (int d = 0; d <= 4; d++) {
            double s = Math.pow(10, d);
            double k;
            if (lo > 0) {
                k = Math.ceil(lo * s);
                if ((k - 1) / s >= lo) k--; // one step fixes the rounding of lo * s
                if (k / s < lo) k++;
            } else {
                k = Math.ceil(hi * s) - 1;
                if (k / s >= hi) k--;
                if ((k + 1) / s < hi) k++;
            }
            double c = k / s;
            if (c >= lo && c < hi) return c;
        }
        return lo > 0 ? lo : Math.nextDown(hi);
    }

    /** c is simpler than v: fewer decimals, or as many and nearer 0 (so shrinking cannot cycle). */
    static boolean simpler(double c, double v) {
        int dc = Domain.decimals(c), dv = Domain.decimals(v);
        return dc != dv ? dc < dv : Math.abs(c) < Math.abs(v);
    }

    /**
     * true or false, shrinking to false.
     *
     * @return the boolean generator
     */
    public static Gen<Boolean> booleans() {
        return Gen.of(RandomGenerator::nextBoolean, b -> b ? List.of(false) : List.of());
    }

    /**
     * One of the values, shrinking towards the earlier ones.
     *
     * @param <T> the value type
     * @param values the values to choose from, at least one
     * @return the generator
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public static <T> Gen<T> elements(T... values) {
        List<T> list = copy(values, "elements");
        if (list.isEmpty()) throw new IllegalArgumentException("elements: no values given; give at least one");
        return integers(0, list.size() - 1).map(list::get);
    }

    /**
     * A value from one of the generators, shrinking towards the earlier generators.
     *
     * @param <T> the value type
     * @param gens the generators to choose from, at least one
     * @return the generator
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        List<Gen<? extends T>> list = copy(gens, "oneOf");
        if (list.isEmpty()) throw new IllegalArgumentException("oneOf: no generators given; give at least one");
        return integers(0, list.size() - 1).flatMap(i -> list.get(i).<T>map(v -> v));
    }

    /**
     * Always {@code value}.
     *
     * @param <T> the value type
     * @param value the value
     * @return the constant generator
     */
    public static <T> Gen<T> constant(T value) {
        return rng -> value;
    }

    /**
     * Subsets of the axes 0..rank−1 (possibly empty), ascending, shrinking towards fewer axes.
     *
     * @param rank the rank whose axes to choose from
     * @return the generator of ascending axis arrays
     */
    public static Gen<int[]> axes(int rank) {
        return Gen.of(rng -> {
            int[] r = new int[rank];
            int n = 0;
            for (int i = 0; i < rank; i++) if (rng.nextBoolean()) r[n++] = i;
            return Arrays.copyOf(r, n);
        }, a -> {
            List<int[]> r = new ArrayList<>();
            if (a.length > 0) r.add(new int[0]);
            for (int i = 0; i < a.length && a.length > 1; i++) r.add(ShapeGen.without(a, i));
            return r;
        });
    }

    /**
     * Permutations of 0..n−1, shrinking towards the identity.
     *
     * @param n the number of elements
     * @return the permutation generator
     */
    public static Gen<int[]> permutations(int n) {
        return Gen.of(rng -> shuffled(n, rng), p -> {
            int[] id = new int[n];
            for (int i = 0; i < n; i++) id[i] = i;
            return Arrays.equals(p, id) ? List.of() : List.of(id);
        });
    }

    // ------------------------------------------------------------------ combinators

    /**
     * f(a, b) of values of two generators; shrinks a, then b.
     *
     * @param <A> the first value type
     * @param <B> the second value type
     * @param <R> the result type
     * @param a the first generator
     * @param b the second generator
     * @param f combines a value of each
     * @return the combined generator
     */
    public static <A, B, R> Gen<R> zip(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> f) {
        return new Gen<>() {
            public R generate(RandomGenerator rng) { return f.apply(a.generate(rng), b.generate(rng)); }
            public Shrinkable<R> sample(RandomGenerator rng) {
                Shrinkable<A> sa = a.sample(rng);
                return Shrinkable.zip(sa, b.sample(rng), f);
            }
        };
    }

    /**
     * A function of three values.
     *
     * @param <A> the first value's type
     * @param <B> the second value's type
     * @param <C> the third value's type
     * @param <R> the result's type
     */
    @FunctionalInterface
    public interface Fn3<A, B, C, R> {
        /**
         * The result for a, b, c.
         *
         * @param a the first value
         * @param b the second value
         * @param c the third value
         * @return the result
         */
        R apply(A a, B b, C c);
    }

    /**
     * f(a, b, c) of values of three generators; shrinks a, then b, then c.
     *
     * @param <A> the first value type
     * @param <B> the second value type
     * @param <C> the third value type
     * @param <R> the result type
     * @param a the first generator
     * @param b the second generator
     * @param c the third generator
     * @param f combines a value of each
     * @return the combined generator
     */
    public static <A, B, C, R> Gen<R> zip(Gen<A> a, Gen<B> b, Gen<C> c, Fn3<? super A, ? super B, ? super C, ? extends R> f) {
        Gen<Object[]> ab = zip(a, b, (x, y) -> new Object[] {x, y});
        return zip(ab, c, (xy, z) -> apply3(f, xy, z));
    }

    @SuppressWarnings("unchecked")
    private static <A, B, C, R> R apply3(Fn3<? super A, ? super B, ? super C, ? extends R> f, Object[] xy, C z) {
        return f.apply((A) xy[0], (B) xy[1], z);
    }

    /**
     * Lists of one value from each generator; shrinks one element at a time.
     *
     * @param <T> the value type
     * @param gens one generator per element
     * @return the generator of lists
     */
    public static <T> Gen<List<T>> listOf(List<? extends Gen<T>> gens) {
        List<Gen<T>> g = List.copyOf(gens);
        return new Gen<>() {
            public List<T> generate(RandomGenerator rng) { return sample(rng).value(); }
            public Shrinkable<List<T>> sample(RandomGenerator rng) {
                List<Shrinkable<T>> parts = new ArrayList<>(g.size());
                for (Gen<T> x : g) parts.add(x.sample(rng));
                return Shrinkable.sequence(parts);
            }
        };
    }

    private static <T> List<T> copy(T[] items, String method) {
        Objects.requireNonNull(items, () -> "Gens." + method + ": the array is null");
        List<T> r = new ArrayList<>(items.length);
        for (int i = 0; i < items.length; i++) {
            int k = i;
            r.add(Objects.requireNonNull(items[i], () -> "Gens." + method + ": element " + k + " is null"));
        }
        return List.copyOf(r);
    }

    /** Uniform in [lo, hi] (inclusive) for every int range; hi + 1 would overflow at Integer.MAX_VALUE. */
    static int nextInt(RandomGenerator rng, int lo, int hi) {
        if (hi < Integer.MAX_VALUE) return rng.nextInt(lo, hi + 1);
        return lo == Integer.MIN_VALUE ? rng.nextInt() : rng.nextInt(lo - 1, hi) + 1;
    }

    /** Uniform in [lo, hi) also when hi − lo overflows to infinity, where rng.nextDouble(lo, hi) throws. */
    static double nextDouble(RandomGenerator rng, double lo, double hi) {
        if (Double.isFinite(hi - lo)) return rng.nextDouble(lo, hi);
        double u = rng.nextDouble();
        double v = Math.max(lo, lo * (1 - u) + hi * u); // lo < 0 < hi here, so neither term overflows
        return v < hi ? v : Math.nextDown(hi);
    }

    static int[] shuffled(int n, RandomGenerator rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
