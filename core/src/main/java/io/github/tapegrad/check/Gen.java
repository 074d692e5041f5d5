package io.github.tapegrad.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A generator of random values that knows how to simplify them: {@link #generate} draws a value from a random
 * source (the same source state gives the same value), {@link #shrink} lists simpler candidates of a value,
 * simplest first. {@link Property} draws {@link #sample}s and, when a property fails, walks the candidates
 * greedily to a local minimum.
 *
 * <p>Derived generators ({@link #map}, {@link #flatMap}, {@link #filter}, {@link Gens#zip}) keep shrinking
 * through {@link #sample}, which carries the source values along; their {@link #shrink} alone cannot invert a
 * mapping and lists nothing (except {@code filter}). Factories for tensors, shapes and numbers are in {@link Gens}.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface Gen<T> {

    /**
     * A value drawn from {@code rng}; it must depend on nothing but {@code rng}'s state.
     *
     * @param rng the source of random numbers
     * @return the value
     */
    T generate(RandomGenerator rng);

    /**
     * Simpler candidates for {@code value}, simplest first; each must be a value this generator could produce.
     *
     * @param value a value of this generator
     * @return the candidates (empty by default: no shrinking)
     */
    default List<T> shrink(T value) {
        return List.of();
    }

    /**
     * A value with its tree of shrink candidates; draws from {@code rng} exactly as {@link #generate} does, so
     * {@code sample(r).value()} equals {@code generate(r')} for equal states of r and r'.
     *
     * @param rng the source of random numbers
     * @return the value with its shrink tree
     */
    default Shrinkable<T> sample(RandomGenerator rng) {
        return Shrinkable.unfold(generate(rng), this::shrink);
    }

    /**
     * A generator from a drawing function and a shrinking function.
     *
     * @param <T> the value type
     * @param generate draws a value from a random generator
     * @param shrink the simpler candidates of a value, simplest first
     * @return the generator
     */
    static <T> Gen<T> of(Function<? super RandomGenerator, ? extends T> generate, Function<? super T, ? extends List<T>> shrink) {
        Objects.requireNonNull(generate, "Gen.of: generate is null");
        Objects.requireNonNull(shrink, "Gen.of: shrink is null");
        return new Gen<>() {
            public T generate(RandomGenerator rng) { return generate.apply(rng); }
            public List<T> shrink(T value) { return shrink.apply(value); }
        };
    }

    /**
     * f of the values; shrinks by shrinking the source value (through {@link #sample}).
     *
     * @param <U> the mapped value type
     * @param f the function applied to each value
     * @return the mapped generator
     */
    default <U> Gen<U> map(Function<? super T, ? extends U> f) {
        Objects.requireNonNull(f, "map: f is null");
        Gen<T> self = this;
        return new Gen<>() {
            public U generate(RandomGenerator rng) { return f.apply(self.generate(rng)); }
            public Shrinkable<U> sample(RandomGenerator rng) { return self.sample(rng).map(f); }
        };
    }

    /**
     * A generator that depends on a value of this one, e.g. a tensor whose shape was generated first. The inner
     * generator draws from its own seed (taken from {@code rng}), so shrinking the outer value regenerates the
     * inner one reproducibly; candidates shrink the outer value first, then the inner one.
     *
     * @param <U> the dependent value type
     * @param f the inner generator for a value of this one
     * @return the dependent generator
     */
    default <U> Gen<U> flatMap(Function<? super T, ? extends Gen<U>> f) {
        Objects.requireNonNull(f, "flatMap: f is null");
        Gen<T> self = this;
        return new Gen<>() {
            public U generate(RandomGenerator rng) {
                T outer = self.generate(rng);
                return f.apply(outer).generate(new SplittableRandom(rng.nextLong()));
            }
            public Shrinkable<U> sample(RandomGenerator rng) {
                Shrinkable<T> outer = self.sample(rng);
                long seed = rng.nextLong();
                return Shrinkable.bind(outer, v -> f.apply(v).sample(new SplittableRandom(seed)));
            }
        };
    }

    /**
     * Only the values that satisfy {@code keep} (redrawn up to 1000 times, then an {@link IllegalStateException});
     * candidates that fail {@code keep} are dropped.
     *
     * @param keep the condition values must satisfy
     * @return the filtered generator
     */
    default Gen<T> filter(Predicate<? super T> keep) {
        Objects.requireNonNull(keep, "filter: keep is null");
        Gen<T> self = this;
        return new Gen<>() {
            public T generate(RandomGenerator rng) { return sample(rng).value(); }
            public List<T> shrink(T value) {
                List<T> r = new ArrayList<>();
                for (T c : self.shrink(value)) if (keep.test(c)) r.add(c);
                return r;
            }
            public Shrinkable<T> sample(RandomGenerator rng) {
                for (int i = 0; i < 1000; i++) {
                    Shrinkable<T> s = self.sample(rng);
                    if (keep.test(s.value())) return s.filter(keep);
                }
                throw new IllegalStateException("filter: no value out of 1000 draws passed the filter; "
                        + "generate values that satisfy it directly instead of filtering");
            }
        };
    }

    /**
     * A generator whose values are never shrunk (e.g. when any simpler value would be meaningless).
     *
     * @return this generator without shrinking
     */
    default Gen<T> noShrink() {
        Gen<T> self = this;
        return rng -> self.generate(rng);
    }
}
