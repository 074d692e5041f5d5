package io.github.tapegrad.reliability.fuzz;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Op;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.Property;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fuzzer finds bugs planted in its op table and shrinks the program to the op that has them. */
class FuzzerSelfTest {

    /** out = sin x with a VJP that ignores the incoming gradient: cos x instead of g · cos x. */
    private record SinIgnoringGrad() implements Op.Unary {
        public Tensor forward(Tensor x) { return x.sin(); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return x.cos(); }
    }

    /** out = mean of the last axis, with a VJP that forgets the 1/n. */
    private record MeanAsSum() implements Op.Unary {
        public Tensor forward(Tensor x) { return x.mean(new int[] {-1}, true); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return g.expand(x.shape().toArray()); }
    }

    private static String shrunkProgram(FuzzOp planted) {
        List<FuzzOp> table = new ArrayList<>(OpTable.ALL);
        table.add(planted);
        AssertionError e = assertThrows(AssertionError.class, () -> Property.forAll(new ProgramGen(table)).seed(7)
                .cases(2000).verify(p -> FuzzCheck.check(p, new FuzzStats())));
        String m = e.getMessage();
        return m.substring(m.indexOf("Shrunk case"), m.indexOf("Failure of the shrunk case"));
    }

    private static int steps(String program) {
        return (int) program.lines().filter(l -> l.trim().startsWith("Tensor v") && !l.contains("= Tensor.of(")).count();
    }

    @Test
    void aVjpThatIgnoresItsIncomingGradientIsFoundAndShrunkToOneStep() {
        String p = shrunkProgram(FuzzOp.of("sinIgnoringGrad", 1, (s, r) -> new FuzzOp.Step("SIN_IGNORING_GRAD($0)",
                t -> Tensor.apply(new SinIgnoringGrad(), t[0]))));
        assertTrue(p.contains("SIN_IGNORING_GRAD(v0)"), p);
        assertTrue(steps(p) == 1, "shrunk to the planted op alone:\n" + p);
    }

    @Test
    void aReductionVjpMissingItsScaleIsFoundOnASmallShape() {
        String p = shrunkProgram(FuzzOp.of("meanAsSum", 1, (s, r) -> s[0].rank() == 0 ? null
                : new FuzzOp.Step("MEAN_AS_SUM($0)", t -> Tensor.apply(new MeanAsSum(), t[0]))));
        assertTrue(p.contains("MEAN_AS_SUM(v0)"), p);
        assertTrue(steps(p) == 1, "shrunk to the planted op alone:\n" + p);
        assertTrue(p.contains("// (2)") || p.contains("// (1, 2)") || p.contains("// (2, 2)"),
                "and to a small shape whose last dimension is 2, the least that shows the missing 1/n:\n" + p);
    }
}
