package io.github.tapegrad;

import java.util.Locale;

/** PyTorch-like printing: 4 decimals (scientific for very large or small magnitudes), summarised past 1000 elements. */
final class Printer {
    private Printer() {}

    private static final int THRESHOLD = 1000, EDGE = 3;

    static String print(Tensor t) {
        double[] d = t.dataUnsafe();
        boolean sci = false;
        double maxAbs = 0, minAbs = Double.POSITIVE_INFINITY;
        for (double v : d) {
            if (!Double.isFinite(v)) continue;
            maxAbs = Math.max(maxAbs, Math.abs(v));
            if (v != 0) minAbs = Math.min(minAbs, Math.abs(v));
        }
        if (maxAbs >= 1e8 || (minAbs < 1e-4 && minAbs > 0) || (minAbs > 0 && maxAbs / minAbs > 1e3 && maxAbs > 1e3)) sci = true;
        boolean summarise = d.length > THRESHOLD;
        int width = 0;
        for (double v : d) width = Math.max(width, format(v, sci).length());
        StringBuilder sb = new StringBuilder("tensor(");
        int[] dims = t.shape().dimsUnsafe();
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

    private static void block(StringBuilder sb, double[] d, int[] dims, int axis, int offset, boolean sci, boolean summarise,
                              int width, int indent) {
        int n = dims[axis];
        int stride = 1;
        for (int i = axis + 1; i < dims.length; i++) stride *= dims[i];
        sb.append('[');
        for (int i = 0; i < n; i++) {
            if (summarise && n > 2 * EDGE && i == EDGE) {
                sb.append(axis == dims.length - 1 ? "..., " : "...,\n" + " ".repeat(indent + axis + 1));
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
