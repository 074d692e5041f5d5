package io.github.tapegrad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** One test per error text of shape-checking ops: each names the op, the shapes, the bad dimension, and one fix. */
class ShapeErrorsTest {
    private final Tensor a = Tensor.zeros(2, 3);

    static String message(Class<? extends Throwable> type, Executable e) {
        return assertThrows(type, e).getMessage();
    }

    static String iae(Executable e) {
        return message(IllegalArgumentException.class, e);
    }

    @Test
    void addOfNonBroadcastableShapes() {
        assertEquals("add: shapes (2, 3) and (4, 3) do not broadcast at dimension 0 (2 vs 4); make the sizes equal or "
                + "one of them 1", iae(() -> a.add(Tensor.zeros(4, 3))));
    }

    @Test
    void mulOfNonBroadcastableShapesNamesTheAlignedDimension() {
        assertEquals("mul: shapes (2, 3) and (5, 1, 2) do not broadcast at dimension 2 (3 vs 2); make the sizes equal or "
                + "one of them 1", iae(() -> a.mul(Tensor.zeros(5, 1, 2))));
    }

    @Test
    void whereOfNonBroadcastableShapes() {
        assertEquals("where: shapes (2, 3) and (2) do not broadcast at dimension 1 (3 vs 2); make the sizes equal or one "
                + "of them 1", iae(() -> Tensor.where(Tensor.ones(2, 3), a, Tensor.zeros(2))));
    }

    @Test
    void axisOutOfRange() {
        assertEquals("sum: axis 2 is out of range for a tensor of shape (2, 3) (expected -2..1)", iae(() -> a.sum(2)));
        assertEquals("max: axis -3 is out of range for a tensor of shape (2, 3) (expected -2..1)",
                iae(() -> a.max(-3, false)));
        assertEquals("sum: axis 1 is out of range for a tensor of shape () (expected -1..0 for a scalar)",
                iae(() -> Tensor.scalar(1).sum(1)));
    }

    @Test
    void duplicateAxes() {
        assertEquals("sum: axis -2 is given twice (as 0) for shape (2, 3); list each axis once",
                iae(() -> a.sum(new int[] {0, -2}, false)));
        assertEquals("var: axis 1 is given twice (as 1) for shape (2, 3); list each axis once",
                iae(() -> a.var(new int[] {1, 1}, 1, false)));
    }

    @Test
    void derivedReductionsNameThemselvesInAxisErrors() {
        assertEquals("mean: axis 2 is out of range for a tensor of shape (2, 3) (expected -2..1)", iae(() -> a.mean(2)));
        assertEquals("std: axis 0 is given twice (as 0) for shape (2, 3); list each axis once",
                iae(() -> a.std(new int[] {0, 0}, 1, false)));
        assertEquals("logSumExp: axis 5 is out of range for a tensor of shape (2, 3) (expected -2..1)",
                iae(() -> a.logSumExp(5, false)));
        assertEquals("softmax: axis 2 is out of range for a tensor of shape (2, 3) (expected -2..1)", iae(() -> a.softmax(2)));
        assertEquals("logSoftmax: axis -3 is out of range for a tensor of shape (2, 3) (expected -2..1)",
                iae(() -> a.logSoftmax(-3)));
        assertEquals("norm: axis 2 is out of range for a tensor of shape (2, 3) (expected -2..1)",
                iae(() -> a.norm(2, new int[] {2}, false)));
    }

    @Test
    void reshapeToTheWrongSize() {
        assertEquals("reshape: cannot reshape (2, 3) (6 elements) to (4, 2) (8 elements); the sizes must multiply to 6",
                iae(() -> a.reshape(4, 2)));
        assertEquals("reshape: cannot reshape (2, 3) (6 elements) to (4, -1): 6 is not a multiple of 4; make the known "
                + "sizes divide 6", iae(() -> a.reshape(4, -1)));
    }

    /**
     * torch: "cannot reshape tensor of 0 elements into shape [0, -1] because the unspecified dimension size -1 can be
     * any value and is ambiguous".
     */
    @Test
    void reshapeOfAnEmptyTensorCannotInferMinusOne() {
        assertEquals("reshape: cannot reshape (0, 3) (0 elements) to (0, -1): the -1 could be any size, since the "
                + "other sizes multiply to 0; give every size", iae(() -> Tensor.zeros(0, 3).reshape(0, -1)));
        assertEquals(Shape.of(2, 0), Tensor.zeros(0, 3).reshape(2, -1).shape(), "inferable: 0 / 2 = 0");
    }

    @Test
    void reshapeWithTwoInferredSizes() {
        assertEquals("reshape: only one dimension can be -1, but [-1, -1] has more; give all sizes but one",
                iae(() -> a.reshape(-1, -1)));
    }

    @Test
    void permuteThatIsNotAPermutation() {
        assertEquals("permute: dimension 0 appears twice in [0, 0]; give each dimension once", iae(() -> a.permute(0, 0)));
        assertEquals("permute: dimension -2 appears twice in [0, -2]; give each dimension once",
                iae(() -> a.permute(0, -2)));
        assertEquals("permute: 1 dims for a tensor of shape (2, 3); give a permutation of all 2 dimensions",
                iae(() -> a.permute(0)));
    }

    @Test
    void matmulInnerSizeMismatch() {
        assertEquals("matmul: inner sizes differ: (2, 3) @ (4, 5) (3 vs 4); the last dimension of the first must equal the "
                + "second-to-last dimension of the second", iae(() -> a.matmul(Tensor.zeros(4, 5))));
        assertEquals("matmul: inner sizes differ: (2, 3) @ (4) (3 vs 4); the last dimension of the first must equal the "
                + "length of the second", iae(() -> a.matmul(Tensor.zeros(4))));
    }

    @Test
    void matmulBatchMismatch() {
        assertEquals("matmul: batch dimensions of (2, 3, 4) and (5, 4, 2) do not broadcast ((2) vs (5)); make them equal "
                + "or 1", iae(() -> Tensor.zeros(2, 3, 4).matmul(Tensor.zeros(5, 4, 2))));
    }

    @Test
    void matmulOfAScalar() {
        assertEquals("matmul: both operands need at least 1 dimension, got () and (3); use mul for scalars",
                iae(() -> Tensor.scalar(2).matmul(Tensor.zeros(3))));
    }

    @Test
    void concatShapeMismatch() {
        assertEquals("concat: tensor 1 has shape (2, 4) but tensor 0 has (2, 3); all dimensions but 0 must match",
                iae(() -> Tensor.concat(0, a, Tensor.zeros(2, 4))));
        assertEquals("concat: tensor 2 has shape (3) but tensor 0 has (2, 3); all dimensions but 1 must match",
                iae(() -> Tensor.concat(1, a, a, Tensor.zeros(3))));
    }

    @Test
    void stackShapeMismatch() {
        assertEquals("stack: tensor 1 has shape (3, 2) but tensor 0 has (2, 3); stacked tensors must have equal shapes",
                iae(() -> Tensor.stack(0, a, Tensor.zeros(3, 2))));
    }

    @Test
    void narrowOutOfRange() {
        assertEquals("narrow: start 2 and length 3 leave dimension 1 of size 3 (shape (2, 3)); keep start + length <= 3",
                message(IndexOutOfBoundsException.class, () -> a.narrow(1, 2, 3)));
        assertEquals("narrow: start -5 and length 1 leave dimension 1 of size 3 (shape (2, 3)); keep start + length <= 3",
                message(IndexOutOfBoundsException.class, () -> a.narrow(-1, -5, 1)));
    }

    @Test
    void splitSizesThatDoNotAddUp() {
        assertEquals("split: sizes [1, 1] add up to 2 but dimension 1 of shape (2, 3) has 3; make them add up",
                iae(() -> a.split(new int[] {1, 1}, 1)));
    }

    @Test
    void broadcastToASmallerShape() {
        assertEquals("broadcastTo: shape (2, 3) cannot be expanded to (3); a tensor broadcasts only to shapes at least as "
                + "long, with its sizes equal or 1", iae(() -> a.broadcastTo(3)));
    }

    @Test
    void transposeOfTooManyDimensions() {
        assertEquals("t: expects a tensor with at most 2 dimensions, got shape (2, 3, 4); use transpose(-2, -1) or mT() "
                + "for batches", iae(() -> Tensor.zeros(2, 3, 4).t()));
    }
}
