package io.github.tapegrad.kernel;

/** Whether the {@code jdk.incubator.vector} module is present, decided once without loading any of its classes. */
final class Simd {
    private Simd() {}

    static final boolean PRESENT = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    /** Arrays shorter than this take the scalar loops (the vector set-up does not pay). */
    static final int MIN_LENGTH = 32;

    static boolean use(int length) {
        return PRESENT && length >= MIN_LENGTH;
    }
}
