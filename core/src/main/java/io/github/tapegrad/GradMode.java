package io.github.tapegrad;

/** Per-thread recording state: whether ops record, and whether anomaly mode is on. */
final class GradMode {
    private static final ThreadLocal<GradMode> CURRENT = ThreadLocal.withInitial(GradMode::new);

    boolean enabled = true;
    boolean anomaly = false;

    static GradMode current() {
        return CURRENT.get();
    }
}
