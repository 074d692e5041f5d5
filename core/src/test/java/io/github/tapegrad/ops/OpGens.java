package io.github.tapegrad.ops;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.Domain;
import io.github.tapegrad.check.Gen;
import io.github.tapegrad.check.Gens;
import io.github.tapegrad.check.Property;
import java.util.List;

/** Case generators and settings shared by the gradient properties of the ops. */
final class OpGens {
    private OpGens() {}

    /** Cases per property. */
    static final int CASES = 200;

    static <T> Property<T> forAll(Gen<T> gen) {
        return Property.forAll(gen).cases(CASES);
    }

    /** A tensor with reduction axes (possibly negative, empty meaning all) and keepDims. */
    record Reduction(Tensor x, int[] axes, boolean keepDims) {
        Tensor[] inputs() { return new Tensor[] {x}; }
    }

    static Gen<Reduction> reductions(Gen<Tensor> tensors) {
        return tensors.flatMap(x -> Gens.zip(signedAxes(x.dim()), Gens.booleans(), (a, k) -> new Reduction(x, a, k)));
    }

    /** A subset of the axes of a tensor of the given rank, each written as i or i − rank at random. */
    static Gen<int[]> signedAxes(int rank) {
        return Gens.zip(Gens.axes(rank), Gens.integers(0, 15), (a, signs) -> {
            int[] r = a.clone();
            for (int i = 0; i < r.length; i++) if ((signs >> i & 1) == 1) r[i] -= rank;
            return r;
        });
    }

    /** A tensor with one axis of it (possibly negative); rank at least 1. */
    record Axis(Tensor x, int axis) {
        Tensor[] inputs() { return new Tensor[] {x}; }
    }

    static Gen<Axis> withAxis(Domain d) {
        return Gens.tensors(Gens.shapes(1, 4), d).flatMap(x -> Gens.integers(-x.dim(), x.dim() - 1).map(a -> new Axis(x, a)));
    }

    /** A target shape, then a shape that broadcasts to it: the target without some leading dimensions, some dimensions 1. */
    static Gen<Shape[]> smallAndBig() {
        return Gens.shapes().flatMap(t -> Gens.zip(Gens.integers(0, t.rank()), Gens.integers(0, 15), (drop, ones) -> {
            int[] d = java.util.Arrays.copyOfRange(t.toArray(), drop, t.rank());
            for (int i = 0; i < d.length; i++) if ((ones >> i & 1) == 1) d[i] = 1;
            return new Shape[] {Shape.of(d), t};
        }));
    }

    /** Tensors of the given shapes with values in the domain. */
    static Gen<Tensor[]> tensorsOf(List<Shape> shapes, Domain d) {
        return Gens.inputs(shapes.stream().map(s -> Gens.tensor(s, d)).toList());
    }

    static Tensor[] arr(Tensor... t) {
        return t;
    }
}
