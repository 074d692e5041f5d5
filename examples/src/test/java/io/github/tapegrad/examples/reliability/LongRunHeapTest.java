package io.github.tapegrad.examples.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * 20,000 steps of the logreg workload (minibatches of 64 from 4096 × 32, Adam lr 0.01, BCE on logits, accuracy
 * computed outside no-grad) retain no more heap at the end than after warm-up, within a small margin: no graph,
 * gradient or optimizer state accumulates from step to step. The 1,000,000-step run is {@link LongRun}.
 */
class LongRunHeapTest {
    private static final long STEPS = 20_000, WARMUP = 2_000, EVERY = 6_000;
    /** The margin: 1 MB over 18,000 steps is under 60 bytes a step, less than one leaked scalar tensor per step. */
    private static final long MARGIN_BYTES = 1_000_000;

    @Test
    void twentyThousandStepsRetainABoundedHeap() {
        Soak.Result r = Soak.run(STEPS, WARMUP, EVERY, s -> { });
        long grown = r.last().retainedBytes() - r.first().retainedBytes();
        assertTrue(grown <= MARGIN_BYTES, "retained heap grew by " + grown + " bytes from step " + r.first().step()
                + " to step " + r.last().step() + ": " + r.samples());
        assertTrue(r.last().accuracy() > 0.9, "and the model learned: accuracy " + r.last().accuracy());
    }
}
