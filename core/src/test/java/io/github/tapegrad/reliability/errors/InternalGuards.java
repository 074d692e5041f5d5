package io.github.tapegrad.reliability.errors;

import java.util.Map;

/**
 * The catalogue's two kinds of exceptions to "a test contains the text": throw sites that no public call can reach
 * (with the reason, shown in docs/errors.md in place of a test), and texts too generic to search for (a lone
 * {@code "…: … is null"}), with the test that asserts their concrete texts. Keys are {@code File.java: template}.
 */
final class InternalGuards {
    private InternalGuards() {}

    static final Map<String, String> REASONS = Map.of(
            "Tensor.java: …: cannot reduce an empty tensor; give a non-empty tensor",
            "internal guard: unreachable, a tensor of rank 0 always holds one element",
            "Reduce.java: reduction over an empty dimension has no identity for …",
            "internal guard: Tensor checks for empty reductions first (`TensorErrorTextsTest`)",
            "NpyHeader.java: unreachable",
            "internal guard: version 2 headers have no size limit",
            "Domain.java: ",
            "internal guard: DISTINCT overrides every public method that would call these per-value hooks");

    static final Map<String, String> EXPLICIT_PINS = Map.of(
            "Tensor.java: of: row … is null", "NullArgumentsTest.nullArgumentsAreNamed",
            "Checker.java: …: input … is null", "CheckKitErrorTextsTest.errorTexts",
            "Checks.java: …: … is null", "LossErrorTextsTest.errorTexts",
            "MarginChecks.java: …: … is null", "LossErrorTextsTest.errorTexts",
            "CtcLoss.java: …: … is null", "LossErrorTextsTest.errorTexts",
            "GradCheck.java: …", "GradCheckTest (the message is the check's report)");

    /** The key of a site in these maps. */
    static String key(ThrowSite s) {
        return s.fileName() + ": " + s.template();
    }
}
