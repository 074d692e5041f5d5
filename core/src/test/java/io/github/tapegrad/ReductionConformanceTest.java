package io.github.tapegrad;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Values and gradients against torch 1.13: see fixtures/ops/reductions.txt and its generator. */
class ReductionConformanceTest {
    @TestFactory
    Stream<DynamicTest> matchesTorch() {
        return ConformanceSupport.cases("/fixtures/ops/reductions.txt");
    }
}
