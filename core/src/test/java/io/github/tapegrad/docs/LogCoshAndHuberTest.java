package io.github.tapegrad.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Op;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.Domain;
import io.github.tapegrad.check.GradCheck;
import io.github.tapegrad.check.Gens;
import io.github.tapegrad.check.Property;
import org.junit.jupiter.api.Test;

/** A user's op (log cosh) and a user's loss (Huber), tested with the check kit. */
class LogCoshAndHuberTest {

    /** out = ln cosh x = |x| + ln(1 + e^(−2|x|)) − ln 2;  dx = g · tanh x */
    record LogCosh() implements Op.Unary {
        public Tensor forward(Tensor x) {
            Tensor a = x.abs();
            return a.add(a.mul(-2).exp().log1p()).sub(Math.log(2));
        }

        public Tensor vjp(Tensor g, Tensor x, Tensor out) {
            return g.mul(x.tanh());
        }
    }

    static Tensor logCosh(Tensor x) {
        return Tensor.apply(new LogCosh(), x);
    }

    /** mean of ½d² where |d| ≤ δ, else δ·(|d| − ½δ), with d = input − target (broadcasting). */
    static Tensor huber(Tensor input, Tensor target, double delta) {
        Tensor d = input.sub(target);
        Tensor a = d.abs();
        return Tensor.where(a.le(delta), d.square().mul(0.5), a.sub(delta / 2).mul(delta)).mean();
    }

    @Test
    void logCoshMatchesTheClosedForm() {
        double[] x = {-30, -1.5, 0, 1e-8, 2};
        double[] y = logCosh(Tensor.of(x)).toArray();
        for (int i = 0; i < x.length; i++) {
            double expected = Math.abs(x[i]) < 20 ? Math.log(Math.cosh(x[i])) : Math.abs(x[i]) - Math.log(2);
            assertEquals(expected, y[i], 1e-15 + 1e-15 * Math.abs(expected), "x = " + x[i]);
        }
    }

    @Test
    void logCoshGradientOnGeneratedTensors() {
        Property.forAll(Gens.tensors(Domain.REAL)).checkGradients(in -> logCosh(in[0]));
    }

    @Test
    void logCoshSecondOrder() {
        Property.forAll(Gens.tensors(Domain.REAL)).cases(20).checkGradGrad(in -> logCosh(in[0]));
    }

    @Test
    void logCoshOnABigInputInFastMode() {
        Tensor x = Tensor.randn(new int[] {100, 100}, 7);
        GradCheck.Options fast = GradCheck.Options.defaults().withFast(true);
        GradCheck.assertGradients(in -> logCosh(in[0]), fast, x);
    }

    @Test
    void huberGradientWithBroadcastTargets() {
        Property.forAll(Gens.broadcastable(Domain.REAL, Domain.REAL))
                .cases(50)
                .checkGradients(in -> huber(in[0], in[1], 1.0));
    }

    @Test
    void huberSecondDerivativeHasKinksAtDelta() {
        Tensor target = Tensor.zeros(3);
        Tensor input = Tensor.of(0.5, 1.0, -2.0).requiresGrad(true);
        GradCheck.Result r = GradCheck.gradGradCheck(in -> huber(in[0], in[1], 1.0), input, target);
        assertTrue(r.passed(), r.report());
        assertEquals(1, r.kinks().size(), r.report());
        assertArrayEquals(new int[] {1}, r.kinks().get(0).index());
    }
}
