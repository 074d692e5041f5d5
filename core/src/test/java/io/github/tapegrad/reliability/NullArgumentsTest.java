package io.github.tapegrad.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Op;
import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.nn.Module;
import io.github.tapegrad.nn.ReLU;
import io.github.tapegrad.nn.Sequential;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A null argument is a {@link NullPointerException} whose text names the op and the argument. */
class NullArgumentsTest {
    private static final Tensor X = Tensor.ones(2, 3);

    static Stream<Arguments> named() {
        Tensor p = Tensor.ones(2).requiresGrad(true);
        return Stream.of(
                call("add: the other tensor is null", () -> X.add((Tensor) null)),
                call("sub: the other tensor is null", () -> X.sub((Tensor) null)),
                call("mul: the other tensor is null", () -> X.mul((Tensor) null)),
                call("div: the other tensor is null", () -> X.div((Tensor) null)),
                call("pow: the other tensor is null", () -> X.pow((Tensor) null)),
                call("maximum: the other tensor is null", () -> X.maximum(null)),
                call("matmul: the other tensor is null", () -> X.matmul(null)),
                call("eq: the other tensor is null", () -> X.eq((Tensor) null)),
                call("gt: the other tensor is null", () -> X.gt((Tensor) null)),
                call("where: cond is null", () -> Tensor.where(null, X, X)),
                call("where: a is null", () -> Tensor.where(X, (Tensor) null, X)),
                call("where: b is null", () -> Tensor.where(X, X, (Tensor) null)),
                call("of: data is null", () -> Tensor.of((double[]) null, 2)),
                call("of: rows is null", () -> Tensor.of((double[][]) null)),
                call("of: row 1 is null", () -> Tensor.of(new double[][] {{1}, null})),
                call("registerHook: hook is null", () -> p.registerHook(null)),
                call("apply: op is null", () -> Tensor.apply(null, X)),
                call("Twice: input is null", () -> Tensor.apply(new Twice(), (Tensor) null)),
                call("backward: output 0 is null", () -> Autograd.grad(null, p)),
                call("grad: input 0 is null", () -> Autograd.grad(p.sum(), (Tensor) null)),
                call("grad: outputs is null", () -> Autograd.grad((Tensor[]) null, new Tensor[] {p}, Autograd.Options.defaults())),
                call("grad: inputs is null", () -> Autograd.grad(new Tensor[] {p.sum()}, null, Autograd.Options.defaults())),
                call("grad: options is null", () -> Autograd.grad(p.sum(), new Tensor[] {p}, null)),
                call("jacobian: f is null", () -> Autograd.jacobian(null, X)),
                call("jacobian: x is null", () -> Autograd.jacobian(a -> a, null)),
                call("hessian: f is null", () -> Autograd.hessian(null, X)),
                call("hessian: x is null", () -> Autograd.hessian(a -> a.sum(), null)),
                call("hvp: f is null", () -> Autograd.hvp(null, X, X)),
                call("hvp: x is null", () -> Autograd.hvp(a -> a.sum(), null, X)),
                call("hvp: v is null", () -> Autograd.hvp(a -> a.sum(), X, null)),
                call("Tape.of: outputs is null", () -> io.github.tapegrad.Tape.of((Tensor[]) null)),
                call("Tape.of: output 0 is null", () -> io.github.tapegrad.Tape.of((Tensor) null)),
                call("minimum: other must not be null", () -> X.minimum(null)),
                call("concat: tensor 1 must not be null", () -> Tensor.concat(0, X, null)),
                call("Sequential: module 1 is null", () -> new Sequential(new ReLU(), null)),
                call("Gens.elements: element 1 is null", () -> io.github.tapegrad.check.Gens.elements(1, null)),
                call("Gens.elements: the array is null", () -> io.github.tapegrad.check.Gens.elements((Integer[]) null)));
    }

    private static Arguments call(String text, Executable e) {
        return Arguments.of(text, e);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("named")
    void nullArgumentsAreNamed(String text, Executable call) {
        assertEquals(text, assertThrows(NullPointerException.class, call).getMessage());
    }

    /** A (op, argument, call) whose NullPointerException should name both. */
    private record Unnamed(String op, String argument, Executable call) {}

    private static List<Unnamed> unnamed() {
        Tensor p = Tensor.ones(2).requiresGrad(true);
        return List.of(
                new Unnamed("minimum", "other", () -> X.minimum(null)),
                new Unnamed("dot", "other", () -> Tensor.ones(3).dot(null)),
                new Unnamed("outer", "other", () -> Tensor.ones(3).outer(null)),
                new Unnamed("logicalAnd", "other", () -> X.logicalAnd(null)),
                new Unnamed("gather", "index", () -> X.gather(0, null)),
                new Unnamed("indexSelect", "index", () -> X.indexSelect(0, null)),
                new Unnamed("scatterAdd", "index", () -> X.scatterAdd(0, null, X)),
                new Unnamed("scatterAdd", "src", () -> X.scatterAdd(0, Tensor.zeros(2, 3), null)),
                new Unnamed("oneHot", "index", () -> Tensor.oneHot(null, 3)),
                new Unnamed("concat", "tensors", () -> Tensor.concat((List<Tensor>) null, 0)),
                new Unnamed("concat", "tensor 1", () -> Tensor.concat(0, X, null)),
                new Unnamed("stack", "tensor 1", () -> Tensor.stack(0, X, null)),
                new Unnamed("broadcastTo", "target", () -> X.broadcastTo((Shape) null)),
                new Unnamed("sumTo", "target", () -> X.sumTo((Shape) null)),
                new Unnamed("reshape", "dims", () -> X.reshape((int[]) null)),
                new Unnamed("permute", "dims", () -> X.permute((int[]) null)),
                new Unnamed("sum", "axes", () -> X.sum((int[]) null, false)),
                new Unnamed("addInPlace", "other", () -> Tensor.zeros(2, 3).addInPlace(null)),
                new Unnamed("copyInPlace", "src", () -> Tensor.zeros(2, 3).copyInPlace(null)),
                new Unnamed("applyInPlace", "f", () -> Tensor.zeros(2, 3).applyInPlace(null)),
                new Unnamed("zerosLike", "t", () -> Tensor.zerosLike(null)),
                new Unnamed("of", "values", () -> Tensor.of((double[]) null)),
                new Unnamed("rand", "rng", () -> Tensor.rand((java.util.random.RandomGenerator) null, 2)),
                new Unnamed("grad", "options", () -> Autograd.grad(p.sum(), new Tensor[] {p}, null)),
                new Unnamed("jacobian", "f", () -> Autograd.jacobian(null, X)),
                new Unnamed("jacobian", "x", () -> Autograd.jacobian(a -> a, null)),
                new Unnamed("Tape.of", "output", () -> io.github.tapegrad.Tape.of((Tensor) null)),
                new Unnamed("Sequential", "layers", () -> new Sequential((List<Module>) null)),
                new Unnamed("Sequential", "module 1", () -> new Sequential(new ReLU(), null)));
    }

    @Test
    void everyPublicMethodNamesItsNullArgument() {
        List<String> bad = new ArrayList<>();
        for (Unnamed u : unnamed()) {
            String m = assertThrows(NullPointerException.class, u.call()).getMessage();
            if (m == null || !m.startsWith(u.op() + ": ") || !m.contains(u.argument())) bad.add(u.op() + "(" + u.argument() + "): " + m);
        }
        assertTrue(bad.isEmpty(), "NullPointerExceptions that do not name op and argument:\n" + String.join("\n", bad));
    }

    @Test
    void nullArgumentsAreStillNullPointerExceptionsToday() {
        for (Unnamed u : unnamed()) assertThrows(NullPointerException.class, u.call(), u.op() + "(" + u.argument() + ")");
    }

    @Test
    void anAnonymousOpHasAName() {
        Op anonymous = new Op() {
            public Tensor forward(Tensor[] in) { return in[0].mul(2); }
            public Tensor vjp(int i, Tensor g, Tensor[] in, Tensor out) { return g.mul(2); }
        };
        assertTrue(!anonymous.name().isEmpty(), "an op's name appears in every error and anomaly text");
    }

    /** out = 2x, a custom op for the text of a null input. */
    private record Twice() implements Op.Unary {
        public Tensor forward(Tensor x) { return x.mul(2); }
        public Tensor vjp(Tensor g, Tensor x, Tensor out) { return g.mul(2); }
    }
}
