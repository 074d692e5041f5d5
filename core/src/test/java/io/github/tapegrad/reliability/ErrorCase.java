package io.github.tapegrad.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.provider.Arguments;

/** One bad call, the exception type it must throw and its exact text; for the tables of error-text tests. */
record ErrorCase(Class<? extends Throwable> type, String text, Executable call) {
    /** As arguments of a parameterized test named by the text. */
    static Arguments of(Class<? extends Throwable> type, String text, Executable call) {
        return Arguments.of(text, new ErrorCase(type, text, call));
    }

    /** Asserts the type and the text. */
    void check() {
        assertEquals(text, assertThrows(type, call).getMessage());
    }

    @Override
    public String toString() {
        return type.getSimpleName();
    }
}
