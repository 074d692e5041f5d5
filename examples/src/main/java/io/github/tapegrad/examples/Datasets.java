package io.github.tapegrad.examples;

import io.github.tapegrad.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The shipped real datasets (CSV under {@code src/main/resources/datasets}, see its README for source and licence)
 * and the synthetic regression targets.
 */
public final class Datasets {
    private Datasets() {}

    /** Breast Cancer Wisconsin (Diagnostic): 569 × 30, classes 0 = malignant, 1 = benign. */
    public static Dataset breastCancer() {
        return load("breast_cancer");
    }

    /** Iris: 150 × 4, 3 species. */
    public static Dataset iris() {
        return load("iris");
    }

    /** Wine: 178 × 13, 3 cultivars. */
    public static Dataset wine() {
        return load("wine");
    }

    /** Digits: 1797 × 64 (8×8 images, pixels 0..16), classes 0..9. */
    public static Dataset digits() {
        return load("digits");
    }

    /** Reads {@code datasets/NAME.csv}: a header of feature names then {@code target}, one sample per line. */
    public static Dataset load(String name) {
        List<String> lines = Arrays.asList(new String(resourceBytes(name), StandardCharsets.UTF_8).split("\n"));
        String[] header = lines.get(0).split(",");
        int n = lines.size() - 1, d = header.length - 1;
        double[] x = new double[n * d], y = new double[n];
        for (int i = 0; i < n; i++) {
            String[] cells = lines.get(i + 1).split(",");
            for (int j = 0; j < d; j++) x[i * d + j] = Double.parseDouble(cells[j]);
            y[i] = Integer.parseInt(cells[d]);
        }
        int classes = (int) Arrays.stream(y).max().orElse(-1) + 1;
        return new Dataset(name, Tensor.of(x, n, d), Tensor.of(y), List.of(header).subList(0, d), classes);
    }

    /** The bytes of {@code datasets/NAME.csv} on the classpath. */
    public static byte[] resourceBytes(String name) {
        String path = "/datasets/" + name + ".csv";
        try (InputStream in = Datasets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("load: no dataset " + path
                        + " on the classpath; use breast_cancer, iris, wine or digits");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** N points of y = sin(2x) + 0.3·x + ε, x uniform in [−2, 2], ε ~ N(0, noise²); shapes (N, 1) and (N, 1). */
    public static Dataset noisySine(int n, double noise, RandomGenerator rng) {
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble(-2, 2);
            y[i] = Math.sin(2 * x[i]) + 0.3 * x[i] + noise * rng.nextGaussian();
        }
        return new Dataset("sine", Tensor.of(x, n, 1), Tensor.of(y, n, 1), List.of("x"), 0);
    }

    /**
     * N samples of a smooth 3-output function of 4 inputs, x ~ N(0, 1), on very different scales:
     * y₁ = x₁x₂ + sin(x₃), y₂ = 50·tanh(x₁ + x₄) + 100, y₃ = 0.01·(x₂² − x₃x₄) — plus noise of 2% of each scale.
     * The inputs are scaled by (1, 10, 0.1, 1000) before they are returned: the raw data a user would meet.
     */
    public static Dataset multiOutput(int n, RandomGenerator rng) {
        double[] scale = {1, 10, 0.1, 1000};
        double[] x = new double[n * 4], y = new double[n * 3];
        for (int i = 0; i < n; i++) {
            double a = rng.nextGaussian(), b = rng.nextGaussian(), c = rng.nextGaussian(), e = rng.nextGaussian();
            y[3 * i] = a * b + Math.sin(c) + 0.02 * rng.nextGaussian();
            y[3 * i + 1] = 50 * Math.tanh(a + e) + 100 + rng.nextGaussian();
            y[3 * i + 2] = 0.01 * (b * b - c * e) + 0.0002 * rng.nextGaussian();
            double[] raw = {a, b, c, e};
            for (int j = 0; j < 4; j++) x[4 * i + j] = raw[j] * scale[j];
        }
        return new Dataset("multi", Tensor.of(x, n, 4), Tensor.of(y, n, 3), List.of("x1", "x2", "x3", "x4"), 0);
    }
}
