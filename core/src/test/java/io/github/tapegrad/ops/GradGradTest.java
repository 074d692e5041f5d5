package io.github.tapegrad.ops;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.Domain;
import io.github.tapegrad.check.Gen;
import io.github.tapegrad.check.Gens;
import io.github.tapegrad.check.Property;
import io.github.tapegrad.ops.OpGens.Axis;
import io.github.tapegrad.ops.OpGens.Reduction;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Second-order properties (gradgradcheck) of a representative set of ops: their VJPs are differentiable and right. */
class GradGradTest {
    private static final int CASES = 100;

    /** Shapes of rank 0–3 with at most 16 elements: each case costs a backward per perturbed element. */
    private static final Gen<Shape> SMALL = Gens.shapes(0, 3, 1, 3, 16);

    private static <T> Property<T> forAll(Gen<T> gen) {
        return Property.forAll(gen).cases(CASES);
    }

    private static void unary(Domain d, UnaryOperator<Tensor> f) {
        forAll(Gens.tensors(SMALL, d)).checkGradGrad(in -> f.apply(in[0]));
    }

    private static void binary(Domain a, Domain b, BinaryOperator<Tensor> f) {
        Gen<Tensor[]> pairs = Gens.broadcastableShapes(SMALL, 2).flatMap(s ->
                OpGens.tensorsOf(List.of(s[0]), a).flatMap(x -> Gens.tensor(s[1], b).map(y -> new Tensor[] {x[0], y})));
        forAll(pairs).checkGradGrad(in -> f.apply(in[0], in[1]));
    }

    @Test @Covers("Mul") void mul() { binary(Domain.REAL, Domain.REAL, Tensor::mul); }

    @Test @Covers("Div") void div() { binary(Domain.REAL, Domain.AWAY_FROM_KINKS, Tensor::div); }

    @Test @Covers("Exp") void exp() { unary(Domain.REAL, Tensor::exp); }

    @Test @Covers("Log") void log() { unary(Domain.POSITIVE, Tensor::log); }

    @Test @Covers("Tanh") void tanh() { unary(Domain.REAL, Tensor::tanh); }

    @Test @Covers("Sigmoid") void sigmoid() { unary(Domain.REAL, x -> x.mul(4).sigmoid()); }

    @Test @Covers("Softplus") void softplus() { unary(Domain.REAL, x -> x.mul(4).softplus()); }

    @Test @Covers("Erf") void erf() { unary(Domain.REAL, Tensor::erf); }

    @Test @Covers("Pow")
    void powScalar() {
        unary(Domain.POSITIVE, x -> x.pow(2.5));
        unary(Domain.POSITIVE, x -> x.pow(-1.5));
        unary(Domain.REAL, x -> x.pow(3));
    }

    @Test @Covers("PowTensor") void powTensor() { binary(Domain.POSITIVE, Domain.REAL, Tensor::pow); }

    @Test @Covers("MatMulOp")
    void matmul() {
        Gen<Tensor[]> cases = Gens.zip(Gens.integers(1, 3), Gens.integers(1, 3), Gens.integers(1, 3), (n, k, m) -> new int[] {n, k, m})
                .flatMap(d -> OpGens.tensorsOf(List.of(Shape.of(2, d[0], d[1]), Shape.of(d[1], d[2])), Domain.REAL));
        forAll(cases).checkGradGrad(in -> in[0].matmul(in[1]));
    }

    /** Linear's VJPs are MatMul and Sum nodes, so they are differentiated again. */
    @Test @Covers("Linear")
    void linear() {
        Gen<Tensor[]> cases = Gens.zip(Gens.integers(1, 3), Gens.integers(1, 3), Gens.integers(1, 3), (n, k, m) -> new int[] {n, k, m})
                .flatMap(d -> OpGens.tensorsOf(List.of(Shape.of(d[0], d[1]), Shape.of(d[2], d[1]), Shape.of(d[2])), Domain.REAL));
        forAll(cases).checkGradGrad(in -> in[0].linear(in[1], in[2]));
    }

    @Test @Covers({"Exp", "Div", "Sum", "Max"})
    void softmax() {
        Gen<Axis> cases = Gens.tensors(Gens.shapes(1, 3, 1, 3, 16), Domain.REAL)
                .flatMap(x -> Gens.integers(-x.dim(), x.dim() - 1).map(a -> new Axis(x, a)));
        forAll(cases).checkGradGrad(Axis::inputs, (c, in) -> in[0].softmax(c.axis()));
    }

    @Test @Covers("LogSoftmax")
    void logSoftmax() {
        Gen<Axis> cases = Gens.tensors(Gens.shapes(0, 3, 1, 3, 16), Domain.REAL)
                .flatMap(x -> Gens.integers(-Math.max(1, x.dim()), Math.max(1, x.dim()) - 1).map(a -> new Axis(x, a)));
        forAll(cases).checkGradGrad(Axis::inputs, (c, in) -> in[0].mul(3).logSoftmax(c.axis()));
    }

    @Test @Covers({"Exp", "Log", "Sum"})
    void logSumExp() {
        forAll(OpGens.reductions(Gens.tensors(SMALL, Domain.REAL)))
                .checkGradGrad(Reduction::inputs, (c, in) -> in[0].logSumExp(c.axes(), c.keepDims()));
    }

    @Test @Covers({"Sum", "Expand"})
    void sum() {
        forAll(OpGens.reductions(Gens.tensors(SMALL, Domain.REAL)))
                .checkGradGrad(Reduction::inputs, (c, in) -> in[0].square().sum(c.axes(), c.keepDims()));
    }

    @Test @Covers("Max")
    void max() {
        forAll(OpGens.reductions(Gens.tensors(SMALL, Domain.DISTINCT)))
                .checkGradGrad(Reduction::inputs, (c, in) -> in[0].max(c.axes(), c.keepDims()));
    }

    /** x, an axis and an index along it. */
    record Gathered(Tensor x, int axis, Tensor index) {
        Tensor[] inputs() { return new Tensor[] {x}; }
    }

    @Test @Covers({"Gather", "ScatterAdd"})
    void gather() {
        Gen<Gathered> cases = Gens.tensors(Gens.shapes(1, 3, 1, 3, 16), Domain.REAL).flatMap(x -> Gens.integers(0, x.dim() - 1)
                .flatMap(ax -> Gens.indices(x.shape(), x.size(ax)).map(ix -> new Gathered(x, ax, ix))));
        forAll(cases).checkGradGrad(Gathered::inputs, (c, in) -> in[0].gather(c.axis(), c.index()).square());
    }

    /** A constant mask and two branches of shapes that broadcast together. */
    record Masked(Tensor mask, Tensor a, Tensor b) {
        Tensor[] inputs() { return new Tensor[] {a, b}; }
    }

    @Test @Covers("Where")
    void where() {
        Gen<Masked> cases = Gens.broadcastableShapes(SMALL, 3).flatMap(s -> Gens.zip(Gens.masks(s[0]),
                Gens.tensor(s[1], Domain.REAL), Gens.tensor(s[2], Domain.REAL), Masked::new));
        forAll(cases).checkGradGrad(Masked::inputs, (c, in) -> Tensor.where(c.mask(), in[0].square(), in[1].exp()));
    }
}
