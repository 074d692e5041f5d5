package io.github.tapegrad;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reverse-mode tape: every tensor reachable from the outputs, each after its inputs (a topological
 * order, computed iteratively so a chain of a million ops needs no deep stack). Backward walks it from the
 * end. {@link #toString()} prints it as a Wengert list, {@link #toDot()} and {@link #toMermaid()} draw it.
 */
public final class Tape {
    private final List<Tensor> nodes;

    private Tape(List<Tensor> nodes) {
        this.nodes = Collections.unmodifiableList(nodes);
    }

    /** The tape of the given outputs. */
    public static Tape of(Tensor... outputs) {
        return new Tape(order(outputs));
    }

    /** The tensors in tape order: inputs first, outputs last. */
    public List<Tensor> nodes() {
        return nodes;
    }

    /** Number of entries (leaves and ops). */
    public int size() {
        return nodes.size();
    }

    /** Iterative post-order depth-first search. */
    static List<Tensor> order(Tensor[] outputs) {
        List<Tensor> order = new ArrayList<>();
        IdentityHashMap<Tensor, Boolean> seen = new IdentityHashMap<>();
        ArrayList<Tensor> stack = new ArrayList<>();
        ArrayList<Boolean> expanded = new ArrayList<>();
        for (int o = outputs.length - 1; o >= 0; o--) {
            stack.add(outputs[o]);
            expanded.add(Boolean.FALSE);
        }
        while (!stack.isEmpty()) {
            int top = stack.size() - 1;
            Tensor t = stack.remove(top);
            if (expanded.remove(top)) {
                order.add(t);
                continue;
            }
            if (seen.put(t, Boolean.TRUE) != null) continue;
            stack.add(t);
            expanded.add(Boolean.TRUE);
            Tensor[] in = t.inputsOrNull();
            if (in == null) continue;
            for (int i = in.length - 1; i >= 0; i--) {
                if (!seen.containsKey(in[i])) {
                    stack.add(in[i]);
                    expanded.add(Boolean.FALSE);
                }
            }
        }
        return order;
    }

    private Map<Tensor, Integer> ids() {
        Map<Tensor, Integer> ids = new IdentityHashMap<>();
        for (Tensor t : nodes) ids.put(t, ids.size());
        return ids;
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
        Map<Tensor, Integer> ids = ids();
        StringBuilder sb = new StringBuilder();
        for (Tensor t : nodes) {
            String lhs = "%" + ids.get(t) + " = " + describe(t, ids);
            sb.append(lhs);
            sb.append(" ".repeat(Math.max(1, 36 - lhs.length())));
            sb.append(t.shape());
            if (t.isLeaf() && t.requiresGrad()) sb.append(" requiresGrad");
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String describe(Tensor t, Map<Tensor, Integer> ids) {
        if (t.isLeaf()) {
            String kind = t.requiresGrad() ? "leaf" : "const";
            return t.label() == null ? kind : kind + " " + t.label();
        }
        StringBuilder sb = new StringBuilder(opText(t.op()));
        sb.append('(');
        Tensor[] in = t.inputsOrNull();
        for (int i = 0; in != null && i < in.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append('%').append(ids.get(in[i]));
        }
        sb.append(')');
        return sb.toString();
    }

    static String opText(Op op) {
        String p = op.params();
        return p.isEmpty() ? op.name() : op.name() + "[" + p + "]";
    }

    /** Graphviz DOT: leaves as boxes, ops as ellipses, edges from inputs to outputs. */
    public String toDot() {
        Map<Tensor, Integer> ids = ids();
        StringBuilder sb = new StringBuilder("digraph tape {\n  rankdir=LR;\n");
        for (Tensor t : nodes) {
            int id = ids.get(t);
            String label = (t.isLeaf() ? (t.label() == null ? (t.requiresGrad() ? "leaf" : "const") : t.label())
                    : opText(t.op())) + "\\n" + t.shape();
            sb.append("  n").append(id).append(" [label=\"%").append(id).append(' ')
                    .append(label.replace("\"", "'")).append("\", shape=").append(t.isLeaf() ? "box" : "ellipse").append("];\n");
            edges(t, ids, (from, to) -> sb.append("  n").append(from).append(" -> n").append(to).append(";\n"));
        }
        return sb.append("}\n").toString();
    }

    /** A Mermaid flowchart (renders on GitHub inside a {@code ```mermaid} block). */
    public String toMermaid() {
        Map<Tensor, Integer> ids = ids();
        StringBuilder sb = new StringBuilder("flowchart LR\n");
        for (Tensor t : nodes) {
            int id = ids.get(t);
            String label = "%" + id + " " + (t.isLeaf() ? (t.label() == null ? (t.requiresGrad() ? "leaf" : "const") : t.label())
                    : opText(t.op())) + " " + t.shape();
            label = label.replace("\"", "'");
            sb.append("  n").append(id).append(t.isLeaf() ? "[\"" : "([\"").append(label).append(t.isLeaf() ? "\"]" : "\"])").append('\n');
            edges(t, ids, (from, to) -> sb.append("  n").append(from).append(" --> n").append(to).append('\n'));
        }
        return sb.toString();
    }

    private interface Edge {
        void add(int from, int to);
    }

    private static void edges(Tensor t, Map<Tensor, Integer> ids, Edge edge) {
        Tensor[] in = t.inputsOrNull();
        if (in == null) return;
        for (Tensor x : in) edge.add(ids.get(x), ids.get(t));
    }
}
