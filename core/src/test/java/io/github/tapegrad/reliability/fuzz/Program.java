package io.github.tapegrad.reliability.fuzz;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.Domain;
import io.github.tapegrad.reliability.fuzz.FuzzOp.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A random program: input shapes, a list of instructions, and the seed of the input values. An instruction names an
 * op of the table, picks its operands among the values computed so far (counting back from the newest), and seeds
 * its parameters; it is bound to the operand shapes when the program is decoded, and skipped when its op does not
 * apply to them or its result would be too large. So any sub-list of instructions, with any input shapes, is again a
 * valid program: that is what lets shrinking drop instructions and shrink shapes freely.
 */
final class Program {
    /** The largest intermediate result and rank the decoder keeps. */
    static final int MAX_ELEMENTS = 128, MAX_RANK = 5;

    /** One instruction: an op of the table, operand picks (0 = the newest value), a parameter seed. */
    record Instr(int op, int pickA, int pickB, long paramSeed) {}

    /** An instruction bound to its operands (value numbers) and shapes. */
    record Bound(String name, Step step, int a, int b, Shape out) {}

    final List<FuzzOp> table;
    final List<Shape> inputs;
    final List<Instr> instrs;
    final long valueSeed;
    final List<Bound> steps;
    /** What an op threw while binding (computing its result shape on zeros), or null. */
    private RuntimeException bindFailure;

    Program(List<FuzzOp> table, List<Shape> inputs, List<Instr> instrs, long valueSeed) {
        this.table = table;
        this.inputs = List.copyOf(inputs);
        this.instrs = List.copyOf(instrs);
        this.valueSeed = valueSeed;
        this.steps = decode();
    }

    private List<Bound> decode() {
        List<Shape> shapes = new ArrayList<>(inputs);
        List<Bound> bound = new ArrayList<>();
        for (Instr in : instrs) {
            FuzzOp op = table.get(Math.floorMod(in.op(), table.size()));
            int n = shapes.size(), a = n - 1 - in.pickA() % n, b = n - 1 - in.pickB() % n;
            Bound s;
            try {
                s = bind(op, a, op.arity() == 2 ? b : -1, shapes, in.paramSeed());
                if (s == null && op.arity() == 2 && a != b) s = bind(op, a, a, shapes, in.paramSeed());
            } catch (RuntimeException e) {
                bindFailure = new IllegalStateException(op.name() + " threw on operands of shapes " + shapes.get(a)
                        + (op.arity() == 2 ? " and " + shapes.get(b) : "") + " after " + bound.size() + " steps", e);
                break;
            }
            if (s != null) {
                bound.add(s);
                shapes.add(s.out());
            }
        }
        return List.copyOf(bound);
    }

    private static Bound bind(FuzzOp op, int a, int b, List<Shape> shapes, long seed) {
        Shape[] operands = b < 0 ? new Shape[] {shapes.get(a)} : new Shape[] {shapes.get(a), shapes.get(b)};
        Step step = op.bind(operands, new SplittableRandom(seed));
        if (step == null) return null;
        Tensor[] zeros = new Tensor[operands.length];
        for (int i = 0; i < zeros.length; i++) zeros[i] = Tensor.zeros(operands[i].toArray());
        Shape out;
        try (var g = Autograd.noGrad()) {
            out = step.body().apply(zeros).shape();
        }
        if (out.size() > MAX_ELEMENTS || out.rank() > MAX_RANK || out.size() == 0) return null;
        return new Bound(op.name(), step, a, b, out);
    }

    /** The input values: uniform in the domain of {@link Domain#REAL}, drawn from the value seed. */
    Tensor[] inputValues() {
        SplittableRandom rng = new SplittableRandom(valueSeed);
        Tensor[] t = new Tensor[inputs.size()];
        for (int i = 0; i < t.length; i++) {
            Shape s = inputs.get(i);
            t[i] = Tensor.of(Domain.REAL.sample(s.size(), rng), s.toArray());
        }
        return t;
    }

    /** Runs the program on the inputs; its result is the last value computed (the last input when no step applies). */
    Tensor run(Tensor[] in) {
        List<Tensor> v = values(in);
        return v.get(v.size() - 1);
    }

    /** The inputs followed by every value the program computes from them. */
    List<Tensor> values(Tensor[] in) {
        if (bindFailure != null) throw bindFailure;
        List<Tensor> v = new ArrayList<>(List.of(in));
        for (Bound s : steps) {
            Tensor[] operands = s.b() < 0 ? new Tensor[] {v.get(s.a())} : new Tensor[] {v.get(s.a()), v.get(s.b())};
            v.add(s.step().body().apply(operands));
        }
        return v;
    }

    /** The op names of the bound steps. */
    List<String> opNames() {
        return steps.stream().map(Bound::name).toList();
    }

    /** The program as Java, ready to paste into a regression test. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Program (value seed " + valueSeed + "L):");
        Tensor[] x = inputValues();
        for (int i = 0; i < x.length; i++) {
            sb.append("\n    Tensor v").append(i).append(" = ").append(describe(x[i])).append(";  // ").append(inputs.get(i));
        }
        int k = inputs.size();
        for (Bound s : steps) {
            String code = s.step().render("v" + s.a(), s.b() < 0 ? null : "v" + s.b());
            sb.append("\n    Tensor v").append(k++).append(" = ").append(code).append(";  // ").append(s.out());
        }
        return sb.append("\n    // output: v").append(k - 1).toString();
    }

    private static String describe(Tensor t) {
        StringBuilder sb = new StringBuilder("Tensor.of(new double[] {");
        double[] v = t.toArray();
        for (int i = 0; i < v.length; i++) sb.append(i == 0 ? "" : ", ").append(v[i]);
        sb.append("}");
        for (int d : t.shape().toArray()) sb.append(", ").append(d);
        return sb.append(")").toString();
    }
}
