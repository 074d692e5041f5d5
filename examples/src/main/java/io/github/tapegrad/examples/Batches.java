package io.github.tapegrad.examples;

import io.github.tapegrad.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** Shuffled minibatches: each epoch visits every sample once, in an order drawn from a seeded generator. */
public final class Batches {
    private Batches() {}

    /** One minibatch: features (B, D) and targets (B) or (B, K). */
    public record Batch(Tensor x, Tensor y) {}

    /**
     * The minibatches of one epoch: the rows of {@code data} in a random order from {@code rng}, cut into batches
     * of {@code batchSize} (the last one may be smaller). The same generator state gives the same batches.
     */
    public static List<Batch> epoch(Dataset data, int batchSize, SplittableRandom rng) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("Batches.epoch: batch size " + batchSize + " is not positive; use 1 or more");
        }
        int[] order = Preprocessing.shuffle(IntStream.range(0, data.size()).toArray(), rng);
        List<Batch> batches = new ArrayList<>();
        for (int start = 0; start < order.length; start += batchSize) {
            int[] rows = IntStream.range(start, Math.min(start + batchSize, order.length)).map(i -> order[i]).toArray();
            Tensor index = Preprocessing.indexTensor(rows);
            batches.add(new Batch(data.x().indexSelect(0, index), data.y().indexSelect(0, index)));
        }
        return batches;
    }
}
