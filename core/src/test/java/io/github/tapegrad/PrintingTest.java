package io.github.tapegrad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.testing.Fixtures;
import io.github.tapegrad.testing.Fixtures.Case;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * toString against the texts torch 1.13 prints (fixtures/ops/printing*.txt). tapegrad spells torch's
 * {@code requires_grad=True} as {@code requiresGrad=true} and {@code grad_fn=<MulBackward0>} as {@code gradFn=Mul}, and
 * does not wrap lines at 80 characters as torch does, so torch's wrapped lines are joined before comparing.
 */
class PrintingTest {
    private static final Map<String, String> TORCH = torchTexts();

    @TestFactory
    Stream<DynamicTest> printsAsTorch() {
        return Fixtures.load("/fixtures/ops/printing.txt").stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> assertEquals(expected(c.name()), tensor(c).toString())));
    }

    private static Tensor tensor(Case c) {
        Tensor x = c.tensor("x");
        if (!Boolean.parseBoolean(c.option("requires_grad"))) return x;
        x.requiresGrad(true);
        return c.name().equals("grad_fn_mul") ? x.mul(1.5) : x;
    }

    /** torch's text in tapegrad's spelling, with the lines torch wrapped at 80 characters joined. */
    static String expected(String name) {
        String t = TORCH.get(name);
        t = t.replace("requires_grad=True", "requiresGrad=true").replace("grad_fn=<MulBackward0>", "gradFn=Mul");
        return t.replaceAll(",\\n ++(?=[-0-9ni])", ", ");
    }

    private static Map<String, String> torchTexts() {
        Map<String, String> m = new LinkedHashMap<>();
        try (InputStream in = PrintingTest.class.getResourceAsStream("/fixtures/ops/printing-expected.txt")) {
            String[] blocks = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("(?m)^=== ");
            for (String b : blocks) {
                if (b.startsWith("#")) continue;
                int nl = b.indexOf('\n');
                m.put(b.substring(0, nl), b.substring(nl + 1).stripTrailing());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return m;
    }

    @Test
    void usesRootLocaleWhateverTheDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("tensor([ 1.5000, -2.2500])", Tensor.of(1.5, -2.25).toString());
            assertEquals("tensor([1.0000e-05, 1.5000e+00])", Tensor.of(1e-5, 1.5).toString());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void showsRequiresGradOnLeavesAndGradFnOnResults() {
        Tensor w = Tensor.of(0.5, 0.25).requiresGrad(true);
        assertEquals("tensor([0.5000, 0.2500], requiresGrad=true)", w.toString());
        assertEquals("tensor(0.7500, gradFn=Sum)", w.sum().toString());
        assertEquals("tensor([0.5000, 0.2500])", w.detach().toString());
        try (var g = Autograd.noGrad()) {
            assertEquals("tensor([1.5000, 1.2500])", w.add(1).toString());
        }
    }

    /** A deliberate difference: torch prints whole numbers as {@code 1.}; tapegrad always prints 4 decimals. */
    @Test
    void wholeNumbersKeepFourDecimals() {
        assertEquals("tensor([[1.0000, 2.0000],\n        [3.0000, 4.0000]])", Tensor.of(new double[][] {{1, 2}, {3, 4}}).toString());
    }

    @Test
    void summarisesPastOneThousandElementsOnly() {
        String full = Tensor.arange(1000).add(0.5).toString();
        assertTrue(!full.contains("...") && full.contains("5.0050e+02") && full.endsWith("9.9950e+02])"), full);
        String cut = Tensor.arange(1001).add(0.5).toString();
        assertTrue(cut.startsWith("tensor([5.0000e-01, 1.5000e+00, 2.5000e+00,  ..., 9.9850e+02"), cut);
        assertTrue(cut.endsWith("1.0005e+03])") && cut.length() < 120, cut);
    }
}
