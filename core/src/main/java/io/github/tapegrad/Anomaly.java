package io.github.tapegrad;

/** Anomaly mode's check: the first non-finite gradient names the op and where it was created. */
final class Anomaly {
    private Anomaly() {}

    /** Thrown in place of a stack trace: the forward call that created an op, kept while anomaly mode is on. */
    static final class CreatedHere extends RuntimeException {
        CreatedHere(String op) {
            super(op + " was created here (forward)");
        }
    }

    static void check(Tensor node, int input, Tensor grad) {
        double[] d = grad.dataUnsafe();
        for (int j = 0; j < d.length; j++) {
            if (!Double.isFinite(d[j])) {
                ArithmeticException e = new ArithmeticException("anomaly: the backward of " + Tape.opText(node.op())
                        + " returned " + d[j] + " at flat index " + j + " of the gradient of its input " + input
                        + " (shape " + grad.shape() + "); the op was created at the stack in the cause; "
                        + "check the values reaching it (e.g. log or sqrt at 0, division by 0)");
                if (node.creation() != null) e.initCause(node.creation());
                throw e;
            }
        }
    }
}
