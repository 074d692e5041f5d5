package io.github.tapegrad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The tape of loss = Σ(w · x + b) with w, x of shape (2, 3) and b of shape (3): b is broadcast, so the tape shows its
 * Expand to (2, 3). Depth-first from the loss, inputs in order, gives this numbering.
 */
class TapePrintingTest {
    private final Tensor w = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}}).requiresGrad(true).label("w");
    private final Tensor x = Tensor.of(new double[][] {{0.5, 0.5, 0.5}, {1, 1, 1}});
    private final Tensor b = Tensor.of(0.1, 0.2, 0.3).requiresGrad(true).label("b");
    private final Tensor loss = w.mul(x).add(b).sum();

    private static final String[] LINES = {
        "%0 = leaf w (2, 3) requiresGrad",
        "%1 = const (2, 3)",
        "%2 = Mul(%0, %1) (2, 3)",
        "%3 = leaf b (3) requiresGrad",
        "%4 = Expand[shape=(2, 3)](%3) (2, 3)",
        "%5 = Add(%2, %4) (2, 3)",
        "%6 = Sum[axes=(0, 1)](%5) ()",
    };
    private static final int[][] EDGES = {{0, 2}, {1, 2}, {3, 4}, {2, 5}, {4, 5}, {5, 6}};

    @Test
    void wengertListHasOneNumberedLinePerNodeInputsFirst() {
        Tape tape = Tape.of(loss);
        assertEquals(7, tape.size());
        assertSame(loss, tape.nodes().get(6));
        assertSame(w, tape.nodes().get(0));
        String[] lines = tape.toString().split("\n");
        assertEquals(LINES.length, lines.length, tape::toString);
        for (int i = 0; i < lines.length; i++) assertEquals(LINES[i], lines[i].replaceAll(" {2,}", " "), "line " + i);
    }

    @Test
    void wengertListAlignsTheShapeColumn() {
        String[] lines = Tape.of(loss).toString().split("\n");
        int column = lines[0].indexOf("(2, 3)");
        assertEquals(36, column, "the shapes start in column 36 after a short left-hand side");
        assertEquals(column, lines[2].indexOf("(2, 3)"));
    }

    @Test
    void dotHasEveryNodeAndEdge() {
        String dot = Tape.of(loss).toDot();
        assertTrue(dot.startsWith("digraph tape {\n") && dot.endsWith("}\n"), dot);
        assertEquals(count(dot, "\\{"), count(dot, "\\}"));
        for (int i = 0; i < LINES.length; i++) {
            boolean leaf = i == 0 || i == 1 || i == 3;
            assertTrue(Pattern.compile("(?m)^  n" + i + " \\[label=\"%" + i + " [^\"]+\", shape=" + (leaf ? "box" : "ellipse")
                    + "\\];$").matcher(dot).find(), "node " + i + " in\n" + dot);
        }
        assertTrue(dot.contains("n4 [label=\"%4 Expand[shape=(2, 3)]\\n(2, 3)\""), dot);
        assertTrue(dot.contains("n0 [label=\"%0 w\\n(2, 3)\", shape=box]"), dot);
        for (int[] e : EDGES) assertTrue(dot.contains("  n" + e[0] + " -> n" + e[1] + ";\n"), "edge " + Arrays.toString(e));
        assertEquals(EDGES.length, count(dot, "->"));
    }

    @Test
    void mermaidHasEveryNodeAndEdge() {
        String m = Tape.of(loss).toMermaid();
        List<String> lines = m.lines().toList();
        assertEquals("flowchart LR", lines.get(0));
        assertEquals(1 + LINES.length + EDGES.length, lines.size(), m);
        assertTrue(lines.contains("  n0[\"%0 w (2, 3)\"]"), m);
        assertTrue(lines.contains("  n1[\"%1 const (2, 3)\"]"), m);
        assertTrue(lines.contains("  n4([\"%4 Expand[shape=(2, 3)] (2, 3)\"])"), m);
        assertTrue(lines.contains("  n6([\"%6 Sum[axes=(0, 1)] ()\"])"), m);
        for (int[] e : EDGES) assertTrue(lines.contains("  n" + e[0] + " --> n" + e[1]), "edge " + Arrays.toString(e));
        for (String line : lines.subList(1, lines.size())) {
            assertEquals(count(line, "\""), line.contains("-->") ? 0 : 2, "quotes balanced: " + line);
        }
    }

    @Test
    void aSharedInputAppearsOnceAndIsReferencedTwice() {
        Tensor s = w.mul(w).sum();
        String[] lines = Tape.of(s).toString().split("\n");
        assertEquals(3, lines.length);
        assertEquals("%1 = Mul(%0, %0) (2, 3)", lines[1].replaceAll(" {2,}", " "));
    }

    @Test
    void quotesInLabelsDoNotBreakTheDrawings() {
        Tensor q = Tensor.of(1.0).requiresGrad(true).label("say \"hi\"");
        Tensor y = q.exp();
        assertTrue(Tape.of(y).toDot().contains("%0 say 'hi'"));
        assertTrue(Tape.of(y).toMermaid().contains("%0 say 'hi'"));
    }

    @Test
    void aTapeReleasedByBackwardSaysSo() {
        Tensor w = Tensor.of(1.0, 2.0).requiresGrad(true);
        Tensor loss = w.exp().sum();
        loss.backward();
        assertEquals("%0 = Sum[axes=(0)](released by backward) ()", Tape.of(loss).toString().strip().replaceAll(" {2,}", " "));
    }

    private static int count(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
