package io.github.tapegrad.ops;

import static io.github.tapegrad.ops.OpGens.forAll;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.Domain;
import io.github.tapegrad.check.Gen;
import io.github.tapegrad.check.Gens;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Gradient properties of the elementwise ops of one tensor. */
class UnaryGradientsTest {

    private static void property(Domain d, UnaryOperator<Tensor> f) {
        forAll(Gens.tensors(d)).checkGradients(in -> f.apply(in[0]));
    }

    @Test @Covers("Neg") void neg() { property(Domain.REAL, Tensor::neg); }

    @Test @Covers("Exp") void exp() { property(Domain.REAL, Tensor::exp); }

    @Test @Covers("Log") void log() { property(Domain.POSITIVE, Tensor::log); }

    /** log1p on (−0.9, 2.1]: POSITIVE shifted by −1 reaches towards the pole at −1. */
    @Test @Covers("Log1p") void log1p() { property(Domain.POSITIVE, x -> x.sub(1).log1p()); }

    @Test @Covers("Expm1") void expm1() { property(Domain.REAL, Tensor::expm1); }

    @Test @Covers("Pow") void sqrt() { property(Domain.POSITIVE, Tensor::sqrt); }

    @Test @Covers("Pow") void rsqrt() { property(Domain.POSITIVE, Tensor::rsqrt); }

    @Test @Covers("Div") void reciprocal() { property(Domain.AWAY_FROM_KINKS, Tensor::reciprocal); }

    @Test @Covers("Mul") void square() { property(Domain.REAL, Tensor::square); }

    @Test @Covers("Mul") void abs() { property(Domain.AWAY_FROM_KINKS, Tensor::abs); }

    @Test @Covers("Sin") void sin() { property(Domain.REAL, x -> x.mul(2).sin()); }

    @Test @Covers("Cos") void cos() { property(Domain.REAL, x -> x.mul(2).cos()); }

    @Test @Covers("Tanh") void tanh() { property(Domain.REAL, Tensor::tanh); }

    /** Sigmoid over [−30, 30], into both tails. */
    @Test @Covers("Sigmoid") void sigmoid() { property(Domain.REAL, x -> x.mul(10).sigmoid()); }

    @Test @Covers("Softplus") void softplus() { property(Domain.REAL, x -> x.mul(10).softplus()); }

    @Test @Covers("Softplus") void logSigmoid() { property(Domain.REAL, x -> x.mul(10).logSigmoid()); }

    @Test @Covers("Erf") void erf() { property(Domain.REAL, Tensor::erf); }

    @Test @Covers("Relu") void relu() { property(Domain.AWAY_FROM_KINKS, Tensor::relu); }

    @Test @Covers("Erf") void gelu() { property(Domain.REAL, Tensor::gelu); }

    @Test @Covers("Tanh") void geluTanh() { property(Domain.REAL, Tensor::geluTanh); }

    @Test @Covers("Where") void clampMin() { property(Domain.AWAY_FROM_KINKS, x -> x.clampMin(-0.5)); }

    @Test @Covers("Where") void clampMax() { property(Domain.AWAY_FROM_KINKS, x -> x.clampMax(1)); }

    /** A tensor and one scalar parameter of an op. */
    record WithParam(Tensor x, double p) {
        Tensor[] inputs() { return new Tensor[] {x}; }
    }

    private static Gen<WithParam> withParam(Domain d, Gen<Double> p) {
        return Gens.zip(Gens.tensors(d), p, WithParam::new);
    }

    @Test @Covers("Where")
    void leakyRelu() {
        forAll(withParam(Domain.AWAY_FROM_KINKS, Gens.doubles(0, 0.5))).checkGradients(WithParam::inputs, (c, in) -> in[0].leakyRelu(c.p()));
    }

    @Test @Covers({"Where", "Expm1"})
    void elu() {
        forAll(withParam(Domain.AWAY_FROM_KINKS, Gens.doubles(0.1, 2))).checkGradients(WithParam::inputs, (c, in) -> in[0].elu(c.p()));
    }

    /** Any real exponent on positive bases; p = 0, 0.5, 1, 2 and −1 take special paths in Pow. */
    @Test @Covers("Pow")
    void powScalarOnPositiveBases() {
        Gen<Double> p = Gens.oneOf(Gens.elements(0.0, 0.5, 1.0, 2.0, -1.0, 3.0, -0.5), Gens.doubles(-3, 3));
        forAll(withParam(Domain.POSITIVE, p)).checkGradients(WithParam::inputs, (c, in) -> in[0].pow(c.p()));
    }

    /** Integer exponents on bases of either sign (|x| ≥ 0.1). */
    @Test @Covers("Pow")
    void powIntegerOnRealBases() {
        forAll(withParam(Domain.AWAY_FROM_KINKS, Gens.elements(2.0, 3.0, -1.0, -2.0, 4.0, 1.0, 0.0)))
                .checkGradients(WithParam::inputs, (c, in) -> in[0].pow(c.p()));
    }

    /** A tensor and two scalar parameters of an op. */
    record WithParams(Tensor x, double p, double q) {
        Tensor[] inputs() { return new Tensor[] {x}; }
    }

    /** softplus(β, threshold): β in [0.5, 3], threshold in [1, 20], x over [−30, 30] to cross the threshold. */
    @Test @Covers({"Softplus", "Where"})
    void softplusWithBetaAndThreshold() {
        Gen<WithParams> cases = Gens.zip(Gens.tensors(Domain.REAL), Gens.doubles(0.5, 3), Gens.doubles(1, 20), WithParams::new);
        forAll(cases).checkGradients(WithParams::inputs, (c, in) -> in[0].mul(10).softplus(c.p(), c.q()));
    }

    /** clamp(lo, hi) with bounds that are multiples of 0.5, lo < hi, so AWAY_FROM_KINKS values avoid them. */
    @Test @Covers("Where")
    void clampWithScalarBounds() {
        Gen<WithParams> cases = Gens.tensors(Domain.AWAY_FROM_KINKS).flatMap(x -> Gens.integers(-6, 5)
                .flatMap(lo -> Gens.integers(lo + 1, 6).map(hi -> new WithParams(x, lo / 2.0, hi / 2.0))));
        forAll(cases).checkGradients(WithParams::inputs, (c, in) -> in[0].clamp(c.p(), c.q()));
    }
}
