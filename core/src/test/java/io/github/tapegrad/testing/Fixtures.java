package io.github.tapegrad.testing;

import io.github.tapegrad.Tensor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads reference values written by the repository's PyTorch generator scripts. The format, line by line:
 * <pre>
 * # a comment
 * case mse_mean_small
 * opt reduction mean
 * tensor input 2,3 : 0.1 0.2 0.3 0.4 0.5 0.6
 * tensor out : 0.25            (an empty shape is a scalar)
 * tensor none 0 :              (a shape with a 0 holds no values)
 * </pre>
 * Values are Python {@code repr} floats ({@code nan}, {@code inf}, {@code -inf} allowed), so they round-trip exactly.
 */
public final class Fixtures {
    private Fixtures() {}

    /** One case: its name, string options and tensors, in file order. */
    public record Case(String name, Map<String, String> options, Map<String, Tensor> tensors) {
        /** A tensor by key. @throws IllegalArgumentException when missing */
        public Tensor tensor(String key) {
            Tensor t = tensors.get(key);
            if (t == null) throw new IllegalArgumentException("fixture case " + name + " has no tensor '" + key + "'; it has " + tensors.keySet());
            return t;
        }

        /** Whether the case holds a tensor under {@code key}. */
        public boolean has(String key) {
            return tensors.containsKey(key);
        }

        /** An option by key, or {@code fallback}. */
        public String option(String key, String fallback) {
            return options.getOrDefault(key, fallback);
        }

        /** An option by key. @throws IllegalArgumentException when missing */
        public String option(String key) {
            String v = options.get(key);
            if (v == null) throw new IllegalArgumentException("fixture case " + name + " has no option '" + key + "'");
            return v;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Loads all cases of a classpath resource (e.g. {@code "/fixtures/ops.txt"}). */
    public static List<Case> load(String resource) {
        InputStream in = Fixtures.class.getResourceAsStream(resource);
        Objects.requireNonNull(in, () -> "fixture resource " + resource + " not found on the test classpath");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Case> parse(BufferedReader r) throws IOException {
        List<Case> cases = new ArrayList<>();
        String name = null;
        Map<String, String> opts = null;
        Map<String, Tensor> tensors = null;
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("case ")) {
                if (name != null) cases.add(new Case(name, opts, tensors));
                name = line.substring(5).strip();
                opts = new LinkedHashMap<>();
                tensors = new LinkedHashMap<>();
            } else if (name == null) {
                throw new IllegalArgumentException("fixture line " + no + ": data before the first 'case' line");
            } else if (line.startsWith("opt ")) {
                String[] p = line.substring(4).strip().split("\\s+", 2);
                opts.put(p[0], p.length > 1 ? p[1] : "");
            } else if (line.startsWith("tensor ")) {
                int colon = line.indexOf(':');
                String[] head = line.substring(7, colon).strip().split("\\s+");
                int[] shape = head.length < 2 || head[1].isEmpty() ? new int[0] : parseShape(head[1]);
                String body = line.substring(colon + 1).strip();
                String[] tok = body.isEmpty() ? new String[0] : body.split("\\s+");
                double[] v = new double[tok.length];
                for (int i = 0; i < tok.length; i++) v[i] = parseDouble(tok[i]);
                tensors.put(head[0], Tensor.of(v, shape));
            } else {
                throw new IllegalArgumentException("fixture line " + no + ": cannot read '" + line + "'");
            }
        }
        if (name != null) cases.add(new Case(name, opts, tensors));
        return cases;
    }

    private static int[] parseShape(String s) {
        String[] p = s.split(",");
        int[] d = new int[p.length];
        for (int i = 0; i < p.length; i++) d[i] = Integer.parseInt(p[i].strip());
        return d;
    }

    static double parseDouble(String s) {
        return switch (s) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }
}
