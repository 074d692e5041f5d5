package io.github.tapegrad.testing;

import io.github.tapegrad.Tensor;
import org.junit.jupiter.api.Assertions;

/** Elementwise closeness for tests: |a − e| ≤ atol + rtol·|e| at every index, NaN equal to NaN, infinities exact. */
public final class Close {
    private Close() {}

    /** Asserts equal shapes and values within the tolerances; the message names the first bad index. */
    public static void assertClose(Tensor expected, Tensor actual, double rtol, double atol, String what) {
        Assertions.assertEquals(expected.shape(), actual.shape(), () -> what + ": shape");
        double[] e = expected.toArray(), a = actual.toArray();
        for (int i = 0; i < e.length; i++) {
            boolean ok = Double.isNaN(e[i]) ? Double.isNaN(a[i])
                    : Double.isInfinite(e[i]) ? e[i] == a[i]
                    : Math.abs(a[i] - e[i]) <= atol + rtol * Math.abs(e[i]);
            if (!ok) {
                Assertions.fail(what + ": at flat index " + i + " expected " + e[i] + " but got " + a[i]
                        + " (|diff| " + Math.abs(a[i] - e[i]) + ", rtol " + rtol + ", atol " + atol + ")");
            }
        }
    }
}
