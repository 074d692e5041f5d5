package io.github.tapegrad.reliability;

import static io.github.tapegrad.reliability.ErrorCase.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.Domain;
import io.github.tapegrad.check.Gen;
import io.github.tapegrad.check.Gens;
import io.github.tapegrad.check.GradCheck;
import io.github.tapegrad.check.Property;
import io.github.tapegrad.check.Shrinkable;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The texts of the property-testing kit's errors (io.github.tapegrad.check), listed in docs/errors.md. */
class CheckKitErrorTextsTest {
    private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
    private static final Class<NullPointerException> NPE = NullPointerException.class;
    private static final Function<Tensor[], Tensor> F = in -> in[0].sin();
    private static final Tensor X = Tensor.of(1.0);

    static Stream<Arguments> cases() {
        Gen<Integer> ints = Gens.integers(0, 3);
        return Stream.of(
                of(IAE, "broadcastableShapes: count must be >= 1, got 0", () -> Gens.broadcastableShapes(0)),
                of(NPE, "gradcheck: input 0 is null", () -> GradCheck.check(F, (Tensor) null)),
                of(NPE, "gradcheck: f returned null", () -> GradCheck.check(in -> null, X)),
                of(IllegalStateException.class, "gradcheck: f returned shape (2) for a perturbed input 0 but (3) at the point "
                        + "itself; f must not change its output shape with the values",
                        () -> GradCheck.check(in -> in[0].expand(in[0].item() > 1 ? 2 : 3), X)),
                of(NPE, "Gen.of: generate is null", () -> Gen.of(null, v -> List.of())),
                of(NPE, "Gen.of: shrink is null", () -> Gen.of(r -> 1, null)),
                of(NPE, "map: f is null", () -> ints.map(null)),
                of(NPE, "flatMap: f is null", () -> ints.flatMap(null)),
                of(NPE, "filter: keep is null", () -> ints.filter(null)),
                of(IllegalStateException.class, "filter: no value out of 1000 draws passed the filter; generate values that "
                        + "satisfy it directly instead of filtering", () -> ints.filter(v -> v > 5).generate(new SplittableRandom(1))),
                of(NPE, "tensors: shapes is null", () -> Gens.tensors(null, Domain.REAL)),
                of(NPE, "tensors: domain is null", () -> Gens.tensors(Gens.shapes(), null)),
                of(IAE, "indices: bound must be >= 1, got 0; give the size indexed into", () -> Gens.indices(Shape.of(2), 0)),
                of(IAE, "integers: empty range [2, 1]; use lo <= hi", () -> Gens.integers(2, 1)),
                of(IAE, "doubles: empty range [1.0, 1.0); use lo < hi", () -> Gens.doubles(1, 1)),
                of(IAE, "elements: no values given; give at least one", () -> Gens.elements()),
                of(IAE, "oneOf: no generators given; give at least one", () -> Gens.oneOf()),
                of(IAE, "GradCheck.Options: need eps > 0, atol >= 0, rtol >= 0, projections >= 1, got eps 0.0, atol 1.0E-5, "
                        + "rtol 0.001, projections 3", () -> new GradCheck.Options(0, 1e-5, 1e-3, 1, false, 3)),
                of(NPE, "gradcheck: f is null", () -> GradCheck.check(null, X)),
                of(NPE, "gradcheck: options is null", () -> GradCheck.check(F, (GradCheck.Options) null, X)),
                of(NPE, "gradgradcheck: f is null", () -> GradCheck.gradGradCheck(null, X)),
                of(NPE, "gradgradcheck: options is null", () -> GradCheck.gradGradCheck(F, (GradCheck.Options) null, X)),
                of(NPE, "forAll: gen is null", () -> Property.forAll(null)),
                of(IAE, "cases: need at least 1 case, got 0", () -> Property.forAll(ints).cases(0)),
                of(IAE, "only: case numbers start at 0, got -1", () -> Property.forAll(ints).only(-1)),
                of(IAE, "maxShrinks: must be >= 0, got -1", () -> Property.forAll(ints).maxShrinks(-1)),
                of(NPE, "check: property is null", () -> Property.forAll(ints).check(null)),
                of(NPE, "verify: property is null", () -> Property.forAll(ints).verify(null)),
                of(IAE, "shapes: invalid bounds rank 2..1, dims 1..4, size <= 64; use 0 <= minRank <= maxRank, "
                        + "0 <= minDim <= maxDim, maxDim >= 1", () -> Gens.shapes(2, 1, 1, 4, 64)),
                of(IAE, "shapes: no shape of rank 3 with dimensions >= 2 has at most 4 elements; raise maxSize or lower "
                        + "minRank/minDim", () -> Gens.shapes(3, 3, 2, 4, 4)),
                of(NPE, "unfold: shrink is null", () -> Shrinkable.unfold(1, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void errorTexts(String text, ErrorCase c) {
        c.check();
    }

    @Test
    void checkGradientsOfCasesThatAreNotTensorsNamesTheType() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> Property.forAll(Gens.integers(0, 3)).cases(1).maxShrinks(0).checkGradients(F));
        assertEquals("checkGradients: a case of type Integer is not a Tensor, Tensor[] or List<Tensor>; map the generator "
                + "to the inputs, or use verify with GradCheck.assertGradients", e.getCause().getMessage());
    }
}
