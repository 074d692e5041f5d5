package io.github.tapegrad.losses;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.testing.Close;
import io.github.tapegrad.testing.Fixtures;
import io.github.tapegrad.testing.Fixtures.Case;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a case of the fixtures under {@code /fixtures/margin/} (written by generate_margin_fixtures.py from torch 1.13):
 * the value and the gradients of the inputs named by {@code opt diff}, for the upstream gradient {@code seed}.
 */
final class MarginConformance {
    /** The brief's tolerance: 1e−10 relative or 1e−12 absolute. */
    static final double RTOL = 1e-10, ATOL = 1e-12;

    private MarginConformance() {}

    static List<Case> cases(String file, String loss) {
        return Fixtures.load("/fixtures/margin/" + file).stream().filter(c -> c.option("loss").equals(loss)).toList();
    }

    static Reduction reduction(Case c) {
        return Reduction.valueOf(c.option("reduction").toUpperCase(java.util.Locale.ROOT));
    }

    static double number(Case c, String key) {
        return Double.parseDouble(c.option(key).replace("inf", "Infinity"));
    }

    /** A comma-separated option as a 1-D tensor, or null when absent. */
    static Tensor vector(Case c, String key) {
        String v = c.option(key, null);
        return v == null ? null : Tensor.of(Arrays.stream(v.split(",")).mapToDouble(Double::parseDouble).toArray());
    }

    /** Asserts the value and the input gradients of {@code loss} against the case. */
    static void check(Case c, Function<Case, Tensor> loss) {
        List<String> diff = diffInputs(c);
        for (String name : diff) c.tensor(name).requiresGrad(true);
        Tensor out = loss.apply(c);
        Close.assertClose(c.tensor("out"), out, RTOL, ATOL, c.name() + " value");
        if (out.requiresGrad()) out.backward(c.tensor("seed"));
        for (String name : diff) {
            Tensor x = c.tensor(name);
            Tensor grad = x.grad() == null ? Tensor.zerosLike(x) : x.grad();
            Close.assertClose(c.tensor("d" + name), grad, RTOL, ATOL, c.name() + " gradient of " + name);
        }
    }

    private static List<String> diffInputs(Case c) {
        String d = c.option("diff", "");
        return d.isEmpty() ? List.of() : List.of(d.split(","));
    }
}
