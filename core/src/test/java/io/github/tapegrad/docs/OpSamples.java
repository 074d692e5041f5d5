package io.github.tapegrad.docs;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One sample call for each op signature that docs/ops.md lists, keyed by the signature exactly as the page writes it
 * (the code span). {@link OpsDocTest} records each call and compares the primitives on its tape with the page.
 */
final class OpSamples {
    private OpSamples() {}

    private static Tensor leaf(Tensor t) {
        return t.requiresGrad(true);
    }

    static Map<String, Supplier<Object>> all() {
        Tensor x = leaf(Tensor.randn(new int[] {2, 3}, 1));
        Tensor y = leaf(Tensor.rand(new int[] {2, 3}, 2).add(0.5));
        Tensor v = leaf(Tensor.randn(new int[] {3}, 3));
        Tensor u = leaf(Tensor.randn(new int[] {3}, 4));
        Tensor m = leaf(Tensor.randn(new int[] {3, 2}, 5));
        Tensor mask = x.detach().gt(0);
        Tensor index = Tensor.of(new double[] {0, 2, 1, 1, 0, 2}, 2, 3);
        Map<String, Supplier<Object>> s = new LinkedHashMap<>();
        unary(s, x, y);
        binary(s, x, y, mask);
        reductions(s, x);
        movement(s, x, v);
        indexing(s, x, v, index);
        s.put("matmul(b)", () -> x.matmul(m));
        s.put("dot(b)", () -> v.dot(u));
        s.put("outer(b)", () -> v.outer(u));
        Tensor weight = leaf(Tensor.randn(new int[] {2, 3}, 6)), bias = leaf(Tensor.randn(new int[] {2}, 7));
        s.put("linear(weight, bias)", () -> x.linear(weight, bias));
        return s;
    }

    private static void unary(Map<String, Supplier<Object>> s, Tensor x, Tensor y) {
        s.put("neg()", x::neg);
        s.put("exp()", x::exp);
        s.put("log()", y::log);
        s.put("log1p()", y::log1p);
        s.put("expm1()", x::expm1);
        s.put("sin()", x::sin);
        s.put("cos()", x::cos);
        s.put("tanh()", x::tanh);
        s.put("sigmoid()", x::sigmoid);
        s.put("softplus()", x::softplus);
        s.put("erf()", x::erf);
        s.put("pow(p)", () -> y.pow(3));
        s.put("square()", x::square);
        s.put("sqrt()", y::sqrt);
        s.put("rsqrt()", y::rsqrt);
        s.put("reciprocal()", y::reciprocal);
        s.put("abs()", x::abs);
        s.put("sign()", x::sign);
        s.put("relu()", x::relu);
        s.put("leakyRelu()", x::leakyRelu);
        s.put("leakyRelu(slope)", () -> x.leakyRelu(0.2));
        s.put("elu()", x::elu);
        s.put("elu(alpha)", () -> x.elu(0.5));
        s.put("gelu()", x::gelu);
        s.put("geluTanh()", x::geluTanh);
        s.put("softplus(beta, threshold)", () -> x.softplus(2, 20));
        s.put("logSigmoid()", x::logSigmoid);
        s.put("clamp(lo, hi)", () -> x.clamp(-0.5, 0.5));
        s.put("clampMin(lo)", () -> x.clampMin(-0.5));
        s.put("clampMax(hi)", () -> x.clampMax(0.5));
        s.put("detach()", x::detach);
        s.put("clone()", x::clone);
        s.put("isNaN()", x::isNaN);
        s.put("isFinite()", x::isFinite);
        s.put("logicalNot()", x::logicalNot);
    }

    private static void binary(Map<String, Supplier<Object>> s, Tensor x, Tensor y, Tensor mask) {
        s.put("add(b)", () -> x.add(y));
        s.put("add(c)", () -> x.add(2));
        s.put("sub(b)", () -> x.sub(y));
        s.put("sub(c)", () -> x.sub(2));
        s.put("rsub(c)", () -> x.rsub(1));
        s.put("mul(b)", () -> x.mul(y));
        s.put("mul(c)", () -> x.mul(2));
        s.put("div(b)", () -> x.div(y));
        s.put("div(c)", () -> x.div(2));
        s.put("pow(b)", () -> y.pow(x));
        s.put("maximum(b)", () -> x.maximum(y));
        s.put("minimum(b)", () -> x.minimum(y));
        s.put("where(cond, a, b)", () -> Tensor.where(mask, x, y));
        s.put("where(cond, a, c)", () -> Tensor.where(mask, x, 0.0));
        s.put("where(cond, c, b)", () -> Tensor.where(mask, 0.0, y));
        s.put("maskedFill(mask, value)", () -> x.maskedFill(mask, 0));
        s.put("clamp(loTensor, hiTensor)", () -> x.clamp(y.sub(1).detach().requiresGrad(true), y));
        for (String c : List.of("eq", "ne", "lt", "le", "gt", "ge")) {
            s.put(c + "(b)", () -> compare(c, x, y));
            s.put(c + "(c)", () -> compare(c, x, Tensor.fullLike(x, 0.5)));
        }
        s.put("logicalAnd(b)", () -> x.logicalAnd(y));
        s.put("logicalOr(b)", () -> x.logicalOr(y));
    }

    private static Tensor compare(String name, Tensor a, Tensor b) {
        return switch (name) {
            case "eq" -> a.eq(b);
            case "ne" -> a.ne(b);
            case "lt" -> a.lt(b);
            case "le" -> a.le(b);
            case "gt" -> a.gt(b);
            default -> a.ge(b);
        };
    }

    private static void reductions(Map<String, Supplier<Object>> s, Tensor x) {
        s.put("sum()", x::sum);
        s.put("sum(axes…)", () -> x.sum(0, 1));
        s.put("sum(axis, keepDims)", () -> x.sum(1, true));
        s.put("sum(axes, keepDims)", () -> x.sum(new int[] {0}, false));
        s.put("mean()", x::mean);
        s.put("mean(axes…)", () -> x.mean(1));
        s.put("mean(axis, keepDims)", () -> x.mean(1, true));
        s.put("mean(axes, keepDims)", () -> x.mean(new int[] {0}, true));
        s.put("var()", x::var);
        s.put("var(axes, correction, keepDims)", () -> x.var(new int[] {1}, 0, false));
        s.put("std()", x::std);
        s.put("std(axes, correction, keepDims)", () -> x.std(new int[] {1}, 1, true));
        s.put("max()", x::max);
        s.put("max(axis, keepDims)", () -> x.max(1, false));
        s.put("max(axes, keepDims)", () -> x.max(new int[] {0, 1}, true));
        s.put("min()", x::min);
        s.put("min(axis, keepDims)", () -> x.min(1, false));
        s.put("min(axes, keepDims)", () -> x.min(new int[] {0}, true));
        s.put("prod()", x::prod);
        s.put("prod(axis, keepDims)", () -> x.prod(0, false));
        s.put("prod(axes, keepDims)", () -> x.prod(new int[] {0}, true));
        s.put("logSumExp(axis, keepDims)", () -> x.logSumExp(1, false));
        s.put("logSumExp(axes, keepDims)", () -> x.logSumExp(new int[] {0, 1}, true));
        s.put("softmax(axis)", () -> x.softmax(1));
        s.put("logSoftmax(axis)", () -> x.logSoftmax(1));
        s.put("norm()", x::norm);
        s.put("norm(p, axes, keepDims)", () -> x.norm(3, new int[] {1}, false));
        s.put("argmax()", x::argmax);
        s.put("argmax(axis, keepDims)", () -> x.argmax(1, false));
        s.put("argmin()", x::argmin);
        s.put("argmin(axis, keepDims)", () -> x.argmin(1, false));
    }

    private static void movement(Map<String, Supplier<Object>> s, Tensor x, Tensor v) {
        s.put("reshape(dims…)", () -> x.reshape(3, 2));
        s.put("view(dims…)", () -> x.view(-1));
        s.put("flatten()", x::flatten);
        s.put("flatten(startDim, endDim)", () -> x.unsqueeze(0).flatten(1, 2));
        s.put("squeeze()", () -> v.unsqueeze(0).squeeze());
        s.put("squeeze(axis)", () -> v.unsqueeze(0).squeeze(0));
        s.put("unsqueeze(axis)", () -> x.unsqueeze(1));
        s.put("broadcastTo(shape)", () -> v.broadcastTo(Shape.of(2, 3)));
        s.put("expand(sizes…)", () -> v.unsqueeze(0).expand(4, -1));
        s.put("sumTo(shape)", () -> x.sumTo(3));
        s.put("permute(dims…)", () -> x.permute(1, 0));
        s.put("transpose(a, b)", () -> x.transpose(0, 1));
        s.put("t()", x::t);
        s.put("mT()", x::mT);
        s.put("slice(axis, start, end)", () -> x.slice(1, 0, 2));
        s.put("slice(axis, start, end, step)", () -> x.slice(1, 0, 3, 2));
        s.put("narrow(axis, start, length)", () -> x.narrow(1, 1, 2));
        s.put("select(axis, index)", () -> x.select(0, 1));
        s.put("split(size, axis)", () -> x.split(2, 1));
        s.put("split(sizes, axis)", () -> x.split(new int[] {1, 2}, 1));
        s.put("pad(value, padding…)", () -> x.pad(0, 1, 1));
        s.put("flip(axes…)", () -> x.flip(1));
        s.put("concat(tensors, axis)", () -> Tensor.concat(List.of(x, v.unsqueeze(0)), 0));
        s.put("concat(axis, tensors…)", () -> Tensor.concat(1, x, x));
        s.put("stack(tensors, axis)", () -> Tensor.stack(List.of(x, x), 0));
        s.put("stack(axis, tensors…)", () -> Tensor.stack(0, v, v));
    }

    private static void indexing(Map<String, Supplier<Object>> s, Tensor x, Tensor v, Tensor index) {
        s.put("gather(axis, index)", () -> x.gather(1, index));
        s.put("takeAlongAxis(index, axis)", () -> x.takeAlongAxis(index, 1));
        s.put("indexSelect(axis, index)", () -> x.indexSelect(1, Tensor.of(2.0, 0.0)));
        s.put("scatterAdd(axis, index, src)", () -> Tensor.zerosLike(x).scatterAdd(1, index, x));
        s.put("oneHot(index, numClasses)", () -> Tensor.oneHot(Tensor.of(0.0, 2.0), 3));
    }
}
