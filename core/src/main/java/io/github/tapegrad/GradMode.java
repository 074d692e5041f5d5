package io.github.tapegrad;

/** Per-thread recording state: whether ops record, and whether anomaly mode is on. */
final class GradMode {
    private static final ThreadLocal<GradMode> CURRENT = ThreadLocal.withInitial(GradMode::new);

    boolean enabled = true;
    boolean anomaly = false;

    /** The scopes that restore recording on or off when closed: made once per thread, so a scope allocates nothing. */
    final Autograd.Scope restoreEnabled = () -> enabled = true;
    final Autograd.Scope restoreDisabled = () -> enabled = false;

    static GradMode current() {
        return CURRENT.get();
    }
}
