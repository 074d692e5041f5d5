package io.github.tapegrad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void cubeDerivatives() {
        Tensor x = Tensor.scalar(2).requiresGrad(true);
        Tensor g = Autograd.grad(new Tensor[] {x.pow(3)}, new Tensor[] {x}, Autograd.Options.defaults().withCreateGraph(true))[0];
        assertEquals(12.0, g.item(), 1e-12);
        assertEquals(12.0, Autograd.grad(g, x).item(), 1e-12);
    }
}
