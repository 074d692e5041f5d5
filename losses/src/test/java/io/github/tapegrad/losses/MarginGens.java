package io.github.tapegrad.losses;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.Domain;
import io.github.tapegrad.check.Gen;
import io.github.tapegrad.check.Gens;
import java.util.List;
import java.util.function.Function;

/** Generators of the gradient properties of part B's losses (on the check kit); the first inputs require grad. */
final class MarginGens {
    private MarginGens() {}

    /** Cases per property: enough for shapes 1–4 per dimension, few enough to keep the module's tests fast. */
    static final int CASES = 40;

    /** Labels in {−1, 1} of the shape. */
    static Gen<Tensor> signs(Shape s) {
        return Gens.indices(s, 2).map(t -> t.mul(2).sub(1));
    }

    /** (N, C) shapes, N and C in 1..4. */
    static Gen<Shape> matrices() {
        return Gens.shapes(2, 2);
    }

    /** Inputs from one shape: {@code parts} generators of tensors of that shape; the first {@code diff} require grad. */
    static Gen<Tensor[]> sameShape(Gen<Shape> shapes, int diff, List<Function<Shape, Gen<Tensor>>> parts) {
        return shapes.flatMap(s -> Gens.inputs(parts.stream().map(p -> p.apply(s)).toList())).map(in -> differentiable(in, diff));
    }

    /** Values in the domain for the shape. */
    static Function<Shape, Gen<Tensor>> values(Domain d) {
        return s -> Gens.tensor(s, d);
    }

    /** Marks the first {@code diff} inputs as the ones the gradient check perturbs. */
    static Tensor[] differentiable(Tensor[] in, int diff) {
        for (int i = 0; i < diff; i++) in[i].requiresGrad(true);
        return in;
    }
}
