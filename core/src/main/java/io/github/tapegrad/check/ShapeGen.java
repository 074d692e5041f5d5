package io.github.tapegrad.check;

import io.github.tapegrad.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Shapes of rank minRank..maxRank with dimensions minDim..maxDim and at most maxSize elements. */
final class ShapeGen implements Gen<Shape> {
    private final int minRank, maxRank, minDim, maxDim, maxSize;

    ShapeGen(int minRank, int maxRank, int minDim, int maxDim, int maxSize) {
        if (minRank < 0 || maxRank < minRank || minDim < 0 || maxDim < Math.max(minDim, 1) || maxSize < 1) {
            throw new IllegalArgumentException("shapes: invalid bounds rank " + minRank + ".." + maxRank + ", dims " + minDim
                    + ".." + maxDim + ", size <= " + maxSize + "; use 0 <= minRank <= maxRank, 0 <= minDim <= maxDim, maxDim >= 1");
        }
        if (Math.pow(Math.max(minDim, 1), minRank) > maxSize) {
            throw new IllegalArgumentException("shapes: no shape of rank " + minRank + " with dimensions >= " + minDim
                    + " has at most " + maxSize + " elements; raise maxSize or lower minRank/minDim");
        }
        int reachable = minRank;
        while (reachable < maxRank && Math.pow(Math.max(minDim, 1), reachable + 1) <= maxSize) reachable++;
        if (reachable < maxRank) {
            throw new IllegalArgumentException("shapes: a shape of rank " + maxRank + " with dimensions >= " + minDim
                    + " has more than maxSize " + maxSize + " elements; lower maxRank to " + reachable);
        }
        this.minRank = minRank;
        this.maxRank = maxRank;
        this.minDim = minDim;
        this.maxDim = maxDim;
        this.maxSize = maxSize;
    }

    @Override
    public Shape generate(RandomGenerator rng) {
        int rank = rng.nextInt(minRank, maxRank + 1);
        int[] d = new int[rank];
        for (int i = 0; i < rank; i++) d[i] = rng.nextInt(minDim, maxDim + 1);
        while (product(d) > maxSize) { // the largest dimension exceeds minDim, as minDim^maxRank <= maxSize
            int big = 0;
            for (int i = 1; i < rank; i++) if (d[i] > d[big]) big = i;
            d[big]--;
        }
        return Shape.of(d);
    }

    /**
     * Fewer dimensions first (each one dropped, unless that leaves more than maxSize elements: a dropped 0 can),
     * then each dimension at minDim (or 1), halved, minus one.
     */
    @Override
    public List<Shape> shrink(Shape s) {
        int[] d = s.toArray();
        Set<Shape> r = new LinkedHashSet<>();
        if (d.length > minRank) {
            for (int i = 0; i < d.length; i++) if (product(without(d, i)) <= maxSize) r.add(Shape.of(without(d, i)));
        }
        int floor = Math.max(minDim, 1);
        for (int i = 0; i < d.length; i++) {
            for (int n : new int[] {floor, d[i] / 2, d[i] - 1}) {
                if (n >= floor && n < d[i]) r.add(Shape.of(with(d, i, n)));
            }
        }
        r.remove(s);
        return new ArrayList<>(r);
    }

    static long product(int[] d) {
        long p = 1;
        for (int x : d) p *= x;
        return p;
    }

    static int[] without(int[] d, int i) {
        int[] r = new int[d.length - 1];
        System.arraycopy(d, 0, r, 0, i);
        System.arraycopy(d, i + 1, r, i, d.length - i - 1);
        return r;
    }

    static int[] with(int[] d, int i, int v) {
        int[] r = Arrays.copyOf(d, d.length);
        r[i] = v;
        return r;
    }
}
