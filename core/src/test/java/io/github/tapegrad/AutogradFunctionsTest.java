package io.github.tapegrad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.testing.Close;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Custom ops through Tensor.apply, anomaly mode, and jacobian / hessian / hvp against closed forms. */
class AutogradFunctionsTest {

    /** hypot(a, b) = √(a² + b²);  da = g · a / out,  db = g · b / out. */
    record Hypot() implements Op.Binary {
        public Tensor forward(Tensor a, Tensor b) {
            return a.square().add(b.square()).sqrt();
        }

        public Tensor vjpA(Tensor g, Tensor a, Tensor b, Tensor out) {
            return g.mul(a).div(out);
        }

        public Tensor vjpB(Tensor g, Tensor a, Tensor b, Tensor out) {
            return g.mul(b).div(out);
        }
    }

    /** The identity, returning its input object: apply must still give a new node. */
    record Same() implements Op.Unary {
        public Tensor forward(Tensor x) {
            return x;
        }

        public Tensor vjp(Tensor g, Tensor x, Tensor out) {
            return g;
        }
    }

    @Test
    void customOpIsRecordedAndItsVjpUsed() {
        Tensor a = Tensor.of(3.0, 5.0).requiresGrad(true), b = Tensor.of(4.0, 12.0).requiresGrad(true);
        Tensor h = Tensor.apply(new Hypot(), a, b);
        assertArrayEquals(new double[] {5, 13}, h.toArray(), 1e-15);
        assertEquals("Hypot", h.op().name());
        assertTrue(Tape.of(h).toString().contains("Hypot(%0, %1)"));
        h.mul(Tensor.of(2.0, 3.0)).sum().backward();
        assertArrayEquals(new double[] {2 * 3 / 5.0, 3 * 5 / 13.0}, a.grad().toArray(), 1e-15);
        assertArrayEquals(new double[] {2 * 4 / 5.0, 3 * 12 / 13.0}, b.grad().toArray(), 1e-15);
    }

    @Test
    void customOpDifferentiatesTwice() {
        Tensor a = Tensor.scalar(3).requiresGrad(true), b = Tensor.scalar(4);
        Tensor h = Tensor.apply(new Hypot(), a, b);
        Tensor d1 = Autograd.grad(new Tensor[] {h}, new Tensor[] {a}, Autograd.Options.defaults().withCreateGraph(true))[0];
        assertEquals(3 / 5.0, d1.item(), 1e-15);
        assertEquals(16 / 125.0, Autograd.grad(d1, a).item(), 1e-15, "d²/da² √(a²+b²) = b²/r³");
    }

    @Test
    void customOpReturningItsInputGivesANewNode() {
        Tensor x = Tensor.of(1.0, 2.0).requiresGrad(true);
        Tensor y = Tensor.apply(new Same(), x);
        assertNotSame(x, y);
        assertTrue(x.isLeaf(), "the input stays a leaf");
        y.mul(Tensor.of(5.0, 7.0)).sum().backward();
        assertArrayEquals(new double[] {5, 7}, x.grad().toArray());
    }

    @Test
    void customOpOnConstantsRecordsNothing() {
        Tensor h = Tensor.apply(new Hypot(), Tensor.of(3.0), Tensor.of(4.0));
        assertFalse(h.requiresGrad());
        assertTrue(h.isLeaf());
    }

    @Test
    void anomalyModeIsOffByDefault() {
        assertFalse(Autograd.isAnomalyEnabled());
        Tensor x = Tensor.of(0.0, 4.0).requiresGrad(true);
        x.sqrt().sum().backward();
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, 0.25}, x.grad().toArray());
    }

    @Test
    void anomalyModeNamesTheOpAndWhereItWasCreated() {
        Tensor x = Tensor.of(0.0, 4.0).requiresGrad(true);
        try (var anomaly = Autograd.detectAnomaly()) {
            assertTrue(Autograd.isAnomalyEnabled());
            Tensor y = x.sqrt().mul(3).sum();
            var e = assertThrows(ArithmeticException.class, y::backward);
            assertEquals("anomaly: the backward of Pow[p=0.5] returned Infinity at flat index 0 of the gradient of its input 0 "
                    + "(shape (2)); the op was created at the stack in the cause; check the values reaching it (e.g. log "
                    + "or sqrt at 0, division by 0)", e.getMessage());
            Throwable cause = e.getCause();
            assertInstanceOf(RuntimeException.class, cause);
            assertEquals("Pow was created here (forward)", cause.getMessage());
            assertTrue(Arrays.stream(cause.getStackTrace())
                    .anyMatch(f -> f.getMethodName().equals("anomalyModeNamesTheOpAndWhereItWasCreated")),
                    "the creation stack reaches the user's code");
        }
        assertFalse(Autograd.isAnomalyEnabled());
    }

    @Test
    void jacobianOfClosedForms() {
        Tensor x = Tensor.of(1.0, -2.0, 0.5);
        Close.assertClose(Tensor.of(new double[][] {{2, 0, 0}, {0, -4, 0}, {0, 0, 1}}),
                Autograd.jacobian(v -> v.square(), x), 0, 1e-15, "J(x²) = diag(2x)");
        Tensor a = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        Close.assertClose(a, Autograd.jacobian(v -> a.matmul(v), x), 0, 0, "J(Ax) = A");
        Tensor s = x.softmax(0);
        Tensor expected = s.reshape(3, 1).mul(Tensor.eye(3)).sub(s.outer(s));
        Close.assertClose(expected, Autograd.jacobian(v -> v.softmax(0), x), 1e-12, 1e-15, "J(softmax) = diag(s) - ssᵀ");
    }

    @Test
    void jacobianShapeIsOutputThenInput() {
        Tensor j = Autograd.jacobian(v -> v.sum(1), Tensor.ones(2, 3));
        assertEquals(Shape.of(2, 2, 3), j.shape());
        assertArrayEquals(new double[] {1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1}, j.toArray());
        assertArrayEquals(new double[6], Autograd.jacobian(v -> Tensor.ones(2), Tensor.ones(3)).toArray(),
                "a constant function has a zero Jacobian");
    }

    @Test
    void hessianOfClosedForms() {
        Tensor x = Tensor.of(1.0, -2.0, 0.5);
        Close.assertClose(Tensor.of(new double[] {6, 0, 0, 0, -12, 0, 0, 0, 3}, 3, 3),
                Autograd.hessian(v -> v.pow(3).sum(), x), 1e-14, 0, "H(Σx³) = diag(6x)");
        Tensor a = Tensor.of(new double[][] {{1, 2, 0}, {0, 3, -1}, {4, 0, 2}});
        Close.assertClose(a.add(a.t()), Autograd.hessian(v -> v.dot(a.matmul(v)), x), 0, 1e-14, "H(xᵀAx) = A + Aᵀ");
        var e = assertThrows(IllegalArgumentException.class, () -> Autograd.hessian(v -> v.square(), x));
        assertEquals("hessian: f must return a single element, but returned shape (3); reduce it, e.g. with sum()",
                e.getMessage());
    }

    @Test
    void hvpIsTheHessianTimesTheVector() {
        Tensor a = Tensor.of(new double[][] {{1, 2, 0}, {0, 3, -1}, {4, 0, 2}});
        Tensor x = Tensor.of(1.0, -2.0, 0.5), v = Tensor.of(0.5, 1.0, -1.0);
        Close.assertClose(a.add(a.t()).matmul(v), Autograd.hvp(u -> u.dot(a.matmul(u)), x, v), 0, 1e-14, "(A + Aᵀ)v");
        Close.assertClose(Tensor.of(6 * 1 * 0.5, 6 * -2 * 1.0, 6 * 0.5 * -1), Autograd.hvp(u -> u.pow(3).sum(), x, v),
                1e-14, 0, "diag(6x)v");
        assertArrayEquals(new double[3], Autograd.hvp(u -> u.sum(), x, v).toArray(), "a linear f has H = 0");
    }

    /** torch.autograd.functional.hvp gives zeros for an f that does not depend on x, and checks v's size. */
    @Test
    void hvpOfAConstantIsZeroAndItsArgumentsAreChecked() {
        Tensor x = Tensor.of(1.0, -2.0, 0.5), v = Tensor.of(0.5, 1.0, -1.0);
        assertArrayEquals(new double[3], Autograd.hvp(u -> Tensor.scalar(1), x, v).toArray(), "f does not use x");
        assertArrayEquals(new double[3], Autograd.hvp(u -> u.sum().detach(), x, v).toArray(), "f cut from x");
        var e = assertThrows(IllegalArgumentException.class, () -> Autograd.hvp(u -> u.sum(), x, Tensor.of(1.0)));
        assertEquals("hvp: v has shape (1) but x has shape (3); give v the shape of x", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Autograd.hvp(u -> u.square(), x, v));
        assertEquals("hvp: f must return a single element, but returned shape (3); reduce it, e.g. with sum()",
                e.getMessage());
    }
}
