package io.github.tapegrad.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetsTest {
    /** A row of the table in datasets/README.md: file, rows × features, classes, bytes and SHA-256. */
    private record ReadmeRow(int rows, int features, int classes, int bytes, String sha256) {}

    private static ReadmeRow readmeRow(String name) throws IOException {
        String readme;
        try (InputStream in = Datasets.class.getResourceAsStream("/datasets/README.md")) {
            readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("\\| `" + name + "\\.csv` \\| (\\d+) × (\\d+) \\| (\\d+):.*?\\| (\\d+) \\| `([0-9a-f]{64})` \\|")
                .matcher(readme);
        assertTrue(m.find(), "datasets/README.md has a table row for " + name);
        return new ReadmeRow(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)), m.group(5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"breast_cancer", "iris", "wine", "digits"})
    void fileMatchesTheSizeAndChecksumInTheReadme(String name) throws IOException, NoSuchAlgorithmException {
        ReadmeRow row = readmeRow(name);
        byte[] bytes = Datasets.resourceBytes(name);
        assertEquals(row.bytes(), bytes.length);
        assertEquals(row.sha256(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"breast_cancer", "iris", "wine", "digits"})
    void loaderShapesMatchTheReadme(String name) throws IOException {
        ReadmeRow row = readmeRow(name);
        Dataset d = Datasets.load(name);
        assertArrayEquals(new int[] {row.rows(), row.features()}, d.x().shape().toArray());
        assertArrayEquals(new int[] {row.rows()}, d.y().shape().toArray());
        assertEquals(row.features(), d.featureNames().size());
        assertEquals(row.classes(), d.numClasses());
    }

    @Test
    void irisFirstRowAndClassCountsAreTheFileContents() {
        Dataset iris = Datasets.iris();
        assertArrayEquals(new double[] {5.1, 3.5, 1.4, 0.2}, iris.x().select(0, 0).toArray());
        assertEquals(List.of("sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm"), iris.featureNames());
        for (int c = 0; c < 3; c++) assertEquals(50, Preprocessing.indicesOf(iris.y(), c).length);
    }

    @Test
    void breastCancerHas212MalignantAnd357Benign() {
        Dataset d = Datasets.breastCancer();
        assertEquals(212, Preprocessing.indicesOf(d.y(), 0).length);
        assertEquals(357, Preprocessing.indicesOf(d.y(), 1).length);
    }

    @Test
    void unknownDatasetNamesTheChoices() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Datasets.load("mnist"));
        assertEquals("load: no dataset /datasets/mnist.csv on the classpath; "
                + "use breast_cancer, iris, wine, digits or diabetes",
                e.getMessage());
    }

    @Test
    void noisySineFollowsItsFormulaUpToTheNoise() {
        Dataset d = Datasets.noisySine(2000, 0.1, new SplittableRandom(3));
        Tensor x = d.x();
        Tensor residual = d.y().sub(x.mul(2).sin().add(x.mul(0.3)));
        assertEquals(0.0, residual.mean().item(), 0.01);
        assertEquals(0.1, residual.std().item(), 0.01);
        assertTrue(x.min().item() >= -2 && x.max().item() < 2);
    }

    /** The diabetes row of datasets/README.md: file, rows × features, target, bytes and SHA-256. */
    @Test
    void diabetesMatchesTheSizeChecksumAndShapeInTheReadme() throws IOException, NoSuchAlgorithmException {
        String readme;
        try (InputStream in = Datasets.class.getResourceAsStream("/datasets/README.md")) {
            readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("\\| `diabetes\\.csv` \\| (\\d+) × (\\d+) \\| continuous, ([0-9.]+) to ([0-9.]+) "
                + ".*?"
                + "\\| (\\d+) \\| `([0-9a-f]{64})` \\|").matcher(readme);
        assertTrue(m.find(), "datasets/README.md has a table row for diabetes");
        byte[] bytes = Datasets.resourceBytes("diabetes");
        assertEquals(Integer.parseInt(m.group(5)), bytes.length);
        assertEquals(m.group(6), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        Dataset d = Datasets.diabetes();
        int rows = Integer.parseInt(m.group(1)), features = Integer.parseInt(m.group(2));
        assertArrayEquals(new int[] {rows, features}, d.x().shape().toArray());
        assertArrayEquals(new int[] {rows, 1}, d.y().shape().toArray());
        assertEquals(0, d.numClasses());
        assertEquals(Double.parseDouble(m.group(3)), d.y().min().item());
        assertEquals(Double.parseDouble(m.group(4)), d.y().max().item());
        assertEquals(List.of("age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"), d.featureNames());
        assertArrayEquals(new double[] {59, 2, 32.1, 101, 157, 93.2, 38, 4, 4.8598, 87}, d.x().select(0, 0).toArray());
        assertEquals(151.0, d.y().get(0, 0));
    }

    @Test
    void loadRefusesARegressionTargetAsClasses() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Datasets.load("diabetes"));
        assertEquals("load: diabetes has a continuous target, not class labels; use Datasets.diabetes()",
                e.getMessage());
    }
}
