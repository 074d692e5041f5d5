package io.github.tapegrad.examples.bench;

import io.github.tapegrad.kernel.MatMul;
import io.github.tapegrad.kernel.Parallel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The standard workloads of {@code examples/bench/WORKLOADS.md}, timed as {@code pytorch_reference.py} times them
 * (one warm-up, median of three) and printed in its format: {@code name  seconds  figure}.
 *
 * <p>Usage: {@code Bench [--only name,name,...] [--warmups N]}; the thread count of the kernels is
 * {@code -Dtapegrad.threads=N}. The reference method is one warm-up run; more let the JIT finish compiling first.
 */
public final class Bench {
    private Bench() {}

    static final Map<String, Supplier<String>> WORKLOADS = new LinkedHashMap<>();

    static {
        WORKLOADS.put("tape-overhead", CoreWorkloads::tapeOverhead);
        WORKLOADS.put("matmul-64", () -> CoreWorkloads.matmul(64));
        WORKLOADS.put("matmul-256", () -> CoreWorkloads.matmul(256));
        WORKLOADS.put("matmul-1024", () -> CoreWorkloads.matmul(1024));
        WORKLOADS.put("matmul-256-backward", CoreWorkloads::matmulBackward);
        WORKLOADS.put("logreg", TrainingWorkloads::logreg);
        WORKLOADS.put("softmax", TrainingWorkloads::softmax);
        WORKLOADS.put("mlp-regressor", TrainingWorkloads::mlpRegressor);
        WORKLOADS.put("mlp-classifier", TrainingWorkloads::mlpClassifier);
    }

    /** Runs the selected workloads (all by default), one line each. */
    public static void main(String[] args) {
        List<String> names = select(args);
        System.out.printf("# tapegrad java=%s threads=%d vector=%s warmups=%d%n", Runtime.version(), Parallel.threads(),
                MatMul.VECTOR, Timing.warmups);
        for (String name : names) System.out.println(WORKLOADS.get(name).get());
    }

    static List<String> select(String[] args) {
        List<String> names = new ArrayList<>(WORKLOADS.keySet());
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--warmups") && i + 1 < args.length) {
                Timing.warmups = warmups(args[++i]);
                continue;
            }
            if (!args[i].equals("--only")) {
                throw new IllegalArgumentException("bench: unknown argument '" + args[i]
                        + "'; use --only name,name,... or --warmups N");
            }
            String list = i + 1 < args.length ? args[++i] : "";
            if (list.isBlank()) continue;
            names = new ArrayList<>();
            for (String n : list.split(",")) {
                if (!WORKLOADS.containsKey(n.trim())) {
                    throw new IllegalArgumentException("bench: unknown workload '" + n.trim() + "'; choose from " + WORKLOADS.keySet());
                }
                names.add(n.trim());
            }
        }
        return names;
    }

    private static int warmups(String n) {
        try {
            int w = Integer.parseInt(n.trim());
            if (w >= 0) return w;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("bench: --warmups needs a count of runs >= 0, got '" + n + "'; e.g. --warmups 5");
    }
}
