package io.github.tapegrad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Op;
import io.github.tapegrad.Tensor;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The numeric side of GradCheck: where a loose difference gave false alarms, and where it let wrong VJPs pass. */
class CheckerNumericsTest {
    /** sin with a VJP scaled by c: right for c = 1. */
    record ScaledSin(double c) implements Op.Unary {
        public Tensor forward(Tensor x) { return x.sin(); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return g.mul(x.cos()).mul(c); }
    }

    /** x²/2 whose VJP drops the gradient wherever g and x have the same sign. */
    record HalfSquareWrongWhereGAndXAgree() implements Op.Unary {
        public Tensor forward(Tensor x) { return x.square().mul(0.5); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return Tensor.where(g.mul(x).gt(0), 0.0, g.mul(x)); }
    }

    /** x + [x ≥ 0]: a jump of 1 at 0, with the VJP of x alone. */
    record Step() implements Op.Unary {
        public Tensor forward(Tensor x) { return x.add(x.ge(0)); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return g; }
    }

    /** x², with a VJP built on a detached x (right at first order only). */
    record DetachedSquare() implements Op.Unary {
        public Tensor forward(Tensor x) { return x.mul(x); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return g.mul(x.detach().mul(2)); }
    }

    @Test
    void aLargeOutputElsewhereDoesNotHideASlope() {
        GradCheck.Result r = GradCheck.check(in -> in[0].mul(10).exp(), Tensor.of(3.0, 0.0));
        assertTrue(r.passed(), r.report());
        assertTrue(r.kinks().isEmpty(), r.report());
        for (long seed = 0; seed < 20; seed++) {
            GradCheck.Options o = GradCheck.Options.defaults().withSeed(seed);
            assertTrue(GradCheck.check(in -> in[0].exp().exp(), o, Tensor.of(2.5, -1.0, 0.3)).passed(), "seed " + seed);
        }
    }

    @Test
    void aWrongVjpNextToALargeOutputIsNotTakenForAKink() {
        Tensor x = Tensor.of(0.3, -1.2, 0.7, 1.0, -0.4, 1.1), y = Tensor.of(3.0);
        Function<Tensor[], Tensor> f =
                in -> Tensor.concat(List.of(Tensor.apply(new ScaledSin(1.05), in[0]), in[1].exp().exp()), 0);
        for (long seed = 0; seed < 40; seed++) {
            GradCheck.Result r = GradCheck.check(f, GradCheck.Options.defaults().withSeed(seed), x, y);
            assertFalse(r.passed(), "seed " + seed + ":\n" + r.report());
            assertTrue(r.kinks().isEmpty(), "seed " + seed + ":\n" + r.report());
        }
    }

    @Test
    void largeValuesGetAStepThatDoublesCanTake() {
        GradCheck.Result r = GradCheck.check(in -> in[0].mul(3), Tensor.of(1e9, 1.234567e9, -7e8));
        assertTrue(r.passed() && r.kinks().isEmpty(), r.report());
        r = GradCheck.check(in -> in[0].add(1), Tensor.of(1e8, -3e12));
        assertTrue(r.passed() && r.kinks().isEmpty(), r.report());
        r = GradCheck.check(in -> Tensor.apply(new ScaledSin(1.01), in[0]).mul(in[0]), Tensor.of(2e6, -5e5));
        assertFalse(r.passed(), "a 1 % error still fails at large values:\n" + r.report());
    }

    @Test
    void upstreamIsIndependentOfTheInputs() {
        AssertionError e = assertThrows(AssertionError.class, () -> Property.forAll(Gens.tensor(Domain.REAL, 4))
                .checkGradients(in -> Tensor.apply(new HalfSquareWrongWhereGAndXAgree(), in[0])));
        assertTrue(e.getMessage().contains("MISMATCH"), e.getMessage());
    }

    @Test
    void aJumpInTheValueIsAMismatchNotAKink() {
        GradCheck.Result r = GradCheck.check(in -> Tensor.apply(new Step(), in[0]), Tensor.of(0.0, 1.0));
        assertFalse(r.passed(), r.report());
        assertTrue(r.kinks().isEmpty(), r.report());
        GradCheck.Result kink = GradCheck.check(in -> in[0].relu(), Tensor.of(0.0, 1.0));
        assertTrue(kink.passed(), kink.report());
        assertEquals(1, kink.kinks().size(), kink.report());
    }

    /** Identity forward whose VJP drops the gradient of every element but the first. */
    record FirstOnly() implements Op.Unary {
        public Tensor forward(Tensor x) { return x.mul(1.0); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) {
            double[] m = new double[x.size()];
            m[0] = 1;
            return g.mul(Tensor.of(m, x.shape().toArray()));
        }
    }

    @Test
    void aKinkBesideALargeOutputIsStillAKink() {
        GradCheck.Result r = GradCheck.check(in -> Tensor.concat(List.of(in[0].relu(), in[1].mul(1e12)), 0),
                Tensor.of(0.0), Tensor.of(1.0));
        assertTrue(r.passed(), r.report());
        assertEquals(1, r.kinks().size(), r.report());
    }

    @Test
    void fastModeSeesAnErrorBesideALargeElement() {
        GradCheck.Options fast = GradCheck.Options.defaults().withFast(true);
        for (double big : new double[] {1, 1e4, 1e6, 1e9}) {
            GradCheck.Result r = GradCheck.check(in -> Tensor.apply(new FirstOnly(), in[0]), fast, Tensor.of(big, 0.5, 0.25));
            assertFalse(r.passed(), "big " + big + ":\n" + r.report());
        }
        assertTrue(GradCheck.check(in -> in[0].mul(3), fast, Tensor.of(1e6, 0.5, -2e3, 0.25)).passed());
    }

    @Test
    void gradGradCheckPrintsTheSeedItWasGiven() {
        Function<Tensor[], Tensor> f = in -> Tensor.apply(new DetachedSquare(), in[0]);
        GradCheck.Options o = GradCheck.Options.defaults().withSeed(42);
        GradCheck.Result r = GradCheck.gradGradCheck(f, o, Tensor.of(1.0, -2.0));
        assertFalse(r.passed());
        assertTrue(r.report().contains("(seed 42L)"), r.report());
        assertEquals(r.report(), GradCheck.gradGradCheck(f, o, Tensor.of(1.0, -2.0)).report(), "the seed replays it");
    }

    @Test
    void anExceptionAtAPerturbedPointNamesTheInput() {
        Function<Tensor[], Tensor> f = in -> {
            if (in[1].item() != 2.0) throw new ArithmeticException("boom");
            return in[0].mul(in[1]);
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> GradCheck.check(f, Tensor.of(1.0, 3.0), Tensor.scalar(2.0)));
        assertEquals("gradcheck: f threw ArithmeticException when input 1 was moved by a finite-difference step: boom; "
                + "make f defined around the point, or leave that input out of the check with requiresGrad(false)",
                e.getMessage());
        assertTrue(e.getCause() instanceof ArithmeticException);
    }
}
