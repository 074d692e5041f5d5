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

    /** Seconds of the median run, and the value the last run returned. */
    record Result<T>(double seconds, T value) {}

    static <T> Result<T> timed(Supplier<T> run) {
        for (int i = 0; i < warmups; i++) run.get();
        double[] s = new double[3];
        T out = null;
        for (int i = 0; i < s.length; i++) {
            long t = System.nanoTime();
            out = run.get();
            s[i] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(s);
        return new Result<>(s[1], out);
    }
}
