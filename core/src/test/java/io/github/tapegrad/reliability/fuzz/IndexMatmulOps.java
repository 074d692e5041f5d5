package io.github.tapegrad.reliability.fuzz;

import static io.github.tapegrad.reliability.fuzz.Draw.axis;
import static io.github.tapegrad.reliability.fuzz.Draw.indexTensor;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.reliability.fuzz.FuzzOp.Step;
import java.util.List;
import java.util.SplittableRandom;

/** Indexing (gather, indexSelect, scatterAdd, with repeated indices) and products (matmul, outer). */
final class IndexMatmulOps {
    private IndexMatmulOps() {}

    static List<FuzzOp> ops() {
        return List.of(
                FuzzOp.of("gather", 1, IndexMatmulOps::gather),
                FuzzOp.of("indexSelect", 1, IndexMatmulOps::indexSelect),
                FuzzOp.of("scatterAdd", 1, IndexMatmulOps::scatterAdd),
                FuzzOp.of("matmul", 2, IndexMatmulOps::matmul),
                FuzzOp.of("outer", 2, (s, r) -> s[0].rank() == 1 && s[1].rank() == 1
                        ? new Step("$0.outer($1)", t -> t[0].outer(t[1])) : null));
    }

    private static double[] indices(int n, int bound, SplittableRandom r) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = r.nextInt(bound);
        return v;
    }

    private static Step gather(Shape[] s, SplittableRandom r) {
        if (s[0].rank() == 0) return null;
        int ax = axis(s[0], r), a = Math.floorMod(ax, s[0].rank());
        int[] d = s[0].toArray();
        for (int i = 0; i < d.length; i++) d[i] = i == a ? r.nextInt(1, 4) : r.nextInt(1, d[i] + 1);
        double[] idx = indices(Shape.of(d).size(), s[0].get(a), r);
        Tensor index = Tensor.of(idx, d);
        return new Step("$0.gather(" + ax + ", " + indexTensor(idx, d) + ")", t -> t[0].gather(ax, index));
    }

    private static Step indexSelect(Shape[] s, SplittableRandom r) {
        if (s[0].rank() == 0) return null;
        int ax = axis(s[0], r), n = r.nextInt(1, 5);
        double[] idx = indices(n, s[0].get(ax), r);
        Tensor index = Tensor.of(idx);
        return new Step("$0.indexSelect(" + ax + ", " + indexTensor(idx, new int[] {n}) + ")",
                t -> t[0].indexSelect(ax, index));
    }

    private static Step scatterAdd(Shape[] s, SplittableRandom r) {
        if (s[0].rank() == 0) return null;
        int ax = axis(s[0], r);
        int[] d = s[0].toArray();
        double[] idx = indices(s[0].size(), s[0].get(ax), r);
        Tensor index = Tensor.of(idx, d);
        return new Step("$0.scatterAdd(" + ax + ", " + indexTensor(idx, d) + ", $0.mul(0.5))",
                t -> t[0].scatterAdd(ax, index, t[0].mul(0.5)));
    }

    private static Step matmul(Shape[] s, SplittableRandom r) {
        Shape a = s[0], b = s[1];
        if (a.rank() == 0) return null;
        boolean fits = b.rank() >= 1 && a.get(-1) == (b.rank() == 1 ? b.get(0) : b.get(-2)) && batches(a, b);
        if (fits) return new Step("$0.matmul($1)", t -> t[0].matmul(t[1]));
        if (a.rank() == 1) return new Step("$0.matmul($0)", t -> t[0].matmul(t[0]));
        return new Step("$0.matmul($0.mT())", t -> t[0].matmul(t[0].mT()));
    }

    private static boolean batches(Shape a, Shape b) {
        if (a.rank() <= 2 || b.rank() <= 2) return true;
        return FuzzOp.broadcast(Shape.of(java.util.Arrays.copyOf(a.toArray(), a.rank() - 2)),
                Shape.of(java.util.Arrays.copyOf(b.toArray(), b.rank() - 2)));
    }
}
