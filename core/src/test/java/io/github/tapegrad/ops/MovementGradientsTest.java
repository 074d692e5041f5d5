package io.github.tapegrad.ops;

import static io.github.tapegrad.ops.OpGens.forAll;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.Domain;
import io.github.tapegrad.check.Gen;
import io.github.tapegrad.check.Gens;
import io.github.tapegrad.ops.OpGens.Axis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gradient properties of the ops that move values: reshape, permute, expand, slice, pad, flip, concat, …. */
class MovementGradientsTest {

    /** A tensor and integer parameters of an op. */
    record Ints(Tensor x, int[] p) {
        Tensor[] inputs() { return new Tensor[] {x}; }
    }

    private static Gen<Ints> withInts(Gen<Tensor> tensors, java.util.function.Function<Tensor, Gen<int[]>> params) {
        return tensors.flatMap(x -> params.apply(x).map(p -> new Ints(x, p)));
    }

    private static Gen<Tensor> real(int minRank, int maxRank) {
        return Gens.tensors(Gens.shapes(minRank, maxRank), Domain.REAL);
    }

    /** The dimensions shuffled, a 1 inserted at random, and maybe one of them written −1. */
    private static Gen<int[]> reshapeTarget(Tensor x) {
        return Gens.zip(Gens.permutations(x.dim()), Gens.integers(0, x.dim() + 1), Gens.integers(-1, x.dim()), (perm, one, infer) -> {
            List<Integer> d = new ArrayList<>();
            for (int p : perm) d.add(x.size(p));
            if (one <= d.size()) d.add(one, 1);
            int[] r = d.stream().mapToInt(Integer::intValue).toArray();
            if (infer >= 0 && infer < r.length) r[infer] = -1;
            return r;
        });
    }

    @Test @Covers("Reshape")
    void reshape() {
        forAll(withInts(real(0, 4), MovementGradientsTest::reshapeTarget)).checkGradients(Ints::inputs, (c, in) -> in[0].reshape(c.p()));
        forAll(withInts(real(0, 4), MovementGradientsTest::reshapeTarget)).checkGradients(Ints::inputs, (c, in) -> in[0].view(c.p()));
    }

    @Test @Covers("Mul")
    void cloneCopiesValuesAndPassesTheGradientThrough() {
        forAll(real(0, 4)).checkGradients(in -> in[0].clone());
    }

    @Test @Covers("Reshape")
    void flatten() {
        forAll(real(0, 4)).checkGradients(in -> in[0].flatten());
        Gen<Ints> ranges = withInts(real(1, 4), x -> Gens.integers(0, x.dim() - 1)
                .flatMap(s -> Gens.integers(s, x.dim() - 1).map(e -> new int[] {s - (s % 2) * x.dim(), e})));
        forAll(ranges).checkGradients(Ints::inputs, (c, in) -> in[0].flatten(c.p()[0], c.p()[1]));
    }

    @Test @Covers("Reshape")
    void squeeze() {
        forAll(real(0, 4)).checkGradients(in -> in[0].squeeze());
        forAll(OpGens.withAxis(Domain.REAL)).checkGradients(Axis::inputs, (c, in) -> in[0].squeeze(c.axis()));
    }

    @Test @Covers("Reshape")
    void unsqueeze() {
        Gen<Ints> cases = withInts(real(0, 3), x -> Gens.integers(-x.dim() - 1, x.dim()).map(a -> new int[] {a}));
        forAll(cases).checkGradients(Ints::inputs, (c, in) -> in[0].unsqueeze(c.p()[0]));
    }

    @Test @Covers("Permute")
    void permute() {
        forAll(withInts(real(0, 4), x -> Gens.permutations(x.dim()))).checkGradients(Ints::inputs, (c, in) -> in[0].permute(c.p()));
    }

    @Test @Covers("Permute")
    void transpose() {
        Gen<Ints> cases = withInts(real(1, 4), x -> Gens.zip(Gens.integers(-x.dim(), x.dim() - 1), Gens.integers(-x.dim(), x.dim() - 1),
                (a, b) -> new int[] {a, b}));
        forAll(cases).checkGradients(Ints::inputs, (c, in) -> in[0].transpose(c.p()[0], c.p()[1]));
    }

    @Test @Covers("Permute")
    void tAndMT() {
        forAll(real(0, 2)).checkGradients(in -> in[0].t());
        forAll(real(2, 4)).checkGradients(in -> in[0].mT());
    }

    /** A small shape and a shape it broadcasts to. */
    record Broadcast(Tensor x, Shape target) {
        Tensor[] inputs() { return new Tensor[] {x}; }
    }

    @Test @Covers("Expand")
    void broadcastTo() {
        Gen<Broadcast> cases = OpGens.smallAndBig().flatMap(s -> Gens.tensor(s[0], Domain.REAL).map(x -> new Broadcast(x, s[1])));
        forAll(cases).checkGradients(Broadcast::inputs, (c, in) -> in[0].broadcastTo(c.target()));
    }

    /** expand with −1 for every kept dimension. */
    @Test @Covers("Expand")
    void expand() {
        Gen<Broadcast> cases = OpGens.smallAndBig().flatMap(s -> Gens.tensor(s[0], Domain.REAL).map(x -> new Broadcast(x, s[1])));
        forAll(cases).checkGradients(Broadcast::inputs, (c, in) -> {
            int[] sizes = c.target().toArray();
            int off = sizes.length - c.x().dim();
            for (int i = 0; i < c.x().dim(); i++) if (c.x().size(i) == sizes[off + i]) sizes[off + i] = -1;
            return in[0].expand(sizes);
        });
    }

    @Test @Covers("Sum")
    void sumTo() {
        Gen<Broadcast> cases = OpGens.smallAndBig().flatMap(s -> Gens.tensor(s[1], Domain.REAL).map(y -> new Broadcast(y, s[0])));
        forAll(cases).checkGradients(Broadcast::inputs, (c, in) -> in[0].sumTo(c.target()));
    }

    @Test @Covers({"Slice", "Pad"})
    void sliceWithSteps() {
        Gen<Ints> cases = withInts(real(1, 4), x -> Gens.integers(0, x.dim() - 1).flatMap(ax -> {
            int n = x.size(ax);
            return Gens.zip(Gens.integers(-n - 1, n + 1), Gens.integers(-n - 1, n + 1), Gens.integers(1, 3),
                    (s, e, st) -> new int[] {ax, s, e, st});
        }));
        forAll(cases).checkGradients(Ints::inputs, (c, in) -> in[0].slice(c.p()[0], c.p()[1], c.p()[2], c.p()[3]));
    }

    @Test @Covers("Slice")
    void narrow() {
        Gen<Ints> cases = withInts(real(1, 4), x -> Gens.integers(0, x.dim() - 1).flatMap(ax -> Gens.integers(0, x.size(ax) - 1)
                .flatMap(s -> Gens.integers(0, x.size(ax) - s).map(len -> new int[] {ax, s, len}))));
        forAll(cases).checkGradients(Ints::inputs, (c, in) -> in[0].narrow(c.p()[0], c.p()[1], c.p()[2]));
    }

    @Test @Covers({"Slice", "Reshape"})
    void select() {
        Gen<Ints> cases = withInts(real(1, 4), x -> Gens.integers(-x.dim(), x.dim() - 1).flatMap(ax -> {
            int n = x.size(ax);
            return Gens.integers(-n, n - 1).map(i -> new int[] {ax, i});
        }));
        forAll(cases).checkGradients(Ints::inputs, (c, in) -> in[0].select(c.p()[0], c.p()[1]));
    }

    /** pad with 0 to rank pairs of (before, after) in 0..2, and a random fill value. */
    @Test @Covers("Pad")
    void pad() {
        Gen<Ints> cases = withInts(real(0, 3), x -> Gens.integers(0, x.dim()).flatMap(pairs -> Gens.integers(0, (1 << (4 * pairs)) - 1)
                .map(bits -> {
                    int[] p = new int[2 * pairs];
                    for (int i = 0; i < p.length; i++) p[i] = ((bits >> (2 * i)) & 3) % 3;
                    return p;
                })));
        forAll(cases).checkGradients(Ints::inputs, (c, in) -> in[0].pad(0.5, c.p()));
    }

    @Test @Covers("Flip")
    void flip() {
        Gen<Ints> cases = withInts(real(1, 4), x -> OpGens.signedAxes(x.dim()).filter(a -> a.length > 0));
        forAll(cases).checkGradients(Ints::inputs, (c, in) -> in[0].flip(c.p()));
    }

    /** Tensors that agree in every dimension but the axis they are joined along. */
    record Joined(Tensor[] parts, int axis) {
        Tensor[] inputs() { return parts; }
    }

    @Test @Covers("Concat")
    void concat() {
        Gen<Joined> cases = Gens.shapes(1, 3).flatMap(s -> Gens.integers(0, s.rank() - 1).flatMap(ax -> Gens.integers(1, 3)
                .flatMap(k -> Gens.listOf(java.util.Collections.nCopies(k, Gens.integers(0, 3))).flatMap(sizes -> {
                    List<Shape> shapes = new ArrayList<>();
                    for (int n : sizes) {
                        int[] d = s.toArray();
                        d[ax] = n;
                        shapes.add(Shape.of(d));
                    }
                    return OpGens.tensorsOf(shapes, Domain.REAL).map(t -> new Joined(t, ax - (ax % 2) * s.rank()));
                }))));
        forAll(cases).checkGradients(Joined::inputs, (c, in) -> Tensor.concat(c.axis(), in));
    }

    @Test @Covers("Concat")
    void stack() {
        Gen<Joined> cases = Gens.shapes(0, 3).flatMap(s -> Gens.integers(-s.rank() - 1, s.rank()).flatMap(ax -> Gens.integers(1, 3)
                .flatMap(k -> OpGens.tensorsOf(java.util.Collections.nCopies(k, s), Domain.REAL).map(t -> new Joined(t, ax)))));
        forAll(cases).checkGradients(Joined::inputs, (c, in) -> Tensor.stack(c.axis(), in));
    }

    /** The pieces of a split, each scaled by its number + 1 and joined again, so every piece's gradient is checked. */
    private static Tensor rejoin(List<Tensor> pieces, int axis) {
        List<Tensor> scaled = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) scaled.add(pieces.get(k).mul(k + 1));
        return Tensor.concat(scaled, axis);
    }

    @Test @Covers("Slice")
    void splitBySize() {
        Gen<Ints> cases = withInts(real(1, 4), x -> Gens.integers(0, x.dim() - 1)
                .flatMap(ax -> Gens.integers(1, x.size(ax)).map(n -> new int[] {ax, n})));
        forAll(cases).checkGradients(Ints::inputs, (c, in) -> rejoin(in[0].split(c.p()[1], c.p()[0]), c.p()[0]));
    }

    /** torch: zeros(0, 2).split(2, 0) is one empty piece of shape (0, 2); split(3, 0) of (3, 2) is the whole. */
    @Test
    void splitOfAnEmptyDimensionIsOneEmptyPiece() {
        List<Tensor> pieces = Tensor.zeros(0, 2).split(2, 0);
        org.junit.jupiter.api.Assertions.assertEquals(1, pieces.size());
        org.junit.jupiter.api.Assertions.assertEquals(Shape.of(0, 2), pieces.get(0).shape());
        org.junit.jupiter.api.Assertions.assertEquals(1, Tensor.zeros(3, 2).split(3, 0).size());
        org.junit.jupiter.api.Assertions.assertEquals(List.of(Shape.of(2, 0), Shape.of(2, 0)),
                Tensor.zeros(2, 0).split(new int[] {0, 0}, 1).stream().map(Tensor::shape).toList());
    }

    @Test @Covers("Slice")
    void splitBySizes() {
        Gen<Ints> cases = withInts(real(1, 4), x -> Gens.integers(0, x.dim() - 1).flatMap(ax -> Gens.integers(0, x.size(ax))
                .map(first -> new int[] {ax, first, x.size(ax) - first})));
        forAll(cases).checkGradients(Ints::inputs, (c, in) -> rejoin(in[0].split(new int[] {c.p()[1], c.p()[2]}, c.p()[0]), c.p()[0]));
    }
}
