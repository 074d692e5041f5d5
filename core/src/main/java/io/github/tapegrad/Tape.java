package io.github.tapegrad;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The reverse-mode tape: every tensor reachable from the outputs, each after its inputs (a topological
 * order, computed iteratively so a chain of a million ops needs no deep stack). {@code Autograd.grad} walks it to
 * find the nodes that lead to the wanted tensors. {@link #toString()} prints it as a Wengert list, {@link #toDot()}
 * and {@link #toMermaid()} draw it.
 */
public final class Tape {
    private final List<Tensor> nodes;
    /** The walk that found the nodes: its index gives each node's number in the printed forms. */
    private final Walk walk;

    private Tape(Walk walk) {
        this.walk = walk;
        this.nodes = Collections.unmodifiableList(Arrays.asList(walk.nodes()));
    }

    /**
     * The tape of the given outputs.
     *
     * @param outputs the tensors whose graphs to record
     * @return the tape
     */
    public static Tape of(Tensor... outputs) {
        Objects.requireNonNull(outputs, "Tape.of: outputs is null");
        for (int i = 0; i < outputs.length; i++) Objects.requireNonNull(outputs[i], "Tape.of: output " + i + " is null");
        return new Tape(walk(outputs, false));
    }

    /**
     * The tensors in tape order: inputs first, outputs last.
     *
     * @return the tensors, unmodifiable
     */
    public List<Tensor> nodes() {
        return nodes;
    }

    /**
     * Number of entries (leaves and ops).
     *
     * @return the number of entries
     */
    public int size() {
        return nodes.size();
    }

    /**
     * The nodes in topological order and each node's index in it. A backward walk ({@code claim}) keeps the index in
     * two fields of each tensor it claims (see {@link WalkClaims}) and must be closed when the backward ends; a tape's
     * walk keeps it in its own map, so it stays valid as long as the tape.
     */
    static final class Walk implements AutoCloseable {
        private final long id;
        private IdentityIndex map;
        private Tensor[] nodes;

        private Walk(boolean claim) {
            this.id = claim ? WalkClaims.acquire() : 0;
        }

        /** A claimed walk with no nodes yet, numbered by its user through {@link #number} (the backward pass). */
        static Walk empty() {
            return new Walk(true);
        }

        Tensor[] nodes() {
            return nodes;
        }

        /** The node's index in {@link #nodes()}, −1 while it is being expanded, or {@code IdentityIndex.ABSENT}. */
        int indexOf(Tensor t) {
            if (id != 0 && t.walkId() == id) return t.walkIndex();
            return map == null ? IdentityIndex.ABSENT : map.get(t);
        }

        boolean contains(Tensor t) {
            return indexOf(t) != IdentityIndex.ABSENT;
        }

        /** Gives {@code t} the index {@code index}: in its own fields when this walk can claim it, else in the map. */
        void number(Tensor t, int index) {
            if (id != 0) {
                long w = t.walkId();
                if (w == id || ((w == 0 || !WalkClaims.running(w)) && t.claimWalk(w, id))) {
                    t.walkIndex(index);
                    return;
                }
            }
            if (map == null) map = new IdentityIndex();
            map.put(t, index);
        }

        @Override
        public void close() {
            WalkClaims.release(id);
        }
    }

    static Walk walk(Tensor[] outputs, boolean gradOnly) {
        Walker w = new Walker(new Walk(gradOnly), gradOnly);
        for (int o = outputs.length - 1; o >= 0; o--) w.push(outputs[o], false);
        while (w.top > 0) w.steps(Walker.CHUNK);
        w.walk.nodes = Arrays.copyOf(w.order, w.n);
        return w.walk;
    }

    /**
     * The search's stack and output. Stack entries are handled CHUNK at a time by {@link #steps}, a method of its own,
     * so the JIT compiles it by invocation count within the first few thousand entries, instead of leaving a long loop
     * to the interpreter until on-stack replacement (60,000 iterations).
     */
    private static final class Walker {
        static final int CHUNK = 16;

        final Walk walk;
        final boolean gradOnly;
        Tensor[] order = new Tensor[16];
        int n;
        Tensor[] stack = new Tensor[16];
        boolean[] expanded = new boolean[16];
        int top;

        Walker(Walk walk, boolean gradOnly) {
            this.walk = walk;
            this.gradOnly = gradOnly;
        }

        void push(Tensor t, boolean expand) {
            if (top == stack.length) {
                stack = Arrays.copyOf(stack, 2 * top);
                expanded = Arrays.copyOf(expanded, 2 * top);
            }
            stack[top] = t;
            expanded[top++] = expand;
        }

        /** Handles up to {@code max} stack entries. */
        void steps(int max) {
            for (int i = 0; i < max && top > 0; i++) step();
        }

        void step() {
            Tensor t = stack[--top];
            if (expanded[top]) {
                if (n == order.length) order = Arrays.copyOf(order, 2 * n);
                walk.number(t, n);
                order[n++] = t;
                return;
            }
            if (walk.contains(t)) return;
            walk.number(t, -1);
            push(t, true);
            Tensor[] in = t.inputsOrNull();
            for (int i = in == null ? -1 : in.length - 1; i >= 0; i--) {
                Tensor x = in[i];
                if ((gradOnly && !x.requiresGrad()) || walk.contains(x)) continue;
                push(x, false);
            }
        }
    }

    /**
     * The Wengert list, one line per entry:
     * <pre>
     * %0 = leaf w                  (2, 3) requiresGrad
     * %4 = Expand[shape=(2, 3)](%3)   (2, 3)
     * </pre>
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Tensor t : nodes) {
            String lhs = "%" + walk.indexOf(t) + " = " + describe(t);
            sb.append(lhs);
            sb.append(" ".repeat(Math.max(1, 36 - lhs.length())));
            sb.append(t.shape());
            if (t.isLeaf() && t.requiresGrad()) sb.append(" requiresGrad");
            sb.append('\n');
        }
        return sb.toString();
    }

    private String describe(Tensor t) {
        if (t.isLeaf()) {
            String kind = t.requiresGrad() ? "leaf" : "const";
            if (t.label() != null) return kind + " " + t.label();
            return t.size() == 1 && !t.requiresGrad() ? kind + " " + Printer.format(t.item(), false) : kind;
        }
        StringBuilder sb = new StringBuilder(opText(t.op()));
        sb.append('(');
        Tensor[] in = t.inputsOrNull();
        if (in == null) sb.append("released by backward");
        for (int i = 0; in != null && i < in.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append('%').append(walk.indexOf(in[i]));
        }
        sb.append(')');
        return sb.toString();
    }

    static String opText(Op op) {
        String p = op.params();
        return p.isEmpty() ? op.name() : op.name() + "[" + p + "]";
    }

    /**
     * Graphviz DOT: leaves as boxes, ops as ellipses, edges from inputs to outputs.
     *
     * @return the DOT text
     */
    public String toDot() {
        StringBuilder sb = new StringBuilder("digraph tape {\n  rankdir=LR;\n");
        for (Tensor t : nodes) {
            int id = walk.indexOf(t);
            String label = (t.isLeaf() ? (t.label() == null ? (t.requiresGrad() ? "leaf" : "const") : t.label())
                    : opText(t.op())) + "\\n" + t.shape();
            sb.append("  n").append(id).append(" [label=\"%").append(id).append(' ')
                    .append(label.replace("\"", "'")).append("\", shape=").append(t.isLeaf() ? "box" : "ellipse").append("];\n");
            edges(t, (from, to) -> sb.append("  n").append(from).append(" -> n").append(to).append(";\n"));
        }
        return sb.append("}\n").toString();
    }

    /**
     * A Mermaid flowchart (renders on GitHub inside a {@code ```mermaid} block).
     *
     * @return the Mermaid text
     */
    public String toMermaid() {
        StringBuilder sb = new StringBuilder("flowchart LR\n");
        for (Tensor t : nodes) {
            int id = walk.indexOf(t);
            String label = "%" + id + " " + (t.isLeaf() ? (t.label() == null ? (t.requiresGrad() ? "leaf" : "const") : t.label())
                    : opText(t.op())) + " " + t.shape();
            label = label.replace("\"", "'");
            sb.append("  n").append(id).append(t.isLeaf() ? "[\"" : "([\"").append(label).append(t.isLeaf() ? "\"]" : "\"])").append('\n');
            edges(t, (from, to) -> sb.append("  n").append(from).append(" --> n").append(to).append('\n'));
        }
        return sb.toString();
    }

    private interface Edge {
        void add(int from, int to);
    }

    private void edges(Tensor t, Edge edge) {
        Tensor[] in = t.inputsOrNull();
        if (in == null) return;
        for (Tensor x : in) edge.add(walk.indexOf(x), walk.indexOf(t));
    }
}
