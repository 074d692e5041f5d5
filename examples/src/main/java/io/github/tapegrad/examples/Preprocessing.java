package io.github.tapegrad.examples;

import io.github.tapegrad.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** Train/test splitting and standardisation. */
public final class Preprocessing {
    private Preprocessing() {}

    /** Row indices of a split: every row is in exactly one of the two. */
    public record SplitIndices(int[] train, int[] test) {}

    /** A dataset split into a training and a test set. */
    public record Split(Dataset train, Dataset test) {
        /** The standardiser of the features, fitted on the training part only. */
        public Standardizer featureScaler() {
            return Standardizer.fit(train.x());
        }

        /** Both parts with features standardised by the statistics of the training part. */
        public Split standardized() {
            Standardizer s = featureScaler();
            return new Split(train.withX(s.transform(train.x()), train.featureNames()),
                    test.withX(s.transform(test.x()), test.featureNames()));
        }
    }

    /**
     * A seeded random split; stratified for classification (each class keeps its share in both parts), a plain
     * shuffle for regression.
     */
    public static Split trainTestSplit(Dataset data, double testFraction, long seed) {
        SplitIndices idx = data.numClasses() > 0
                ? stratifiedIndices(classOf(data.y()), data.numClasses(), testFraction, seed)
                : shuffledIndices(data.size(), testFraction, seed);
        return new Split(data.rows(indexTensor(idx.train())), data.rows(indexTensor(idx.test())));
    }

    /** round(fraction · n) rows of each class go to the test set, chosen by a seeded shuffle. */
    public static SplitIndices stratifiedIndices(int[] labels, int classes, double testFraction, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Integer> train = new ArrayList<>(), test = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            int k = c;
            int[] members = shuffle(IntStream.range(0, labels.length).filter(i -> labels[i] == k).toArray(), rng);
            int nTest = (int) Math.round(testFraction * members.length);
            for (int i = 0; i < members.length; i++) (i < nTest ? test : train).add(members[i]);
        }
        return new SplitIndices(sorted(train), sorted(test));
    }

    /** round(fraction · n) rows go to the test set, chosen by a seeded shuffle. */
    public static SplitIndices shuffledIndices(int n, double testFraction, long seed) {
        int[] order = shuffle(IntStream.range(0, n).toArray(), new SplittableRandom(seed));
        int nTest = (int) Math.round(testFraction * n);
        return new SplitIndices(IntStream.of(order).skip(nTest).sorted().toArray(),
                IntStream.of(order).limit(nTest).sorted().toArray());
    }

    /** Fisher–Yates shuffle of {@code a} in place; returns it. */
    public static int[] shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1), t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    /** Class indices stored as doubles, as ints. */
    public static int[] classOf(Tensor y) {
        return Arrays.stream(y.toArray()).mapToInt(v -> (int) v).toArray();
    }

    /** The rows whose class is {@code c}. */
    public static int[] indicesOf(Tensor y, int c) {
        int[] labels = classOf(y);
        return IntStream.range(0, labels.length).filter(i -> labels[i] == c).toArray();
    }

    /** A 1-D tensor of row indices, for {@link Tensor#indexSelect}. */
    public static Tensor indexTensor(int[] rows) {
        return Tensor.of(IntStream.of(rows).asDoubleStream().toArray());
    }

    private static int[] sorted(List<Integer> rows) {
        return rows.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
