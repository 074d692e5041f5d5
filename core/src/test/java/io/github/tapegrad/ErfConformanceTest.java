package io.github.tapegrad;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.testing.Fixtures;
import io.github.tapegrad.testing.Fixtures.Case;
import org.junit.jupiter.api.Test;

/** erf over [−7, 7] against torch (value and gradient) and against mpmath's exact values (fixtures/ops/erf.txt). */
class ErfConformanceTest {
    private static final Case GRID = Fixtures.load("/fixtures/ops/erf.txt").get(0);

    @Test
    void valueAndGradientMatchTorch() {
        ConformanceSupport.check(GRID);
    }

    /**
     * torch (glibc) is within 1 ulp of the exact erf on this grid; tapegrad's Taylor series (|x| &lt; 1) and erfc
     * continued fraction (beyond) are within about 5 ulp (worst near |x| = 1). The bar is 1e-15 relative.
     */
    @Test
    void valueIsWithinOneEMinus15OfExact() {
        double[] x = GRID.tensor("x").toArray(), exact = GRID.tensor("exact").toArray();
        double[] ours = Tensor.of(x).erf().toArray();
        double worst = 0;
        int at = 0;
        for (int i = 0; i < x.length; i++) {
            double rel = exact[i] == 0 ? Math.abs(ours[i]) : Math.abs(ours[i] - exact[i]) / Math.abs(exact[i]);
            if (rel > worst) {
                worst = rel;
                at = i;
            }
        }
        double w = worst;
        int a = at;
        assertTrue(worst <= 1e-15, () -> "erf: relative error " + w + " at x = " + x[a] + " (exact " + exact[a] + ")");
    }

    @Test
    void isOddAndExactlyOneFromSix() {
        double[] x = {6.0, 6.5, 7.0, 1e300, Double.POSITIVE_INFINITY};
        for (double v : x) {
            assertTrue(Tensor.scalar(v).erf().item() == 1.0 && Tensor.scalar(-v).erf().item() == -1.0, "erf(±" + v + ")");
        }
        double[] small = {1e-300, 0.3, 2.5};
        for (double v : small) {
            assertTrue(Tensor.scalar(-v).erf().item() == -Tensor.scalar(v).erf().item(), "erf(-" + v + ")");
        }
    }
}
