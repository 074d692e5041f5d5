package io.github.tapegrad.nn;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * NumPy's {@code .npy} format (version 1.0, as {@code numpy.save} writes it).
 *
 * <p>Writing: dtype {@code '<f8'} (little-endian float64), C order, and the header byte for byte as NumPy 1.24 writes
 * it: {@code {'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }}, then NumPy's spare spaces for growing the
 * first dimension, padded with spaces and a newline so the data starts at a multiple of 64 bytes (version 2.0, with a
 * 4-byte header length, only for a header too long for 1.0, as NumPy).
 *
 * <p>Reading: versions 1.0, 2.0 and 3.0; dtypes {@code '<f8'}, {@code '>f8'}, {@code '<f4'} and {@code '>f4'} (float32
 * values convert to double exactly); C or Fortran order (a Fortran-order array is returned in C order, with the same
 * shape and elements). Other dtypes (integers, booleans, complex, structured) are rejected with a message rather than
 * converted, because integer conversion is not always exact and a silent cast hides a wrong file.
 */
public final class Npy {
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

    private Npy() {}

    /**
     * Writes {@code t} to {@code file} (created or replaced).
     *
     * @param file the file to write
     * @param t the tensor to write
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(Path file, Tensor t) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(out, t);
        } catch (IOException e) {
            throw new UncheckedIOException("Npy.write: cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code t} to a stream, which is left open.
     *
     * @param out the stream to write to
     * @param t the tensor to write
     * @throws UncheckedIOException when the stream fails
     */
    public static void write(OutputStream out, Tensor t) {
        try {
            out.write(NpyHeader.encode(t.shape()));
            double[] d = t.toArray();
            ByteBuffer buf = ByteBuffer.allocate(8 * Math.min(d.length, 8192)).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < d.length; i += 8192) {
                buf.clear();
                for (int j = i; j < Math.min(d.length, i + 8192); j++) buf.putDouble(d[j]);
                out.write(buf.array(), 0, buf.position());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Npy.write: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the array in {@code file}.
     *
     * @param file the file to read
     * @return a new tensor holding the array's values and shape
     * @throws IllegalArgumentException for a file that is not a supported {@code .npy} array, naming what is wrong
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Tensor read(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Npy.read: cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads one array from a stream (positioned at its magic string); the stream is left open, after the array's data.
     *
     * @param in the stream to read from
     * @return a new tensor holding the array's values and shape
     * @throws IllegalArgumentException for data that is not a supported {@code .npy} array, naming what is wrong
     * @throws UncheckedIOException when the stream fails
     */
    public static Tensor read(InputStream in) {
        try {
            NpyHeader h = NpyHeader.decode(in);
            int itemSize = h.itemSize();
            int n = Shape.of(h.dims()).size();
            byte[] raw = readFully(in, (long) n * itemSize, h);
            ByteBuffer buf = ByteBuffer.wrap(raw).order(h.order());
            double[] d = new double[n];
            for (int i = 0; i < n; i++) d[i] = itemSize == 8 ? buf.getDouble() : buf.getFloat();
            return h.fortranOrder() ? fromFortranOrder(d, h.dims()) : Tensor.of(d, h.dims());
        } catch (IOException e) {
            throw new UncheckedIOException("Npy.read: " + e.getMessage(), e);
        }
    }

    /** The array's data; its size was checked with the header ({@code NpyHeader.decode}). */
    private static byte[] readFully(InputStream in, long bytes, NpyHeader h) throws IOException {
        byte[] raw = in.readNBytes((int) bytes);
        if (raw.length < bytes) {
            throw new IllegalArgumentException("Npy.read: the data ends after " + raw.length + " of " + bytes
                    + " bytes for shape " + Shape.of(h.dims()) + " of dtype '" + h.descr() + "'; the file is truncated, "
                    + "write it again");
        }
        return raw;
    }

    /** Fortran-order values (first index fastest) of the given shape, as a C-order tensor. */
    private static Tensor fromFortranOrder(double[] d, int[] dims) {
        int r = dims.length;
        int[] reversed = new int[r], axes = new int[r];
        for (int i = 0; i < r; i++) {
            reversed[i] = dims[r - 1 - i];
            axes[i] = r - 1 - i;
        }
        return Tensor.of(Tensor.of(d, reversed).permute(axes).toArray(), dims);
    }
}
