package io.github.tapegrad.check;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Tensors with a generated shape and values in a domain; shrinks to sub-tensors, then to simpler values. */
final class TensorGen implements Gen<Tensor> {
    private final Gen<Shape> shapes;
    private final Domain domain;

    TensorGen(Gen<Shape> shapes, Domain domain) {
        this.shapes = shapes;
        this.domain = domain;
    }

    @Override
    public Tensor generate(RandomGenerator rng) {
        Shape s = shapes.generate(rng);
        return Tensor.of(domain.sample(s.size(), rng), s.toArray());
    }

    /** The sub-tensors of the shapes the shape generator shrinks to, then simpler values in the domain. */
    @Override
    public List<Tensor> shrink(Tensor t) {
        List<Tensor> r = new ArrayList<>();
        for (Shape s : shapes.shrink(t.shape())) {
            Tensor sub = Blocks.sub(t, s);
            if (sub != null) r.add(sub);
        }
        int[] dims = t.shape().toArray();
        for (double[] v : domain.simplify(t.toArray())) r.add(Tensor.of(v, dims));
        return r;
    }
}
