package io.github.tapegrad.examples.reliability;

import java.util.Locale;

/**
 * The long run of docs/reliability.md: the logreg workload for 1,000,000 steps (or the count given as the first
 * argument), printing the retained heap every 100,000 steps (or every tenth of the run) and the retained bytes per step.
 */
public final class LongRun {
    private LongRun() {}

    /** {@code LongRun [steps]}. */
    public static void main(String[] args) {
        long steps = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
        long every = Math.max(1, steps / 10), warmup = Math.min(2_000, every);
        System.out.printf(Locale.ROOT, "logreg soak: %,d steps, heap read every %,d steps after %,d warm-up steps%n",
                steps, every, warmup);
        Soak.Result r = Soak.run(steps, warmup, every, s -> System.out.printf(Locale.ROOT,
                "step %,10d  retained heap %8.2f MB  loss %.4f  accuracy %.3f%n", s.step(), s.retainedBytes() / 1e6,
                s.loss(), s.accuracy()));
        System.out.printf(Locale.ROOT, "retained heap: %.2f MB after warm-up, %.2f MB at the end: %+.4f bytes per step%n",
                r.first().retainedBytes() / 1e6, r.last().retainedBytes() / 1e6, r.bytesPerStep());
        System.out.printf(Locale.ROOT, "%,d steps in %.1f s (%,.0f steps/s, heap readings included)%n", steps, r.seconds(),
                steps / r.seconds());
    }
}
