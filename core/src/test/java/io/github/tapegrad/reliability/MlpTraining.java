package io.github.tapegrad.reliability;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.nn.Linear;
import io.github.tapegrad.nn.Sequential;
import io.github.tapegrad.nn.Tanh;
import io.github.tapegrad.optim.Adam;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small regression training from a seed: 8 → 32 → 32 → 1 with tanh, Adam lr 1e-3, MSE, minibatches of 32 over 256
 * synthetic samples (target sin(Σx) + 0.1·x₀²). Everything it touches is its own, so trainings may run in parallel.
 */
final class MlpTraining {
    private MlpTraining() {}

    static final int SAMPLES = 256, FEATURES = 8, BATCH = 32;

    /** The final parameters (in state-dict order) and the loss of every step, as arrays. */
    static List<double[]> run(long seed, int steps) {
        SplittableRandom rng = new SplittableRandom(seed);
        Tensor x = Tensor.randn(rng, SAMPLES, FEATURES);
        Tensor y = x.sum(1, true).sin().add(x.narrow(1, 0, 1).square().mul(0.1));
        Sequential model = new Sequential(new Linear(FEATURES, 32, true, rng), new Tanh(), new Linear(32, 32, true, rng), new Tanh(),
                new Linear(32, 1, true, rng));
        Adam adam = new Adam(model.parameters(), Adam.options().lr(1e-3));
        double[] losses = new double[steps];
        for (int step = 0; step < steps; step++) {
            int start = (step * BATCH) % SAMPLES;
            Tensor loss = model.forward(x.narrow(0, start, BATCH)).sub(y.narrow(0, start, BATCH)).square().mean();
            adam.zeroGrad();
            loss.backward();
            adam.step();
            losses[step] = loss.item();
        }
        List<double[]> result = new ArrayList<>();
        for (Tensor p : model.parameters()) result.add(p.toArray());
        result.add(losses);
        return result;
    }
}
