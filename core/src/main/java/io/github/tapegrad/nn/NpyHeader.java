package io.github.tapegrad.nn;

import io.github.tapegrad.Shape;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The header of an {@code .npy} file: dtype, order and shape; written as NumPy 1.24 does, read leniently. */
record NpyHeader(String descr, boolean fortranOrder, int[] dims) {
    private static final int ALIGN = 64;
    private static final int GROWTH_AXIS_MAX_DIGITS = 21;
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    /** A structured dtype: a list of fields where DESCR expects one string. */
    private static final Pattern STRUCTURED = Pattern.compile("'descr'\\s*:\\s*\\[");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    /** Magic, version, header length and the padded header for a C-order {@code '<f8'} array of this shape. */
    static byte[] encode(Shape shape) {
        String dims = shapeRepr(shape);
        StringBuilder h = new StringBuilder("{'descr': '<f8', 'fortran_order': False, 'shape': ").append(dims).append(", }");
        if (shape.rank() > 0) h.append(" ".repeat(GROWTH_AXIS_MAX_DIGITS - Integer.toString(shape.get(0)).length()));
        for (int version = 1; version <= 2; version++) {
            int lengthBytes = version == 1 ? 2 : 4;
            int hlen = h.length() + 1;
            int pad = ALIGN - ((Npy.MAGIC.length + 2 + lengthBytes + hlen) % ALIGN);
            long total = (long) hlen + pad;
            if (version == 2 || total <= 0xFFFF) return assemble(version, lengthBytes, h + " ".repeat(pad) + "\n");
        }
        throw new AssertionError("unreachable");
    }

    private static byte[] assemble(int version, int lengthBytes, String header) {
        byte[] text = header.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[Npy.MAGIC.length + 2 + lengthBytes + text.length];
        System.arraycopy(Npy.MAGIC, 0, out, 0, Npy.MAGIC.length);
        out[6] = (byte) version;
        out[7] = 0;
        for (int i = 0; i < lengthBytes; i++) out[8 + i] = (byte) (text.length >>> (8 * i));
        System.arraycopy(text, 0, out, 8 + lengthBytes, text.length);
        return out;
    }

    /** Python's repr of the shape tuple: {@code ()}, {@code (3,)}, {@code (2, 3)}. */
    static String shapeRepr(Shape shape) {
        if (shape.rank() == 1) return "(" + shape.get(0) + ",)";
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.rank(); i++) sb.append(i > 0 ? ", " : "").append(shape.get(i));
        return sb.append(')').toString();
    }

    /** Reads and checks the magic, version and header. */
    static NpyHeader decode(InputStream in) throws IOException {
        byte[] pre = in.readNBytes(8);
        int seen = Math.min(pre.length, Npy.MAGIC.length);
        if (pre.length > 0 && pre.length < 8 && Arrays.equals(pre, 0, seen, Npy.MAGIC, 0, seen)) {
            throw new IllegalArgumentException("Npy.read: the file ends after " + pre.length + " bytes, inside the "
                    + "8-byte magic string and version; the file is truncated, write it again");
        }
        if (pre.length < 8 || !Arrays.equals(Arrays.copyOf(pre, 6), Npy.MAGIC)) {
            throw new IllegalArgumentException("Npy.read: not a NumPy .npy file: it starts with bytes " + hex(pre)
                    + " instead of 93 4e 55 4d 50 59 (\\x93NUMPY)" + (pre.length >= 2 && pre[0] == 'P' && pre[1] == 'K'
                    ? "; this is a zip archive, read .npz files with Npz.read" : "; pass a file written by numpy.save"));
        }
        int major = pre[6];
        if (major < 1 || major > 3) {
            throw new IllegalArgumentException("Npy.read: format version " + major + "." + pre[7] + " is not supported; "
                    + "save with numpy.save, which writes version 1.0");
        }
        int lengthBytes = major == 1 ? 2 : 4;
        byte[] len = in.readNBytes(lengthBytes);
        if (len.length < lengthBytes) {
            throw new IllegalArgumentException("Npy.read: the file ends inside the header length (" + len.length
                    + " of " + lengthBytes + " bytes); the file is truncated, write it again");
        }
        long n = 0;
        for (int i = 0; i < len.length; i++) n |= (len[i] & 0xFFL) << (8 * i);
        byte[] text = in.readNBytes((int) Math.min(n, Integer.MAX_VALUE));
        if (text.length < n) {
            throw new IllegalArgumentException("Npy.read: the header ends early (" + text.length + " of " + n
                    + " bytes); the file is truncated, write it again");
        }
        return parse(new String(text, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
    }

    private static NpyHeader parse(String h) {
        String descr = find(DESCR, h, "descr");
        boolean fortran = find(FORTRAN, h, "fortran_order").equals("True");
        String[] parts = find(SHAPE, h, "shape").split(",");
        int[] dims = Arrays.stream(parts).map(String::strip).filter(s -> !s.isEmpty())
                .mapToInt(s -> parseDim(s.endsWith("L") ? s.substring(0, s.length() - 1) : s, h)).toArray();
        long size = 1;
        for (int d : dims) {
            if (d < 0) {
                throw new IllegalArgumentException("Npy.read: the header " + h.strip() + " has a negative size " + d
                        + " in its shape; the file is damaged, write it again");
            }
            size = Math.min(size * d, Long.MAX_VALUE / Integer.MAX_VALUE);
        }
        NpyHeader header = new NpyHeader(descr, fortran, dims);
        if (size * header.itemSize() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("Npy.read: an array of shape " + Arrays.toString(dims).replace('[', '(')
                    .replace(']', ')') + " is too large for one Java array; split it into smaller files");
        }
        return header;
    }

    private static int parseDim(String s, String header) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Npy.read: shape entry '" + s + "' in header " + header.strip()
                    + " is not an int size; the file is damaged or too large for one Java array");
        }
    }

    private static String find(Pattern p, String header, String key) {
        Matcher m = p.matcher(header);
        if (m.find()) return m.group(1);
        if (p == DESCR && STRUCTURED.matcher(header).find()) {
            throw new IllegalArgumentException("Npy.read: the header " + header.strip() + " holds a structured dtype, "
                    + "which is not supported (only float64 '<f8' and float32 '<f4'); save a plain float array");
        }
        throw new IllegalArgumentException("Npy.read: the header " + header.strip() + " has no valid '" + key
                + "' entry; pass a file written by numpy.save");
    }

    /** 8 for f8, 4 for f4. @throws IllegalArgumentException for any other dtype */
    int itemSize() {
        return switch (descr) {
            case "<f8", ">f8" -> 8;
            case "<f4", ">f4" -> 4;
            default -> throw new IllegalArgumentException("Npy.read: dtype '" + descr + "' is not supported (only "
                    + "float64 '<f8' and float32 '<f4', either byte order); convert the array in NumPy first, e.g. "
                    + "numpy.save(path, a.astype(numpy.float64))");
        };
    }

    /** The byte order of the data. */
    ByteOrder order() {
        return descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(b.length, 6); i++) sb.append(i > 0 ? " " : "").append(String.format("%02x", b[i]));
        return b.length == 0 ? "(none: the file is empty)" : sb.toString();
    }
}
