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
 * and the synthetic sine curve of the regressor's curve-fitting demo.
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

    /**
     * Diabetes (Efron et al. 2004): 442 × 10 raw, unscaled features (age, sex, bmi, bp, s1..s6), and a continuous
     * target of shape (442, 1), disease progression one year after baseline (25 to 346).
     */
    public static Dataset diabetes() {
        Dataset d = read("diabetes");
        return new Dataset("diabetes", d.x(), d.y().reshape(-1, 1), d.featureNames(), 0);
    }

    /** Reads {@code datasets/NAME.csv}: a header of feature names then {@code target}, one sample per line. */
    public static Dataset load(String name) {
        if (name.equals("diabetes")) {
            throw new IllegalArgumentException("load: diabetes has a continuous target, not class labels; "
                    + "use Datasets.diabetes()");
        }
        Dataset d = read(name);
        int classes = (int) Arrays.stream(d.y().toArray()).max().orElse(-1) + 1;
        return new Dataset(name, d.x(), d.y(), d.featureNames(), classes);
    }

    /** The features and the target column of {@code datasets/NAME.csv}, as read (numClasses 0). */
    private static Dataset read(String name) {
        List<String> lines = Arrays.asList(new String(resourceBytes(name), StandardCharsets.UTF_8).split("\n"));
        String[] header = lines.get(0).split(",");
        int n = lines.size() - 1, d = header.length - 1;
        double[] x = new double[n * d], y = new double[n];
        for (int i = 0; i < n; i++) {
            String[] cells = lines.get(i + 1).split(",");
            for (int j = 0; j < d; j++) x[i * d + j] = Double.parseDouble(cells[j]);
            y[i] = Double.parseDouble(cells[d]);
        }
        return new Dataset(name, Tensor.of(x, n, d), Tensor.of(y), List.of(header).subList(0, d), 0);
    }

    /** The bytes of {@code datasets/NAME.csv} on the classpath. */
    public static byte[] resourceBytes(String name) {
        String path = "/datasets/" + name + ".csv";
        try (InputStream in = Datasets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("load: no dataset " + path
                        + " on the classpath; use breast_cancer, iris, wine, digits or diabetes");
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
}
