package io.github.tapegrad.check;

import io.github.tapegrad.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * {@code count} shapes that broadcast together: suffixes of a generated shape with some dimensions set to 1.
 * Shrinks by dropping an operand's leading dimension, setting a dimension to 1, or resizing aligned dimensions in
 * every operand at once to the sizes that the base generator's own shrink offers for the broadcast shape (so a
 * size the base could not produce, such as one below its minDim, never appears).
 */
final class BroadcastGen implements Gen<Shape[]> {
    private final Gen<Shape> base;
    private final int count;

    BroadcastGen(Gen<Shape> base, int count) {
        if (count < 1) throw new IllegalArgumentException("broadcastableShapes: count must be >= 1, got " + count);
        this.base = base;
        this.count = count;
    }

    @Override
    public Shape[] generate(RandomGenerator rng) {
        int[] full = base.generate(rng).toArray();
        Shape[] r = new Shape[count];
        for (int k = 0; k < count; k++) {
            int rank = rng.nextBoolean() ? full.length : rng.nextInt(0, full.length + 1);
            int[] d = Arrays.copyOfRange(full, full.length - rank, full.length);
            for (int i = 0; i < rank; i++) if (rng.nextInt(10) < 3) d[i] = 1;
            r[k] = Shape.of(d);
        }
        return r;
    }

    @Override
    public List<Shape[]> shrink(Shape[] shapes) {
        List<Shape[]> r = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int[] d = shapes[k].toArray();
            if (d.length > 0) add(r, shapes, replaced(shapes, k, ShapeGen.without(d, 0)));
            for (int i = 0; i < d.length; i++) if (d[i] > 1) add(r, shapes, replaced(shapes, k, ShapeGen.with(d, i, 1)));
        }
        int rank = 0;
        for (Shape s : shapes) rank = Math.max(rank, s.rank());
        int[] full = new int[rank];
        for (int j = 1; j <= rank; j++) full[rank - j] = alignedSize(shapes, j);
        for (Shape c : base.shrink(Shape.of(full))) {
            if (c.rank() == rank) add(r, shapes, resized(shapes, full, c.toArray()));
        }
        return r;
    }

    private static int alignedSize(Shape[] shapes, int fromEnd) {
        int n = 1;
        for (Shape s : shapes) if (s.rank() >= fromEnd) n = Math.max(n, s.get(s.rank() - fromEnd));
        return n;
    }

    /** Each operand with its dimensions above 1 that are aligned with a changed one of {@code full} set as in to. */
    private static Shape[] resized(Shape[] shapes, int[] full, int[] to) {
        Shape[] r = shapes.clone();
        for (int k = 0; k < r.length; k++) {
            int[] d = r[k].toArray();
            for (int i = 0, j = full.length - d.length; i < d.length; i++, j++) {
                if (d[i] > 1 && to[j] != full[j]) d[i] = to[j];
            }
            r[k] = Shape.of(d);
        }
        return r;
    }

    private static Shape[] replaced(Shape[] shapes, int k, int[] d) {
        Shape[] r = shapes.clone();
        r[k] = Shape.of(d);
        return r;
    }

    private static void add(List<Shape[]> out, Shape[] original, Shape[] candidate) {
        if (Arrays.equals(original, candidate) || !broadcastTogether(candidate)) return;
        for (Shape[] c : out) if (Arrays.equals(c, candidate)) return;
        out.add(candidate);
    }

    static boolean broadcastTogether(Shape[] shapes) {
        int rank = 0;
        for (Shape s : shapes) rank = Math.max(rank, s.rank());
        for (int j = 1; j <= rank; j++) {
            int n = alignedSize(shapes, j);
            for (Shape s : shapes) {
                if (s.rank() >= j && s.get(s.rank() - j) != 1 && s.get(s.rank() - j) != n) return false;
            }
        }
        return true;
    }
}
