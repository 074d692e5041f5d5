package io.github.tapegrad.ops;

import static io.github.tapegrad.ops.OpGens.forAll;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.Domain;
import io.github.tapegrad.check.GradCheck;
import io.github.tapegrad.check.Gen;
import io.github.tapegrad.check.Gens;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gradient properties of gather, takeAlongAxis, indexSelect and scatterAdd (indices are constants). */
class IndexingGradientsTest {

    /** x, an axis, and an integer index tensor (and a source for scatterAdd). */
    record Indexed(Tensor x, int axis, Tensor index, Tensor src) {
        Tensor[] inputs() { return src == null ? new Tensor[] {x} : new Tensor[] {x, src}; }
    }

    /** An index shape of x's rank: at most x's size in every dimension but the axis, 1–4 along it. */
    private static Gen<Shape> indexShape(Shape x, int axis) {
        List<Gen<Integer>> dims = new java.util.ArrayList<>();
        for (int i = 0; i < x.rank(); i++) dims.add(i == axis ? Gens.integers(1, 4) : Gens.integers(1, x.get(i)));
        return Gens.listOf(dims).map(d -> Shape.of(d.stream().mapToInt(Integer::intValue).toArray()));
    }

    private static Gen<Indexed> gathers() {
        return Gens.tensors(Gens.shapes(1, 3), Domain.REAL).flatMap(x -> Gens.integers(0, x.dim() - 1)
                .flatMap(ax -> indexShape(x.shape(), ax).flatMap(s -> Gens.indices(s, x.size(ax))
                        .map(ix -> new Indexed(x, ax - (ax % 2) * x.dim(), ix, null)))));
    }

    @Test @Covers({"Gather", "ScatterAdd"})
    void gather() {
        forAll(gathers()).checkGradients(Indexed::inputs, (c, in) -> in[0].gather(c.axis(), c.index()));
    }

    /**
     * Rank-2 gathers and scatters take a loop of their own; the rank-3 ones, the general loop over dimensions. Both
     * give the same values for a rank-2 case with a leading dimension of 1 added.
     */
    @Test
    void rankTwoIndexingAgreesWithTheGeneralLoop() {
        Gen<Indexed> matrices = Gens.tensors(Gens.shapes(2, 2), Domain.REAL).flatMap(x -> Gens.integers(0, 1)
                .flatMap(ax -> indexShape(x.shape(), ax).flatMap(s -> Gens.zip(Gens.indices(s, x.size(ax)),
                        Gens.tensor(s, Domain.REAL), (ix, src) -> new Indexed(x, ax, ix, src)))));
        forAll(matrices).check(c -> {
            Tensor x3 = c.x().unsqueeze(0), ix3 = c.index().unsqueeze(0), src3 = c.src().unsqueeze(0);
            Tensor gathered = c.x().gather(c.axis(), c.index());
            Tensor scattered = c.x().scatterAdd(c.axis(), c.index(), c.src());
            return java.util.Arrays.equals(gathered.toArray(), x3.gather(c.axis() + 1, ix3).toArray())
                    && java.util.Arrays.equals(scattered.toArray(), x3.scatterAdd(c.axis() + 1, ix3, src3).toArray());
        });
    }

    @Test @Covers("Gather")
    void takeAlongAxis() {
        forAll(gathers()).checkGradients(Indexed::inputs, (c, in) -> in[0].takeAlongAxis(c.index(), c.axis()));
    }

    @Test @Covers({"Gather", "Expand"})
    void indexSelect() {
        Gen<Indexed> cases = Gens.tensors(Gens.shapes(1, 3), Domain.REAL).flatMap(x -> Gens.integers(0, x.dim() - 1)
                .flatMap(ax -> Gens.integers(0, 5).flatMap(n -> Gens.indices(Shape.of(n), x.size(ax))
                        .map(ix -> new Indexed(x, ax, ix, null)))));
        forAll(cases).checkGradients(Indexed::inputs, (c, in) -> in[0].indexSelect(c.axis(), c.index()));
    }

    /** scatterAdd into self from src of the index's shape (the case PyTorch's backward supports). */
    @Test @Covers({"ScatterAdd", "Gather"})
    void scatterAdd() {
        Gen<Indexed> cases = Gens.tensors(Gens.shapes(1, 3), Domain.REAL).flatMap(x -> Gens.integers(0, x.dim() - 1)
                .flatMap(ax -> indexShape(x.shape(), ax).flatMap(s -> Gens.zip(Gens.indices(s, x.size(ax)),
                        Gens.tensor(s, Domain.REAL), (ix, src) -> new Indexed(x, ax - (ax % 2) * x.dim(), ix, src)))));
        forAll(cases).checkGradients(Indexed::inputs, (c, in) -> in[0].scatterAdd(c.axis(), c.index(), in[1]));
    }

    /**
     * The shrunk counterexample of the scatterAdd property when src is larger than the index (allowed by scatterAdd's
     * checks): the VJP for src must be zero-padded from the index's shape (1, 1) to src's (2, 1).
     */
    @Test
    void scatterAddWithSrcLargerThanIndex() {
        Tensor self = Tensor.of(new double[] {0.0}, 1, 1), index = Tensor.of(new double[] {0.0}, 1, 1);
        Tensor src = Tensor.of(new double[] {0.5, -1.5}, 2, 1);
        GradCheck.assertGradients(in -> in[0].scatterAdd(0, index, in[1]), self, src);
    }
}
