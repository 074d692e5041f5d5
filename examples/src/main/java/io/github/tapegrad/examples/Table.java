package io.github.tapegrad.examples;

import java.util.List;
import java.util.Locale;

/** Prints the per-epoch lines and the final comparison table of a set of runs. */
public final class Table {
    private Table() {}

    /** One line per epoch: {@code [Adam] epoch  12  train loss 0.081234  test loss 0.091234  accuracy 0.9737}. */
    public static void printEpoch(Run run, Run.Epoch e) {
        System.out.printf(Locale.ROOT, "  [%-8s] epoch %3d  train loss %.6f  test loss %.6f  %s %.4f%n", run.label(),
                e.epoch(), e.trainLoss(), e.testLoss(), run.metric(), e.testMetric());
    }

    /** {@code digits} decimals, or scientific notation for a number too large to read that way. */
    static String number(double v, int digits) {
        return String.format(Locale.ROOT, Math.abs(v) < 1e5 ? "%." + digits + "f" : "%.3e", v);
    }

    /** The final table: one row per run with its last epoch's numbers. */
    public static void printSummary(String title, List<Run> runs) {
        System.out.println();
        System.out.println("  " + title);
        String metric = runs.get(0).metric();
        System.out.printf(Locale.ROOT, "  | %-28s | %6s | %12s | %12s | %9s |%n", "run", "epochs", "train loss",
                "test loss", metric);
        System.out.printf(Locale.ROOT, "  |%s|%s|%s|%s|%s|%n", "-".repeat(30), "-".repeat(8), "-".repeat(14),
                "-".repeat(14), "-".repeat(11));
        for (Run r : runs) {
            Run.Epoch e = r.last();
            System.out.printf(Locale.ROOT, "  | %-28s | %6d | %12s | %12s | %9s |%n", r.label(), e.epoch(),
                    number(e.trainLoss(), 6), number(e.testLoss(), 6), number(e.testMetric(), 4));
        }
        System.out.println();
    }
}
