package io.github.tapegrad.check;

import io.github.tapegrad.Tensor;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * ∀ case ~ gen: property(case). Runs a property over generated cases, each drawn from its own seed derived from
 * the property's seed and the case number; on the first failure it shrinks the case greedily (taking the first
 * simpler candidate that still fails the same way, until none does) and throws an {@link AssertionError} that
 * prints the seed, the case number, the shrunk and the original case, and how to replay it.
 *
 * <pre>{@code
 * Property.forAll(Gens.tensors(Domain.POSITIVE)).cases(200).checkGradients(in -> in[0].log());
 * Property.forAll(Gens.shapes()).check(s -> s.size() >= 1);
 * }</pre>
 *
 * <p>The seed is {@link #DEFAULT_SEED} unless the system property {@value #SEED_PROPERTY} sets another (for
 * exploratory runs: {@code -Dtapegrad.seed=123}) or {@link #seed(long)} pins one; the system property
 * {@value #CASES_PROPERTY} overrides every property's case count. Instances are immutable.
 *
 * @param <T> the case type
 */
public final class Property<T> {
    /** The seed used when neither {@link #seed(long)} nor {@value #SEED_PROPERTY} gives one. */
    public static final long DEFAULT_SEED = 20240229L;
    /** The system property that replaces the default seed. */
    public static final String SEED_PROPERTY = "tapegrad.seed";
    /** The system property that overrides the number of cases of every property. */
    public static final String CASES_PROPERTY = "tapegrad.cases";

    /**
     * A property that fails by throwing (an assertion, or any exception).
     *
     * @param <T> the type of the values it checks
     */
    @FunctionalInterface
    public interface Assertion<T> {
        /**
         * Returns normally when the property holds for {@code value}.
         *
         * @param value a case
         * @throws Exception when the property does not hold
         */
        void accept(T value) throws Exception;
    }

    private final Gen<T> gen;
    private final int cases;
    private final Long seed;
    private final int only;
    private final int maxShrinks;

    private Property(Gen<T> gen, int cases, Long seed, int only, int maxShrinks) {
        this.gen = gen;
        this.cases = cases;
        this.seed = seed;
        this.only = only;
        this.maxShrinks = maxShrinks;
    }

    /**
     * A property over the values of {@code gen}: 100 cases, the default seed, up to 2000 shrink attempts.
     *
     * @param <T> the case type
     * @param gen the generator of the cases
     * @return the property
     */
    public static <T> Property<T> forAll(Gen<T> gen) {
        return new Property<>(Objects.requireNonNull(gen, "forAll: gen is null"), 100, null, -1, 2000);
    }

    /**
     * This property with {@code n} cases (≥ 1).
     *
     * @param n the number of cases
     * @return a copy of this property
     */
    public Property<T> cases(int n) {
        if (n < 1) throw new IllegalArgumentException("cases: need at least 1 case, got " + n);
        return new Property<>(gen, n, seed, only, maxShrinks);
    }

    /**
     * This property with a fixed seed (to replay a failure; wins over {@value #SEED_PROPERTY}).
     *
     * @param s the seed
     * @return a copy of this property
     */
    public Property<T> seed(long s) {
        return new Property<>(gen, cases, s, only, maxShrinks);
    }

    /**
     * This property running only case number {@code caseNumber} (0-based, as failures print it).
     *
     * @param caseNumber the case to run
     * @return a copy of this property
     */
    public Property<T> only(int caseNumber) {
        if (caseNumber < 0) throw new IllegalArgumentException("only: case numbers start at 0, got " + caseNumber);
        return new Property<>(gen, cases, seed, caseNumber, maxShrinks);
    }

    /**
     * This property trying at most {@code n} shrink candidates after a failure (0 turns shrinking off).
     *
     * @param n the largest number of shrink candidates to try
     * @return a copy of this property
     */
    public Property<T> maxShrinks(int n) {
        if (n < 0) throw new IllegalArgumentException("maxShrinks: must be >= 0, got " + n);
        return new Property<>(gen, cases, seed, only, n);
    }

    /**
     * The seed the cases derive from: {@link #seed(long)}, else {@value #SEED_PROPERTY}, else {@link #DEFAULT_SEED}.
     * The property takes a long in decimal, hex (0x…) or octal, with an optional trailing L as failures print it.
     *
     * @return the seed
     * @throws IllegalArgumentException when {@value #SEED_PROPERTY} is set to something else
     */
    public long effectiveSeed() {
        if (seed != null) return seed;
        String s = System.getProperty(SEED_PROPERTY);
        return s == null || s.isBlank() ? DEFAULT_SEED : parseSeed(s);
    }

    /** A seed as {@value #SEED_PROPERTY} gives it: a long as Long.decode reads it, with an optional trailing L or l. */
    static long parseSeed(String text) {
        String t = text.trim();
        if (t.endsWith("L") || t.endsWith("l")) t = t.substring(0, t.length() - 1);
        try {
            return Long.decode(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SEED_PROPERTY + ": '" + text + "' is not a long; pass e.g. -D"
                    + SEED_PROPERTY + "=20240229L (the seed a failure prints)", e);
        }
    }

    /**
     * The number of cases: {@value #CASES_PROPERTY} when set, else {@link #cases(int)}.
     *
     * @return the number of cases
     */
    public int effectiveCases() {
        Integer n = Integer.getInteger(CASES_PROPERTY);
        return n != null && n > 0 ? n : cases;
    }

    /**
     * The seed of case {@code k} under the property seed {@code seed} (a SplitMix64 mix of both).
     *
     * @param seed the property seed
     * @param k the case number
     * @return the case's seed
     */
    public static long caseSeed(long seed, int k) {
        long z = seed + 0x9E3779B97F4A7C15L * (k + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Checks that {@code property} returns true for every case.
     *
     * @param property the condition every case must satisfy
     */
    public void check(Predicate<? super T> property) {
        Objects.requireNonNull(property, "check: property is null");
        run((v, s) -> {
            if (!property.test(v)) throw new AssertionError("the property returned false");
        });
    }

    /**
     * Checks that {@code property} returns normally for every case.
     *
     * @param property the assertion every case must pass
     */
    public void verify(Assertion<? super T> property) {
        Objects.requireNonNull(property, "verify: property is null");
        run((v, s) -> property.accept(v));
    }

    /**
     * Checks {@link GradCheck#assertGradients} of {@code f} at every case, with the upstream vector seeded by the
     * case's seed. Cases must be a {@code Tensor}, a {@code Tensor[]} or a {@code List<Tensor>} (the inputs).
     *
     * @param f the function, pure in its inputs
     */
    public void checkGradients(Function<Tensor[], Tensor> f) {
        checkGradients(f, GradCheck.Options.defaults());
    }

    /**
     * {@link #checkGradients(Function)} with options (their seed is replaced by each case's seed).
     *
     * @param f the function, pure in its inputs
     * @param options the settings
     */
    public void checkGradients(Function<Tensor[], Tensor> f, GradCheck.Options options) {
        run((v, s) -> GradCheck.assertGradients(f, options.withSeed(s), inputsOf(v)));
    }

    /**
     * Checks {@link GradCheck#assertGradGrad} (second order) of {@code f} at every case.
     *
     * @param f the function, pure in its inputs
     */
    public void checkGradGrad(Function<Tensor[], Tensor> f) {
        checkGradGrad(f, GradCheck.Options.defaults());
    }

    /**
     * {@link #checkGradGrad(Function)} with options (their seed is replaced by each case's seed).
     *
     * @param f the function, pure in its inputs
     * @param options the settings
     */
    public void checkGradGrad(Function<Tensor[], Tensor> f, GradCheck.Options options) {
        run((v, s) -> GradCheck.assertGradGrad(f, options.withSeed(s), inputsOf(v)));
    }

    /**
     * Checks {@link GradCheck#assertGradients} at every case, for cases that carry parameters besides the inputs:
     * {@code inputs} picks the tensors to differentiate from a case, {@code f} computes the output from the case and
     * those inputs. E.g. {@code forAll(reductions).checkGradients(Case::inputs, (c, in) -> in[0].sum(c.axes(), c.keep()))}.
     *
     * @param inputs picks the tensors to differentiate from a case
     * @param f computes the output from the case and those inputs
     */
    public void checkGradients(Function<? super T, Tensor[]> inputs, BiFunction<? super T, Tensor[], Tensor> f) {
        checkGradients(inputs, f, GradCheck.Options.defaults());
    }

    /**
     * {@link #checkGradients(Function, BiFunction)} with options (their seed is replaced by each case's seed).
     *
     * @param inputs picks the tensors to differentiate from a case
     * @param f computes the output from the case and those inputs
     * @param options the settings
     */
    public void checkGradients(Function<? super T, Tensor[]> inputs, BiFunction<? super T, Tensor[], Tensor> f,
                               GradCheck.Options options) {
        run((v, s) -> GradCheck.assertGradients(in -> f.apply(v, in), options.withSeed(s), inputs.apply(v)));
    }

    /**
     * {@link #checkGradients(Function, BiFunction)} for second order ({@link GradCheck#assertGradGrad}).
     *
     * @param inputs picks the tensors to differentiate from a case
     * @param f computes the output from the case and those inputs
     */
    public void checkGradGrad(Function<? super T, Tensor[]> inputs, BiFunction<? super T, Tensor[], Tensor> f) {
        checkGradGrad(inputs, f, GradCheck.Options.defaults());
    }

    /**
     * {@link #checkGradGrad(Function, BiFunction)} with options (their seed is replaced by each case's seed).
     *
     * @param inputs picks the tensors to differentiate from a case
     * @param f computes the output from the case and those inputs
     * @param options the settings
     */
    public void checkGradGrad(Function<? super T, Tensor[]> inputs, BiFunction<? super T, Tensor[], Tensor> f,
                              GradCheck.Options options) {
        run((v, s) -> GradCheck.assertGradGrad(in -> f.apply(v, in), options.withSeed(s), inputs.apply(v)));
    }

    private static Tensor[] inputsOf(Object v) {
        if (v instanceof Tensor t) return new Tensor[] {t};
        if (v instanceof Tensor[] a) return a;
        if (v instanceof List<?> l && l.stream().allMatch(x -> x instanceof Tensor)) return l.toArray(new Tensor[0]);
        throw new IllegalArgumentException("checkGradients: a case of type " + (v == null ? "null" : v.getClass().getSimpleName())
                + " is not a Tensor, Tensor[] or List<Tensor>; map the generator to the inputs, or use verify with GradCheck.assertGradients");
    }

    /** A test of one case: returns normally or throws; also given the case's seed. */
    interface Test<T> {
        void run(T value, long caseSeed) throws Exception;
    }

    void run(Test<? super T> test) {
        long s = effectiveSeed();
        int n = effectiveCases();
        for (int k = only >= 0 ? only : 0; k < (only >= 0 ? only + 1 : n); k++) {
            long cs = caseSeed(s, k);
            Shrinkable<T> tree = gen.sample(new SplittableRandom(cs));
            Throwable failure = failure(test, tree.value(), cs);
            if (failure != null) throw Shrinker.shrinkAndReport(tree, failure, v -> failure(test, v, cs), maxShrinks,
                    new Shrinker.Where(s, k, n, seed == null));
        }
    }

    static <T> Throwable failure(Test<? super T> test, T value, long caseSeed) {
        try {
            test.run(value, caseSeed);
            return null;
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable t) {
            return t;
        }
    }
}
