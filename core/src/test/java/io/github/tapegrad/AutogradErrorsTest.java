package io.github.tapegrad;

import static io.github.tapegrad.ShapeErrorsTest.iae;
import static io.github.tapegrad.ShapeErrorsTest.message;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Error texts of backward, in-place updates and Autograd.grad, and the successful counterparts. */
class AutogradErrorsTest {
    private final Tensor x = Tensor.of(1.0, 2.0).requiresGrad(true);

    private static String ise(org.junit.jupiter.api.function.Executable e) {
        return message(IllegalStateException.class, e);
    }

    @Test
    void backwardOfANonScalarWithoutSeed() {
        assertEquals("backward: a seed can be implied only for a scalar output, but the output has shape (2); pass a seed "
                + "of that shape, e.g. backward(Tensor.onesLike(output))", iae(() -> x.mul(2).backward()));
    }

    @Test
    void backwardWithASeedOfTheWrongShape() {
        assertEquals("backward: the seed has shape (3) but the output has shape (2); pass a seed of the output's shape",
                iae(() -> x.mul(2).backward(Tensor.ones(3))));
    }

    @Test
    void backwardOfATensorThatDoesNotRequireGrad() {
        assertEquals("backward: the output of shape () does not require grad (no input of it requires grad, or it was "
                + "computed under noGrad); call requiresGrad(true) on the parameters before computing it",
                ise(() -> Tensor.of(1, 2).sum().backward()));
    }

    @Test
    void backwardTwiceWithoutRetainGraph() {
        Tensor y = x.mul(x).sum();
        y.backward();
        assertEquals("backward: the graph through Sum (output shape ()) was already freed by an earlier backward; pass "
                + "retainGraph=true to the first backward (backward(seed, true, false)) to backward through it twice",
                ise(y::backward));
    }

    @Test
    void backwardTwiceWithRetainGraphAccumulates() {
        Tensor y = x.mul(x).sum();
        y.backward(null, true, false);
        y.backward();
        assertArrayEquals(new double[] {4, 8}, x.grad().toArray(), "2 · 2x");
    }

    @Test
    void inPlaceUpdateOfASavedLeafBeforeBackward() {
        Tensor y = x.mul(x).sum();
        try (var g = Autograd.noGrad()) {
            x.addInPlace(Tensor.ones(2), -0.1);
        }
        assertEquals("backward: input 0 of Mul (shape (2)) was modified in place after it was saved: it is at version 1, "
                + "it was saved at version 0; recompute the forward after changing it, or change a copy (detach().clone())",
                ise(y::backward));
    }

    @Test
    void inPlaceUpdateThroughADetachedViewIsSeenToo() {
        Tensor y = x.exp().sum();
        x.detach().mulInPlace(2);
        assertEquals(1, x.version(), "the detached view shares the buffer and its version counter, as in PyTorch");
        assertEquals("backward: input 0 of Exp (shape (2)) was modified in place after it was saved: it is at version 1, "
                + "it was saved at version 0; recompute the forward after changing it, or change a copy (detach().clone())",
                ise(y::backward));
    }

    @Test
    void inPlaceUpdateOfASavedOutputBeforeBackward() {
        Tensor y = x.exp();
        y.detach().mulInPlace(0);
        assertEquals("backward: the output of Exp (shape (2)) was modified in place after it was saved: it is at version 1, "
                + "it was saved at version 0; recompute the forward after changing it, or change a copy (detach().clone())",
                ise(() -> y.sum().backward()));
    }

    @Test
    void detachCloneIsALeafOfItsOwnToChangeInPlace() {
        Tensor v = Tensor.of(-0.0, Double.NaN, Double.NEGATIVE_INFINITY, 3.5).requiresGrad(true);
        Tensor y = v.exp();
        Tensor copy = y.detach().clone();
        assertTrue(copy.isLeaf() && !copy.requiresGrad(), "a clone of a detached tensor is a plain leaf");
        for (int i = 0; i < 4; i++) {
            assertEquals(Double.doubleToRawLongBits(y.toArray()[i]), Double.doubleToRawLongBits(copy.toArray()[i]));
        }
        copy.mulInPlace(0);
        assertEquals(0, y.version(), "the clone has a buffer and a version counter of its own");
        assertArrayEquals(new double[] {1, Double.NaN, 0, Math.exp(3.5)}, y.toArray());
        y.sum().backward();
        assertArrayEquals(new double[] {1, Double.NaN, 0, Math.exp(3.5)}, v.grad().toArray());
        assertEquals(-0.0, Tensor.of(-0.0).clone().item(), "the sign of zero is kept");
        assertTrue(1 / Tensor.of(-0.0).clone().item() < 0, "the sign of zero is kept");
    }

    @Test
    void anOutputNoVjpReadsMayChangeInPlace() {
        Tensor y = x.add(1);
        y.detach().mulInPlace(0);
        y.sum().backward();
        assertArrayEquals(new double[] {1, 1}, x.grad().toArray(), "Add's VJP does not read its output, as in PyTorch");
    }

    @Test
    void aCustomOpThatSavesItsOutputHasItCheckedAtTheVersionItWasRecordedAt() {
        Op twice = new Op() {
            public Tensor forward(Tensor[] in) { return in[0].mul(2); }
            public Tensor vjp(int i, Tensor g, Tensor[] in, Tensor out) { return g.mul(out).div(in[0]); }
            public boolean savesOutput() { return true; }
            public String name() { return "Twice"; }
        };
        Tensor y = Tensor.apply(twice, x);
        y.sum().backward();
        assertArrayEquals(new double[] {2, 2}, x.grad().toArray());
        Tensor z = Tensor.apply(twice, x);
        z.detach().addInPlace(Tensor.ones(2));
        assertEquals("backward: the output of Twice (shape (2)) was modified in place after it was saved: it is at "
                + "version 1, it was saved at version 0; recompute the forward after changing it, or change a copy "
                + "(detach().clone())", ise(() -> z.sum().backward()));
    }

    @Test
    void aCustomOpThatDoesNotSaveItsOutputLetsItChange() {
        Op scale = new Op() {
            public Tensor forward(Tensor[] in) { return in[0].mul(2); }
            public Tensor vjp(int i, Tensor g, Tensor[] in, Tensor out) { return g.mul(2); }
        };
        Tensor y = Tensor.apply(scale, x);
        y.detach().mulInPlace(3);
        y.sum().backward();
        assertArrayEquals(new double[] {2, 2}, x.grad().toArray(), "as PyTorch, which checks only saved tensors");
    }

    @Test
    void inPlaceOnANonLeaf() {
        Tensor y = x.mul(2);
        assertEquals("addInPlace: in-place updates apply to leaves only, but this tensor of shape (2) is the output of Mul; "
                + "update a leaf, or compute a new tensor instead", ise(() -> y.addInPlace(Tensor.ones(2))));
    }

    @Test
    void inPlaceOnARequiresGradLeafWhileRecording() {
        assertEquals("mulInPlace: this leaf of shape (2) requires grad and recording is on; update it inside try (var g = "
                + "Autograd.noGrad()) { ... }", ise(() -> x.mulInPlace(0.5)));
        try (var g = Autograd.noGrad()) {
            x.mulInPlace(0.5);
        }
        assertArrayEquals(new double[] {0.5, 1}, x.toArray());
    }

    @Test
    void inPlaceWithAnotherShape() {
        assertEquals("copyInPlace: shape (3) differs from this tensor's shape (2); in-place updates need equal shapes "
                + "(broadcastTo first)", iae(() -> Tensor.zeros(2).copyInPlace(Tensor.ones(3))));
    }

    @Test
    void requiresGradOnANonLeaf() {
        Tensor y = x.mul(2);
        assertEquals("requiresGrad: only leaves can change requiresGrad, but this tensor of shape (2) is the output of Mul; "
                + "use detach().requiresGrad(true) for a new leaf", ise(() -> y.requiresGrad(false)));
    }

    @Test
    void gradOfAnUnusedInput() {
        Tensor unused = Tensor.of(3.0, 4.0).requiresGrad(true);
        Tensor y = x.square().sum();
        assertEquals("grad: input 1 of shape (2) was not used to compute the outputs; pass Options.withAllowUnused(true) "
                + "to get null for it", iae(() -> Autograd.grad(y, new Tensor[] {x, unused},
                Autograd.Options.defaults().withRetainGraph(true))));
        Tensor[] g = Autograd.grad(y, new Tensor[] {x, unused}, Autograd.Options.defaults().withAllowUnused(true));
        assertArrayEquals(new double[] {2, 4}, g[0].toArray());
        assertNull(g[1]);
    }

    @Test
    void gradWithAnInputThatDoesNotRequireGrad() {
        Tensor c = Tensor.of(1.0, 1.0);
        Tensor y = x.mul(c).sum();
        assertEquals("grad: input 0 of shape (2) does not require grad; call requiresGrad(true) on it before computing the "
                + "outputs", iae(() -> Autograd.grad(y, c)));
    }

    @Test
    void hookOnATensorThatDoesNotRequireGrad() {
        assertEquals("registerHook: this tensor of shape (2) does not require grad, so no gradient will reach the hook; "
                + "call requiresGrad(true) first", ise(() -> Tensor.zeros(2).registerHook(g -> g)));
    }

    @Test
    void setGradOfAnotherShape() {
        assertEquals("setGrad: gradient shape (3) differs from the tensor's shape (2); give a gradient of the tensor's "
                + "shape", iae(() -> x.setGrad(Tensor.zeros(3))));
    }
}
