package io.github.tapegrad;

import io.github.tapegrad.testing.Close;
import io.github.tapegrad.testing.Fixtures;
import io.github.tapegrad.testing.Fixtures.Case;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs the cases written by {@code fixtures/ops/generate_op_fixtures.py}: maps each fixture op onto tapegrad, compares
 * the value with torch's, and the gradients (for torch's random upstream {@code g}) with torch.autograd.grad's.
 */
final class ConformanceSupport {
    private ConformanceSupport() {}

    static final double RTOL = 1e-12;

    static Stream<DynamicTest> cases(String resource) {
        return Fixtures.load(resource).stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    static void check(Case c) {
        List<String> diff = diff(c);
        for (String k : diff) c.tensor(k).requiresGrad(true);
        Tensor out = apply(c);
        double rtol = Double.parseDouble(c.option("rtol", String.valueOf(RTOL)));
        double atol = Double.parseDouble(c.option("atol", "0"));
        String why = c.name() + (c.options().containsKey("why") ? " [" + c.option("why") + "]" : "");
        Close.assertClose(c.tensor("out"), out, rtol, atol, why + " value");
        if (diff.isEmpty()) return;
        Tensor[] grads = gradients(c, out, diff);
        for (int i = 0; i < diff.size(); i++) {
            Close.assertClose(c.tensor("d" + diff.get(i)), grads[i], rtol, atol, why + " d" + diff.get(i));
        }
    }

    static List<String> diff(Case c) {
        String d = c.option("diff", "");
        return d.isEmpty() ? List.of() : Arrays.asList(d.split(","));
    }

    /** The gradients of out (weighted by the case's g) w.r.t. the diff inputs; zeros for an input out does not use. */
    static Tensor[] gradients(Case c, Tensor out, List<String> diff) {
        Tensor[] in = diff.stream().map(c::tensor).toArray(Tensor[]::new);
        Tensor[] grads = new Tensor[in.length];
        if (out.requiresGrad()) {
            Autograd.Options o = Autograd.Options.defaults().withSeeds(c.tensor("g")).withAllowUnused(true);
            grads = Autograd.grad(new Tensor[] {out}, in, o);
        }
        for (int i = 0; i < in.length; i++) if (grads[i] == null) grads[i] = Tensor.zerosLike(in[i]);
        return grads;
    }

    static int[] axes(Case c) {
        String a = c.option("axes", "");
        return a.isEmpty() ? new int[0] : Arrays.stream(a.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    static boolean keep(Case c) {
        return Boolean.parseBoolean(c.option("keepdim", "false"));
    }

    static double num(Case c, String key) {
        return parse(c.option(key));
    }

    private static double parse(String s) {
        return switch (s) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    /** The tapegrad expression of a fixture op. */
    static Tensor apply(Case c) {
        String op = c.option("op");
        Tensor x = c.has("x") ? c.tensor("x") : null;
        Tensor y = c.has("y") ? c.tensor("y") : null;
        return switch (op) {
            case "add" -> x.add(y);
            case "sub" -> x.sub(y);
            case "mul" -> x.mul(y);
            case "div" -> x.div(y);
            case "amax" -> x.max(axes(c), keep(c));
            case "amin" -> x.min(axes(c), keep(c));
            case "var" -> x.var(axes(c), num(c, "correction"), keep(c));
            case "std" -> x.std(axes(c), num(c, "correction"), keep(c));
            case "norm" -> x.norm(num(c, "p"), axes(c), keep(c));
            case "logsumexp" -> x.logSumExp(axes(c), keep(c));
            case "prod" -> x.prod(axes(c), keep(c));
            case "mean" -> x.mean(axes(c), keep(c));
            case "sum" -> x.sum(axes(c), keep(c));
            default -> elementwise(c, op, x, y);
        };
    }

    private static Tensor elementwise(Case c, String op, Tensor x, Tensor y) {
        return switch (op) {
            case "maximum" -> x.maximum(y);
            case "minimum" -> x.minimum(y);
            case "clamp" -> x.clamp(num(c, "lo"), num(c, "hi"));
            case "clamp_tensor" -> x.clamp(y, c.tensor("z"));
            case "pow" -> x.pow(y);
            case "pow_scalar" -> x.pow(num(c, "p"));
            case "expm1" -> x.expm1();
            case "log1p" -> x.log1p();
            case "log" -> x.log();
            case "erf" -> x.erf();
            case "where" -> Tensor.where(c.tensor("cond"), x, y);
            default -> activation(c, op, x);
        };
    }

    private static Tensor activation(Case c, String op, Tensor x) {
        return switch (op) {
            case "relu" -> x.relu();
            case "abs" -> x.abs();
            case "sign" -> x.sign();
            case "leaky_relu" -> x.leakyRelu(num(c, "slope"));
            case "elu" -> x.elu(num(c, "alpha"));
            case "sigmoid" -> x.sigmoid();
            case "softplus" -> x.softplus();
            case "softplus_bt" -> x.softplus(num(c, "beta"), num(c, "threshold"));
            case "log_sigmoid" -> x.logSigmoid();
            case "tanh" -> x.tanh();
            case "softmax" -> x.softmax((int) num(c, "axis"));
            case "log_softmax" -> x.logSoftmax((int) num(c, "axis"));
            case "gelu" -> x.gelu();
            case "gelu_tanh" -> x.geluTanh();
            default -> structural(c, op, x);
        };
    }

    private static Tensor structural(Case c, String op, Tensor x) {
        int axis = c.options().containsKey("axis") ? (int) num(c, "axis") : 0;
        return switch (op) {
            case "matmul" -> x.matmul(c.tensor("y"));
            case "gather" -> x.gather(axis, c.tensor("index"));
            case "scatter_add" -> x.scatterAdd(axis, c.tensor("index"), c.tensor("y"));
            case "index_select" -> x.indexSelect(axis, c.tensor("index"));
            case "arange" -> Tensor.arange(num(c, "start"), num(c, "end"), num(c, "step"));
            case "linspace" -> Tensor.linspace(num(c, "start"), num(c, "end"), (int) num(c, "steps"));
            default -> movement(c, op, x);
        };
    }

    private static int[] ints(Case c, String key) {
        return Arrays.stream(c.option(key).split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static int integer(Case c, String key) {
        return Integer.parseInt(c.option(key));
    }

    private static Tensor movement(Case c, String op, Tensor x) {
        List<Tensor> xyz = c.has("z") ? List.of(x, c.tensor("y"), c.tensor("z")) : List.of(x);
        return switch (op) {
            case "permute" -> x.permute(ints(c, "dims"));
            case "transpose" -> x.transpose(integer(c, "a"), integer(c, "b"));
            case "slice" -> x.slice(integer(c, "axis"), integer(c, "start"), integer(c, "end"), integer(c, "step"));
            case "narrow" -> x.narrow(integer(c, "axis"), integer(c, "start"), integer(c, "length"));
            case "select" -> x.select(integer(c, "axis"), integer(c, "index"));
            case "pad" -> x.pad(num(c, "value"), ints(c, "padding"));
            case "flip" -> x.flip(ints(c, "dims"));
            case "expand" -> x.expand(ints(c, "sizes"));
            case "unsqueeze_squeeze" -> x.unsqueeze(1).squeeze();
            case "flatten" -> x.flatten(integer(c, "start"), integer(c, "end"));
            case "concat" -> Tensor.concat(xyz, integer(c, "axis"));
            case "stack" -> Tensor.stack(xyz, integer(c, "axis"));
            case "split" -> splitScaled(x, integer(c, "size"), integer(c, "axis"));
            default -> throw new IllegalArgumentException("fixture op " + op + " of case " + c.name() + " is not mapped");
        };
    }

    private static Tensor splitScaled(Tensor x, int size, int axis) {
        List<Tensor> parts = x.split(size, axis);
        Tensor[] scaled = new Tensor[parts.size()];
        for (int i = 0; i < scaled.length; i++) scaled[i] = parts.get(i).mul(i + 1);
        return Tensor.concat(axis, scaled);
    }
}
