package io.github.tapegrad.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A generated value together with its shrink candidates (simpler values of the same kind), each with candidates
 * of its own: a lazily built tree that {@link Property} walks greedily towards a minimal failing case. Trees
 * compose ({@link #map}, {@link #zip}, {@link #bind}), so values built from other generated values still shrink.
 *
 * @param <T> the value type
 */
public final class Shrinkable<T> {
    private final T value;
    private final Supplier<List<Shrinkable<T>>> shrinks;

    private Shrinkable(T value, Supplier<List<Shrinkable<T>>> shrinks) {
        this.value = value;
        this.shrinks = shrinks;
    }

    /**
     * A value that does not shrink.
     *
     * @param <T> the value type
     * @param value the value
     * @return the tree without candidates
     */
    public static <T> Shrinkable<T> leaf(T value) {
        return new Shrinkable<>(value, List::of);
    }

    /**
     * A value whose candidates are {@code shrink(value)}, each shrinking again by the same function.
     *
     * @param <T> the value type
     * @param value the root value
     * @param shrink the simpler candidates of a value
     * @return the tree
     */
    public static <T> Shrinkable<T> unfold(T value, Function<? super T, ? extends List<? extends T>> shrink) {
        Objects.requireNonNull(shrink, "unfold: shrink is null");
        return new Shrinkable<>(value, () -> {
            List<Shrinkable<T>> r = new ArrayList<>();
            for (T c : shrink.apply(value)) r.add(unfold(c, shrink));
            return r;
        });
    }

    /**
     * The value.
     *
     * @return the value
     */
    public T value() {
        return value;
    }

    /**
     * The simpler candidates, simplest-first by convention; computed on each call.
     *
     * @return the candidate trees
     */
    public List<Shrinkable<T>> shrinks() {
        return shrinks.get();
    }

    /**
     * f applied to the value and to every candidate.
     *
     * @param <U> the mapped value type
     * @param f the function applied to each value
     * @return the mapped tree
     */
    public <U> Shrinkable<U> map(Function<? super T, ? extends U> f) {
        return new Shrinkable<>(f.apply(value), () -> {
            List<Shrinkable<U>> r = new ArrayList<>();
            for (Shrinkable<T> c : shrinks()) r.add(c.map(f));
            return r;
        });
    }

    /**
     * The tree with every candidate that fails {@code keep} removed (with its subtree).
     *
     * @param keep the condition candidates must satisfy
     * @return the filtered tree
     */
    public Shrinkable<T> filter(Predicate<? super T> keep) {
        return new Shrinkable<>(value, () -> {
            List<Shrinkable<T>> r = new ArrayList<>();
            for (Shrinkable<T> c : shrinks()) if (keep.test(c.value)) r.add(c.filter(keep));
            return r;
        });
    }

    /**
     * f(a, b): candidates shrink a with b fixed, then b with a fixed.
     *
     * @param <A> the first value type
     * @param <B> the second value type
     * @param <C> the result type
     * @param a the first tree
     * @param b the second tree
     * @param f combines a value of each
     * @return the combined tree
     */
    public static <A, B, C> Shrinkable<C> zip(Shrinkable<A> a, Shrinkable<B> b, BiFunction<? super A, ? super B, ? extends C> f) {
        return new Shrinkable<>(f.apply(a.value, b.value), () -> {
            List<Shrinkable<C>> r = new ArrayList<>();
            for (Shrinkable<A> c : a.shrinks()) r.add(zip(c, b, f));
            for (Shrinkable<B> c : b.shrinks()) r.add(zip(a, c, f));
            return r;
        });
    }

    /**
     * The list of the values: candidates shrink one element at a time, the others fixed.
     *
     * @param <T> the value type
     * @param parts one tree per element
     * @return the tree of lists
     */
    public static <T> Shrinkable<List<T>> sequence(List<Shrinkable<T>> parts) {
        List<T> values = new ArrayList<>(parts.size());
        for (Shrinkable<T> p : parts) values.add(p.value);
        return new Shrinkable<>(List.copyOf(values), () -> {
            List<Shrinkable<List<T>>> r = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                for (Shrinkable<T> c : parts.get(i).shrinks()) {
                    List<Shrinkable<T>> next = new ArrayList<>(parts);
                    next.set(i, c);
                    r.add(sequence(next));
                }
            }
            return r;
        });
    }

    /**
     * A dependent value: {@code k(outer value)}. Candidates first shrink the outer value (building the inner tree
     * again from it), then the inner value with the outer fixed.
     *
     * @param <A> the outer value type
     * @param <B> the inner value type
     * @param outer the outer tree
     * @param k the inner tree for an outer value
     * @return the dependent tree
     */
    public static <A, B> Shrinkable<B> bind(Shrinkable<A> outer, Function<? super A, Shrinkable<B>> k) {
        return join(outer, k.apply(outer.value), k);
    }

    private static <A, B> Shrinkable<B> join(Shrinkable<A> outer, Shrinkable<B> inner, Function<? super A, Shrinkable<B>> k) {
        return new Shrinkable<>(inner.value, () -> {
            List<Shrinkable<B>> r = new ArrayList<>();
            for (Shrinkable<A> o : outer.shrinks()) r.add(bind(o, k));
            for (Shrinkable<B> i : inner.shrinks()) r.add(join(outer, i, k));
            return r;
        });
    }
}
