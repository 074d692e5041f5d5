package io.github.tapegrad.kernel;

/**
 * Fused first-order VJP loops for the hottest primitives, used when the gradient is not itself recorded. Each
 * evaluates exactly the composed formula of its op's VJP, in the same order, so both paths agree bitwise.
 */
public final class Fused {
    private Fused() {}

    /** g · (1 − out · out): the VJP of tanh. */
    public static double[] tanhGrad(double[] g, double[] out) {
        double[] r = new double[g.length];
        for (int i = 0; i < g.length; i++) r[i] = g[i] * (1 - out[i] * out[i]);
        return r;
    }

    /** g · (out · (1 − out)): the VJP of sigmoid. */
    public static double[] sigmoidGrad(double[] g, double[] out) {
        double[] r = new double[g.length];
        for (int i = 0; i < g.length; i++) r[i] = g[i] * (out[i] * (1 - out[i]));
        return r;
    }

    /** out ≤ 0 ? 0 : g: the VJP of relu (a NaN output passes g, as where(out ≤ 0, 0, g) does). */
    public static double[] reluGrad(double[] g, double[] out) {
        double[] r = new double[g.length];
        for (int i = 0; i < g.length; i++) r[i] = out[i] <= 0 ? 0.0 : g[i];
        return r;
    }

    /** g · σ(x): the VJP of softplus. */
    public static double[] softplusGrad(double[] g, double[] x) {
        return ExpMath.mulSigmoid(g, x);
    }
}
