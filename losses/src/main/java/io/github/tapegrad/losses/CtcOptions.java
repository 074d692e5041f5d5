package io.github.tapegrad.losses;

/**
 * Options of {@link CtcLoss#ctcLoss}: the blank class (default 0), the reduction (default MEAN: each loss divided by
 * its target length, then the mean over the batch) and zeroInfinity (default false: impossible alignments give +∞), as
 * PyTorch's {@code ctc_loss}.
 *
 * @param blank        the blank class index, 0 ≤ blank &lt; C (C is checked when the loss is applied)
 * @param reduction    NONE, MEAN or SUM
 * @param zeroInfinity replace the +∞ loss of an impossible alignment (and its gradient) by 0
 */
public record CtcOptions(int blank, Reduction reduction, boolean zeroInfinity) {
    /**
     * Validates the components.
     *
     * @param blank the blank class index, 0 ≤ blank &lt; C (C is checked when the loss is applied)
     * @param reduction NONE, MEAN or SUM
     * @param zeroInfinity replace the +∞ loss of an impossible alignment (and its gradient) by 0
     * @throws IllegalArgumentException for a negative blank or BATCHMEAN
     */
    public CtcOptions {
        if (blank < 0) {
            throw new IllegalArgumentException("ctcLoss: blank is " + blank + "; give a class index >= 0 (0 is the default)");
        }
        MarginChecks.reduction("ctcLoss", reduction);
    }

    /**
     * blank 0, MEAN, zeroInfinity false.
     *
     * @return the default options
     */
    public static CtcOptions defaults() {
        return new CtcOptions(0, Reduction.MEAN, false);
    }

    /**
     * These options with another blank class.
     *
     * @param blank the blank class index, 0 ≤ blank &lt; C (C is checked when the loss is applied)
     * @return a copy of these options with {@code blank} replaced
     */
    public CtcOptions withBlank(int blank) {
        return new CtcOptions(blank, reduction, zeroInfinity);
    }

    /**
     * These options with another reduction.
     *
     * @param reduction NONE, MEAN or SUM
     * @return a copy of these options with {@code reduction} replaced
     */
    public CtcOptions withReduction(Reduction reduction) {
        return new CtcOptions(blank, reduction, zeroInfinity);
    }

    /**
     * These options with zeroInfinity on or off.
     *
     * @param zeroInfinity replace the +∞ loss of an impossible alignment (and its gradient) by 0
     * @return a copy of these options with {@code zeroInfinity} replaced
     */
    public CtcOptions withZeroInfinity(boolean zeroInfinity) {
        return new CtcOptions(blank, reduction, zeroInfinity);
    }
}
