package io.github.tapegrad.examples.bench;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.losses.Losses;
import io.github.tapegrad.nn.Linear;
import io.github.tapegrad.nn.ReLU;
import io.github.tapegrad.nn.Sequential;
import io.github.tapegrad.nn.Tanh;
import io.github.tapegrad.optim.Adam;
import io.github.tapegrad.optim.Optimizer;
import io.github.tapegrad.optim.SGD;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.BinaryOperator;

/** The training workloads of WORKLOADS.md: data made before timing, a fresh model and optimizer in every run. */
final class TrainingWorkloads {
    private TrainingWorkloads() {}

    /** One minibatch: inputs and targets. */
    record Batch(Tensor x, Tensor y) {}

    /** Logistic regression, 4096 × 32, batches of 64, Adam lr 0.01, 20 epochs, BCE on logits. */
    static String logreg() {
        SplittableRandom g = new SplittableRandom(1);
        Tensor x = Tensor.randn(g, 4096, 32), wTrue = Tensor.randn(g, 32, 1);
        Tensor y = x.matmul(wTrue).add(Tensor.randn(g, 4096, 1).mul(0.5)).gt(0);
        List<Batch> batches = batches(x, y, 64);
        Timing.Result<Double> r = Timing.timed(() -> {
            Tensor w = Tensor.zeros(32, 1).requiresGrad(true), b = Tensor.zeros(1).requiresGrad(true);
            Optimizer opt = new Adam(List.of(w, b), Adam.options().lr(0.01));
            return train(opt, batches, 20, (xb, yb) -> Losses.binaryCrossEntropyWithLogits(xb.matmul(w).add(b), yb));
        });
        return steps("logreg", r, 20 * batches.size(), "final batch loss");
    }

    /** Softmax regression, 4096 × 64 → 10 classes, batches of 64, SGD lr 0.1 momentum 0.9, 20 epochs, cross entropy. */
    static String softmax() {
        SplittableRandom g = new SplittableRandom(2);
        Tensor x = Tensor.randn(g, 4096, 64);
        Tensor.randn(g, 64, 1);
        Tensor y = x.matmul(Tensor.randn(g, 64, 10)).argmax(1, false);
        List<Batch> batches = batches(x, y, 64);
        Timing.Result<Double> r = Timing.timed(() -> {
            Tensor w = Tensor.zeros(64, 10).requiresGrad(true), b = Tensor.zeros(10).requiresGrad(true);
            Optimizer opt = new SGD(List.of(w, b), SGD.options().lr(0.1).momentum(0.9));
            return train(opt, batches, 20, (xb, yb) -> Losses.crossEntropy(xb.matmul(w).add(b), yb));
        });
        return steps("softmax", r, 20 * batches.size(), "final batch loss");
    }

    /** 8 → 64 → 64 → 1 tanh regressor of sin(Σx) + 0.1·x₀², batches of 32, Adam lr 1e-3, 10 epochs, MSE. */
    static String mlpRegressor() {
        SplittableRandom g = new SplittableRandom(3);
        Tensor x = Tensor.randn(g, 4096, 8);
        Tensor.randn(g, 8, 1);
        Tensor y = x.sum(1, true).sin().add(x.narrow(1, 0, 1).square().mul(0.1));
        List<Batch> batches = batches(x, y, 32);
        Timing.Result<Double> r = Timing.timed(() -> {
            SplittableRandom init = new SplittableRandom(0);
            Sequential net = new Sequential(new Linear(8, 64, true, init), new Tanh(), new Linear(64, 64, true, init), new Tanh(),
                    new Linear(64, 1, true, init));
            Optimizer opt = new Adam(net.parameters(), Adam.options().lr(1e-3));
            return train(opt, batches, 10, (xb, yb) -> Losses.mseLoss(net.forward(xb), yb));
        });
        return steps("mlp-regressor", r, 10 * batches.size(), "final batch loss");
    }

    /** 784 → 256 ReLU → 10 on one fixed batch of 128, SGD lr 0.01, 200 steps, cross entropy. */
    static String mlpClassifier() {
        SplittableRandom g = new SplittableRandom(4);
        Tensor x = Tensor.randn(g, 128, 784);
        double[] labels = new double[128];
        for (int i = 0; i < labels.length; i++) labels[i] = g.nextInt(10);
        List<Batch> batch = List.of(new Batch(x, Tensor.of(labels)));
        Timing.Result<Double> r = Timing.timed(() -> {
            SplittableRandom init = new SplittableRandom(0);
            Sequential net = new Sequential(new Linear(784, 256, true, init), new ReLU(), new Linear(256, 10, true, init));
            Optimizer opt = new SGD(net.parameters(), SGD.options().lr(0.01));
            return train(opt, batch, 200, (xb, yb) -> Losses.crossEntropy(net.forward(xb), yb));
        });
        return steps("mlp-classifier", r, 200, "final loss");
    }

    private static List<Batch> batches(Tensor x, Tensor y, int size) {
        List<Batch> out = new ArrayList<>();
        for (int i = 0; i < x.size(0); i += size) out.add(new Batch(x.narrow(0, i, size), y.narrow(0, i, size)));
        return out;
    }

    /** The reference loop: zeroGrad, loss, backward, step for every batch of every epoch; the last loss. */
    private static double train(Optimizer opt, List<Batch> batches, int epochs, BinaryOperator<Tensor> lossFn) {
        Tensor loss = null;
        for (int e = 0; e < epochs; e++) {
            for (Batch b : batches) {
                opt.zeroGrad();
                loss = lossFn.apply(b.x(), b.y());
                loss.backward();
                opt.step();
            }
        }
        return loss.item();
    }

    private static String steps(String name, Timing.Result<Double> r, int steps, String lossName) {
        return CoreWorkloads.line(name, r.seconds(),
                String.format(Locale.ROOT, "%.0f steps/s, %s %.4f, %.1f KB allocated/step", steps / r.seconds(), lossName,
                        r.value(), r.bytes() / steps / 1024));
    }
}
