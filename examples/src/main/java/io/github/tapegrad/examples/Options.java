package io.github.tapegrad.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The command line of {@link Main}: {@code [EXAMPLE] [--optimizer sgd|momentum|adam|all] [--epochs N] [--lr X]
 * [--out DIR] [--seed N] [--dataset NAME]}. Unset numbers are 0 / NaN: each example then uses its own defaults.
 *
 * @param example    all, logistic, softmax, regressor or pairings
 * @param optimizers the optimizers to compare (all three by default)
 * @param epochs     epochs per training, or 0 for the example's default
 * @param lr         the learning rate for every optimizer, or NaN for the example's defaults (one per optimizer)
 * @param out        the directory for the plots
 * @param seed       the seed of the split, the initialisation and the batch order
 * @param dataset    the dataset of softmax (iris, digits, wine) or regressor (diabetes, sine), or null for the
 *                   default ones
 */
public record Options(String example, List<OptimizerKind> optimizers, int epochs, double lr, Path out, long seed,
                      String dataset) {
    /** The examples {@link Main} knows. */
    public static final List<String> EXAMPLES = List.of("all", "logistic", "softmax", "regressor", "pairings");

    /** The defaults: every example, every optimizer, plots in {@code examples/target/plots}. */
    public static Options defaults() {
        return new Options("all", List.of(OptimizerKind.values()), 0, Double.NaN, defaultOut(), 1, null);
    }

    /** {@code examples/target/plots} under the Maven project when run from the repository root, else {@code target/plots}. */
    public static Path defaultOut() {
        Path examples = Path.of("examples");
        return (examples.resolve("pom.xml").toFile().isFile() ? examples.resolve("target") : Path.of("target"))
                .resolve("plots").toAbsolutePath();
    }

    /** Parses the arguments; throws IllegalArgumentException with the usage on a mistake. */
    public static Options parse(String... args) {
        Options o = defaults();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                o = o.withExample(a);
                continue;
            }
            if (i + 1 >= args.length) throw usage(a + " needs a value");
            String value = args[++i];
            try {
                o = o.with(a, value);
            } catch (NumberFormatException e) {
                throw usage(a + ": '" + value + "' is not a number");
            }
        }
        return o.checkDataset();
    }

    private Options checkDataset() {
        List<String> known = switch (example) {
            case "softmax" -> List.of("iris", "digits", "wine");
            case "regressor" -> Regressor.DATASETS;
            default -> List.of();
        };
        if (dataset != null && !known.contains(dataset)) {
            throw usage(known.isEmpty() ? "--dataset applies to softmax and regressor only, not to " + example
                    : "--dataset: " + example + " has no dataset '" + dataset + "'; use one of " + known);
        }
        return this;
    }

    private Options withExample(String name) {
        String e = name.toLowerCase(Locale.ROOT);
        if (!EXAMPLES.contains(e)) throw usage("unknown example '" + name + "'");
        return new Options(e, optimizers, epochs, lr, out, seed, dataset);
    }

    private Options with(String option, String v) {
        return switch (option) {
            case "--optimizer" -> new Options(example, v.equalsIgnoreCase("all") ? List.of(OptimizerKind.values())
                    : List.of(OptimizerKind.parse(v)), epochs, lr, out, seed, dataset);
            case "--epochs" -> new Options(example, optimizers, positive(option, Integer.parseInt(v)), lr, out, seed, dataset);
            case "--lr" -> new Options(example, optimizers, epochs, positive(option, Double.parseDouble(v)), out, seed, dataset);
            case "--out" -> new Options(example, optimizers, epochs, lr, Path.of(v).toAbsolutePath(), seed, dataset);
            case "--seed" -> new Options(example, optimizers, epochs, lr, out, Long.parseLong(v), dataset);
            case "--dataset" -> new Options(example, optimizers, epochs, lr, out, seed, v.toLowerCase(Locale.ROOT));
            default -> throw usage("unknown option " + option);
        };
    }

    /** The epochs to run: the given ones, or the example's default. */
    public int epochsOr(int fallback) {
        return epochs > 0 ? epochs : fallback;
    }

    /** The learning rate to use: the given one, or the example's default for this optimizer. */
    public double lrOr(double fallback) {
        return Double.isNaN(lr) ? fallback : lr;
    }

    private static <T extends Number> T positive(String option, T value) {
        if (value.doubleValue() <= 0) throw usage(option + " must be positive, got " + value);
        return value;
    }

    private static IllegalArgumentException usage(String problem) {
        return new IllegalArgumentException(problem + "\n" + USAGE);
    }

    /** The usage text. */
    public static final String USAGE = """
            usage: Main [all|logistic|softmax|regressor|pairings] [--optimizer sgd|momentum|adam|all]
                        [--epochs N] [--lr X] [--out DIR] [--seed N] [--dataset NAME]
              --dataset: softmax: iris, digits or wine (default: iris and digits);
                         regressor: diabetes or sine (default: both)""";
}
