package io.github.tapegrad.examples.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The reference script's method: one warm-up run, then the median of three timed runs. {@link #warmups} can be raised
 * (Bench {@code --warmups N}) to time the JIT-compiled steady state instead.
 */
final class Timing {
    private Timing() {}

    static int warmups = 1;

    /**
     * The thread bean, looked up when this class initialises (Bench reads {@link #warmups} before the first workload):
     * the first lookup loads and initialises the management classes, tens of milliseconds that must not fall between
     * a workload's warm-up and its timed runs, where they would give the JIT time the reference method does not.
     */
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * The median time of the three timed runs, the last run's value, and the bytes the calling thread allocated per
     * timed run (−1 when the JVM cannot count them).
     */
    record Result<T>(double seconds, T value, double bytes) {}

    /** Bytes allocated so far by the calling thread (HotSpot's counter), or −1. */
    static long allocated() {
        return THREADS instanceof com.sun.management.ThreadMXBean hs ? hs.getCurrentThreadAllocatedBytes() : -1;
    }

    static <T> Result<T> timed(Supplier<T> run) {
        for (int i = 0; i < warmups; i++) run.get();
        double[] s = new double[3];
        T out = null;
        long before = allocated();
        for (int i = 0; i < s.length; i++) {
            long t = System.nanoTime();
            out = run.get();
            s[i] = (System.nanoTime() - t) / 1e9;
        }
        long after = allocated();
        Arrays.sort(s);
        return new Result<>(s[1], out, before < 0 ? -1 : (after - before) / 3.0);
    }
}
