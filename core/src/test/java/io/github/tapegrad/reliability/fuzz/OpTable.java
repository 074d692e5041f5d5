package io.github.tapegrad.reliability.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The fuzzer's op table: every entry the random programs draw from. {@code -Dtapegrad.fuzz.exclude=std,prod} leaves
 * entries out (to keep a long run going past a known bug).
 */
final class OpTable {
    private OpTable() {}

    static final String EXCLUDE_PROPERTY = "tapegrad.fuzz.exclude";

    static final List<FuzzOp> ALL = build();

    private static List<FuzzOp> build() {
        List<FuzzOp> all = new ArrayList<>();
        all.addAll(ElementwiseOps.unaryOps());
        all.addAll(ElementwiseOps.binaryOps());
        all.addAll(ReductionOps.ops());
        all.addAll(MovementOps.ops());
        all.addAll(IndexMatmulOps.ops());
        Set<String> excluded = Set.copyOf(Arrays.asList(System.getProperty(EXCLUDE_PROPERTY, "").split(",")));
        all.removeIf(op -> excluded.contains(op.name()));
        return List.copyOf(all);
    }
}
