package io.github.tapegrad.examples;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.losses.Losses;
import io.github.tapegrad.nn.Linear;
import io.github.tapegrad.nn.Sequential;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Why each loss goes with its output layer. For the matched pairs — BCE + sigmoid, cross-entropy + softmax,
 * squared error + linear output — the gradient of the mean loss at the pre-activation z is (ŷ − y)/N: the output
 * layer's derivative cancels against the loss's. The tape's gradient at z ({@code retainGrad()}) is compared with that
 * closed form on real batches. For MSE + softmax it is not (ŷ − y)/N: the softmax Jacobian stays in, and it is shown
 * numerically, together with its one-output case ŷ(1 − ŷ) for MSE + sigmoid.
 */
public final class Pairings {
    /** Samples in each checked batch. */
    public static final int BATCH = 64;

    private Pairings() {}

    /**
     * The gradient at the pre-activation from the tape, and the formula it is compared with.
     *
     * @param pairing    e.g. {@code BCE + sigmoid}
     * @param tape       ∂L/∂z by backward
     * @param closedForm the formula's value
     */
    public record Check(String pairing, Tensor tape, Tensor closedForm) {
        /** max |tape − closedForm| over all elements. */
        public double maxAbsDiff() {
            return tape.sub(closedForm).abs().max().item();
        }
    }

    /** BCE + sigmoid on a Breast Cancer batch: ∂L/∂z = (σ(z) − y)/N. */
    public static Check bceSigmoid(long seed) {
        Dataset batch = firstRows(LogisticRegression.data(seed).train());
        Linear linear = new Linear(batch.numFeatures(), 1, seed);
        Tensor z = linear.forward(batch.x()).reshape(-1).retainGrad();
        Tensor p = z.sigmoid();
        Losses.binaryCrossEntropy(p, batch.y()).backward();
        return new Check("BCE + sigmoid", z.grad(), p.sub(batch.y()).div(BATCH).detach());
    }

    /** Cross-entropy + softmax on an Iris batch: ∂L/∂z = (softmax(z) − onehot(y))/N. */
    public static Check ceSoftmax(long seed) {
        Dataset batch = firstRows(SoftmaxRegression.data("iris", seed).train());
        Tensor z = new Linear(batch.numFeatures(), 3, seed).forward(batch.x()).retainGrad();
        Losses.crossEntropy(z, batch.y()).backward();
        Tensor closed = z.softmax(1).sub(Tensor.oneHot(batch.y(), 3)).div(BATCH);
        return new Check("CE + softmax", z.grad(), closed.detach());
    }

    /**
     * ½·MSE + linear output on a batch of the sine data, through the regressor's MLP: ∂L/∂ŷ = (ŷ − y)/N, where ŷ = z.
     * (PyTorch's mseLoss has no ½, so its gradient is 2(ŷ − y)/N; the ½ is the Gaussian likelihood's.)
     */
    public static Check mseLinear(long seed) {
        Dataset batch = firstRows(Regressor.data("sine", seed).train());
        Sequential mlp = Regressor.mlp(1, 1, seed);
        Tensor z = mlp.forward(batch.x()).retainGrad();
        Losses.mseLoss(z, batch.y()).div(2).backward();
        return new Check("½·MSE + linear", z.grad(), z.sub(batch.y()).div(BATCH).detach());
    }

    /**
     * MSE + softmax on an Iris batch, checked against two formulas: {@code naive} is (ŷ − y)/N, which does NOT hold;
     * {@code jacobian} is Jᵀ·∂L/∂ŷ with J = diag(ŷ) − ŷŷᵀ per row and ∂L/∂ŷ = 2(ŷ − y)/(N·C), which does.
     */
    public static List<Check> mseSoftmax(long seed) {
        Dataset batch = firstRows(SoftmaxRegression.data("iris", seed).train());
        Tensor z = new Linear(batch.numFeatures(), 3, seed).forward(batch.x()).retainGrad();
        Tensor p = z.softmax(1), y = Tensor.oneHot(batch.y(), 3);
        Losses.mseLoss(p, y).backward();
        Tensor dLdp = p.sub(y).mul(2.0 / (BATCH * 3)).detach();
        return List.of(new Check("MSE + softmax vs (ŷ − y)/N", z.grad(), p.sub(y).div(BATCH).detach()),
                new Check("MSE + softmax vs Jᵀ·∂L/∂ŷ", z.grad(), softmaxVjp(p.detach(), dLdp)));
    }

    /** Jᵀ·g for the softmax of each row: ŷ ⊙ (g − Σⱼ ŷⱼgⱼ), the same as (diag(ŷ) − ŷŷᵀ)·g. */
    public static Tensor softmaxVjp(Tensor p, Tensor g) {
        return p.mul(g.sub(p.mul(g).sum(1, true)));
    }

    /**
     * One sigmoid output and target y = 1 at logits z: the gradient N·∂L/∂z of BCE is ŷ − 1, of ½·MSE it is
     * (ŷ − 1)·ŷ(1 − ŷ). Rows: z, ŷ, BCE's, MSE's, MSE's divided by BCE's, and ŷ(1 − ŷ) — the last two agree.
     */
    public static double[][] sigmoidFactor(double... logits) {
        Tensor z = Tensor.of(logits).requiresGrad(true), y = Tensor.onesLike(z);
        Tensor bce = Autograd.grad(Losses.binaryCrossEntropy(z.sigmoid(), y), z).mul(logits.length);
        Tensor mse = Autograd.grad(Losses.mseLoss(z.sigmoid(), y).div(2), z).mul(logits.length);
        Tensor p = z.sigmoid().detach();
        return new double[][] {logits, p.toArray(), bce.toArray(), mse.toArray(), mse.div(bce).toArray(),
            p.mul(p.rsub(1)).toArray()};
    }

    private static Dataset firstRows(Dataset d) {
        return d.rows(Tensor.arange(BATCH));
    }

    /** The demo: prints every check, the sigmoid factor table, and trains CE + softmax against MSE + softmax. */
    public static List<Path> run(Options o) {
        System.out.printf("%n== Pairings: the gradient at the pre-activation z, by the tape and by formula (batch of %d) ==%n",
                BATCH);
        for (Check c : List.of(bceSigmoid(o.seed()), ceSoftmax(o.seed()), mseLinear(o.seed()))) {
            print(c, "(ŷ − y)/N");
        }
        List<Check> mse = mseSoftmax(o.seed());
        print(mse.get(0), "(ŷ − y)/N");
        print(mse.get(1), "Jᵀ·∂L/∂ŷ");
        printSigmoidFactor();
        return PairingsTraining.run(o);
    }

    private static void print(Check c, String formula) {
        System.out.printf(Locale.ROOT, "  %-28s max |tape − %s| = %.3e   (largest |tape| entry %.3e)%n", c.pairing(),
                formula, c.maxAbsDiff(), c.tape().abs().max().item());
    }

    private static void printSigmoidFactor() {
        double[][] t = sigmoidFactor(-6, -3, 0, 3, 6);
        System.out.println("\n  One sigmoid output, target y = 1: N·∂L/∂z for BCE and for ½·MSE"
                + " (the extra factor is ŷ(1 − ŷ))");
        String[] names = {"z", "ŷ = σ(z)", "BCE", "½·MSE", "½·MSE / BCE", "ŷ(1 − ŷ)"};
        for (int r = 0; r < t.length; r++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-16s", names[r]));
            for (double v : t[r]) line.append(String.format(Locale.ROOT, "%11.6f", v));
            System.out.println(line);
        }
    }
}
