package io.github.tapegrad.check;

import io.github.tapegrad.Op;
import io.github.tapegrad.Tensor;

/** Custom ops with deliberately wrong derivatives, to show that the kit catches them. */
final class PlantedOps {
    private PlantedOps() {}

    /** out = x²;  the VJP returns 2x and ignores the incoming gradient (right only when it is all ones). */
    record SquareIgnoringGrad() implements Op.Unary {
        public Tensor forward(Tensor x) { return x.mul(x); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return x.mul(2); }
    }

    /** out = x²;  the VJP has the wrong factor: g · 3x instead of g · 2x. */
    record SquareWrongFactor() implements Op.Unary {
        public Tensor forward(Tensor x) { return x.mul(x); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return g.mul(x).mul(3); }
    }

    /** out = max(x, 0);  the VJP claims slope 2 at 0, outside the subgradient interval [0, 1]. */
    record ReluBadAtZero() implements Op.Unary {
        public Tensor forward(Tensor x) { return x.relu(); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return g.mul(x.gt(0).add(x.eq(0).mul(2))); }
    }

    /** out = x³;  the VJP is right but built from a detached constant 3x², so its own derivative is lost. */
    record CubeDetached() implements Op.Unary {
        public Tensor forward(Tensor x) { return x.mul(x).mul(x); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) {
            return g.mul(Tensor.of(x.square().mul(3).toArray(), x.shape().toArray()));
        }
    }

    /** out = x³;  the VJP is g · 3 · sq(x) with sq an op whose own VJP has the wrong factor (x instead of 2x). */
    record CubeWrongSecond() implements Op.Unary {
        public Tensor forward(Tensor x) { return x.mul(x).mul(x); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return g.mul(Tensor.apply(new SquareHalfGrad(), x)).mul(3); }
    }

    /** out = x²;  the VJP is g · x (half the true derivative). */
    record SquareHalfGrad() implements Op.Unary {
        public Tensor forward(Tensor x) { return x.mul(x); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return g.mul(x); }
    }

    static Tensor apply(Op op, Tensor x) {
        return Tensor.apply(op, x);
    }
}
