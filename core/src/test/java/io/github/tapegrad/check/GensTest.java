package io.github.tapegrad.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GensTest {

    @Test
    void shapesStayInTheirBoundsAndShrinkTowardsFewerSmallerDims() {
        Gen<Shape> g = Gens.shapes(1, 3, 2, 5, 40);
        Property.forAll(g).cases(300).check(s -> inBounds(s, 1, 3, 2, 5, 40)
                && g.shrink(s).stream().allMatch(c -> inBounds(c, 1, 3, 2, 5, 40) && c.size() < s.size()));
        assertEquals(java.util.List.of(Shape.of(4), Shape.of(3), Shape.of(2, 4), Shape.of(3, 2), Shape.of(3, 3)), g.shrink(Shape.of(3, 4)));
    }

    @Test
    void shapesNeverGoBelowMinDimAndRejectARankThatCannotFit() {
        Gen<Shape> g = Gens.shapes(0, 2, 3, 4, 12);
        Property.forAll(g).cases(300).check(s -> inBounds(s, 0, 2, 3, 4, 12)
                && g.shrink(s).stream().allMatch(c -> inBounds(c, 0, 2, 3, 4, 12)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gens.shapes(0, 3, 3, 4, 20));
        assertEquals("shapes: a shape of rank 3 with dimensions >= 3 has more than maxSize 20 elements; "
                + "lower maxRank to 2", e.getMessage());
    }

    @Test
    void shapeShrinksKeepTheSizeBoundWhenDroppingAnEmptyDimension() {
        Gen<Shape> g = Gens.shapes(0, 2, 0, 4, 3);
        assertEquals(List.of(Shape.of(0), Shape.of(0, 1), Shape.of(0, 2), Shape.of(0, 3)), g.shrink(Shape.of(0, 4)));
        Property.forAll(g).cases(300).check(s -> g.shrink(s).stream().allMatch(c -> inBounds(c, 0, 2, 0, 4, 3)));
    }

    private static boolean inBounds(Shape s, int minRank, int maxRank, int minDim, int maxDim, int maxSize) {
        if (s.rank() < minRank || s.rank() > maxRank || s.size() > maxSize) return false;
        for (int d : s.toArray()) if (d < minDim || d > maxDim) return false;
        return true;
    }

    @Test
    void defaultShapesCoverRanksZeroToFour() {
        boolean[] seen = new boolean[5];
        Property.forAll(Gens.shapes()).cases(300).check(s -> (seen[s.rank()] = true) && s.size() <= Gens.MAX_SIZE);
        for (boolean b : seen) assertTrue(b);
    }

    @Test
    void tensorsAndTheirShrinksStayInTheirDomain() {
        for (Domain d : Domain.values()) {
            Gen<Tensor> g = Gens.tensors(d);
            Property.forAll(g).cases(100).check(t -> d.contains(t.toArray())
                    && g.shrink(t).stream().allMatch(c -> d.contains(c.toArray())));
        }
    }

    @Test
    void domainsKeepTheirPromises() {
        SplittableRandom rng = new SplittableRandom(1);
        for (double v : Domain.AWAY_FROM_KINKS.sample(2000, rng)) {
            double half = Math.rint(v * 2) / 2;
            assertTrue(Math.abs(v - half) >= 0.1 - 1e-12 && Math.abs(v) <= 3, "value " + v);
        }
        for (double v : Domain.PROBABILITY.sample(2000, rng)) assertTrue(v > 0 && v < 1);
        for (double v : Domain.POSITIVE.sample(2000, rng)) assertTrue(v >= 0.1);
        double[] d = Domain.DISTINCT.sample(64, rng);
        for (int i = 0; i < d.length; i++) {
            for (int j = i + 1; j < d.length; j++) {
                assertTrue(Math.abs(d[i] - d[j]) >= 0.1 && Math.abs(Math.abs(d[i]) - Math.abs(d[j])) >= 0.1);
            }
        }
        assertFalse(Domain.DISTINCT.contains(new double[] {1, -1}));
    }

    @Test
    void tensorShrinksAreSubTensorsThenSimplerValues() {
        Tensor t = Tensor.of(new double[] {1.5, -2.25, 0.5, 2.75, -1.125, 0.375}, 2, 3);
        var c = Gens.tensors(Domain.REAL).shrink(t);
        assertArrayEquals(new double[] {1.5, -2.25, 0.5}, c.get(0).toArray(), "dropping axis 0 keeps row 0");
        assertEquals(Shape.of(3), c.get(0).shape());
        assertArrayEquals(new double[] {1.5, 2.75}, c.get(1).toArray(), "dropping axis 1 keeps column 0");
        assertTrue(c.stream().anyMatch(x -> x.shape().equals(t.shape()) && x.sum().item() == 0), "all zeros");
    }

    @Test
    void broadcastableShapesBroadcastAndSoDoTheirShrinks() {
        Gen<Shape[]> g = Gens.broadcastableShapes(3);
        Property.forAll(g).cases(300).check(s -> BroadcastGen.broadcastTogether(s)
                && g.shrink(s).stream().allMatch(BroadcastGen::broadcastTogether));
        Property.forAll(Gens.broadcastable(Domain.REAL, Domain.POSITIVE)).cases(100)
                .check(p -> Shape.broadcast(p[0].shape(), p[1].shape(), "test") != null && Domain.POSITIVE.contains(p[1].toArray()));
    }

    @Test
    void broadcastShrinksResizeOnlyToSizesTheBaseGeneratorCanProduce() {
        Gen<Shape[]> g = Gens.broadcastableShapes(Gens.shapes(1, 3, 3, 4, 64), 2);
        assertTrue(g.shrink(new Shape[] {Shape.of(4), Shape.of(4)}).stream()
                .anyMatch(c -> Arrays.equals(c, new Shape[] {Shape.of(3), Shape.of(3)})), "4 shrinks to 3 in both");
        Property.forAll(g).cases(300).check(s -> g.shrink(s).stream().allMatch(c -> dimsOneOrIn(c, 3, 4)));
        Gen<Shape[]> fixed = Gens.broadcastableShapes(Gens.constant(Shape.of(3, 4)), 2);
        Property.forAll(fixed).cases(100).check(s -> fixed.shrink(s).stream().allMatch(c -> dimsOneOrIn(c, 3, 4)
                && Arrays.stream(c).allMatch(x -> x.rank() < 2 || x.get(0) != 4)));
    }

    private static boolean dimsOneOrIn(Shape[] shapes, int minDim, int maxDim) {
        for (Shape s : shapes) for (int d : s.toArray()) if (d != 1 && (d < minDim || d > maxDim)) return false;
        return true;
    }

    @Test
    void classificationCasesHaveTargetsInRange() {
        Property.forAll(Gens.classification(Domain.REAL)).cases(200).check(c -> {
            int n = c[0].size(0), k = c[0].size(1);
            if (c[0].dim() != 2 || !c[1].shape().equals(Shape.of(n)) || k < 2) return false;
            for (double t : c[1].toArray()) if (t != Math.rint(t) || t < 0 || t >= k) return false;
            return true;
        });
    }

    @Test
    void sameSeedSameTensors() {
        Gen<Tensor> g = Gens.tensors(Domain.DISTINCT);
        assertArrayEquals(g.generate(new SplittableRandom(3)).toArray(), g.generate(new SplittableRandom(3)).toArray());
        assertArrayEquals(g.sample(new SplittableRandom(3)).value().toArray(), g.generate(new SplittableRandom(3)).toArray());
    }

    @Test
    void integersCoverTheWholeIntRange() {
        int min = Integer.MIN_VALUE, max = Integer.MAX_VALUE;
        SplittableRandom rng = new SplittableRandom(7);
        for (int[] r : new int[][] {{0, max}, {min, max}, {-5, max}, {max - 1, max}, {max, max}, {min, min + 1}}) {
            Gen<Integer> g = Gens.integers(r[0], r[1]);
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                int v = g.generate(rng);
                seen.add(v);
                assertTrue(v >= r[0] && v <= r[1], v + " in " + Arrays.toString(r));
                for (int c : g.shrink(v)) {
                    assertTrue(c >= r[0] && c <= r[1], "shrink " + c + " in " + Arrays.toString(r));
                }
            }
            if ((long) r[1] - r[0] <= 1) assertEquals((long) r[1] - r[0] + 1, seen.size(), "both ends of a tiny range");
        }
        assertEquals(List.of(0, max / 2, max - 1), Gens.integers(min, max).shrink(max));
        assertEquals(List.of(0, min / 2, min + 1), Gens.integers(min, max).shrink(min));
    }

    @Test
    void doublesShrinkInsideTheirHalfOpenRangeTowardsItsSimplestValue() {
        assertEquals(List.of(0.5), Gens.doubles(0.5, 1.0).shrink(0.9), "1.0 is the excluded upper bound");
        assertEquals(List.of(-2.0), Gens.doubles(-3, -1).shrink(-2.2), "-1.0 is the excluded upper bound");
        assertEquals(List.of(0.0, 1.0, 0.6), Gens.doubles(-3, 3).shrink(0.5837));
        assertEquals(List.of(3.0, 2.8), Gens.doubles(2.6, 5).shrink(2.75));
        assertEquals(List.of(), Gens.doubles(2.6, 5).shrink(3.0), "3.0 is the simplest value in [2.6, 5)");
        double[][] ranges = {{0.5, 1}, {-3, -1}, {-1, -0.95}, {2.6, 5}, {-3, 3}, {0, 0.05}, {-0.05, 0},
            {0.12345, 0.12346}, {1e300, 1e301}, {-1e-9, 0}};
        double[] simplest = {0.5, -2, -1, 3, 0, 0, -0.01, 0.12345, 1e300, -Double.MIN_VALUE};
        SplittableRandom rng = new SplittableRandom(11);
        for (int k = 0; k < ranges.length; k++) {
            double lo = ranges[k][0], hi = ranges[k][1];
            assertEquals(simplest[k], Gens.simplestIn(lo, hi), "simplest in [" + lo + ", " + hi + ")");
            Gen<Double> g = Gens.doubles(lo, hi);
            for (int i = 0; i < 100; i++) {
                double v = g.generate(rng);
                for (int steps = 0; ; steps++) {
                    List<Double> c = g.shrink(v);
                    for (double x : c) {
                        assertTrue(x >= lo && x < hi, x + " shrunk from " + v + " lies in [" + lo + ", " + hi + ")");
                        assertTrue(Gens.simpler(x, v), x + " is simpler than " + v);
                    }
                    if (c.isEmpty() || steps > 10) break;
                    v = c.get(0);
                }
                assertEquals(simplest[k], v, "shrinking ends at the simplest value");
            }
        }
    }

    @Test
    void doublesCoverTheWholeFiniteRangeAndRejectInfiniteBounds() {
        double max = Double.MAX_VALUE;
        SplittableRandom rng = new SplittableRandom(5);
        for (double[] r : new double[][] {{-max, max}, {-max, 0}, {0, max}, {-1, max}}) {
            Gen<Double> g = Gens.doubles(r[0], r[1]);
            for (int i = 0; i < 200; i++) {
                double v = g.generate(rng);
                assertTrue(v >= r[0] && v < r[1], v + " in " + Arrays.toString(r));
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gens.doubles(0, Double.POSITIVE_INFINITY));
        assertEquals("doubles: range [0.0, Infinity) is not finite; use finite bounds, e.g. -Double.MAX_VALUE for "
                + "-Infinity", e.getMessage());
    }

    @Test
    void axesAndPermutationsAreValid() {
        Property.forAll(Gens.integers(0, 4).flatMap(r -> Gens.permutations(r))).check(p -> {
            boolean[] seen = new boolean[p.length];
            for (int v : p) seen[v] = true;
            for (boolean b : seen) if (!b) return false;
            return true;
        });
        Property.forAll(Gens.axes(4)).check(a -> a.length <= 4);
    }
}
