package io.github.tapegrad.reliability.fuzz;

import io.github.tapegrad.Shape;
import io.github.tapegrad.check.Gen;
import io.github.tapegrad.check.Gens;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Random programs: 1–3 inputs of rank 0–3 (dimensions 1–4, at most 24 elements), then 1–{@link #MAX_OPS}
 * instructions drawn uniformly from the op table. Shrinks towards fewer instructions (halves first, then one at a
 * time), fewer inputs, smaller input shapes, and operands that are the newest value.
 */
final class ProgramGen implements Gen<Program> {
    static final int MAX_OPS = 8;
    private static final Gen<Shape> SHAPES = Gens.shapes(0, 3, 1, 4, 24);
    private final List<FuzzOp> table;

    /** Programs over {@link OpTable#ALL}. */
    ProgramGen() {
        this(OpTable.ALL);
    }

    /** Programs over the given table. */
    ProgramGen(List<FuzzOp> table) {
        this.table = List.copyOf(table);
    }

    @Override
    public Program generate(RandomGenerator rng) {
        int nInputs = rng.nextInt(1, 4);
        List<Shape> inputs = new ArrayList<>();
        for (int i = 0; i < nInputs; i++) inputs.add(SHAPES.generate(rng));
        int nOps = rng.nextInt(1, MAX_OPS + 1);
        List<Program.Instr> instrs = new ArrayList<>();
        for (int i = 0; i < nOps; i++) {
            instrs.add(new Program.Instr(rng.nextInt(table.size()), pick(rng), pick(rng), rng.nextLong()));
        }
        return new Program(table, inputs, instrs, rng.nextLong());
    }

    /** Mostly the newest value or the one before, sometimes older ones. */
    private static int pick(RandomGenerator rng) {
        return Math.min(rng.nextInt(4), rng.nextInt(4));
    }

    @Override
    public List<Program> shrink(Program p) {
        List<Program> r = new ArrayList<>();
        int n = p.instrs.size();
        if (n > 1) {
            r.add(withInstrs(p, p.instrs.subList(n / 2, n)));
            r.add(withInstrs(p, p.instrs.subList(0, n / 2)));
        }
        for (int i = n - 1; i >= 0 && n > 1; i--) r.add(withInstrs(p, without(p.instrs, i)));
        for (int i = 0; i < p.inputs.size() && p.inputs.size() > 1; i++) {
            r.add(new Program(table, without(p.inputs, i), p.instrs, p.valueSeed));
        }
        for (int i = 0; i < p.inputs.size(); i++) {
            for (Shape s : SHAPES.shrink(p.inputs.get(i))) {
                List<Shape> in = new ArrayList<>(p.inputs);
                in.set(i, s);
                r.add(new Program(table, in, p.instrs, p.valueSeed));
            }
        }
        for (int i = 0; i < n; i++) {
            Program.Instr in = p.instrs.get(i);
            if (in.pickA() == 0 && in.pickB() == 0) continue;
            List<Program.Instr> c = new ArrayList<>(p.instrs);
            c.set(i, new Program.Instr(in.op(), 0, 0, in.paramSeed()));
            r.add(withInstrs(p, c));
        }
        return r;
    }

    private Program withInstrs(Program p, List<Program.Instr> instrs) {
        return new Program(table, p.inputs, instrs, p.valueSeed);
    }

    private static <T> List<T> without(List<T> list, int i) {
        List<T> c = new ArrayList<>(list);
        c.remove(i);
        return c;
    }
}
