package io.github.tapegrad.reliability.fuzz;

import static io.github.tapegrad.reliability.fuzz.FuzzOp.binary;
import static io.github.tapegrad.reliability.fuzz.FuzzOp.unary;

import io.github.tapegrad.Tensor;
import java.util.List;

/**
 * Elementwise entries of the op table. Ops with a restricted domain see an input mapped into it (log of x² + 0.5,
 * a positive base for pow, a divisor b² + 0.5), so that every program is defined everywhere near its point.
 */
final class ElementwiseOps {
    private ElementwiseOps() {}

    private static final double[] CONSTANTS = {-2, -0.5, 0.5, 2, 3};

    static List<FuzzOp> unaryOps() {
        return List.of(
                unary("neg", "$0.neg()", Tensor::neg),
                unary("exp", "$0.exp()", Tensor::exp),
                unary("log", "$0.square().add(0.5).log()", t -> t.square().add(0.5).log()),
                unary("log1p", "$0.square().log1p()", t -> t.square().log1p()),
                unary("expm1", "$0.expm1()", Tensor::expm1),
                unary("sqrt", "$0.square().add(1).sqrt()", t -> t.square().add(1).sqrt()),
                unary("rsqrt", "$0.square().add(1).rsqrt()", t -> t.square().add(1).rsqrt()),
                unary("reciprocal", "$0.square().add(1).reciprocal()", t -> t.square().add(1).reciprocal()),
                unary("tanh", "$0.tanh()", Tensor::tanh),
                unary("sigmoid", "$0.sigmoid()", Tensor::sigmoid),
                unary("softplus", "$0.softplus()", Tensor::softplus),
                unary("softplusBeta", "$0.softplus(2, 5)", t -> t.softplus(2, 5)),
                unary("logSigmoid", "$0.logSigmoid()", Tensor::logSigmoid),
                unary("sin", "$0.sin()", Tensor::sin),
                unary("cos", "$0.cos()", Tensor::cos),
                unary("erf", "$0.erf()", Tensor::erf),
                unary("square", "$0.square()", Tensor::square),
                unary("cube", "$0.pow(3)", t -> t.pow(3)),
                unary("powFractional", "$0.square().add(0.5).pow(-1.5)", t -> t.square().add(0.5).pow(-1.5)),
                unary("abs", "$0.abs()", Tensor::abs),
                unary("relu", "$0.relu()", Tensor::relu),
                unary("leakyRelu", "$0.leakyRelu(0.1)", t -> t.leakyRelu(0.1)),
                unary("elu", "$0.elu()", Tensor::elu),
                unary("gelu", "$0.gelu()", Tensor::gelu),
                unary("geluTanh", "$0.geluTanh()", Tensor::geluTanh),
                unary("clamp", "$0.clamp(-1, 1)", t -> t.clamp(-1, 1)),
                unary("clampMin", "$0.clampMin(0.5)", t -> t.clampMin(0.5)),
                FuzzOp.of("affine", 1, (s, r) -> {
                    double a = CONSTANTS[r.nextInt(CONSTANTS.length)], b = CONSTANTS[r.nextInt(CONSTANTS.length)];
                    return new FuzzOp.Step("$0.mul(" + a + ").add(" + b + ")", t -> t[0].mul(a).add(b));
                }),
                FuzzOp.of("rsubDiv", 1, (s, r) -> {
                    double c = CONSTANTS[r.nextInt(CONSTANTS.length)];
                    return new FuzzOp.Step("$0.rsub(" + c + ").div(" + c + ")", t -> t[0].rsub(c).div(c));
                }));
    }

    static List<FuzzOp> binaryOps() {
        return List.of(
                binary("add", "$0.add($1)", Tensor::add),
                binary("sub", "$0.sub($1)", Tensor::sub),
                binary("mul", "$0.mul($1)", Tensor::mul),
                binary("div", "$0.div($1.square().add(0.5))", (a, b) -> a.div(b.square().add(0.5))),
                binary("pow", "$0.square().add(0.5).pow($1.tanh())", (a, b) -> a.square().add(0.5).pow(b.tanh())),
                binary("maximum", "$0.maximum($1)", Tensor::maximum),
                binary("minimum", "$0.minimum($1)", Tensor::minimum),
                binary("where", "Tensor.where($1.gt(0), $0, $1)", (a, b) -> Tensor.where(b.gt(0), a, b)),
                binary("maskedFill", "$0.maskedFill($1.gt(0.5), 0.25)", (a, b) -> a.maskedFill(b.gt(0.5), 0.25)),
                binary("clampTensor", "$0.clamp($1, null)", (a, b) -> a.clamp(b, null)));
    }
}
