package io.github.tapegrad.check;

import io.github.tapegrad.Shape;
import io.github.tapegrad.check.GradCheck.Kink;
import io.github.tapegrad.check.GradCheck.Mismatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** The text of a gradient check's result. */
final class Report {
    private Report() {}

    private static final int MAX_LINES = 20;

    static String of(String title, GradCheck.Options o, Shape[] shapes, boolean[] checked, Shape out, int compared,
                     double maxError, List<Mismatch> mismatches, List<Kink> kinks) {
        StringBuilder sb = new StringBuilder();
        sb.append(title).append(mismatches.isEmpty() ? " passed" : " FAILED: " + mismatches.size() + " of " + compared
                + " gradient entries differ").append(" (seed ").append(o.seed()).append("L)\n");
        sb.append("  f: ").append(inputs(shapes, checked)).append(" -> ").append(out)
                .append("; L = Σ u·f with u ~ N(0, 1) drawn from the seed\n");
        sb.append(String.format(Locale.ROOT, "  eps %s, atol %s, rtol %s, %s; max |analytic - numeric| %s over %d entries%n",
                num(o.eps()), num(o.atol()), num(o.rtol()),
                o.fast() ? "fast mode (" + o.projections() + " random projections per input)" : "elementwise",
                num(maxError), compared));
        List<String> lines = new ArrayList<>();
        for (Mismatch m : mismatches) lines.add(mismatch(m, o));
        for (Kink k : kinks) lines.add(kink(k));
        for (String l : lines.subList(0, Math.min(MAX_LINES, lines.size()))) sb.append("  ").append(l).append('\n');
        int total = mismatches.size() + kinks.size();
        if (total > MAX_LINES) sb.append("  … and ").append(total - MAX_LINES).append(" more\n");
        return sb.toString().stripTrailing();
    }

    private static String mismatch(Mismatch m, GradCheck.Options o) {
        double diff = Math.abs(m.analytic() - m.numeric());
        String why = Double.isFinite(diff) ? "(|diff| " + num(diff) + " > " + num(o.atol() + o.rtol() * Math.abs(m.numeric())) + ")"
                : "(not finite)";
        return "MISMATCH " + where(m.input(), m.shape(), m.index(), m.projection()) + ": analytic " + num(m.analytic())
                + " but numeric " + num(m.numeric()) + " " + why;
    }

    private static String kink(Kink k) {
        return "KINK " + where(k.input(), k.shape(), k.index(), k.projection()) + ": one-sided slopes " + num(k.left())
                + " (left) and " + num(k.right()) + " (right) differ and analytic " + num(k.analytic())
                + " lies between them: a non-differentiable point, reported, not a failure";
    }

    private static String inputs(Shape[] shapes, boolean[] checked) {
        StringJoiner j = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < shapes.length; i++) j.add("input " + i + " " + shapes[i] + (checked[i] ? "" : " constant"));
        return j.toString();
    }

    private static String where(int input, Shape shape, int[] index, int projection) {
        String at = index != null ? "at index " + indexText(index) : "along random projection " + projection;
        return "input " + input + " (shape " + shape + ") " + at;
    }

    static String indexText(int[] index) {
        StringJoiner j = new StringJoiner(", ", "(", ")");
        for (int k : index) j.add(Integer.toString(k));
        return j.toString();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
