package io.github.tapegrad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The factories: values, shapes, reproducible randomness, and the texts of rejected arguments. */
class FactoriesTest {

    @Test
    void ofFillsTheShapeRowMajorAndCopiesTheData() {
        double[] v = {1, 2, 3, 4, 5, 6};
        Tensor t = Tensor.of(v, 2, 3);
        v[0] = 99;
        assertEquals(Shape.of(2, 3), t.shape());
        assertEquals(1, t.get(0, 0));
        assertEquals(4, t.get(1, 0));
        assertEquals(6, t.get(1, 2));
    }

    @Test
    void ofWithTheWrongCountSaysHowManyValuesTheShapeHolds() {
        var e = assertThrows(IllegalArgumentException.class, () -> Tensor.of(new double[5], 2, 3));
        assertEquals("of: 5 values do not fill shape (2, 3) (6 elements); give as many values as the shape holds",
                e.getMessage());
    }

    @Test
    void raggedRowsNameTheFirstRowThatDiffers() {
        var e = assertThrows(IllegalArgumentException.class, () -> Tensor.of(new double[][] {{1, 2}, {3, 4}, {5}}));
        assertEquals("of: ragged rows: row 2 has 1 values but row 0 has 2; give every row the same length", e.getMessage());
    }

    @Test
    void ofRowsBuildsAMatrix() {
        Tensor t = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        assertEquals(Shape.of(2, 3), t.shape());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, t.toArray());
        assertEquals(Shape.of(0, 0), Tensor.of(new double[0][]).shape());
    }

    @Test
    void aScalarIsNotAOneElementVector() {
        Tensor s = Tensor.scalar(2.5), v = Tensor.of(2.5);
        assertEquals(Shape.of(), s.shape());
        assertEquals(Shape.of(1), v.shape());
        assertNotEquals(s.shape(), v.shape());
        assertEquals(0, s.dim());
        assertEquals(1, v.dim());
        assertEquals(2.5, s.item());
        assertEquals(2.5, v.item());
        assertEquals("tensor(2.5000)", s.toString());
        assertEquals("tensor([2.5000])", v.toString());
        assertEquals(Shape.of(1), s.add(v).shape(), "() broadcasts with (1) to (1)");
    }

    @Test
    void constantFactories() {
        assertArrayEquals(new double[6], Tensor.zeros(2, 3).toArray());
        assertArrayEquals(new double[] {1, 1, 1}, Tensor.ones(3).toArray());
        assertArrayEquals(new double[] {-0.5, -0.5}, Tensor.full(-0.5, 1, 2).toArray());
        assertEquals(Shape.of(1, 2), Tensor.full(-0.5, 1, 2).shape());
        assertEquals(Shape.of(), Tensor.zeros().shape());
        assertEquals(Shape.of(0, 4), Tensor.ones(0, 4).shape());
        assertArrayEquals(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, Tensor.eye(3).toArray());
        assertArrayEquals(new double[] {1, 0, 0, 0, 1, 0}, Tensor.eye(2, 3).toArray());
        assertArrayEquals(new double[] {1, 0, 0, 1, 0, 0}, Tensor.eye(3, 2).toArray());
    }

    @Test
    void likeFactoriesTakeTheShapeButNotTheGraph() {
        Tensor w = Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 3, 2).requiresGrad(true);
        for (Tensor t : new Tensor[] {Tensor.zerosLike(w), Tensor.onesLike(w), Tensor.fullLike(w, 7),
                Tensor.randLike(w, new SplittableRandom(1)), Tensor.randnLike(w, new SplittableRandom(1))}) {
            assertEquals(Shape.of(3, 2), t.shape());
            assertFalse(t.requiresGrad());
        }
        assertArrayEquals(new double[] {7, 7, 7, 7, 7, 7}, Tensor.fullLike(w, 7).toArray());
        assertArrayEquals(new double[6], Tensor.zerosLike(w).toArray());
    }

    @Test
    void arangeCountsAsPyTorch() {
        assertEquals(10, Tensor.arange(0, 1, 0.1).size(), "ceil((1 - 0) / 0.1) = 10");
        assertEquals(3, Tensor.arange(0, 0.3, 0.1).size(), "ceil(0.3 / 0.1 = 2.9999999999999996) = 3");
        assertEquals(4, Tensor.arange(0, 1, 0.3).size());
        assertArrayEquals(new double[] {0, 1, 2, 3, 4}, Tensor.arange(5).toArray());
        assertArrayEquals(new double[] {2, 3, 4}, Tensor.arange(2, 5).toArray());
        assertArrayEquals(new double[] {-1, -1.25, -1.5, -1.75}, Tensor.arange(-1, -2, -0.25).toArray());
        assertEquals(0, Tensor.arange(3, 3).size());
    }

    @Test
    void arangeRejectsAStepThatNeverReachesTheEnd() {
        var zero = assertThrows(IllegalArgumentException.class, () -> Tensor.arange(0, 1, 0));
        assertEquals("arange: step 0.0 cannot go from 0.0 to 1.0; use a non-zero step with the sign of end - start",
                zero.getMessage());
        var away = assertThrows(IllegalArgumentException.class, () -> Tensor.arange(0, 1, -0.5));
        assertEquals("arange: step -0.5 cannot go from 0.0 to 1.0; use a non-zero step with the sign of end - start",
                away.getMessage());
    }

    /** torch raises for arange(nan) and arange(inf) ("unsupported range: 0 -> nan"); NaN gave an empty tensor. */
    @Test
    void arangeRejectsNonFiniteArguments() {
        var nan = assertThrows(IllegalArgumentException.class, () -> Tensor.arange(Double.NaN));
        assertEquals("arange: start 0.0, end NaN and step 1.0 must all be finite; give finite values",
                nan.getMessage());
        var inf = assertThrows(IllegalArgumentException.class, () -> Tensor.arange(Double.POSITIVE_INFINITY));
        assertEquals("arange: start 0.0, end Infinity and step 1.0 must all be finite; give finite values",
                inf.getMessage());
        var start = assertThrows(IllegalArgumentException.class, () -> Tensor.arange(Double.NEGATIVE_INFINITY, 0));
        assertEquals("arange: start -Infinity, end 0.0 and step 1.0 must all be finite; give finite values",
                start.getMessage());
        var step = assertThrows(IllegalArgumentException.class, () -> Tensor.arange(0, 1, Double.NaN));
        assertEquals("arange: start 0.0, end 1.0 and step NaN must all be finite; give finite values",
                step.getMessage());
    }

    @Test
    void linspaceHitsBothEndpointsExactly() {
        double[][] cases = {{0.1, 0.7, 11}, {-5, 2.5, 100}, {1, 0, 4}, {0, 1, 3}, {1e-3, 7.7, 1001}};
        for (double[] c : cases) {
            double[] v = Tensor.linspace(c[0], c[1], (int) c[2]).toArray();
            assertEquals((int) c[2], v.length);
            assertEquals(c[0], v[0], 0.0);
            assertEquals(c[1], v[v.length - 1], 0.0);
        }
        assertArrayEquals(new double[] {3}, Tensor.linspace(3, 9, 1).toArray(), "one step gives start, as PyTorch");
        assertEquals(0, Tensor.linspace(3, 9, 0).size());
        var e = assertThrows(IllegalArgumentException.class, () -> Tensor.linspace(0, 1, -2));
        assertEquals("linspace: steps is negative (-2); use steps >= 0", e.getMessage());
    }

    @Test
    void randomFactoriesAreReproducibleFromASeed() {
        int[] shape = {4, 5};
        assertArrayEquals(Tensor.rand(shape, 42).toArray(), Tensor.rand(shape, 42).toArray());
        assertArrayEquals(Tensor.randn(shape, 42).toArray(), Tensor.randn(shape, 42).toArray());
        assertArrayEquals(Tensor.randint(-3, 3, shape, 42).toArray(), Tensor.randint(-3, 3, shape, 42).toArray());
        assertFalse(java.util.Arrays.equals(Tensor.rand(shape, 42).toArray(), Tensor.rand(shape, 43).toArray()));
        assertArrayEquals(Tensor.rand(new SplittableRandom(7), 4, 5).toArray(), Tensor.rand(shape, 7).toArray());
        assertEquals(Shape.of(4, 5), Tensor.randn(shape, 1).shape());
    }

    @Test
    void randomValuesStayInTheirRanges() {
        double[] u = Tensor.rand(new int[] {10_000}, 3).toArray();
        double[] k = Tensor.randint(-2, 3, new int[] {10_000}, 3).toArray();
        int[] counts = new int[5];
        for (int i = 0; i < u.length; i++) {
            assertTrue(u[i] >= 0 && u[i] < 1, "rand in [0, 1)");
            assertTrue(k[i] == Math.rint(k[i]) && k[i] >= -2 && k[i] < 3, "randint in [-2, 3) and whole");
            counts[(int) k[i] + 2]++;
        }
        for (int c : counts) assertTrue(c > 1500, "each of the 5 values drawn about 2000 times, got " + c);
        double[] n = Tensor.randn(new int[] {10_000}, 3).toArray();
        double mean = java.util.Arrays.stream(n).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(n).map(x -> (x - mean) * (x - mean)).sum() / n.length);
        assertEquals(0, mean, 0.05);
        assertEquals(1, sd, 0.05);
    }

    @Test
    void randintRejectsAnEmptyRange() {
        var e = assertThrows(IllegalArgumentException.class, () -> Tensor.randint(3, 3, new int[] {2}, 1));
        assertEquals("randint: empty range [3, 3); use high > low", e.getMessage());
    }

    @Test
    void negativeSizesAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(2, -1));
        assertEquals("shape: dimension 1 is negative (-1) in (2, -1); sizes must be >= 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tensor.full(1, -3));
        assertThrows(IllegalArgumentException.class, () -> Tensor.eye(-1));
        assertThrows(IllegalArgumentException.class, () -> Tensor.rand(new int[] {-2}, 1));
    }

    /** Each of these would need gigabytes (or more than an array can hold): the check comes before any allocation. */
    @Test
    void overflowingSizesAreRejectedBeforeAllocation() {
        var e = assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(100_000, 100_000));
        assertEquals("shape: (100000, 100000) has more than 2147483639 elements, which one Java array cannot hold; "
                + "use smaller sizes", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tensor.ones(65_536, 65_536, 2));
        assertThrows(IllegalArgumentException.class, () -> Tensor.eye(50_000));
        assertThrows(IllegalArgumentException.class, () -> Tensor.randn(new int[] {1 << 16, 1 << 16}, 1));
        var a = assertThrows(IllegalArgumentException.class, () -> Tensor.arange(0, 1e10));
        assertEquals("arange: 1.0E10 elements are too many; use a larger step", a.getMessage());
        var l = assertThrows(IllegalArgumentException.class, () -> Tensor.linspace(0, 1, Integer.MAX_VALUE));
        assertTrue(l.getMessage().contains("2147483647"), l.getMessage());
    }
}
