package io.github.tapegrad;

import static io.github.tapegrad.ShapeErrorsTest.iae;
import static io.github.tapegrad.ShapeErrorsTest.message;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Error texts of gather, scatterAdd, indexSelect and oneHot. */
class IndexingErrorsTest {
    private final Tensor x = Tensor.arange(6).reshape(2, 3);

    private static Tensor index(double... v) {
        return Tensor.of(v, 2, 2);
    }

    @Test
    void gatherIndexOfAnotherRank() {
        assertEquals("gather: index has shape (2) but the input has shape (2, 3); the index needs the input's rank (2)",
                iae(() -> x.gather(1, Tensor.of(0, 1))));
    }

    @Test
    void gatherIndexLargerThanTheInputOffTheAxis() {
        assertEquals("gather: index size 3 at dimension 0 exceeds the input's 2 (index (3, 1), input (2, 3)); only the "
                + "gathered axis may be larger", iae(() -> x.gather(1, Tensor.zeros(3, 1))));
    }

    @Test
    void gatherIndexOutOfRange() {
        assertEquals("gather: index 3 at flat position 1 of the index (shape (2, 2)) is out of bounds for size 3; indices "
                + "must lie in 0..2", message(IndexOutOfBoundsException.class, () -> x.gather(1, index(0, 3, 1, 1))));
        assertEquals("gather: index -1 at flat position 2 of the index (shape (2, 2)) is out of bounds for size 2; indices "
                + "must lie in 0..1", message(IndexOutOfBoundsException.class, () -> x.gather(0, index(0, 1, -1, 1))));
    }

    @Test
    void gatherIndexThatIsNotAnInteger() {
        assertEquals("gather: index 1.5 at flat position 3 of the index (shape (2, 2)) is not an integer; indices must hold "
                + "whole numbers", iae(() -> x.gather(1, index(0, 1, 2, 1.5))));
        assertEquals("gather: index NaN at flat position 0 of the index (shape (2, 2)) is not an integer; indices must "
                + "hold whole numbers", iae(() -> x.gather(1, index(Double.NaN, 1, 2, 1))));
    }

    /** An index beyond int's range is a whole number out of bounds, not "not an integer" (a cast saturated it). */
    @Test
    void gatherAndOneHotIndexBeyondIntRange() {
        Class<IndexOutOfBoundsException> oob = IndexOutOfBoundsException.class;
        assertEquals("gather: index 3000000000 at flat position 1 of the index (shape (2, 2)) is out of bounds for "
                + "size 3; indices must lie in 0..2", message(oob, () -> x.gather(1, index(0, 3e9, 1, 1))));
        assertEquals("gather: index -3000000000 at flat position 0 of the index (shape (2, 2)) is out of bounds for "
                + "size 3; indices must lie in 0..2", message(oob, () -> x.gather(1, index(-3e9, 0, 1, 1))));
        assertEquals("oneHot: index 10000000000 at flat position 0 of the index (shape (1)) is out of bounds for "
                + "size 3; indices must lie in 0..2", message(oob, () -> Tensor.oneHot(Tensor.of(1e10), 3)));
        assertEquals("oneHot: index Infinity at flat position 0 of the index (shape (1)) is not an integer; indices "
                + "must hold whole numbers", iae(() -> Tensor.oneHot(Tensor.of(Double.POSITIVE_INFINITY), 3)));
    }

    /** indexSelect reports the user's 1-D index, not the broadcast index it gathers with. */
    @Test
    void indexSelectIndexOutOfRangeOrNotAnInteger() {
        Tensor z = Tensor.zeros(2, 2);
        assertEquals("indexSelect: index 2 at flat position 0 of the index (shape (1)) is out of bounds for size 2; "
                + "indices must lie in 0..1",
                message(IndexOutOfBoundsException.class, () -> z.indexSelect(0, Tensor.of(2))));
        assertEquals("indexSelect: index 0.5 at flat position 1 of the index (shape (2)) is not an integer; indices "
                + "must hold whole numbers", iae(() -> z.indexSelect(-1, Tensor.of(1, 0.5))));
    }

    @Test
    void scatterAddIndexOutOfRange() {
        assertEquals("scatterAdd: index 3 at flat position 1 of the index (shape (2, 2)) is out of bounds for size 3; "
                + "indices must lie in 0..2",
                message(IndexOutOfBoundsException.class, () -> x.scatterAdd(1, index(0, 3, 1, 1), Tensor.ones(2, 2))));
    }

    @Test
    void scatterAddSourceSmallerThanTheIndex() {
        assertEquals("scatterAdd: src has shape (2) but the index has shape (2, 2); give src at least the index's shape",
                iae(() -> x.scatterAdd(1, index(0, 1, 1, 1), Tensor.zeros(2))));
        assertEquals("scatterAdd: index size 2 at dimension 1 exceeds src's 1; give src at least the index's shape",
                iae(() -> x.scatterAdd(1, index(0, 1, 1, 1), Tensor.zeros(2, 1))));
    }

    @Test
    void indexSelectNeedsAVector() {
        assertEquals("indexSelect: index must be 1-D, got shape (2, 2); flatten it",
                iae(() -> x.indexSelect(0, index(0, 1, 1, 0))));
    }

    @Test
    void oneHotOutOfRange() {
        assertEquals("oneHot: index 3 at flat position 1 of the index (shape (2)) is out of bounds for size 3; indices "
                + "must lie in 0..2", message(IndexOutOfBoundsException.class, () -> Tensor.oneHot(Tensor.of(0, 3), 3)));
    }
}
