package io.github.tapegrad;

/** Per-thread recording state: whether ops record, and whether anomaly mode is on. */
final class GradMode {
    private static final ThreadLocal<GradMode> CURRENT = ThreadLocal.withInitial(GradMode::new);

    /**
     * The mode last looked up, checked against its owner before use: every op asks for its thread's mode, and a
     * ThreadLocal lookup is a hash probe that code not yet fully compiled pays in calls. A stale or racing value only
     * sends the lookup to the ThreadLocal (the owner is final, so a mode read through this field is never half-made).
     * It may keep the last thread that recorded alive until another thread records.
     */
    private static GradMode last;

    private final Thread owner = Thread.currentThread();
    boolean enabled = true;
    boolean anomaly = false;
    /**
     * The next sequence number for a recorded op on this thread, unless an input's is as large (an input recorded on
     * another thread): {@code Tensor.record} numbers each output above its inputs.
     */
    long nextSeq = 1;

    /** The scopes that restore recording on or off when closed: made once per thread, so a scope allocates nothing. */
    final Autograd.Scope restoreEnabled = () -> enabled = true;
    final Autograd.Scope restoreDisabled = () -> enabled = false;

    static GradMode current() {
        GradMode m = last;
        if (m != null && m.owner == Thread.currentThread()) return m;
        m = CURRENT.get();
        last = m;
        return m;
    }
}
