package io.github.tapegrad.ops;

import static io.github.tapegrad.ops.OpGens.forAll;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.Domain;
import io.github.tapegrad.check.Gen;
import io.github.tapegrad.check.Gens;
import java.util.List;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Test;

/** Gradient properties of the broadcasting ops of two or three tensors, over generated broadcastable shapes. */
class BinaryGradientsTest {

    private static void property(Domain a, Domain b, BinaryOperator<Tensor> f) {
        forAll(Gens.broadcastable(a, b)).checkGradients(in -> f.apply(in[0], in[1]));
    }

    @Test @Covers({"Add", "Expand", "Reshape", "Sum"}) void add() { property(Domain.REAL, Domain.REAL, Tensor::add); }

    @Test @Covers("Sub") void sub() { property(Domain.REAL, Domain.REAL, Tensor::sub); }

    @Test @Covers("Mul") void mul() { property(Domain.REAL, Domain.REAL, Tensor::mul); }

    /** Denominators of either sign, at least 0.1 from 0. */
    @Test @Covers("Div") void div() { property(Domain.REAL, Domain.AWAY_FROM_KINKS, Tensor::div); }

    @Test @Covers("PowTensor") void powTensor() { property(Domain.POSITIVE, Domain.REAL, Tensor::pow); }

    @Test @Covers("Maximum") void maximum() { property(Domain.REAL, Domain.REAL, Tensor::maximum); }

    @Test @Covers({"Maximum", "Neg"}) void minimum() { property(Domain.REAL, Domain.REAL, Tensor::minimum); }

    /** A constant 0/1 mask and differentiable tensors, all of shapes that broadcast together. */
    record Masked(Tensor mask, Tensor a, Tensor b) {
        Tensor[] inputs() { return new Tensor[] {a, b}; }
    }

    private static Gen<Masked> masked() {
        return Gens.broadcastableShapes(3).flatMap(s -> Gens.zip(Gens.masks(s[0]), Gens.tensor(s[1], Domain.REAL),
                Gens.tensor(s[2], Domain.REAL), Masked::new));
    }

    @Test @Covers("Where")
    void where() {
        forAll(masked()).checkGradients(Masked::inputs, (c, in) -> Tensor.where(c.mask(), in[0], in[1]));
    }

    @Test @Covers("Where")
    void whereWithScalarBranches() {
        forAll(masked()).checkGradients(c -> new Tensor[] {c.a()}, (c, in) -> Tensor.where(c.mask(), in[0], 2.5));
        forAll(masked()).checkGradients(c -> new Tensor[] {c.b()}, (c, in) -> Tensor.where(c.mask(), -1.5, in[0]));
    }

    /** maskedFill needs a mask that broadcasts to x's shape (PyTorch's rule). */
    @Test @Covers("Where")
    void maskedFill() {
        Gen<Masked> cases = Gens.broadcastableShapes(2).flatMap(s -> {
            Shape out = Shape.broadcast(s[0], s[1], "maskedFill");
            return Gens.zip(Gens.masks(s[0]), Gens.tensor(out, Domain.REAL), (m, x) -> new Masked(m, x, x));
        });
        forAll(cases).checkGradients(c -> new Tensor[] {c.a()}, (c, in) -> in[0].maskedFill(c.mask(), 0.75));
    }

    /** clamp(lo, hi) by tensors: x, lo and hi broadcast together and all get gradients. */
    @Test @Covers("Where")
    void clampWithTensorBounds() {
        forAll(Gens.broadcastable(Domain.REAL, Domain.REAL, Domain.REAL)).checkGradients(in -> in[0].clamp(in[1], in[2]));
    }

    @Test @Covers("Where")
    void clampWithOneTensorBound() {
        forAll(Gens.broadcastable(Domain.REAL, Domain.REAL)).checkGradients(in -> in[0].clamp(in[1], null));
        forAll(Gens.broadcastable(Domain.REAL, Domain.REAL)).checkGradients(in -> in[0].clamp(null, in[1]));
    }

    /** Scalar operands of the arithmetic (a + c, a − c, c − a, a · c, a / c). */
    @Test @Covers({"Add", "Sub", "Mul", "Div"})
    void arithmeticWithConstants() {
        forAll(Gens.inputs(List.of(Gens.tensors(Domain.REAL)))).checkGradients(in -> in[0].add(1.5).mul(-2).sub(0.5).div(3).rsub(1));
    }
}
