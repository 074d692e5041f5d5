package io.github.tapegrad.examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the examples: {@code Main [all|logistic|softmax|regressor|pairings] [--optimizer sgd|momentum|adam|all]
 * [--epochs N] [--lr X] [--out DIR] [--seed N] [--dataset NAME]} (see {@link Options} and docs/examples.md).
 */
public final class Main {
    private Main() {}

    /** Entry point of the README's examples command. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(Options.USAGE);
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        List<Path> files = run(options);
        System.out.println("Plots (PNG and SVG) are in " + options.out() + ":");
        files.forEach(f -> System.out.println("  " + f.getFileName()));
    }

    /** Runs the chosen example (or all of them); returns the plot files written. */
    public static List<Path> run(Options o) {
        List<Path> files = new ArrayList<>();
        boolean all = o.example().equals("all");
        if (all || o.example().equals("logistic")) files.addAll(LogisticRegression.run(o));
        if (all || o.example().equals("softmax")) files.addAll(SoftmaxRegression.run(o));
        if (all || o.example().equals("regressor")) files.addAll(Regressor.run(o));
        if (all || o.example().equals("pairings")) files.addAll(Pairings.run(o));
        return files;
    }
}
