package io.github.tapegrad.reliability.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.check.Property;
import org.junit.jupiter.api.Test;

/**
 * Random programs of ops (unary, binary with broadcasting, reductions, movement, indexing, matmul; see {@link OpTable})
 * on random shapes, checked by {@link FuzzCheck} and shrunk (fewer ops, fewer inputs, smaller shapes) when one fails.
 *
 * <p>The suite runs {@value #CASES} programs from the property seed (default, or {@code -Dtapegrad.seed}). A longer
 * run: {@code -Dtapegrad.fuzz.seconds=600} keeps drawing programs, in chunks with fresh seeds, for that many seconds
 * (see docs/reliability.md for the command).
 */
class ProgramFuzzTest {
    static final int CASES = 4000;
    static final String SECONDS_PROPERTY = "tapegrad.fuzz.seconds";

    @Test
    void randomProgramsHaveTheGradientsOfTheirFiniteDifferences() {
        FuzzStats stats = new FuzzStats();
        long seconds = Long.getLong(SECONDS_PROPERTY, 0);
        if (seconds <= 0) {
            property().cases(CASES).verify(p -> FuzzCheck.check(p, stats));
        } else {
            long base = property().effectiveSeed(), end = System.nanoTime() + seconds * 1_000_000_000L;
            for (long chunk = 0; System.nanoTime() < end; chunk++) {
                property().seed(base + chunk).cases(100).verify(p -> FuzzCheck.check(p, stats));
            }
        }
        System.out.println(stats);
        assertTrue(stats.checked >= stats.discarded * 4, "most programs are checked, not discarded: " + stats);
    }

    private static Property<Program> property() {
        return Property.forAll(new ProgramGen()).maxShrinks(1000);
    }
}
