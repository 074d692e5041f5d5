package io.github.tapegrad.check;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Numerical gradient checks: the reverse-mode gradient of f against central differences in double,
 * <pre>
 *   ∂L/∂xⱼ ≈ (L(x + ε·eⱼ) − L(x − ε·eⱼ)) / 2ε,   L(x) = Σₖ uₖ · f(x)ₖ,
 *   passing when |analytic − numeric| ≤ atol + rtol · |numeric| at every element,
 * </pre>
 * with PyTorch's gradcheck defaults ε = 1e-6, atol = 1e-5, rtol = 1e-3. The output, of any shape, is scalarised with
 * a random upstream vector u ~ N(0, 1) (seeded): a plain sum would hide a vector-Jacobian product that ignores its
 * incoming gradient. The analytic side is {@link io.github.tapegrad.Autograd#grad} seeded with u.
 *
 * <p>Where the two disagree, the one-sided slopes (L(x) − L(x − ε))/ε and (L(x + ε) − L(x))/ε are compared: when
 * they differ by more than the tolerance, keep differing at step 2ε (a jump, not curvature), and the analytic
 * value lies between them (a valid subgradient, e.g. relu'(0) = 0), the point is reported as a <em>kink</em>,
 * not a failure. A failure report names the input, the element's multi-index, analytic and numeric values, the
 * input's shape and the seed.
 *
 * <p>Inputs: when some inputs require grad only those are checked (PyTorch's convention), otherwise all are. The
 * inputs are copied; f is called with fresh leaves (recording on) for the analytic side and with plain tensors for
 * the numerical side, so it must be a pure function of its inputs.
 *
 * <pre>{@code
 * GradCheck.assertGradients(in -> in[0].mul(in[1]).sum(0, false), x, y);
 * GradCheck.assertGradGrad(in -> in[0].tanh(), x);
 * }</pre>
 */
public final class GradCheck {
    private GradCheck() {}

    /**
     * Check settings, immutable: step {@code eps}, tolerances {@code atol} and {@code rtol}, the {@code seed} of the
     * upstream vector (and of projection directions), and {@code fast} mode, which compares uᵀJv for
     * {@code projections} random unit vectors v per input instead of every element (for big inputs; a failing
     * projection is then localised element by element).
     *
     * @param eps the finite-difference step
     * @param atol the absolute tolerance
     * @param rtol the relative tolerance
     * @param seed the seed of the upstream vector and of the projection directions
     * @param fast whether to compare random projections instead of every element
     * @param projections the number of random directions per input in fast mode
     */
    public record Options(double eps, double atol, double rtol, long seed, boolean fast, int projections) {
        /**
         * Validates the settings.
         *
         * @param eps the central-difference step, &gt; 0
         * @param atol the absolute tolerance, ≥ 0
         * @param rtol the relative tolerance, ≥ 0
         * @param seed the seed of the upstream vector and projection directions
         * @param fast true for projection mode
         * @param projections the number of random projections per input in fast mode, ≥ 1
         */
        public Options {
            if (!(eps > 0) || !(atol >= 0) || !(rtol >= 0) || projections < 1) {
                throw new IllegalArgumentException("GradCheck.Options: need eps > 0, atol >= 0, rtol >= 0, projections >= 1, got eps "
                        + eps + ", atol " + atol + ", rtol " + rtol + ", projections " + projections);
            }
        }

        /**
         * eps 1e-6, atol 1e-5, rtol 1e-3 (PyTorch's gradcheck), seed {@link Property#DEFAULT_SEED}, elementwise, 3
         * projections for fast mode.
         *
         * @return the default options
         */
        public static Options defaults() {
            return new Options(1e-6, 1e-5, 1e-3, Property.DEFAULT_SEED, false, 3);
        }

        /**
         * These options with step {@code e}.
         *
         * @param e the step, &gt; 0
         * @return a copy of these options with eps replaced
         */
        public Options withEps(double e) { return new Options(e, atol, rtol, seed, fast, projections); }

        /**
         * These options with absolute tolerance {@code a}.
         *
         * @param a the absolute tolerance, ≥ 0
         * @return a copy of these options with atol replaced
         */
        public Options withAtol(double a) { return new Options(eps, a, rtol, seed, fast, projections); }

        /**
         * These options with relative tolerance {@code r}.
         *
         * @param r the relative tolerance, ≥ 0
         * @return a copy of these options with rtol replaced
         */
        public Options withRtol(double r) { return new Options(eps, atol, r, seed, fast, projections); }

        /**
         * These options with the seed {@code s} of the upstream vector and projection directions.
         *
         * @param s the seed
         * @return a copy of these options with seed replaced
         */
        public Options withSeed(long s) { return new Options(eps, atol, rtol, s, fast, projections); }

        /**
         * These options in fast (projection) mode, or not.
         *
         * @param on true for fast mode
         * @return a copy of these options with fast replaced
         */
        public Options withFast(boolean on) { return new Options(eps, atol, rtol, seed, on, projections); }

        /**
         * These options with {@code n} random projections per input in fast mode.
         *
         * @param n the number of projections, ≥ 1
         * @return a copy of these options with projections replaced
         */
        public Options withProjections(int n) { return new Options(eps, atol, rtol, seed, fast, n); }
    }

    /**
     * A point where the one-sided slopes differ (a non-differentiable point) and the analytic value is a subgradient.
     *
     * @param input      which input
     * @param shape      that input's shape
     * @param index      the element's multi-index, or null for a projection in fast mode
     * @param projection the projection number in fast mode, or −1
     * @param analytic   the reverse-mode value
     * @param left       (L(x) − L(x − ε))/ε
     * @param right      (L(x + ε) − L(x))/ε
     */
    public record Kink(int input, Shape shape, int[] index, int projection, double analytic, double left, double right) {}

    /**
     * A gradient entry where the analytic and numeric values differ beyond the tolerance.
     *
     * @param input      which input
     * @param shape      that input's shape
     * @param index      the element's multi-index, or null for a projection in fast mode
     * @param projection the projection number in fast mode, or −1
     * @param analytic   the reverse-mode value
     * @param numeric    the central difference
     */
    public record Mismatch(int input, Shape shape, int[] index, int projection, double analytic, double numeric) {}

    /** The outcome of a check: whether it passed, its mismatches and kinks, the largest error, and a report. */
    public static final class Result {
        private final String report;
        private final List<Mismatch> mismatches;
        private final List<Kink> kinks;
        private final double maxError;

        Result(String report, List<Mismatch> mismatches, List<Kink> kinks, double maxError) {
            this.report = report;
            this.mismatches = List.copyOf(mismatches);
            this.kinks = List.copyOf(kinks);
            this.maxError = maxError;
        }

        /**
         * True when no entry disagrees (kinks do not count as failures).
         *
         * @return whether the check passed
         */
        public boolean passed() { return mismatches.isEmpty(); }

        /**
         * A readable report: settings and seed, the inputs, every mismatch and kink.
         *
         * @return the report
         */
        public String report() { return report; }

        /**
         * The entries that disagree.
         *
         * @return the mismatches, unmodifiable
         */
        public List<Mismatch> mismatches() { return mismatches; }

        /**
         * The non-differentiable points found.
         *
         * @return the kinks, unmodifiable
         */
        public List<Kink> kinks() { return kinks; }

        /**
         * The largest |analytic − numeric| over the compared entries that are not kinks (NaN if one was NaN).
         *
         * @return the largest error
         */
        public double maxError() { return maxError; }

        /** The report. */
        @Override
        public String toString() { return report; }
    }

    /**
     * Checks the gradients of f at the inputs with {@link Options#defaults()}.
     *
     * @param f the function, pure in its inputs
     * @param inputs the point to check at
     * @return the result
     */
    public static Result check(Function<Tensor[], Tensor> f, Tensor... inputs) {
        return check(f, Options.defaults(), inputs);
    }

    /**
     * Checks the gradients of f at the inputs.
     *
     * @param f the function, pure in its inputs
     * @param options the settings
     * @param inputs the point to check at
     * @return the result
     */
    public static Result check(Function<Tensor[], Tensor> f, Options options, Tensor... inputs) {
        Objects.requireNonNull(f, "gradcheck: f is null");
        Objects.requireNonNull(options, "gradcheck: options is null");
        return new Checker(f, options, inputs, "gradcheck").run();
    }

    /**
     * {@link #check}, throwing an {@link AssertionError} with the report when it fails.
     *
     * @param f the function, pure in its inputs
     * @param inputs the point to check at
     * @return the result, which passed
     */
    public static Result assertGradients(Function<Tensor[], Tensor> f, Tensor... inputs) {
        return assertGradients(f, Options.defaults(), inputs);
    }

    /**
     * {@link #check} with options, throwing an {@link AssertionError} with the report when it fails.
     *
     * @param f the function, pure in its inputs
     * @param options the settings
     * @param inputs the point to check at
     * @return the result, which passed
     */
    public static Result assertGradients(Function<Tensor[], Tensor> f, Options options, Tensor... inputs) {
        return passOrThrow(check(f, options, inputs));
    }

    /**
     * Second order: checks the gradient of G(x, u) = ∂(Σ uₖ f(x)ₖ)/∂x (computed with createGraph) numerically as a
     * function of the inputs x and of the upstream vector u, as PyTorch's gradgradcheck. Catches a VJP built from
     * non-differentiable pieces (detached values, constants) or with a wrong derivative of its own.
     *
     * @param f the function, pure in its inputs
     * @param inputs the point to check at
     * @return the result
     */
    public static Result gradGradCheck(Function<Tensor[], Tensor> f, Tensor... inputs) {
        return gradGradCheck(f, Options.defaults(), inputs);
    }

    /**
     * {@link #gradGradCheck(Function, Tensor...)} with options.
     *
     * @param f the function, pure in its inputs
     * @param options the settings
     * @param inputs the point to check at
     * @return the result
     */
    public static Result gradGradCheck(Function<Tensor[], Tensor> f, Options options, Tensor... inputs) {
        Objects.requireNonNull(f, "gradgradcheck: f is null");
        Objects.requireNonNull(options, "gradgradcheck: options is null");
        return SecondOrder.check(f, options, inputs);
    }

    /**
     * {@link #gradGradCheck}, throwing an {@link AssertionError} with the report when it fails.
     *
     * @param f the function, pure in its inputs
     * @param inputs the point to check at
     * @return the result, which passed
     */
    public static Result assertGradGrad(Function<Tensor[], Tensor> f, Tensor... inputs) {
        return assertGradGrad(f, Options.defaults(), inputs);
    }

    /**
     * {@link #gradGradCheck} with options, throwing an {@link AssertionError} with the report when it fails.
     *
     * @param f the function, pure in its inputs
     * @param options the settings
     * @param inputs the point to check at
     * @return the result, which passed
     */
    public static Result assertGradGrad(Function<Tensor[], Tensor> f, Options options, Tensor... inputs) {
        return passOrThrow(gradGradCheck(f, options, inputs));
    }

    /**
     * Checks the gradients of f on generated inputs: {@code Property.forAll(gen).checkGradients(f)}.
     *
     * @param gen the generator of the inputs
     * @param f the function, pure in its inputs
     */
    public static void forAll(Gen<Tensor[]> gen, Function<Tensor[], Tensor> f) {
        Property.forAll(gen).checkGradients(f);
    }

    private static Result passOrThrow(Result r) {
        if (!r.passed()) throw new AssertionError(r.report());
        return r;
    }
}
