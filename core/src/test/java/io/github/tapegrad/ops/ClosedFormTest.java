package io.github.tapegrad.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.Domain;
import io.github.tapegrad.check.Gens;
import io.github.tapegrad.check.Property;
import io.github.tapegrad.testing.Close;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Derivatives known in closed form. */
class ClosedFormTest {

    private static Tensor grad(Tensor y, Tensor x, boolean createGraph) {
        return Autograd.grad(new Tensor[] {y}, new Tensor[] {x}, Autograd.Options.defaults().withCreateGraph(createGraph))[0];
    }

    /** d/dx x³ = 3x² = 12, d²/dx² = 6x = 12, d³/dx³ = 6 at x = 2. */
    @Test
    void derivativesOfTheCube() {
        Tensor x = Tensor.scalar(2).requiresGrad(true);
        Tensor d1 = grad(x.pow(3), x, true);
        Tensor d2 = grad(d1, x, true);
        Tensor d3 = grad(d2, x, false);
        assertEquals(12.0, d1.item(), 1e-12);
        assertEquals(12.0, d2.item(), 1e-12);
        assertEquals(6.0, d3.item(), 1e-12);
    }

    /** Σⱼ ∂L/∂xⱼ = 0 along the softmax axis for any upstream g: softmax is invariant to adding a constant. */
    @Test
    void softmaxGradientSumsToZeroAlongItsAxis() {
        Property.forAll(OpGens.withAxis(Domain.REAL)).cases(OpGens.CASES).verify(c -> {
            Tensor x = c.x().detach().requiresGrad(true);
            Tensor y = x.softmax(c.axis());
            Tensor g = Tensor.randn(new SplittableRandom(7), y.shape().toArray());
            Tensor dx = Autograd.grad(new Tensor[] {y}, new Tensor[] {x}, Autograd.Options.defaults().withSeeds(g))[0];
            Close.assertClose(Tensor.zerosLike(dx.sum(c.axis(), false)), dx.sum(c.axis(), false), 0, 1e-12, "Σ dx along the axis");
        });
    }

    /** Each row of the Jacobian of softmax sums to 0. */
    @Test
    void softmaxJacobianRowsSumToZero() {
        Tensor j = Autograd.jacobian(v -> v.softmax(0), Tensor.of(0.5, -1.0, 2.0, 0.0));
        Close.assertClose(Tensor.zeros(4), j.sum(1, false), 0, 1e-15, "row sums");
    }

    /** The Hessian of ½ xᵀAx is (A + Aᵀ)/2, whatever x. */
    @Test
    void hessianOfAQuadraticForm() {
        Property.forAll(Gens.integers(1, 5).flatMap(n -> Gens.inputs(Gens.tensor(Domain.REAL, n, n), Gens.tensor(Domain.REAL, n))))
                .cases(50).verify(ax -> {
                    Tensor a = ax[0], x = ax[1];
                    Tensor h = Autograd.hessian(v -> v.matmul(a.matmul(v)).mul(0.5), x);
                    Close.assertClose(a.add(a.t()).div(2), h, 1e-12, 1e-12, "Hessian");
                });
    }

    /** The Jacobian of x ↦ Wx + b is W. */
    @Test
    void jacobianOfALinearMapIsItsMatrix() {
        Property.forAll(Gens.zip(Gens.integers(1, 4), Gens.integers(1, 4), (m, n) -> Shape.of(m, n))
                .flatMap(s -> Gens.inputs(Gens.tensor(s, Domain.REAL), Gens.tensor(Domain.REAL, s.get(0)), Gens.tensor(Domain.REAL, s.get(1)))))
                .cases(50).verify(in -> {
                    Tensor w = in[0], b = in[1], x = in[2];
                    Close.assertClose(w, Autograd.jacobian(v -> w.matmul(v).add(b), x), 0, 1e-14, "Jacobian");
                });
    }
}
