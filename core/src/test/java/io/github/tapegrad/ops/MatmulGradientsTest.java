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
}
