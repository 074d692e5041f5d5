package io.github.tapegrad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The LogSoftmax primitive: its forward is the composed formula's arithmetic bit for bit, its fused first-order VJP
 * (without createGraph) is bitwise its composed VJP (with it), along every axis of shapes whose rows are short, long,
 * contiguous or strided.
 */
class LogSoftmaxTest {
    private static final int[][] SHAPES = {{4, 5}, {3, 10}, {2, 3, 7}, {9}, {1, 1}, {}};

    private static Tensor sample(SplittableRandom rng, int[] shape) {
        return Tensor.randn(rng, shape).mul(3).detach();
    }

    /** (x − m) − ln Σ e^(x − m), m the detached maximum: the composition the primitive replaces. */
    private static Tensor composed(Tensor x, int axis) {
        Tensor z = x.sub(x.max(axis, true).detach());
        return z.sub(z.exp().sum(axis, true).log());
    }

    private static int[] axes(int rank) {
        int[] r = new int[2 * Math.max(rank, 1)];
        for (int i = 0; i < r.length; i++) r[i] = i - Math.max(rank, 1);
        return r;
    }

    @Test
    void forwardIsTheComposedFormulaBitForBit() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int[] shape : SHAPES) {
            Tensor x = sample(rng, shape);
            for (int axis : axes(shape.length)) {
                assertArrayEquals(composed(x, axis).toArray(), x.logSoftmax(axis).toArray(),
                        () -> "shape " + x.shape() + ", axis " + axis);
            }
        }
    }

    @Test
    void fusedVjpIsTheComposedVjpBitForBit() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int[] shape : SHAPES) {
            Tensor x = sample(rng, shape).requiresGrad(true);
            Tensor seed = Tensor.randn(rng, shape);
            Autograd.Options o = Autograd.Options.defaults().withSeeds(seed);
            for (int axis : axes(shape.length)) {
                Tensor fused = Autograd.grad(new Tensor[] {x.logSoftmax(axis)}, new Tensor[] {x}, o)[0];
                Tensor viaOps = Autograd.grad(new Tensor[] {x.logSoftmax(axis)}, new Tensor[] {x}, o.withCreateGraph(true))[0];
                assertArrayEquals(viaOps.toArray(), fused.toArray(), () -> "shape " + x.shape() + ", axis " + axis);
            }
        }
    }

    @Test
    void recordsOnePrimitiveWithItsAxis() {
        Tensor x = Tensor.randn(new int[] {2, 3}, 1).requiresGrad(true);
        String tape = Tape.of(x.logSoftmax(-1)).toString();
        assertTrue(tape.contains("LogSoftmax[axis=1](%0)"), tape);
        assertEquals(2, tape.strip().lines().count(), tape);
    }

    /** The op keeps its forward's softmax; applied again to another input it must not use that one. */
    @Test
    void anOpTakenFromTheTapeAndAppliedAgainDifferentiatesItsOwnInput() {
        Tensor a = Tensor.randn(new int[] {2, 3}, 1).requiresGrad(true), b = Tensor.randn(new int[] {2, 3}, 2).requiresGrad(true);
        Op op = a.logSoftmax(1).op();
        Autograd.Options o = Autograd.Options.defaults().withSeeds(Tensor.randn(new int[] {2, 3}, 3));
        Tensor reused = Autograd.grad(Tensor.apply(op, b), new Tensor[] {b}, o)[0];
        assertArrayEquals(Autograd.grad(b.logSoftmax(1), new Tensor[] {b}, o)[0].toArray(), reused.toArray());
    }

    @Test
    void logitsOfPlusMinusAThousandStayFinite() {
        Tensor x = Tensor.of(1000.0, -1000.0, 0.0).requiresGrad(true);
        Tensor y = x.logSoftmax(0);
        assertArrayEquals(new double[] {0.0, -2000.0, -1000.0}, y.toArray());
        Tensor g = Autograd.grad(y.select(0, 1), x);
        assertArrayEquals(new double[] {-1.0, 1.0, 0.0}, g.toArray());
    }
}
