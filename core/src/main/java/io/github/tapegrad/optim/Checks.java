package io.github.tapegrad.optim;

/** Argument checks whose messages name the optimizer, the value and a fix. */
final class Checks {
    private Checks() {}

    /** {@code value} when it is ≥ 0 (NaN fails). */
    static double nonNegative(String owner, String what, double value, String fix) {
        if (!(value >= 0)) {
            throw new IllegalArgumentException(owner + ": " + what + " is " + value + " but must be >= 0; " + fix);
        }
        return value;
    }

    /** {@code value} when it lies in [0, 1) (NaN fails). */
    static double unitInterval(String owner, String what, double value, String fix) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(owner + ": " + what + " is " + value + " but must be in [0, 1); " + fix);
        }
        return value;
    }

    /** {@code value} when it is ≥ 1. */
    static int positive(String owner, String what, int value, String fix) {
        if (value < 1) {
            throw new IllegalArgumentException(owner + ": " + what + " is " + value + " but must be >= 1; " + fix);
        }
        return value;
    }
}
