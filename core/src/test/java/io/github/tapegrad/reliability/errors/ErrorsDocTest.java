package io.github.tapegrad.reliability.errors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/errors.md lists every error the main code can throw, with its exact text, and every such text is pinned by a
 * test (or is an internal guard named in {@link InternalGuards} with the reason it cannot be reached).
 */
class ErrorsDocTest {

    @Test
    void everyErrorOfTheMainCodeIsInTheCatalogue() throws IOException {
        List<ThrowSite> sites = ErrorCatalog.sites();
        Map<String, String> tests = ErrorCatalog.tests();
        String generated = ErrorsDoc.tables(sites, tests);
        Files.writeString(SourceTree.ROOT.resolve("core/target/errors-tables.md"), generated);
        String doc = SourceTree.read(ErrorsDoc.PATH);
        List<String> missing = new ArrayList<>();
        for (ThrowSite s : sites) {
            if (!doc.contains(ErrorsDoc.cell(s.template()))) missing.add(s.fileName() + ": " + ErrorsDoc.cell(s.template()));
        }
        assertTrue(missing.isEmpty(), ErrorsDoc.PATH + " lacks these errors; the tables as they should be are in "
                + "core/target/errors-tables.md:\n" + String.join("\n", missing));
    }

    @Test
    void theExplicitPinsAreTests() {
        Map<String, String> tests = ErrorCatalog.tests();
        for (String pin : InternalGuards.EXPLICIT_PINS.values()) {
            String[] cm = pin.split(" ")[0].split("\\.");
            boolean found = tests.entrySet().stream().anyMatch(e -> e.getKey().endsWith("/" + cm[0] + ".java")
                    && (cm.length == 1 || e.getValue().contains(" " + cm[1] + "(")));
            assertTrue(found, "no test " + pin);
        }
    }

    @Test
    void everyErrorTextIsPinnedByATest() {
        Map<String, String> tests = ErrorCatalog.tests();
        List<String> unpinned = new ArrayList<>();
        for (ThrowSite s : ErrorCatalog.sites()) {
            String key = InternalGuards.key(s);
            boolean internal = InternalGuards.REASONS.containsKey(key) || InternalGuards.EXPLICIT_PINS.containsKey(key);
            if (!internal && ErrorCatalog.pins(s, tests).isEmpty()) unpinned.add(s.fileName() + " " + s.type() + ": " + s.template());
        }
        assertTrue(unpinned.isEmpty(), unpinned.size() + " error texts are asserted by no test:\n" + String.join("\n", unpinned));
    }
}
