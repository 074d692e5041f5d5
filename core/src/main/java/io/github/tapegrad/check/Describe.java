package io.github.tapegrad.check;

import io.github.tapegrad.Tensor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.StringJoiner;

/** Prints generated cases exactly, as Java where it can: a tensor as {@code Tensor.of(new double[] {…}, dims)}. */
final class Describe {
    private Describe() {}

    static String of(Object v) {
        if (v instanceof Tensor t) return tensor(t);
        if (v instanceof Object[] a) return join(Arrays.asList(a), "{", "}");
        if (v instanceof Collection<?> c) return join(c, "[", "]");
        if (v instanceof int[] a) return Arrays.toString(a);
        if (v instanceof double[] a) return Arrays.toString(a);
        if (v instanceof boolean[] a) return Arrays.toString(a);
        if (v != null && v.getClass().isRecord()) return record(v);
        return String.valueOf(v);
    }

    static String tensor(Tensor t) {
        double[] v = t.toArray();
        if (t.dim() == 0) return "Tensor.scalar(" + v[0] + ")";
        StringJoiner values = new StringJoiner(", ", "new double[] {", "}");
        for (double x : v) values.add(Double.toString(x));
        StringJoiner dims = new StringJoiner(", ");
        for (int d : t.shape().toArray()) dims.add(Integer.toString(d));
        return "Tensor.of(" + values + ", " + dims + ")";
    }

    private static String join(Collection<?> items, String open, String close) {
        StringJoiner j = new StringJoiner(", ", open, close);
        for (Object o : items) j.add(of(o));
        return j.toString();
    }

    private static String record(Object r) {
        StringJoiner j = new StringJoiner(", ", r.getClass().getSimpleName() + "[", "]");
        try {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                var accessor = c.getAccessor();
                accessor.setAccessible(true);
                j.add(c.getName() + "=" + of(accessor.invoke(r)));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return String.valueOf(r);
        }
        return j.toString();
    }
}
