package io.github.tapegrad.ops;

import static io.github.tapegrad.ops.OpGens.forAll;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.Domain;
import io.github.tapegrad.check.Gen;
import io.github.tapegrad.check.Gens;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gradient properties of matmul under PyTorch's rules (vectors, matrices, broadcast batches), dot and outer. */
class MatmulGradientsTest {

    private static Gen<Integer> dim() {
        return Gens.integers(1, 4);
    }

    private static Gen<Tensor[]> operands(Shape a, Shape b) {
        return OpGens.tensorsOf(List.of(a, b), Domain.REAL);
    }

    private static Shape with(Shape batch, int... last) {
        int[] d = Arrays.copyOf(batch.toArray(), batch.rank() + last.length);
        System.arraycopy(last, 0, d, batch.rank(), last.length);
        return Shape.of(d);
    }

    @Test @Covers({"MatMulOp", "Reshape"})
    void vectorDotVector() {
        forAll(dim().flatMap(k -> operands(Shape.of(k), Shape.of(k)))).checkGradients(in -> in[0].matmul(in[1]));
    }

    @Test @Covers("MatMulOp")
    void matrixTimesMatrix() {
        Gen<Tensor[]> cases = Gens.zip(dim(), dim(), dim(), (n, k, m) -> new int[] {n, k, m})
                .flatMap(d -> operands(Shape.of(d[0], d[1]), Shape.of(d[1], d[2])));
        forAll(cases).checkGradients(in -> in[0].matmul(in[1]));
    }

    /** Batch dimensions (rank 0–2) that broadcast against each other. */
    @Test @Covers({"MatMulOp", "Expand"})
    void batchedWithBroadcasting() {
        Gen<Tensor[]> cases = Gens.broadcastableShapes(Gens.shapes(0, 2, 1, 3, 9), 2).flatMap(b -> Gens.zip(dim(), dim(), dim(),
                (n, k, m) -> new Shape[] {with(b[0], n, k), with(b[1], k, m)})).flatMap(s -> operands(s[0], s[1]));
        forAll(cases).checkGradients(in -> in[0].matmul(in[1]));
    }

    @Test @Covers("MatMulOp")
    void vectorTimesBatch() {
        Gen<Tensor[]> cases = Gens.shapes(0, 2, 1, 3, 9).flatMap(b -> Gens.zip(dim(), dim(), (k, m) -> new Shape[] {Shape.of(k), with(b, k, m)}))
                .flatMap(s -> operands(s[0], s[1]));
        forAll(cases).checkGradients(in -> in[0].matmul(in[1]));
    }

    @Test @Covers("MatMulOp")
    void batchTimesVector() {
        Gen<Tensor[]> cases = Gens.shapes(0, 2, 1, 3, 9).flatMap(b -> Gens.zip(dim(), dim(), (n, k) -> new Shape[] {with(b, n, k), Shape.of(k)}))
                .flatMap(s -> operands(s[0], s[1]));
        forAll(cases).checkGradients(in -> in[0].matmul(in[1]));
    }

    @Test @Covers("MatMulOp")
    void dot() {
        forAll(dim().flatMap(k -> operands(Shape.of(k), Shape.of(k)))).checkGradients(in -> in[0].dot(in[1]));
    }

    @Test @Covers({"Mul", "Expand"})
    void outer() {
        forAll(Gens.zip(dim(), dim(), (n, m) -> new int[] {n, m}).flatMap(d -> operands(Shape.of(d[0]), Shape.of(d[1]))))
                .checkGradients(in -> in[0].outer(in[1]));
    }

    /** linear: x (…, in) · Wᵀ + b, one Linear node with W read transposed and b added in place; batches of rank 1–3. */
    @Test @Covers({"Linear", "Reshape"})
    void linear() {
        Gen<Tensor[]> cases = Gens.shapes(0, 2, 1, 3, 9).flatMap(b -> Gens.zip(dim(), dim(), (in, out) ->
                new Shape[] {with(b, in), Shape.of(out, in), Shape.of(out)})).flatMap(s -> OpGens.tensorsOf(List.of(s), Domain.REAL));
        forAll(cases).checkGradients(in -> in[0].linear(in[1], in[2]));
    }

    @Test @Covers("Linear")
    void linearWithoutBias() {
        Gen<Tensor[]> cases = Gens.zip(dim(), dim(), dim(), (n, in, out) -> new Shape[] {Shape.of(n, in), Shape.of(out, in)})
                .flatMap(s -> OpGens.tensorsOf(List.of(s), Domain.REAL));
        forAll(cases).checkGradients(in -> in[0].linear(in[1], null));
    }

    /** Empty batches and zero output features give empty results and zero gradients, as in PyTorch. */
    @Test
    void linearOfEmptyShapes() {
        Tensor w = Tensor.ones(3, 2).requiresGrad(true), b = Tensor.ones(3).requiresGrad(true);
        Tensor y = Tensor.ones(0, 2).linear(w, b);
        org.junit.jupiter.api.Assertions.assertEquals(Shape.of(0, 3), y.shape());
        y.sum().backward();
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[6], w.grad().toArray(), 0.0);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[3], b.grad().toArray(), 0.0);
        org.junit.jupiter.api.Assertions.assertEquals(Shape.of(4, 0), Tensor.ones(4, 2).linear(Tensor.ones(0, 2), Tensor.ones(0)).shape());
    }

    /**
     * Zero input features: torch's F.linear(zeros(3, 0), zeros(2, 0), [1, 2]) is the bias broadcast to (3, 2), and
     * backward of its sum gives the bias [3, 3] (one per row) and empty gradients to x and W.
     */
    @Test
    void linearWithZeroInputFeaturesIsTheBias() {
        Tensor x = Tensor.zeros(3, 0).requiresGrad(true), w = Tensor.zeros(2, 0).requiresGrad(true);
        Tensor b = Tensor.of(1, 2).requiresGrad(true);
        Tensor y = x.linear(w, b);
        org.junit.jupiter.api.Assertions.assertEquals(Shape.of(3, 2), y.shape());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {1, 2, 1, 2, 1, 2}, y.toArray(), 0.0);
        y.sum().backward();
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {3, 3}, b.grad().toArray(), 0.0);
        org.junit.jupiter.api.Assertions.assertEquals(Shape.of(3, 0), x.grad().shape());
        org.junit.jupiter.api.Assertions.assertEquals(Shape.of(2, 0), w.grad().shape());
        Tensor batched = Tensor.zeros(2, 3, 0).linear(Tensor.zeros(2, 0), null);
        org.junit.jupiter.api.Assertions.assertEquals(Shape.of(2, 3, 2), batched.shape());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[12], batched.toArray(), 0.0);
    }

    /** linear equals matmul by the materialised transpose plus the bias, bitwise. */
    @Test
    void linearEqualsMatmulByTheTranspose() {
        Tensor x = Tensor.randn(new int[] {2, 5, 3}, 1), w = Tensor.randn(new int[] {4, 3}, 2), b = Tensor.randn(new int[] {4}, 3);
        org.junit.jupiter.api.Assertions.assertArrayEquals(x.matmul(w.t()).add(b).toArray(), x.linear(w, b).toArray(), 0.0);
        org.junit.jupiter.api.Assertions.assertArrayEquals(x.matmul(w.t()).toArray(), x.linear(w, null).toArray(), 0.0);
    }

    @Test
    void linearRejectsShapesThatDoNotFit() {
        Tensor x = Tensor.ones(2, 3);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> x.linear(Tensor.ones(4, 2), null));
        org.junit.jupiter.api.Assertions.assertEquals("linear: input (2, 3) and weight (4, 2) do not fit; the weight must be "
                + "(out, in) with in equal to the input's last dimension", e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> x.linear(Tensor.ones(4, 3), Tensor.ones(3)));
        org.junit.jupiter.api.Assertions.assertEquals("linear: bias (3) does not fit weight (4, 3); give a bias of shape (4) or none",
                e.getMessage());
    }
}
