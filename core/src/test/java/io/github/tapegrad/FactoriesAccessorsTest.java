package io.github.tapegrad;

import static io.github.tapegrad.ShapeErrorsTest.iae;
import static io.github.tapegrad.ShapeErrorsTest.message;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Accessors of a freshly made tensor: shape, dim, size, item, get, toArray. */
class FactoriesAccessorsTest {
    private final Tensor t = Tensor.arange(24).reshape(2, 3, 4);

    @Test
    void shapeDimAndSize() {
        assertEquals(Shape.of(2, 3, 4), t.shape());
        assertArrayEquals(new int[] {2, 3, 4}, t.shape().toArray());
        assertEquals(3, t.dim());
        assertEquals(24, t.size());
        assertEquals(2, t.size(0));
        assertEquals(4, t.size(-1));
        assertEquals(3, t.size(-2));
        assertEquals(0, Tensor.zeros(3, 0).size());
        assertEquals(1, Tensor.scalar(5).size());
    }

    @Test
    void sizeOfAMissingAxis() {
        assertEquals("size: axis 3 is out of range for a tensor of shape (2, 3, 4) (expected -3..2)", iae(() -> t.size(3)));
        assertEquals("size: a scalar has no dimensions, so no axis 0; use size() for its element count",
                iae(() -> Tensor.scalar(1).size(0)));
        assertEquals("shape: a scalar has no dimensions, so no axis -1; use size() for its element count",
                iae(() -> Shape.of().get(-1)));
    }

    @Test
    void itemOfOneElement() {
        assertEquals(5, Tensor.scalar(5).item());
        assertEquals(-2, Tensor.full(-2, 1, 1, 1).item());
    }

    @Test
    void itemOfManyElements() {
        assertEquals("item: the tensor of shape (2, 3, 4) has 24 elements, but item() needs exactly one; use get(...) for "
                + "one element or reduce first (sum(), mean())", message(IllegalStateException.class, t::item));
        assertEquals("item: the tensor of shape (0) has 0 elements, but item() needs exactly one; use get(...) for one "
                + "element or reduce first (sum(), mean())", message(IllegalStateException.class, Tensor.zeros(0)::item));
    }

    @Test
    void getCountsNegativeIndicesFromTheEnd() {
        assertEquals(0, t.get(0, 0, 0));
        assertEquals(23, t.get(-1, -1, -1));
        assertEquals(1 * 12 + 2 * 4 + 1, t.get(1, 2, 1));
        assertEquals(t.get(1, 2, 1), t.get(-1, -1, -3));
        assertEquals(7, Tensor.scalar(7).get());
    }

    @Test
    void getOutOfBounds() {
        assertEquals("get: index 3 is out of bounds for dimension 1 of size 3 (shape (2, 3, 4)); use -3..2",
                message(IndexOutOfBoundsException.class, () -> t.get(0, 3, 0)));
        assertEquals("get: index -5 is out of bounds for dimension 2 of size 4 (shape (2, 3, 4)); use -4..3",
                message(IndexOutOfBoundsException.class, () -> t.get(0, 0, -5)));
    }

    @Test
    void getWithTheWrongNumberOfIndices() {
        assertEquals("get: 2 indices for a tensor of shape (2, 3, 4); give one index per dimension (3)",
                iae(() -> t.get(0, 0)));
    }

    @Test
    void toArrayIsACopy() {
        double[] a = t.toArray();
        a[0] = 100;
        assertEquals(0, t.get(0, 0, 0));
        assertEquals(0, t.toArray()[0]);
        assertEquals(24, a.length);
    }

    @Test
    void aReshapeSharesValuesButToArrayStillCopies() {
        Tensor w = Tensor.zeros(2, 2);
        Tensor v = w.reshape(4);
        w.fillInPlace(3);
        assertArrayEquals(new double[] {3, 3, 3, 3}, v.toArray(), "a reshape is a view of the same buffer");
        assertEquals(w.version(), v.version());
    }
}
