package io.github.tapegrad.examples.reliability;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Used heap after full collections: what a program retains, not what it has allocated. */
public final class HeapProbe {
    private HeapProbe() {}

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

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
