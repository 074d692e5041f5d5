package io.github.tapegrad.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/**
 * The thread-count setting of the kernels (the system property and the setter, and their errors), the running of
 * tasks taken by the threads, and the partition of a product's output into tasks.
 */
class ParallelTest {
    @Test
    void thePropertyGivesTheThreadCount() {
        assertEquals(8, Parallel.threadsFrom(null, 8));
        assertEquals(8, Parallel.threadsFrom(" ", 8));
        assertEquals(3, Parallel.threadsFrom(" 3 ", 8));
        assertEquals(1, Parallel.threadsFrom("0", 8));
    }

    @Test
    void aPropertyThatIsNotANumberIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parallel.threadsFrom("two", 2));
        assertEquals("tapegrad.threads: 'two' is not a number; pass e.g. -Dtapegrad.threads=2", e.getMessage());
    }

    @Test
    void fewerThanOneThreadIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parallel.setThreads(0));
        assertEquals("setThreads: 0 threads; pass at least 1", e.getMessage());
    }

    @Test
    void everyTaskRunsExactlyOnceWhateverTheThreadCount() {
        for (int threads = 1; threads <= 4; threads++) {
            for (int tasks = 0; tasks <= 13; tasks++) {
                AtomicIntegerArray runs = new AtomicIntegerArray(Math.max(tasks, 1));
                Parallel.run(tasks, threads, runs::incrementAndGet);
                for (int t = 0; t < tasks; t++) {
                    assertEquals(1, runs.get(t), "task " + t + " of " + tasks + ", " + threads + " threads");
                }
            }
        }
    }

    @Test
    void oneThreadRunsTheTasksInOrderOnTheCallingThread() {
        List<Integer> order = new ArrayList<>();
        Thread caller = Thread.currentThread();
        Parallel.run(5, 1, t -> {
            assertEquals(caller, Thread.currentThread());
            order.add(t);
        });
        assertEquals(List.of(0, 1, 2, 3, 4), order);
    }

    @Test
    void theTasksOfASplitCoverEveryElementOfTheOutputOnce() {
        int[][] shapes = {{1, 1024, 1024}, {1, 256, 256}, {1, 1000, 8}, {1, 8, 1000}, {1, 65, 33}, {3, 64, 64},
            {9, 17, 5}};
        for (int[] s : shapes) {
            for (int threads = 1; threads <= 5; threads++) {
                int batch = s[0], n = s[1], m = s[2];
                Split split = Split.of(batch, n, m, threads, 8, 16);
                int[] hits = new int[batch * n * m];
                for (int t = 0; t < split.tasks(); t++) {
                    split.each(t, (g, i0, i1, j0, j1) -> {
                        for (int i = i0; i < i1; i++) {
                            for (int j = j0; j < j1; j++) hits[(g * n + i) * m + j]++;
                        }
                    });
                }
                for (int e = 0; e < hits.length; e++) {
                    assertEquals(1, hits[e],
                            "element " + e + " of " + batch + "x" + n + "x" + m + ", " + threads + " threads");
                }
            }
        }
    }

    @Test
    void aSplitGivesEachThreadSeveralTasksWhenTheOutputAllowsIt() {
        assertEquals(8, Split.of(1, 1024, 1024, 2, 8, 16).tasks());
        assertEquals(8, Split.of(16, 64, 64, 2, 8, 16).tasks());
        assertEquals(3, Split.of(3, 64, 64, 2, 8, 16).tasks());
        assertEquals(2, Split.of(1, 16, 8, 2, 8, 16).tasks());
        assertEquals(1, Split.of(1, 1024, 1024, 1, 8, 16).tasks());
    }
}
