package io.github.tapegrad;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Values and gradients against torch 1.13: see fixtures/ops/matmul_indexing.txt and its generator. */
class MatmulIndexingConformanceTest {
    @TestFactory
    Stream<DynamicTest> matchesTorch() {
        return ConformanceSupport.cases("/fixtures/ops/matmul_indexing.txt");
    }
}
