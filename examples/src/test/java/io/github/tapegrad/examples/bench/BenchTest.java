package io.github.tapegrad.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTest {
    @Test
    void onlySelectsTheNamedWorkloadsInTheGivenOrder() {
        assertEquals(List.of("matmul-64", "tape-overhead"), Bench.select(new String[] {"--only", "matmul-64,tape-overhead"}));
        assertEquals(List.copyOf(Bench.WORKLOADS.keySet()), Bench.select(new String[] {"--only", ""}));
        assertEquals(List.copyOf(Bench.WORKLOADS.keySet()), Bench.select(new String[0]));
    }

    @Test
    void anUnknownWorkloadIsNamedWithTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Bench.select(new String[] {"--only", "matmul-65"}));
        assertTrue(e.getMessage().startsWith("bench: unknown workload 'matmul-65'; choose from [tape-overhead, matmul-64"),
                e.getMessage());
    }

    @Test
    void warmupsMustBeACount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Bench.select(new String[] {"--warmups", "-1"}));
        assertEquals("bench: --warmups needs a count of runs >= 0, got '-1'; e.g. --warmups 5", e.getMessage());
    }

    @Test
    void tapeOverheadReportsTheReferenceGradient() {
        // WORKLOADS.md: dy/dw = 0.361341 to 6 digits.
        String line = CoreWorkloads.tapeOverhead();
        assertTrue(line.startsWith("tape-overhead "), line);
        assertTrue(line.endsWith("ns/op (fwd+bwd), dy/dw=0.361341"), line);
    }

    /**
     * A logreg step computes about 20 tensors of 64 values plus the gradients of 33 parameters (about 12 KB); the
     * step must allocate no more than a small multiple of that, so the graph is released and nothing accumulates.
     */
    @Test
    void logregReportsItsAllocationPerStepAndItIsSmall() {
        String line = TrainingWorkloads.logreg();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("steps/s, final batch loss [0-9.]+, ([0-9.]+) KB allocated/step$")
                .matcher(line);
        assertTrue(m.find(), line);
        double kb = Double.parseDouble(m.group(1));
        assertTrue(kb > 0 && kb < 48, "KB per step: " + kb);
    }

    @Test
    void linesHaveTheReferenceScriptsLayout() {
        assertEquals("matmul-64                 1.2346 s  3.00 GFLOP/s", CoreWorkloads.line("matmul-64", 1.23456, "3.00 GFLOP/s"));
    }
}
