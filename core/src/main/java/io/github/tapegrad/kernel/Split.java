package io.github.tapegrad.kernel;

/**
 * A partition of a batched product's output into {@code tasks} groups of independent blocks, several per thread so
 * that a thread slowed by something else leaves its share to the others ({@link Parallel#run}): groups of whole batch
 * items when there are at least as many as threads, otherwise ranges of rows (or columns, for wide and short outputs)
 * aligned to the register tile.
 */
record Split(int batch, int n, int m, int tasks, boolean byBatch, boolean byRows, int unit) {

    /** Groups per thread: enough to even out a slowed thread, few enough that each still spans many register tiles. */
    static final int PER_THREAD = 4;

    /** Receives one block: batch item g, rows [i0, i1), columns [j0, j1). */
    interface Block {
        void accept(int g, int i0, int i1, int j0, int j1);
    }

    static Split of(int batch, int n, int m, int threads, int mr, int nr) {
        if (threads <= 1) return new Split(batch, n, m, 1, true, true, 1);
        if (batch >= threads) return new Split(batch, n, m, Math.min(batch, threads * PER_THREAD), true, true, 1);
        boolean byRows = m < threads * nr;
        int unit = byRows ? mr : nr, len = byRows ? n : m;
        int tasks = Math.max(1, Math.min(threads * PER_THREAD, (len + unit - 1) / unit));
        return new Split(batch, n, m, tasks, false, byRows, unit);
    }

    /** Visits the blocks of task t. */
    void each(int t, Block block) {
        if (byBatch) {
            for (int g = t * batch / tasks, end = (t + 1) * batch / tasks; g < end; g++) block.accept(g, 0, n, 0, m);
            return;
        }
        int len = byRows ? n : m, units = (len + unit - 1) / unit;
        int s = Math.min(len, t * units / tasks * unit), e = Math.min(len, (t + 1) * units / tasks * unit);
        for (int g = 0; g < batch; g++) {
            if (byRows) block.accept(g, s, e, 0, m);
            else block.accept(g, 0, n, s, e);
        }
    }
}
