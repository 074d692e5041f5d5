package io.github.tapegrad.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {
    @Test
    void defaultsRunEverythingWithEveryOptimizer() {
        Options o = Options.parse();
        assertEquals("all", o.example());
        assertEquals(List.of(OptimizerKind.SGD, OptimizerKind.MOMENTUM, OptimizerKind.ADAM), o.optimizers());
        assertEquals(30, o.epochsOr(30));
        assertEquals(0.1, o.lrOr(0.1));
        assertTrue(o.out().isAbsolute() && o.out().endsWith(Path.of("target", "plots")));
    }

    @Test
    void parsesTheDocumentedCommandLine() {
        Options o = Options.parse("logistic", "--optimizer", "adam", "--epochs", "50", "--lr", "0.01", "--out", "plots",
                "--seed", "3");
        assertEquals("logistic", o.example());
        assertEquals(List.of(OptimizerKind.ADAM), o.optimizers());
        assertEquals(50, o.epochsOr(30));
        assertEquals(0.01, o.lrOr(0.1));
        assertEquals(Path.of("plots").toAbsolutePath(), o.out());
        assertEquals(3, o.seed());
        assertEquals("digits", Options.parse("softmax", "--dataset", "Digits").dataset());
    }

    @Test
    void mistakesNameTheProblemAndShowTheUsage() {
        var unknown = assertThrows(IllegalArgumentException.class, () -> Options.parse("--optimizer", "rmsprop"));
        assertEquals("--optimizer: unknown optimizer 'rmsprop'; use sgd, momentum, adam or all", unknown.getMessage());
        var missing = assertThrows(IllegalArgumentException.class, () -> Options.parse("--epochs"));
        assertTrue(missing.getMessage().startsWith("--epochs needs a value\nusage: Main"));
        var negative = assertThrows(IllegalArgumentException.class, () -> Options.parse("--lr", "-1"));
        assertTrue(negative.getMessage().startsWith("--lr must be positive, got -1.0\n"));
        var notANumber = assertThrows(IllegalArgumentException.class, () -> Options.parse("--epochs", "ten"));
        assertTrue(notANumber.getMessage().startsWith("--epochs: 'ten' is not a number\n"));
        var dataset = assertThrows(IllegalArgumentException.class, () -> Options.parse("softmax", "--dataset", "sine"));
        assertTrue(dataset.getMessage().startsWith("--dataset: softmax has no dataset 'sine'; use one of [iris, digits, wine]\n"));
        var notHere = assertThrows(IllegalArgumentException.class, () -> Options.parse("--dataset", "iris"));
        assertTrue(notHere.getMessage().startsWith("--dataset applies to softmax and regressor only, not to all\n"));
        var example = assertThrows(IllegalArgumentException.class, () -> Options.parse("svm"));
        assertTrue(example.getMessage().startsWith("unknown example 'svm'\n"));
    }
}
