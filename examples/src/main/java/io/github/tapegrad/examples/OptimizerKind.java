package io.github.tapegrad.examples;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.optim.Adam;
import io.github.tapegrad.optim.Optimizer;
import io.github.tapegrad.optim.SGD;
import java.util.List;
import java.util.Locale;

/** The three optimizers every example compares. */
public enum OptimizerKind {
    /** Plain stochastic gradient descent: θ ← θ − η·g. */
    SGD("SGD"),
    /** SGD with momentum 0.9 (PyTorch's form): v ← 0.9·v + g, θ ← θ − η·v. */
    MOMENTUM("Momentum"),
    /** Adam with β = (0.9, 0.999), ε = 1e-8. */
    ADAM("Adam");

    private final String title;

    OptimizerKind(String title) {
        this.title = title;
    }

    /** The name printed in tables and legends. */
    public String title() {
        return title;
    }

    /**
     * The learning rate every example uses unless {@code --lr} is given: 0.1 for SGD, 0.01 for Momentum and Adam.
     * Momentum 0.9 with η = 0.01 takes the same step as SGD with η = 0.1 on a steady gradient (η / (1 − 0.9)).
     */
    public double defaultLr() {
        return this == SGD ? 0.1 : 0.01;
    }

    /** This optimizer over {@code params} with learning rate {@code lr}. */
    public Optimizer create(List<Tensor> params, double lr) {
        return switch (this) {
            case SGD -> new SGD(params, io.github.tapegrad.optim.SGD.options().lr(lr));
            case MOMENTUM -> new SGD(params, io.github.tapegrad.optim.SGD.options().lr(lr).momentum(0.9));
            case ADAM -> new Adam(params, Adam.options().lr(lr));
        };
    }

    /** Parses {@code sgd}, {@code momentum} or {@code adam} (any case). */
    public static OptimizerKind parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--optimizer: unknown optimizer '" + name + "'; use sgd, momentum, adam or all");
        }
    }
}
