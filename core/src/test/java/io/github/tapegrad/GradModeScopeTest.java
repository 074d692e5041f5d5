package io.github.tapegrad;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** noGrad/enableGrad scopes restore what was there before, however nested, and are not allocated per call. */
class GradModeScopeTest {

    @Test
    void nestedScopesRestoreTheModeBeforeEach() {
        assertTrue(Autograd.isGradEnabled());
        try (var a = Autograd.noGrad()) {
            assertFalse(Autograd.isGradEnabled());
            try (var b = Autograd.enableGrad()) {
                assertTrue(Autograd.isGradEnabled());
                try (var c = Autograd.noGrad()) {
                    assertFalse(Autograd.isGradEnabled());
                }
                assertTrue(Autograd.isGradEnabled());
            }
            assertFalse(Autograd.isGradEnabled());
        }
        assertTrue(Autograd.isGradEnabled());
    }

    /** An optimizer step opens a scope per call; the scopes are made once per thread, not per call. */
    @Test
    void scopesAreMadeOncePerThread() {
        Autograd.Scope first = Autograd.noGrad();
        first.close();
        Autograd.Scope second = Autograd.noGrad();
        second.close();
        assertSame(first, second);
    }
}
