package io.github.tapegrad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.PlantedOps.SquareIgnoringGrad;
import io.github.tapegrad.check.PlantedOps.SquareWrongFactor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyTest {

    /** Runs a gradient property and keeps every failing case, the last of which is the shrunk one. */
    private static Tensor shrunkFailure(Property<Tensor> p, PlantedOpsFn f) {
        List<Tensor> failing = new ArrayList<>();
        assertThrows(AssertionError.class, () -> p.verify(x -> {
            try {
                GradCheck.assertGradients(in -> f.apply(in[0]), x);
            } catch (AssertionError e) {
                failing.add(x);
                throw e;
            }
        }));
        return failing.get(failing.size() - 1);
    }

    private interface PlantedOpsFn {
        Tensor apply(Tensor x);
    }

    @Test
    void shrinksAWrongVjpToATinyCase() {
        Property<Tensor> p = Property.forAll(Gens.tensors(Domain.REAL)).cases(50);
        Tensor shrunk = shrunkFailure(p, x -> Tensor.apply(new SquareIgnoringGrad(), x));
        assertTrue(shrunk.size() <= 2, "shrunk to " + shrunk);
        Tensor wrongFactor = shrunkFailure(p, x -> Tensor.apply(new SquareWrongFactor(), x));
        assertTrue(wrongFactor.size() <= 2, "shrunk to " + wrongFactor);
        for (double v : wrongFactor.toArray()) assertTrue(v == Math.rint(v) && v != 0, "simple nonzero value: " + wrongFactor);
    }

    @Test
    void failureMessagePrintsSeedCaseShrunkAndOriginalCasesAndReplay() {
        AssertionError e = assertThrows(AssertionError.class, () -> Property.forAll(Gens.tensors(Domain.REAL)).seed(99)
                .checkGradients(in -> Tensor.apply(new SquareIgnoringGrad(), in[0])));
        String m = e.getMessage();
        assertTrue(m.startsWith("Property failed on case 0 of 100 (seed 99L)"), m);
        assertTrue(m.contains("Shrunk case ("), m);
        assertTrue(m.contains("Tensor.of(new double[] {") || m.contains("{Tensor.scalar("), m);
        assertTrue(m.contains("Failure of the shrunk case:\n  java.lang.AssertionError: gradcheck FAILED"), m);
        assertTrue(m.contains("Original case:\n  Tensor.of(new double[] {"), m);
        assertTrue(m.contains("Replay: add .seed(99L).only(0) to the property"), m);
        assertInstanceOf(AssertionError.class, e.getCause());
    }

    @Test
    void shrinksIntegersToTheBoundary() {
        AssertionError e = assertThrows(AssertionError.class, () -> Property.forAll(Gens.integers(0, 1000)).check(v -> v < 100));
        assertTrue(e.getMessage().contains("Shrunk case (") && e.getMessage().contains("):\n  100\n"), e.getMessage());
        assertTrue(e.getMessage().contains("the property returned false"), e.getMessage());
    }

    @Test
    void onlyReplaysTheFailingCase() {
        List<Integer> seen = new ArrayList<>();
        Property<Integer> p = Property.forAll(Gens.integers(0, 1_000_000)).seed(5);
        p.check(seen::add);
        List<Integer> replay = new ArrayList<>();
        p.only(37).check(replay::add);
        assertEquals(List.of(seen.get(37)), replay);
    }

    @Test
    void casesAreReproducibleAndDependOnTheSeed() {
        List<Integer> a = new ArrayList<>(), b = new ArrayList<>(), c = new ArrayList<>();
        Property.forAll(Gens.integers(0, 1_000_000)).seed(1).cases(20).check(a::add);
        Property.forAll(Gens.integers(0, 1_000_000)).seed(1).cases(20).check(b::add);
        Property.forAll(Gens.integers(0, 1_000_000)).seed(2).cases(20).check(c::add);
        assertEquals(20, a.size());
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    /** Runs {@code body}, which may set the seed property, and then restores the property as it was. */
    private static void withSeedProperty(Runnable body) {
        String before = System.getProperty(Property.SEED_PROPERTY);
        try {
            body.run();
        } finally {
            if (before == null) System.clearProperty(Property.SEED_PROPERTY);
            else System.setProperty(Property.SEED_PROPERTY, before);
        }
    }

    @Test
    void theSeedSystemPropertyReplacesOnlyTheDefaultSeed() {
        String before = System.getProperty(Property.SEED_PROPERTY);
        withSeedProperty(() -> {
            System.setProperty(Property.SEED_PROPERTY, "12345");
            assertEquals(12345L, Property.forAll(Gens.booleans()).effectiveSeed());
            assertEquals(7L, Property.forAll(Gens.booleans()).seed(7).effectiveSeed());
        });
        assertEquals(before == null ? Property.DEFAULT_SEED : Property.parseSeed(before),
                Property.forAll(Gens.booleans()).effectiveSeed());
    }

    @Test
    void theSeedSystemPropertyTakesTheSeedAsFailuresPrintItAndNamesAWrongOne() {
        withSeedProperty(() -> {
            System.setProperty(Property.SEED_PROPERTY, "20240229L");
            assertEquals(20240229L, Property.forAll(Gens.booleans()).effectiveSeed());
            System.setProperty(Property.SEED_PROPERTY, " -0x10l ");
            assertEquals(-16L, Property.forAll(Gens.booleans()).effectiveSeed());
            System.setProperty(Property.SEED_PROPERTY, "twelve");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Property.forAll(Gens.booleans()).effectiveSeed());
            assertEquals("tapegrad.seed: 'twelve' is not a long; pass e.g. -Dtapegrad.seed=20240229L "
                    + "(the seed a failure prints)", e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> Property.parseSeed("L"));
            assertThrows(IllegalArgumentException.class, () -> Property.parseSeed("12LL"));
        });
    }

    @Test
    void shrinkingKeepsTheKindOfFailure() {
        AssertionError e = assertThrows(AssertionError.class, () -> Property.forAll(Gens.integers(0, 1000)).verify(v -> {
            if (v < 10) throw new IllegalStateException("a different failure");
            if (v > 500) throw new IllegalArgumentException("too big: " + v);
        }));
        assertTrue(e.getMessage().contains("java.lang.IllegalArgumentException: too big: 501"), e.getMessage());
    }

    @Test
    void shrinksThroughMapAndFlatMap() {
        Gen<int[]> pairs = Gens.integers(1, 50).flatMap(n -> Gens.integers(0, n).map(k -> new int[] {n, k}));
        List<int[]> failing = new ArrayList<>();
        assertThrows(AssertionError.class, () -> Property.forAll(pairs).seed(3).check(p -> p[0] < 20 || p[1] < 3 || !failing.add(p)));
        int[] first = failing.get(0), last = failing.get(failing.size() - 1);
        assertEquals(3, last[1], "the inner value reaches its boundary");
        assertTrue(last[0] >= 20 && last[0] < first[0], "the outer value shrank: " + last[0]);
    }

    @Test
    void gradientCasesMustBeTensors() {
        AssertionError e = assertThrows(AssertionError.class, () -> Property.forAll(Gens.integers(0, 3)).checkGradients(in -> in[0]));
        assertTrue(e.getMessage().contains("is not a Tensor, Tensor[] or List<Tensor>"), e.getMessage());
    }

    /** A case with a parameter besides its input. */
    record Scaled(Tensor x, int k) {
        Tensor[] inputs() { return new Tensor[] {x}; }
    }

    @Test
    void parameterisedCasesShrinkTheirParametersToo() {
        Gen<Scaled> cases = Gens.zip(Gens.tensors(Domain.REAL), Gens.integers(0, 9), Scaled::new);
        AssertionError e = assertThrows(AssertionError.class, () -> Property.forAll(cases)
                .checkGradients(Scaled::inputs, (c, in) -> c.k() < 5 ? in[0].square() : Tensor.apply(new SquareWrongFactor(), in[0])));
        assertTrue(e.getMessage().contains("Shrunk case (") && e.getMessage().contains(", k=5]\n"), e.getMessage());
        assertTrue(e.getMessage().contains("Scaled[x=Tensor.scalar(") || e.getMessage().contains("Scaled[x=Tensor.of(new double[] {1.0}, 1)"),
                e.getMessage());
    }

    @Test
    void gradCheckForAllAcceptsACorrectOp() {
        GradCheck.forAll(Gens.broadcastable(Domain.REAL, Domain.POSITIVE), in -> in[0].div(in[1]));
    }
}
