package io.github.tapegrad.examples.reliability;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the logreg workload for a number of steps, reading the retained heap at intervals: the heap in use after full
 * collections, which is what a program keeps, not what it has allocated.
 */
public final class Soak {
    private Soak() {}

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    /** The retained heap after {@code step} steps, and that step's loss and accuracy. */
    public record Sample(long step, long retainedBytes, double loss, double accuracy) {}

    /** What the run measured: a first sample after {@code warmup} steps, then one every {@code every} steps. */
    public record Result(List<Sample> samples, double seconds) {
        /** The first sample (after warm-up). */
        public Sample first() {
            return samples.get(0);
        }

        /** The last sample. */
        public Sample last() {
            return samples.get(samples.size() - 1);
        }

        /** Retained bytes gained per step between the first and the last sample. */
        public double bytesPerStep() {
            return (double) (last().retainedBytes() - first().retainedBytes()) / (last().step() - first().step());
        }
    }

    /** Runs {@code steps} steps of a fresh workload (seed 0); {@code onSample} sees each sample as it is taken. */
    public static Result run(long steps, long warmup, long every, Consumer<Sample> onSample) {
        LogregWorkload w = new LogregWorkload(0);
        List<Sample> samples = new ArrayList<>();
        long start = System.nanoTime();
        while (w.steps() < steps) {
            w.step();
            long s = w.steps();
            if (s == warmup || (s > warmup && (s - warmup) % every == 0) || s == steps) {
                Sample sample = new Sample(s, retainedBytes(), w.lastLoss(), w.lastAccuracy());
                samples.add(sample);
                onSample.accept(sample);
            }
        }
        return new Result(samples, (System.nanoTime() - start) / 1e9);
    }

    /** Bytes of heap in use after asking for a full collection three times (the least of the three readings). */
    public static long retainedBytes() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
