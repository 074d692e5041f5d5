package io.github.tapegrad.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.testing.Close;
import io.github.tapegrad.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** .npy files against files written by numpy.save (fixtures/nn/generate_nn_fixtures.py). */
class NpyTest {
    private static final double[] SPECIAL = {0.1, -0.0, Double.MIN_VALUE, -Double.MAX_VALUE, Math.PI,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1e-300, -2.5, 1.0 / 3, 12345.678};

    static byte[] resource(String name) {
        try (InputStream in = NpyTest.class.getResourceAsStream("/fixtures/nn/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Tensor read(String name) {
        return Npy.read(new ByteArrayInputStream(resource(name)));
    }

    private static byte[] written(Tensor t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Npy.write(out, t);
        return out.toByteArray();
    }

    private static long[] bits(double[] d) {
        return Arrays.stream(d).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    @Test
    void readsANumpyFileBitForBit() {
        Tensor t = read("special_3x4.npy");
        assertEquals(Shape.of(3, 4), t.shape());
        assertArrayEquals(bits(SPECIAL), bits(t.toArray()));
    }

    @Test
    void writesTheBytesNumpyWrites() {
        assertArrayEquals(resource("special_3x4.npy"), written(Tensor.of(SPECIAL, 3, 4)));
        assertArrayEquals(resource("scalar.npy"), written(Tensor.scalar(2.5)));
        assertArrayEquals(resource("vector.npy"), written(Tensor.of(-2, -1, 0, 1, 2)));
        assertArrayEquals(resource("empty_0x3.npy"), written(Tensor.zeros(0, 3)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rank3.npy", "long_dim.npy", "scalar.npy", "vector.npy", "empty_0x3.npy"})
    void rewritingANumpyFileGivesTheSameBytes(String name) {
        assertArrayEquals(resource(name), written(read(name)));
    }

    @Test
    void headerIsPaddedTo64Bytes() {
        for (int[] shape : new int[][] {{}, {7}, {2, 3}, {1, 2, 3, 4, 5, 6, 7, 8}, {123456789}}) {
            byte[] h = NpyHeader.encode(Shape.of(shape));
            assertEquals(0, h.length % 64, Arrays.toString(shape));
            assertEquals('\n', h[h.length - 1]);
            assertEquals(h.length - 10, (h[8] & 0xFF) | (h[9] & 0xFF) << 8);
        }
    }

    @Test
    void roundTripsThroughAFile(@TempDir Path dir) {
        SplittableRandom rng = new SplittableRandom(3);
        for (int[] shape : new int[][] {{}, {1}, {0}, {4, 0, 2}, {3, 5}, {2, 3, 4, 5}}) {
            Tensor t = Tensor.randn(rng, shape);
            Path f = dir.resolve("t.npy");
            Npy.write(f, t);
            Tensor back = Npy.read(f);
            assertEquals(t.shape(), back.shape());
            assertArrayEquals(bits(t.toArray()), bits(back.toArray()));
        }
    }

    @Test
    void fortranOrderIsReturnedInCOrder() {
        Tensor f = read("fortran_2x3x4.npy");
        Tensor c = read("rank3.npy");
        assertEquals(Shape.of(2, 3, 4), f.shape());
        assertArrayEquals(bits(c.toArray()), bits(f.toArray()));
    }

    @Test
    void float32IsConvertedExactly() {
        Tensor expected = Fixtures.load("/fixtures/nn/nn_values.txt").stream()
                .filter(c -> c.name().equals("float32")).findFirst().orElseThrow().tensor("values");
        Close.assertClose(expected, read("float32.npy"), 0, 0, "float32");
    }

    @Test
    void bigEndianFloat64() {
        Close.assertClose(Tensor.of(new double[] {0, 1 / 3.0, 2 / 3.0, 1, 4 / 3.0, 5 / 3.0}, 2, 3), read("big_endian.npy"),
                0, 0, ">f8");
    }

    @Test
    void unsupportedDtypeIsRejected() {
        assertEquals("Npy.read: dtype '<i8' is not supported (only float64 '<f8' and float32 '<f4', either byte order); "
                + "convert the array in NumPy first, e.g. numpy.save(path, a.astype(numpy.float64))",
                assertThrows(IllegalArgumentException.class, () -> read("int64.npy")).getMessage());
    }

    @Test
    void wrongMagicIsRejected() {
        byte[] text = "hello world".getBytes();
        assertEquals("Npy.read: not a NumPy .npy file: it starts with bytes 68 65 6c 6c 6f 20 instead of "
                + "93 4e 55 4d 50 59 (\\x93NUMPY); pass a file written by numpy.save",
                assertThrows(IllegalArgumentException.class, () -> Npy.read(new ByteArrayInputStream(text))).getMessage());
    }

    @Test
    void anNpzArchiveIsPointedToNpz() {
        assertEquals("Npy.read: not a NumPy .npy file: it starts with bytes 50 4b 03 04 14 00 instead of "
                + "93 4e 55 4d 50 59 (\\x93NUMPY); this is a zip archive, read .npz files with Npz.read",
                assertThrows(IllegalArgumentException.class, () -> read("mlp.npz")).getMessage());
    }

    @Test
    void truncatedDataIsRejected() {
        byte[] full = resource("special_3x4.npy");
        byte[] cut = Arrays.copyOf(full, full.length - 5);
        assertEquals("Npy.read: the data ends after 91 of 96 bytes for shape (3, 4) of dtype '<f8'; the file is "
                + "truncated, write it again",
                assertThrows(IllegalArgumentException.class, () -> Npy.read(new ByteArrayInputStream(cut))).getMessage());
    }

    @Test
    void missingFileIsAnIoError(@TempDir Path dir) {
        assertThrows(UncheckedIOException.class, () -> Npy.read(dir.resolve("nope.npy")));
        assertEquals(false, Files.exists(dir.resolve("nope.npy")));
    }
}
