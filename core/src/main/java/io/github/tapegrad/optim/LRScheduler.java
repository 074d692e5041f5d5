package io.github.tapegrad.optim;

import java.util.List;
import java.util.Objects;

/**
 * Changes the learning rate of every parameter group of an optimizer once per {@link #step()}, as PyTorch 1.13's
 * {@code _LRScheduler} with {@code step()} called without an epoch: the recursive ("chainable") form, in which each new
 * learning rate is computed from the group's current one. Building a scheduler performs PyTorch's initial step (epoch 0);
 * call {@link #step()} after each epoch's {@code optimizer.step()}.
 *
 * <p>Subclasses set their fields, then call {@link #initialStep()} at the end of their constructor.
 */
public abstract class LRScheduler {
    private final Optimizer optimizer;
    private final double[] baseLrs;
    private final double[] lastLrs;
    private int lastEpoch = -1;

    /**
     * A scheduler of {@code optimizer}'s groups; records each group's initial learning rate when no scheduler did.
     *
     * @param optimizer the optimizer whose groups' learning rates this scheduler sets
     * @throws NullPointerException when the optimizer is null
     */
    protected LRScheduler(Optimizer optimizer) {
        this.optimizer = Objects.requireNonNull(optimizer, () -> getClass().getSimpleName() + ": optimizer is null");
        List<ParamGroup> groups = optimizer.paramGroups();
        baseLrs = new double[groups.size()];
        lastLrs = new double[groups.size()];
        for (int i = 0; i < baseLrs.length; i++) {
            groups.get(i).recordInitialLr();
            baseLrs[i] = groups.get(i).initialLr();
        }
    }

    /** PyTorch's initial step (epoch −1 → 0); call it last in a subclass constructor. */
    protected final void initialStep() {
        if (lastEpoch != -1) {
            throw new IllegalStateException(getClass().getSimpleName() + ": initialStep() was already called; call it "
                    + "once, at the end of the constructor");
        }
        step();
    }

    /**
     * Advances one epoch and sets each group's learning rate to the schedule's next value; every value is computed and
     * checked before any is set.
     *
     * @throws IllegalStateException when the schedule gives a negative or NaN learning rate (nothing is changed then)
     */
    public final void step() {
        List<ParamGroup> groups = optimizer.paramGroups();
        double[] next = new double[baseLrs.length];
        for (int i = 0; i < next.length; i++) {
            next[i] = nextLr(lastEpoch + 1, groups.get(i).lr(), baseLrs[i]);
            if (!(next[i] >= 0)) {
                throw new IllegalStateException(getClass().getSimpleName() + ": the schedule gives group " + i
                        + " a learning rate of " + next[i] + " at epoch " + (lastEpoch + 1)
                        + "; make nextLr return a rate >= 0");
            }
        }
        lastEpoch++;
        for (int i = 0; i < next.length; i++) {
            groups.get(i).lr(next[i]);
            lastLrs[i] = next[i];
        }
    }

    /**
     * The learning rate for {@code epoch} from the group's current rate (the recursive form).
     *
     * @param epoch the epoch being entered (0 at the initial step)
     * @param lr the group's current learning rate
     * @param baseLr the group's initial learning rate
     * @return the learning rate for {@code epoch}
     */
    protected abstract double nextLr(int epoch, double lr, double baseLr);

    /**
     * The epoch count: 0 after construction, incremented by each {@link #step()}.
     *
     * @return the number of steps taken
     */
    public int lastEpoch() {
        return lastEpoch;
    }

    /**
     * The learning rates set by the last step, one per group (PyTorch's {@code get_last_lr()}).
     *
     * @return a copy of the last learning rates
     */
    public double[] lastLr() {
        return lastLrs.clone();
    }

    /**
     * The groups' initial learning rates (PyTorch's {@code base_lrs}).
     *
     * @return a copy of the initial learning rates
     */
    public double[] baseLrs() {
        return baseLrs.clone();
    }

    /**
     * The optimizer whose learning rates this scheduler sets.
     *
     * @return the optimizer
     */
    public Optimizer optimizer() {
        return optimizer;
    }
}
