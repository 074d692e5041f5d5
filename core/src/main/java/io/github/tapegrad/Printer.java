package io.github.tapegrad;

import java.util.Locale;
import java.util.stream.DoubleStream;

/** PyTorch-like printing: 4 decimals (scientific for very large or small magnitudes), summarised past 1000 elements. */
final class Printer {
    private Printer() {}

    private static final int THRESHOLD = 1000, EDGE = 3;

    static String print(Tensor t) {
        double[] d = t.dataUnsafe();
        int[] dims = t.shape().dimsUnsafe();
        boolean summarise = d.length > THRESHOLD;
        double[] shown = summarise ? shown(d, dims) : d;
        double maxAbs = 0, minAbs = Double.POSITIVE_INFINITY;
        for (double v : shown) {
            if (!Double.isFinite(v) || v == 0) continue;
            maxAbs = Math.max(maxAbs, Math.abs(v));
            minAbs = Math.min(minAbs, Math.abs(v));
        }
        // NOTE: torch's rule, on the values shown: scientific when max/min > 1000, max > 1e8 or min < 1e-4 over the
        // nonzero finite magnitudes; pinned by PrintingTest.printsAsTorch (vector_ratio_over_1000_sci, summarised_1d).
        boolean sci = maxAbs > 0 && (maxAbs / minAbs > 1e3 || maxAbs > 1e8 || minAbs < 1e-4);
        int width = 0;
        for (double v : shown) width = Math.max(width, format(v, sci).length());
        StringBuilder sb = new StringBuilder("tensor(");
        if (dims.length == 0) {
            sb.append(format(d[0], sci));
        } else {
            block(sb, d, dims, 0, 0, sci, summarise, width, "tensor(".length());
        }
        if (t.op() != null) sb.append(", gradFn=").append(t.op().name());
        else if (t.requiresGrad()) sb.append(", requiresGrad=true");
        if (d.length == 0) sb.append(", size=").append(t.shape());
        return sb.append(')').toString();
    }

    /** The values a summarised print shows: the first and last {@code EDGE} along every dimension. */
    private static double[] shown(double[] d, int[] dims) {
        DoubleStream.Builder b = DoubleStream.builder();
        collect(b, d, dims, 0, 0);
        return b.build().toArray();
    }

    private static void collect(DoubleStream.Builder b, double[] d, int[] dims, int axis, int offset) {
        int n = dims[axis], stride = 1;
        for (int i = axis + 1; i < dims.length; i++) stride *= dims[i];
        for (int i = 0; i < n; i++) {
            if (n > 2 * EDGE && i == EDGE) i = n - EDGE;
            if (axis == dims.length - 1) b.add(d[offset + i]);
            else collect(b, d, dims, axis + 1, offset + i * stride);
        }
    }

    private static void block(StringBuilder sb, double[] d, int[] dims, int axis, int offset, boolean sci, boolean summarise,
                              int width, int indent) {
        int n = dims[axis];
        int stride = 1;
        for (int i = axis + 1; i < dims.length; i++) stride *= dims[i];
        sb.append('[');
        for (int i = 0; i < n; i++) {
            if (summarise && n > 2 * EDGE && i == EDGE) {
                sb.append(axis == dims.length - 1 ? " ..., " : "...," + "\n".repeat(dims.length - 1 - axis) + " ".repeat(indent + axis + 1));
                i = n - EDGE - 1;
                continue;
            }
            if (axis == dims.length - 1) {
                String s = format(d[offset + i], sci);
                sb.append(" ".repeat(Math.max(0, width - s.length()))).append(s);
            } else {
                block(sb, d, dims, axis + 1, offset + i * stride, sci, summarise, width, indent);
            }
            if (i < n - 1) {
                sb.append(',');
                if (axis == dims.length - 1) sb.append(' ');
                else sb.append("\n".repeat(dims.length - 1 - axis)).append(" ".repeat(indent + axis + 1));
            }
        }
        sb.append(']');
    }

    static String format(double v, boolean sci) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        return String.format(Locale.ROOT, sci ? "%.4e" : "%.4f", v);
    }
}
