package io.github.tapegrad;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Which backward walks are running, so that a walk can number its nodes in two fields of each tensor instead of a
 * hash map. A walk takes one of 64 slots and a unique id; a node belongs to the walk whose id it holds while that walk
 * runs. A node held by another running walk (another thread's backward over a shared graph, or a backward started by a
 * hook) is numbered in the walk's own map instead. With all slots taken, walks use maps only.
 */
final class WalkClaims {
    private static final int SLOTS = 64;
    private static final AtomicLongArray RUNNING = new AtomicLongArray(SLOTS);
    private static final AtomicLong NEXT = new AtomicLong();

    private WalkClaims() {}

    /** A new walk's id (never 0, never reused), or 0 when every slot is taken. */
    static long acquire() {
        long id = NEXT.incrementAndGet() * SLOTS;
        for (int s = 0; s < SLOTS; s++) {
            if (RUNNING.get(s) == 0 && RUNNING.compareAndSet(s, 0, id + s)) return id + s;
        }
        return 0;
    }

    /** Ends the walk {@code id} (acquired by {@link #acquire()}; 0 is ignored). */
    static void release(long id) {
        if (id != 0) RUNNING.set((int) (id % SLOTS), 0);
    }

    /** Whether the walk {@code id} is still running. */
    static boolean running(long id) {
        return RUNNING.get((int) (id % SLOTS)) == id;
    }
}
