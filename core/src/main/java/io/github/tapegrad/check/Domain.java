package io.github.tapegrad.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Where generated tensor values lie. Each domain keeps central differences (step 1e-6) meaningful for the ops it
 * is meant for, and shrinking never leaves it.
 */
public enum Domain {
    /** Uniform in [−3, 3]; shrinks towards 0, then ±1, integers, one decimal. */
    REAL(-3, 3) {
        double draw(RandomGenerator rng) { return rng.nextDouble(-3, 3); }
        boolean inside(double v) { return v >= -3 && v <= 3; }
        double simplest(double v) { return 0; }
        double[] roundings(double v) { return new double[] {Math.copySign(1, v), Math.rint(v), round(v, 1)}; }
    },

    /** Uniform in [0.1, 3]: log, sqrt, reciprocal, pow and division stay away from their pole at 0; shrinks towards 1. */
    POSITIVE(0.1, 3) {
        double draw(RandomGenerator rng) { return rng.nextDouble(0.1, 3); }
        boolean inside(double v) { return v >= 0.1 && v <= 3; }
        double simplest(double v) { return 1; }
        double[] roundings(double v) { return new double[] {Math.rint(v), round(v, 1)}; }
    },

    /** Uniform in [0.05, 0.95], inside the open interval (0, 1) with room for log p and log(1 − p); shrinks towards 0.5. */
    PROBABILITY(0.05, 0.95) {
        double draw(RandomGenerator rng) { return rng.nextDouble(0.05, 0.95); }
        boolean inside(double v) { return v >= 0.05 && v <= 0.95; }
        double simplest(double v) { return 0.5; }
        double[] roundings(double v) { return new double[] {round(v, 1), round(v, 2)}; }
    },

    /**
     * In [−3, 3] and at least 0.1 from every multiple of 0.5: away from the kinks of relu, abs, leakyRelu, elu
     * (all at 0) and of clamps whose bounds are multiples of 0.5 (−1, 0.5, 2, …). Shrinks towards ±0.25 (keeping
     * the sign), the middle k/2 + 0.25 of its interval, or two decimals.
     */
    AWAY_FROM_KINKS(-3, 3) {
        double draw(RandomGenerator rng) { return 0.5 * rng.nextInt(-6, 6) + rng.nextDouble(0.1, 0.4); }
        boolean inside(double v) {
            double r = v * 2 - Math.floor(v * 2);
            return v >= -3 && v <= 3 && Math.min(r, 1 - r) / 2 >= 0.1 - 1e-12;
        }
        double simplest(double v) { return v < 0 ? -0.25 : 0.25; }
        double[] roundings(double v) { return new double[] {center(v), round(v, 2)}; }
        double[] complexity(double v) { return new double[] {v == center(v) ? 0 : 1, decimals(v), Math.abs(v)}; }
    },

    /**
     * Values pairwise at least 0.1 apart, with magnitudes pairwise at least 0.1 apart and at least 0.1 from 0: no
     * ties for max, min, sort, maximum or the ∞-norm, and no kink at 0. Drawn as random signs times a shuffled grid
     * 0.2 + 0.25·k with a jitter of ±0.05 (so |values| grow with the element count: up to 16 for 64 elements).
     * Shrinks towards the grid ±0.5·(rank of |v| + 1), keeping signs and the order of magnitudes.
     */
    DISTINCT(Double.NaN, Double.NaN) {
        @Override
        public double[] sample(int n, RandomGenerator rng) {
            int[] perm = Gens.shuffled(n, rng);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                double m = 0.2 + 0.25 * perm[i] + rng.nextDouble(-0.05, 0.05);
                v[i] = rng.nextBoolean() ? m : -m;
            }
            return v;
        }

        @Override
        public boolean contains(double[] values) {
            for (int i = 0; i < values.length; i++) {
                double a = values[i];
                if (!(Math.abs(a) >= 0.1)) return false;
                for (int j = i + 1; j < values.length; j++) {
                    double b = values[j];
                    if (Math.abs(a - b) < 0.1 || Math.abs(Math.abs(a) - Math.abs(b)) < 0.1) return false;
                }
            }
            return true;
        }

        @Override
        List<double[]> simplify(double[] values) {
            int n = values.length;
            double[] grid = new double[n], rounded = new double[n];
            int[] rank = ranksOfMagnitudes(values);
            for (int i = 0; i < n; i++) {
                grid[i] = Math.copySign(0.5 * (rank[i] + 1), values[i]);
                rounded[i] = round(values[i], 1);
            }
            return distinctCandidates(values, List.of(grid, rounded));
        }
    };

    private final double lo;
    private final double hi;

    Domain(double lo, double hi) {
        this.lo = lo;
        this.hi = hi;
    }

    /**
     * The lower end of the range (NaN for {@link #DISTINCT}, whose range grows with the element count).
     *
     * @return the lower end, or NaN
     */
    public double lo() {
        return lo;
    }

    /**
     * The upper end of the range (NaN for {@link #DISTINCT}).
     *
     * @return the upper end, or NaN
     */
    public double hi() {
        return hi;
    }

    /**
     * n values of this domain drawn from {@code rng}.
     *
     * @param n the number of values
     * @param rng the source of random numbers
     * @return a new array of n values
     */
    public double[] sample(int n, RandomGenerator rng) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = draw(rng);
        return v;
    }

    /**
     * Whether all the values (as one tensor's) lie in this domain.
     *
     * @param values the values of one tensor
     * @return true when every value lies in this domain
     */
    public boolean contains(double[] values) {
        for (double v : values) if (!inside(v)) return false;
        return true;
    }

    double draw(RandomGenerator rng) {
        throw new UnsupportedOperationException();
    }

    boolean inside(double v) {
        throw new UnsupportedOperationException();
    }

    double simplest(double v) {
        throw new UnsupportedOperationException();
    }

    double[] roundings(double v) {
        throw new UnsupportedOperationException();
    }

    /**
     * Simpler value arrays of the same length, inside the domain: all simplest, all rounded (each rounding in
     * turn), then one element at a time simplest, then rounded. Every changed element is strictly
     * {@linkplain #simpler simpler}, so shrinking cannot cycle.
     */
    List<double[]> simplify(double[] values) {
        int n = values.length;
        List<double[]> c = new ArrayList<>();
        double[] all = new double[n];
        for (int i = 0; i < n; i++) all[i] = simplest(values[i]);
        c.add(all);
        int levels = n == 0 ? 0 : roundings(values[0]).length;
        for (int level = 0; level < levels; level++) {
            double[] r = new double[n];
            for (int i = 0; i < n; i++) r[i] = roundings(values[i])[level];
            c.add(r);
        }
        for (int i = 0; i < n; i++) c.add(with(values, i, simplest(values[i])));
        for (int i = 0; i < n; i++) for (double r : roundings(values[i])) c.add(with(values, i, r));
        List<double[]> simpler = new ArrayList<>();
        for (double[] cand : c) if (allSimpler(cand, values)) simpler.add(cand);
        return distinctCandidates(values, simpler);
    }

    private boolean allSimpler(double[] candidate, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (Double.compare(candidate[i], values[i]) != 0 && !simpler(candidate[i], values[i])) return false;
        }
        return true;
    }

    /** c is simpler than v: its {@link #complexity} is lexicographically smaller. */
    boolean simpler(double c, double v) {
        double[] a = complexity(c), b = complexity(v);
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return a[i] < b[i];
        return false;
    }

    /** A key that shrinking strictly lowers: the number of decimals, then the distance from the simplest value. */
    double[] complexity(double v) {
        return new double[] {decimals(v), Math.abs(v - simplest(v))};
    }

    static double center(double v) {
        return Math.floor(v * 2) / 2 + 0.25;
    }

    static int decimals(double v) {
        for (int d = 0; d < 4; d++) if (round(v, d) == v) return d;
        return 4;
    }

    final List<double[]> distinctCandidates(double[] values, List<double[]> candidates) {
        List<double[]> r = new ArrayList<>();
        for (double[] c : candidates) {
            if (Arrays.equals(c, values) || !contains(c)) continue;
            boolean seen = false;
            for (double[] d : r) seen |= Arrays.equals(c, d);
            if (!seen) r.add(c);
        }
        return r;
    }

    private static double[] with(double[] values, int i, double v) {
        double[] c = values.clone();
        c[i] = v;
        return c;
    }

    static double round(double v, int decimals) {
        double s = Math.pow(10, decimals);
        return Math.rint(v * s) / s;
    }

    private static int[] ranksOfMagnitudes(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(Math.abs(values[a]), Math.abs(values[b])));
        int[] rank = new int[values.length];
        for (int r = 0; r < order.length; r++) rank[order[r]] = r;
        return rank;
    }
}
