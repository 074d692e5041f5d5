package io.github.tapegrad;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Values and gradients against torch 1.13: see fixtures/ops/activations.txt and its generator. */
class ActivationConformanceTest {
    @TestFactory
    Stream<DynamicTest> matchesTorch() {
        return ConformanceSupport.cases("/fixtures/ops/activations.txt");
    }
}
