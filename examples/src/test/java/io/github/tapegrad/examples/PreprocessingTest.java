package io.github.tapegrad.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Tensor;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PreprocessingTest {
    private static void assertDisjointAndCovering(Preprocessing.SplitIndices s, int n) {
        int[] all = IntStream.concat(IntStream.of(s.train()), IntStream.of(s.test())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, n).toArray(), all, "every row is in exactly one part");
    }

    @Test
    void stratifiedSplitIsDisjointCoveringAndKeepsClassShares() {
        int[] labels = Preprocessing.classOf(Datasets.breastCancer().y());
        Preprocessing.SplitIndices s = Preprocessing.stratifiedIndices(labels, 2, 0.2, 7);
        assertDisjointAndCovering(s, labels.length);
        assertEquals(Math.round(0.2 * 212), IntStream.of(s.test()).filter(i -> labels[i] == 0).count());
        assertEquals(Math.round(0.2 * 357), IntStream.of(s.test()).filter(i -> labels[i] == 1).count());
    }

    @Test
    void shuffledSplitIsDisjointAndCovering() {
        Preprocessing.SplitIndices s = Preprocessing.shuffledIndices(101, 0.25, 3);
        assertDisjointAndCovering(s, 101);
        assertEquals(25, s.test().length);
    }

    @Test
    void theSeedDecidesTheSplit() {
        int[] labels = Preprocessing.classOf(Datasets.iris().y());
        var a = Preprocessing.stratifiedIndices(labels, 3, 0.2, 1);
        var b = Preprocessing.stratifiedIndices(labels, 3, 0.2, 1);
        var c = Preprocessing.stratifiedIndices(labels, 3, 0.2, 2);
        assertArrayEquals(a.test(), b.test());
        assertFalse(Arrays.equals(a.test(), c.test()));
    }

    @Test
    void splitDatasetsHoldTheSelectedRows() {
        Dataset iris = Datasets.iris();
        Preprocessing.Split split = Preprocessing.trainTestSplit(iris, 0.2, 5);
        assertEquals(120, split.train().size());
        assertEquals(30, split.test().size());
        double total = split.train().x().sum().item() + split.test().x().sum().item();
        assertEquals(iris.x().sum().item(), total, 1e-9);
    }

    @Test
    void standardiserUsesTrainingStatisticsOnly() {
        Tensor train = Tensor.of(new double[][] {{1, 10}, {3, 10}, {5, 10}});
        Tensor test = Tensor.of(new double[][] {{7, 20}});
        Standardizer s = Standardizer.fit(train);
        assertArrayEquals(new double[] {3, 10}, s.mean().toArray());
        assertArrayEquals(new double[] {Math.sqrt(8.0 / 3), 1}, s.scale().toArray(), 1e-15, "σ = 0 becomes 1");
        assertArrayEquals(new double[] {4 / Math.sqrt(8.0 / 3), 10}, s.transform(test).toArray(), 1e-15);
        assertArrayEquals(test.toArray(), s.inverse(s.transform(test)).toArray(), 1e-12);
    }

    @Test
    void standardisedSplitDoesNotDependOnTheTestSet() {
        Preprocessing.Split split = Preprocessing.trainTestSplit(Datasets.wine(), 0.2, 1);
        Dataset changedTest = split.test().withX(split.test().x().mul(1000), split.test().featureNames());
        Preprocessing.Split a = split.standardized(), b = new Preprocessing.Split(split.train(), changedTest).standardized();
        assertArrayEquals(a.train().x().toArray(), b.train().x().toArray());
        assertArrayEquals(new double[13], a.train().x().mean(0, false).toArray(), 1e-12);
        assertTrue(Math.abs(a.test().x().mean().item()) > 1e-3, "the test set is scaled, not re-centred on itself");
    }
}
