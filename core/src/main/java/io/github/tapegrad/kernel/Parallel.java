package io.github.tapegrad.kernel;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
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

    /**
     * Runs {@code body} for task 0 … tasks−1 on up to {@code threads} threads (the calling thread and threads − 1 of
     * the pool), each taking the next task not yet taken until none is left; returns when all are done. Which thread
     * runs a task depends on timing, so tasks must write disjoint outputs and compute them the same way on any thread.
     */
    // NOTE: tasks are taken, not dealt. Dealt in equal shares, a product waited for its slower half whenever the other
    // vCPU was busy (a JIT compilation, another process): 1024 x 1024 on two threads, caller 23.7-25.2 ms against the
    // worker's 29.8-31.5 ms in three of ten runs, 66.8-70.5 GFLOP/s against 88-89 in the others.
    public static void run(int tasks, int threads, IntConsumer body) {
        int helpers = Math.min(threads, tasks) - 1;
        if (helpers <= 0) {
            for (int t = 0; t < tasks; t++) body.accept(t);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable take = () -> {
            for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) body.accept(t);
        };
        ForkJoinPool p = pool(helpers);
        ForkJoinTask<?>[] forked = new ForkJoinTask<?>[helpers];
        for (int h = 0; h < helpers; h++) forked[h] = p.submit(take);
        take.run();
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
