package io.github.tapegrad.reliability.fuzz;

import static io.github.tapegrad.reliability.fuzz.Draw.args;
import static io.github.tapegrad.reliability.fuzz.Draw.axis;
import static io.github.tapegrad.reliability.fuzz.Draw.permutation;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.reliability.fuzz.FuzzOp.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Movement entries of the op table: views, permutations, slices, padding, expansion, joins. */
final class MovementOps {
    private MovementOps() {}

    static List<FuzzOp> ops() {
        return List.of(
                FuzzOp.of("reshape", 1, MovementOps::reshape),
                FuzzOp.unary("flatten", "$0.flatten()", Tensor::flatten),
                FuzzOp.of("permute", 1, (s, r) -> {
                    int[] p = permutation(s[0].rank(), r);
                    return new Step("$0.permute(" + args(p) + ")", t -> t[0].permute(p));
                }),
                FuzzOp.of("transpose", 1, (s, r) -> {
                    if (s[0].rank() == 0) return null;
                    int a = axis(s[0], r), b = axis(s[0], r);
                    return new Step("$0.transpose(" + a + ", " + b + ")", t -> t[0].transpose(a, b));
                }),
                FuzzOp.of("t", 1, (s, r) -> s[0].rank() <= 2 ? new Step("$0.t()", t -> t[0].t()) : null),
                FuzzOp.of("mT", 1, (s, r) -> s[0].rank() >= 2 ? new Step("$0.mT()", t -> t[0].mT()) : null),
                FuzzOp.unary("squeeze", "$0.squeeze()", Tensor::squeeze),
                FuzzOp.of("squeezeAxis", 1, (s, r) -> {
                    if (s[0].rank() == 0) return null;
                    int a = axis(s[0], r);
                    return new Step("$0.squeeze(" + a + ")", t -> t[0].squeeze(a));
                }),
                FuzzOp.of("unsqueeze", 1, (s, r) -> {
                    int a = r.nextInt(-s[0].rank() - 1, s[0].rank() + 1);
                    return new Step("$0.unsqueeze(" + a + ")", t -> t[0].unsqueeze(a));
                }),
                FuzzOp.of("flattenRange", 1, (s, r) -> {
                    if (s[0].rank() == 0) return null;
                    int a = r.nextInt(s[0].rank()), b = r.nextInt(a, s[0].rank());
                    return new Step("$0.flatten(" + a + ", " + b + ")", t -> t[0].flatten(a, b));
                }),
                FuzzOp.of("flip", 1, (s, r) -> {
                    int[] ax = Draw.axes(s[0], r);
                    if (ax.length == 0) return null;
                    return new Step("$0.flip(" + args(ax) + ")", t -> t[0].flip(ax));
                }),
                FuzzOp.of("slice", 1, MovementOps::slice),
                FuzzOp.of("select", 1, (s, r) -> {
                    if (s[0].rank() == 0) return null;
                    int a = axis(s[0], r), n = s[0].get(a), i = r.nextInt(-n, n);
                    return new Step("$0.select(" + a + ", " + i + ")", t -> t[0].select(a, i));
                }),
                FuzzOp.of("pad", 1, MovementOps::pad),
                FuzzOp.of("expand", 1, MovementOps::expand),
                FuzzOp.of("sumTo", 1, MovementOps::sumTo),
                FuzzOp.of("concat", 2, (s, r) -> join(s, r, false)),
                FuzzOp.of("stack", 2, (s, r) -> join(s, r, true)),
                FuzzOp.of("split", 1, (s, r) -> {
                    if (s[0].rank() == 0) return null;
                    int a = axis(s[0], r), n = s[0].get(a), size = r.nextInt(1, n + 1), k = r.nextInt((n + size - 1) / size);
                    return new Step("$0.split(" + size + ", " + a + ").get(" + k + ")", t -> t[0].split(size, a).get(k));
                }));
    }

    private static Step reshape(Shape[] s, SplittableRandom r) {
        int n = s[0].size();
        List<Integer> dims = new ArrayList<>();
        int left = n;
        for (int f = 2; f <= left && dims.size() < 3; ) {
            if (left % f == 0 && r.nextBoolean()) {
                dims.add(f);
                left /= f;
            } else {
                f++;
            }
        }
        dims.add(left);
        int[] d = dims.stream().mapToInt(Integer::intValue).toArray();
        if (d.length > 1 && r.nextBoolean()) d[r.nextInt(d.length)] = -1;
        return new Step("$0.reshape(" + args(d) + ")", t -> t[0].reshape(d));
    }

    private static Step slice(Shape[] s, SplittableRandom r) {
        if (s[0].rank() == 0) return null;
        int a = axis(s[0], r), n = s[0].get(a);
        int start = r.nextInt(n), end = r.nextInt(start + 1, n + 1), step = r.nextInt(1, 3);
        int st = r.nextBoolean() ? start - n : start;
        return new Step("$0.slice(" + a + ", " + st + ", " + end + ", " + step + ")", t -> t[0].slice(a, st, end, step));
    }

    private static Step pad(Shape[] s, SplittableRandom r) {
        int pairs = r.nextInt(0, s[0].rank() + 1);
        if (pairs == 0) return null;
        int[] p = new int[2 * pairs];
        for (int i = 0; i < p.length; i++) p[i] = r.nextInt(3);
        double v = r.nextBoolean() ? 0 : 1.5;
        return new Step("$0.pad(" + v + ", " + args(p) + ")", t -> t[0].pad(v, p));
    }

    private static Step expand(Shape[] s, SplittableRandom r) {
        int lead = r.nextInt(2);
        int[] d = new int[s[0].rank() + lead];
        for (int i = 0; i < d.length; i++) {
            int k = i - lead;
            d[i] = k < 0 ? r.nextInt(1, 4) : s[0].get(k) == 1 ? r.nextInt(1, 4) : (r.nextBoolean() ? -1 : s[0].get(k));
        }
        return new Step("$0.expand(" + args(d) + ")", t -> t[0].expand(d));
    }

    private static Step sumTo(Shape[] s, SplittableRandom r) {
        int drop = r.nextInt(s[0].rank() + 1);
        int[] d = new int[s[0].rank() - drop];
        for (int i = 0; i < d.length; i++) d[i] = r.nextBoolean() ? 1 : s[0].get(i + drop);
        return new Step("$0.sumTo(" + args(d) + ")", t -> t[0].sumTo(d));
    }

    private static Step join(Shape[] s, SplittableRandom r, boolean stack) {
        Shape a = s[0], b = s[1];
        if (stack) {
            int ax = r.nextInt(-a.rank() - 1, a.rank() + 1);
            String other = a.equals(b) ? "$1" : "$0";
            return new Step("Tensor.stack(" + ax + ", $0, " + other + ")",
                    t -> Tensor.stack(ax, t[0], a.equals(b) ? t[1] : t[0]));
        }
        if (a.rank() == 0) return null;
        int ax = axis(a, r);
        boolean fits = b.rank() == a.rank();
        for (int i = 0; fits && i < a.rank(); i++) fits = i == Math.floorMod(ax, a.rank()) || a.get(i) == b.get(i);
        boolean useB = fits;
        return new Step("Tensor.concat(" + ax + ", $0, " + (useB ? "$1" : "$0") + ")",
                t -> Tensor.concat(ax, t[0], useB ? t[1] : t[0]));
    }
}
