package io.github.tapegrad.kernel;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.IntConsumer;

/**
 * The worker threads of the kernels: how many (system property {@code tapegrad.threads}, by default the number of
 * processors) and a way to run independent tasks on them. Tasks must write disjoint outputs, so that a result never
 * depends on the number of threads or on scheduling.
 */
public final class Parallel {
    private static volatile int threads = initialThreads();
    private static ForkJoinPool pool;

    private Parallel() {}

    private static int initialThreads() {
        return threadsFrom(System.getProperty("tapegrad.threads"), Runtime.getRuntime().availableProcessors());
    }

    /** The thread count a {@code tapegrad.threads} value asks for: {@code cpus} when unset, at least 1. */
    static int threadsFrom(String p, int cpus) {
        if (p == null || p.isBlank()) return cpus;
        try {
            return Math.max(1, Integer.parseInt(p.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("tapegrad.threads: '" + p + "' is not a number; pass e.g. -Dtapegrad.threads=2", e);
        }
    }

    /** The number of threads the kernels may use. */
    public static int threads() {
        return threads;
    }

    /** Sets the number of threads the kernels may use (at least 1). */
    public static void setThreads(int n) {
        if (n < 1) throw new IllegalArgumentException("setThreads: " + n + " threads; pass at least 1");
        threads = n;
    }

    /** Runs {@code body} for task 0 … tasks−1: task 0 on the calling thread, the others on the pool; returns when all are done. */
    public static void run(int tasks, IntConsumer body) {
        if (tasks <= 1) {
            if (tasks == 1) body.accept(0);
            return;
        }
        ForkJoinPool p = pool(tasks - 1);
        ForkJoinTask<?>[] forked = new ForkJoinTask<?>[tasks - 1];
        for (int t = 1; t < tasks; t++) {
            int id = t;
            forked[t - 1] = p.submit(() -> body.accept(id));
        }
        body.accept(0);
        for (ForkJoinTask<?> f : forked) f.join();
    }

    private static synchronized ForkJoinPool pool(int workers) {
        if (pool == null || pool.getParallelism() < workers) {
            if (pool != null) pool.shutdown();
            pool = new ForkJoinPool(workers);
        }
        return pool;
    }
}
