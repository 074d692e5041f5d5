package io.github.tapegrad.reliability;

import static io.github.tapegrad.reliability.ErrorCase.of;

import io.github.tapegrad.Op;
import io.github.tapegrad.Tensor;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The texts of Tensor's and Autograd's errors that the other error tests leave out (listed in docs/errors.md). */
class TensorErrorTextsTest {
    private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;

    static Stream<Arguments> cases() {
        Tensor m = Tensor.ones(2, 3), v = Tensor.ones(3);
        return Stream.of(
                of(NullPointerException.class, "of: row 0 is null", () -> Tensor.of(new double[][] {null})),
                of(NullPointerException.class, "ReturnsNull: forward returned null", () -> Tensor.apply(new ReturnsNull(), v)),
                of(IllegalStateException.class, "WrongShape: backward returned a gradient of shape (2) for input 0 of shape (3); "
                        + "a VJP must return its input's shape", () -> Tensor.apply(new WrongShape(), v.detach().requiresGrad(true)).sum().backward()),
                of(IAE, "expand: 1 sizes for a tensor of shape (2, 3); give at least 2 sizes", () -> m.expand(3)),
                of(IAE, "expand: -1 is not allowed for the new leading dimension 0; give its size", () -> v.expand(-1, 3)),
                of(IAE, "sumTo: shape (2, 3) cannot be summed to (4); the target must broadcast to the tensor's shape", () -> m.sumTo(4)),
                of(IAE, "max: cannot reduce over dimension 1 of size 0 (shape (2, 0)); the reduction has no identity, give a "
                        + "non-empty tensor", () -> Tensor.zeros(2, 0).max(1, false)),
                of(IAE, "reshape: size -2 at dimension 0 is invalid; sizes are >= 0 or -1", () -> v.reshape(-2, 3)),
                of(IAE, "flatten: startDim 1 comes after endDim 0 for shape (2, 3); give startDim <= endDim", () -> m.flatten(1, 0)),
                of(IAE, "mT: expects at least 2 dimensions, got shape (3); use t() for vectors", v::mT),
                of(IAE, "slice: cannot slice a scalar; reshape it to (1) first", () -> Tensor.scalar(1).slice(0, 0, 1)),
                of(IAE, "narrow: cannot narrow a scalar; reshape it to (1) first",
                        () -> Tensor.scalar(1).narrow(0, 0, 1)),
                of(IAE, "select: cannot select from a scalar; reshape it to (1) first",
                        () -> Tensor.scalar(1).select(0, 0)),
                of(IAE, "slice: step must be positive, got 0; use flip() to reverse", () -> v.slice(0, 0, 3, 0)),
                of(IAE, "pad: 1 padding sizes for a tensor of shape (3); give (before, after) pairs for at most 1 dimensions, "
                        + "last dimension first", () -> v.pad(0, 1)),
                of(IAE, "pad: negative padding (-1, 0) on dimension 0; use narrow() to crop", () -> v.pad(0, -1, 0)),
                of(IAE, "flip: no axes given for shape (3); name the axes to reverse", () -> v.flip()),
                of(IAE, "concat: no tensors given; give at least one", () -> Tensor.concat(List.of(), 0)),
                of(IAE, "concat: cannot join scalars; use stack()", () -> Tensor.concat(0, Tensor.scalar(1), Tensor.scalar(2))),
                of(IAE, "stack: no tensors given; give at least one", () -> Tensor.stack(List.of(), 0)),
                of(IAE, "stack: axis -4 is out of range for a tensor of shape (2, 3) (expected -3..2)",
                        () -> Tensor.stack(-4, m, m)),
                of(IAE, "split: size -1 at position 1 of [6, -1] is negative; give sizes >= 0",
                        () -> Tensor.ones(5).split(new int[] {6, -1}, 0)),
                of(IAE, "split: size must be positive, got 0", () -> v.split(0, 0)),
                of(IAE, "dot: expects two 1-D tensors of equal length, got (3) and (4); use matmul for matrices",
                        () -> v.dot(Tensor.ones(4))),
                of(IAE, "outer: expects two 1-D tensors, got (2, 3) and (3); flatten them first", () -> m.outer(v)),
                of(IAE, "unsqueeze: axis 2 is out of range for a tensor of shape (3) (expected -2..1)", () -> v.unsqueeze(2)),
                of(IAE, "oneHot: numClasses must be at least 1, got 0", () -> Tensor.oneHot(Tensor.of(0), 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void errorTexts(String text, ErrorCase c) {
        c.check();
    }

    /** A custom op whose forward returns null. */
    private record ReturnsNull() implements Op.Unary {
        public Tensor forward(Tensor x) { return null; }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return g; }
    }

    /** A custom op whose VJP has the wrong shape. */
    private record WrongShape() implements Op.Unary {
        public Tensor forward(Tensor x) { return x.mul(1); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return Tensor.ones(2); }
    }
}
