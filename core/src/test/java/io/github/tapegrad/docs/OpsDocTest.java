package io.github.tapegrad.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Tensor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** docs/ops.md against the code: the primitives' Javadoc, Tensor's public methods, and what each op records. */
class OpsDocTest {
    private static final String DOC = "docs/ops.md";
    private static final Set<String> PLUMBING = Set.of("Reshape", "Expand");

    private final List<Markdown.Table> tables = new Markdown(Repo.read(DOC)).tables();

    private Markdown.Table primitives() {
        return tables.stream().filter(t -> t.column("primitive") == 0).findFirst()
                .orElseThrow(() -> new AssertionError(DOC + ": no table whose first column is 'primitive'"));
    }

    /** The method signatures (code spans that look like calls) in a cell. */
    private static List<String> signatures(String cell) {
        List<String> r = new ArrayList<>();
        for (String s : Markdown.codeSpans(cell)) if (s.matches("[a-zA-Z]\\w*\\(.*\\)")) r.add(s);
        return r;
    }

    private static String name(String signature) {
        return signature.substring(0, signature.indexOf('('));
    }

    @Test
    void primitivesTableIsTheJavadocOfEveryRecord() {
        Map<String, String> javadoc = PrimitiveDocs.formulas();
        Map<String, String> doc = new LinkedHashMap<>();
        for (List<String> row : primitives().rows()) doc.put(Markdown.codeSpans(row.get(0)).get(0), row.get(2));
        List<String> problems = new ArrayList<>();
        javadoc.forEach((record, text) -> {
            String cell = doc.get(record);
            if (cell == null) problems.add("missing row: | `" + record + "` | … | `" + text.replace("|", "\\|") + "` | … |");
            else if (!oneLine(cell).equals("`" + text + "`")) problems.add(record + ": the page says\n  " + cell + "\nbut the Javadoc says\n  `" + text + "`");
        });
        for (String record : doc.keySet()) if (!javadoc.containsKey(record)) problems.add(record + ": no such record in Primitives.java");
        assertTrue(problems.isEmpty(), DOC + " primitives table:\n" + String.join("\n", problems));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @Test
    void whyColumnAgreesWithThePrimitivesClassJavadoc() {
        Map<String, String> why = new LinkedHashMap<>();
        int col = primitives().column("why a primitive");
        for (List<String> row : primitives().rows()) why.put(PrimitiveDocs.shortName(Markdown.codeSpans(row.get(0)).get(0)), row.get(col));
        Map<String, List<String>> reasons = PrimitiveDocs.reasons();
        assertEquals(Set.of("accuracy", "speed", "no composition exists"), reasons.keySet(), "reasons in Primitives' Javadoc");
        List<String> problems = new ArrayList<>();
        reasons.forEach((reason, names) -> {
            String prefix = reason.startsWith("no composition") ? "no composition" : reason;
            for (String n : names) {
                if (!why.containsKey(n)) problems.add(n + ": Primitives' Javadoc names it, but no record goes by that name");
                else if (!why.get(n).startsWith(prefix)) problems.add(n + ": its why should start with '" + prefix + "', as Primitives' Javadoc says; it is: " + why.get(n));
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyPublicTensorMethodIsOnThePageAndEveryNameThereIsOne() {
        Set<String> methods = new TreeSet<>();
        for (Method m : Tensor.class.getDeclaredMethods()) if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) methods.add(m.getName());
        Set<String> listed = new TreeSet<>();
        for (Markdown.Table t : tables) {
            int col = t.column("primitive") == 0 ? 1 : t.column("op") == 0 || t.column("method") == 0 ? 0 : -1;
            if (col < 0) continue;
            for (List<String> row : t.rows()) for (String s : signatures(row.get(col))) listed.add(name(s));
        }
        Set<String> missing = new TreeSet<>(methods);
        missing.removeAll(listed);
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(methods);
        assertTrue(missing.isEmpty(), DOC + " does not list these public Tensor methods (add each to its table with formula and VJP, "
                + "and a sample call to OpSamples): " + missing);
        assertTrue(stale.isEmpty(), DOC + " lists names that are not public Tensor methods: " + stale);
    }

    @Test
    void eachPrimitiveRowsMethodsRecordThatPrimitive() {
        Map<String, Supplier<Object>> samples = OpSamples.all();
        List<String> problems = new ArrayList<>();
        for (List<String> row : primitives().rows()) {
            String printed = PrimitiveDocs.printedName(Markdown.codeSpans(row.get(0)).get(0));
            for (String sig : signatures(row.get(1))) {
                Set<String> rec = recorded(samples, sig, problems);
                if (rec != null && !rec.contains(printed)) problems.add(sig + " is listed under " + printed + " but records " + rec);
            }
        }
        assertTrue(problems.isEmpty(), DOC + ":\n" + String.join("\n", problems));
    }

    @Test
    void recordsColumnsListWhatEachOpRecords() {
        Map<String, Supplier<Object>> samples = OpSamples.all();
        List<String> problems = new ArrayList<>();
        for (Markdown.Table t : tables) {
            int col = t.column("records");
            if (col < 0) continue;
            for (List<String> row : t.rows()) {
                Set<String> union = new TreeSet<>();
                for (String sig : signatures(row.get(0))) {
                    Set<String> rec = recorded(samples, sig, problems);
                    if (rec != null) union.addAll(rec);
                }
                Set<String> listed = row.get(col).equals("constant") ? Set.of() : new TreeSet<>(Markdown.codeSpans(row.get(col)));
                Set<String> shown = new TreeSet<>(union);
                for (String p : PLUMBING) if (!listed.contains(p)) shown.remove(p);
                if (!shown.equals(listed)) {
                    problems.add(row.get(0) + ": the page says it records " + row.get(col) + " but its tape has " + union
                            + (union.isEmpty() ? " (write: constant)" : ""));
                }
            }
        }
        assertTrue(problems.isEmpty(), DOC + ":\n" + String.join("\n", problems));
    }

    @Test
    void everySampleIsUsedByThePage() {
        Set<String> used = new HashSet<>();
        for (Markdown.Table t : tables) {
            int col = t.column("primitive") == 0 ? 1 : t.column("records") >= 0 ? 0 : -1;
            if (col >= 0) for (List<String> row : t.rows()) used.addAll(signatures(row.get(col)));
        }
        Set<String> unused = new TreeSet<>(OpSamples.all().keySet());
        unused.removeAll(used);
        assertTrue(unused.isEmpty(), "OpSamples has calls for signatures " + DOC + " does not list: " + unused);
    }

    private static Set<String> recorded(Map<String, Supplier<Object>> samples, String sig, List<String> problems) {
        Supplier<Object> call = samples.get(sig);
        if (call == null) {
            problems.add(sig + ": no sample call in OpSamples; add one keyed \"" + sig + "\"");
            return null;
        }
        return OpTapes.recorded(call.get());
    }
}
