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

    @Test
    void linesHaveTheReferenceScriptsLayout() {
        assertEquals("matmul-64                 1.2346 s  3.00 GFLOP/s", CoreWorkloads.line("matmul-64", 1.23456, "3.00 GFLOP/s"));
    }
}
