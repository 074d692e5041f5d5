package io.github.tapegrad.reliability.fuzz;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import java.util.SplittableRandom;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** An entry of the fuzzer's op table: binds itself to operand shapes, drawing its parameters from a seeded source. */
interface FuzzOp {
    /** The op's name in coverage counts. */
    String name();

    /** 1 or 2 operands. */
    int arity();

    /** A step for operands of these shapes, or null when the op does not apply to them. */
    Step bind(Shape[] operands, SplittableRandom rng);

    /**
     * One bound op: its Java text, with {@code $0} and {@code $1} standing for the operands, and its body.
     */
    record Step(String java, Function<Tensor[], Tensor> body) {
        /** The Java text with the operands named. */
        String render(String a, String b) {
            return java.replace("$0", a).replace("$1", b == null ? a : b);
        }
    }

    /** A unary op without parameters, e.g. {@code unary("tanh", "$0.tanh()", Tensor::tanh)}. */
    static FuzzOp unary(String name, String java, UnaryOperator<Tensor> f) {
        return of(name, 1, (s, r) -> new Step(java, t -> f.apply(t[0])));
    }

    /** A broadcasting binary op without parameters; it does not apply to shapes that do not broadcast. */
    static FuzzOp binary(String name, String java, BinaryOperator<Tensor> f) {
        return of(name, 2, (s, r) -> broadcast(s[0], s[1]) ? new Step(java, t -> f.apply(t[0], t[1])) : null);
    }

    /** An op from its binding function. */
    static FuzzOp of(String name, int arity, Binder binder) {
        return new FuzzOp() {
            public String name() { return name; }
            public int arity() { return arity; }
            public Step bind(Shape[] operands, SplittableRandom rng) { return binder.bind(operands, rng); }
            public String toString() { return name; }
        };
    }

    /** Binds an op to operand shapes. */
    @FunctionalInterface
    interface Binder {
        Step bind(Shape[] operands, SplittableRandom rng);
    }

    /** Whether NumPy broadcasting joins the two shapes. */
    static boolean broadcast(Shape a, Shape b) {
        for (int i = 1; i <= Math.min(a.rank(), b.rank()); i++) {
            int x = a.get(a.rank() - i), y = b.get(b.rank() - i);
            if (x != y && x != 1 && y != 1) return false;
        }
        return true;
    }
}
