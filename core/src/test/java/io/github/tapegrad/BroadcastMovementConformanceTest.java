package io.github.tapegrad;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Broadcasting binary ops and movement ops against torch 1.13: see fixtures/ops/broadcast_movement.txt. */
class BroadcastMovementConformanceTest {
    @TestFactory
    Stream<DynamicTest> matchesTorch() {
        return ConformanceSupport.cases("/fixtures/ops/broadcast_movement.txt");
    }
}
