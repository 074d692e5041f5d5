package io.github.tapegrad.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The thread-count setting of the kernels: the system property and the setter, and their errors. */
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
}
