package io.github.tapegrad.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.testing.Close;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented properties of the base optimizer, shown with SGD. */
class SgdTest {
    @Test
    void classicMomentumFormMatchesForConstantLr() {
        double lr = 0.05, mu = 0.9;
        Tensor a = Tensor.of(-1.0, 1.5, 0.5).requiresGrad(true);
        Tensor b = Tensor.of(new double[][] {{2.0, -1.0}, {-0.5, 1.2}}).requiresGrad(true);
        SGD sgd = new SGD(List.of(a, b), SGD.options().lr(lr).momentum(mu));
        double[] w = concat(a.toArray(), b.toArray()), v = new double[w.length];
        for (int step = 0; step < 50; step++) {
            sgd.zeroGrad();
            Objective.f(a, b).backward();
            double[] g = concat(a.grad().toArray(), b.grad().toArray());
            sgd.step();
            for (int i = 0; i < w.length; i++) {
                v[i] = mu * v[i] - lr * g[i];
                w[i] += v[i];
            }
            Close.assertClose(Tensor.of(w), Tensor.of(concat(a.toArray(), b.toArray())), 1e-13, 1e-15, "step " + step);
        }
    }

    private static double[] concat(double[] x, double[] y) {
        double[] r = new double[x.length + y.length];
        System.arraycopy(x, 0, r, 0, x.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return r;
    }

    @Test
    void parameterWithoutGradientIsSkippedAndGetsNoState() {
        Tensor used = Tensor.of(1.0, 2.0).requiresGrad(true);
        Tensor unused = Tensor.of(3.0).requiresGrad(true);
        SGD sgd = new SGD(List.of(used, unused), SGD.options().lr(0.5).momentum(0.9));
        used.sum().backward();
        sgd.step();
        Close.assertClose(Tensor.of(0.5, 1.5), used, 0, 0, "used");
        Close.assertClose(Tensor.of(3.0), unused, 0, 0, "unused");
        assertTrue(sgd.state(unused).isEmpty());
        Close.assertClose(Tensor.of(1.0, 1.0), sgd.state(used).get("momentumBuffer"), 0, 0, "buffer");
    }

    @Test
    void stepChangesParametersInPlaceAndZeroGradClears() {
        Tensor w = Tensor.of(1.0, 2.0).requiresGrad(true);
        SGD sgd = new SGD(List.of(w), SGD.options().lr(0.1));
        w.square().sum().backward();
        int before = w.version();
        sgd.step();
        assertTrue(w.version() > before);
        assertTrue(w.isLeaf());
        sgd.zeroGrad();
        assertNull(w.grad());
    }

    @Test
    void groupLearningRateChangesTheNextStepOfThatGroupOnly() {
        Tensor x = Tensor.of(1.0).requiresGrad(true), y = Tensor.of(1.0).requiresGrad(true);
        SGD.Options shared = SGD.options().lr(0.1);
        SGD sgd = new SGD(List.of(new ParamGroup(List.of(x), shared), new ParamGroup(List.of(y), shared)));
        sgd.paramGroups().get(1).lr(0.5);
        x.add(y).backward();
        sgd.step();
        Close.assertClose(Tensor.of(0.9), x, 0, 0, "x");
        Close.assertClose(Tensor.of(0.5), y, 0, 0, "y");
        assertEquals(0.1, shared.lr());
    }

    @Test
    void momentumIsSgdWithMomentumOption() {
        SGD sgd = new SGD(List.of(Tensor.zeros(1).requiresGrad(true)), SGD.options().lr(0.01).momentum(0.9));
        SGD.Options o = (SGD.Options) sgd.paramGroups().get(0).options();
        assertEquals(0.9, o.momentum());
        assertSame(sgd.paramGroups(), sgd.paramGroups());
        assertEquals("SGD(group 0: 1 params, lr=0.01, momentum=0.9, dampening=0.0, weightDecay=0.0, nesterov=false, "
                + "maximize=false)", sgd.toString());
    }
}
