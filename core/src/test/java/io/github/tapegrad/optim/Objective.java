package io.github.tapegrad.optim;

import io.github.tapegrad.Tensor;

/** The fixed test function of generate_optim_fixtures.py. */
final class Objective {
    private static final Tensor C = Tensor.of(1.0, 2.0, 1.5);
    private static final Tensor T = Tensor.of(1.0, -0.5, 2.0);
    private static final Tensor D = Tensor.of(new double[][] {{1.0, 0.3}, {0.7, 1.5}});

    private Objective() {}

    /** f(a, b) = Σ c·(a − t)² + 0.25·Σ sin(2a) + Σ d·(b − 0.5)² + 0.1·(Σa)(Σb). */
    static Tensor f(Tensor a, Tensor b) {
        return a.sub(T).square().mul(C).sum()
                .add(a.mul(2).sin().sum().mul(0.25))
                .add(b.sub(0.5).square().mul(D).sum())
                .add(a.sum().mul(b.sum()).mul(0.1));
    }
}
