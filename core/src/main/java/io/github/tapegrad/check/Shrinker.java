package io.github.tapegrad.check;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** Greedy shrinking of a failing case and the failure message. */
final class Shrinker {
    private Shrinker() {}

    /** Where a failure happened: the property seed, the case number, the case count, and whether the seed was the default. */
    record Where(long seed, int caseNumber, int cases, boolean defaultSeed) {}

    /**
     * Walks the tree from the failing root: takes the first candidate not seen before that fails with the same
     * exception class, until no candidate fails or {@code budget} candidates were tried; returns the report as an
     * AssertionError.
     */
    static <T> AssertionError shrinkAndReport(Shrinkable<T> root, Throwable original, Function<T, Throwable> failure,
                                              int budget, Where where) {
        Shrinkable<T> current = root;
        Throwable currentFailure = original;
        Set<String> seen = new HashSet<>();
        seen.add(Describe.of(root.value()));
        int steps = 0, tried = 0;
        boolean progress = true;
        while (progress && tried < budget) {
            progress = false;
            for (Shrinkable<T> c : current.shrinks()) {
                if (!seen.add(Describe.of(c.value()))) continue;
                if (tried++ >= budget) break;
                Throwable f = failure.apply(c.value());
                if (f != null && f.getClass() == original.getClass()) {
                    current = c;
                    currentFailure = f;
                    steps++;
                    progress = true;
                    break;
                }
            }
        }
        AssertionError e = new AssertionError(message(root.value(), original, current.value(), currentFailure, steps, tried, where));
        e.initCause(currentFailure);
        return e;
    }

    private static String message(Object original, Throwable originalFailure, Object shrunk, Throwable shrunkFailure,
                                  int steps, int tried, Where w) {
        StringBuilder sb = new StringBuilder();
        sb.append("Property failed on case ").append(w.caseNumber()).append(" of ").append(w.cases())
                .append(" (seed ").append(w.seed()).append("L)\n");
        sb.append("Shrunk case (").append(steps).append(" shrink steps, ").append(tried).append(" candidates tried):\n  ")
                .append(Describe.of(shrunk)).append('\n');
        sb.append("Failure of the shrunk case:\n  ").append(text(shrunkFailure).replace("\n", "\n  ")).append('\n');
        sb.append("Original case:\n  ").append(Describe.of(original)).append('\n');
        sb.append("Failure of the original case:\n  ").append(firstLine(text(originalFailure))).append('\n');
        sb.append("Replay: add .seed(").append(w.seed()).append("L).only(").append(w.caseNumber()).append(") to the property");
        if (w.defaultSeed()) sb.append(", or run with -D").append(Property.SEED_PROPERTY).append('=').append(w.seed());
        return sb.toString();
    }

    private static String text(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getName() + (m == null ? "" : ": " + m);
    }

    private static String firstLine(String s) {
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i) + " …";
    }
}
