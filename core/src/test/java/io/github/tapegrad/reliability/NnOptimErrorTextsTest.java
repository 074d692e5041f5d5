package io.github.tapegrad.reliability;

import static io.github.tapegrad.reliability.ErrorCase.of;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.nn.Init;
import io.github.tapegrad.nn.Module;
import io.github.tapegrad.nn.Npy;
import io.github.tapegrad.nn.Npz;
import io.github.tapegrad.nn.Sequential;
import io.github.tapegrad.optim.GradClipping;
import io.github.tapegrad.optim.LRScheduler;
import io.github.tapegrad.optim.LinearLR;
import io.github.tapegrad.optim.Optimizer;
import io.github.tapegrad.optim.ParamGroup;
import io.github.tapegrad.optim.SGD;
import io.github.tapegrad.optim.StepLR;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The texts of errors of nn (initialisation, modules, .npy/.npz) and optim left out by their own tests. */
class NnOptimErrorTextsTest {
    private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
    private static final Class<NullPointerException> NPE = NullPointerException.class;
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

    static Stream<Arguments> cases() {
        SplittableRandom rng = new SplittableRandom(1);
        Tensor w = Tensor.ones(2).requiresGrad(true);
        SGD sgd = new SGD(List.of(w), SGD.options().lr(0.1));
        return Stream.of(
                of(IAE, "uniform: lo 1.0 is above hi 0.0; pass lo <= hi", () -> Init.uniform(rng, 1, 0, 2)),
                of(IAE, "kaimingUniform: shape has 1 dimensions; fan-in needs at least 2, (fanOut, fanIn, ...)",
                        () -> Init.kaimingUniform(rng, Math.sqrt(5), 3)),
                of(IAE, "kaimingUniform: fan-in is 0 for a shape with a zero size; give sizes >= 1",
                        () -> Init.kaimingUniform(rng, Math.sqrt(5), 2, 0)),
                of(NPE, "Registering: child module 'inner' is null", () -> new Registering(true, false)),
                of(NPE, "Registering: name is null", () -> new Registering(false, true)),
                of(NPE, "Registering: parameter 'w' is null", () -> new Registering(false, false)),
                of(NPE, "Sequential: layers is null", () -> new Sequential((Module[]) null)),
                of(IAE, "Npy.read: format version 9.0 is not supported; save with numpy.save, which writes version 1.0",
                        () -> Npy.read(npy(9, 0, ""))),
                of(IAE, "Npy.read: the header ends early (3 of 100 bytes); the file is truncated, write it again",
                        () -> Npy.read(new ByteArrayInputStream(concat(MAGIC, new byte[] {1, 0, 100, 0}, "abc".getBytes())))),
                of(IAE, "Npy.read: the file ends after 7 bytes, inside the 8-byte magic string and version; the file is "
                        + "truncated, write it again", () -> Npy.read(new ByteArrayInputStream(concat(MAGIC, new byte[] {1})))),
                of(IAE, "Npy.read: the file ends inside the header length (1 of 2 bytes); the file is truncated, write it "
                        + "again", () -> Npy.read(new ByteArrayInputStream(concat(MAGIC, new byte[] {1, 0, 118})))),
                of(IAE, "Npy.read: the header {'descr': '<f8', 'fortran_order': False, 'shape': (-1,), } has a negative "
                        + "size -1 in its shape; the file is damaged, write it again",
                        () -> Npy.read(npy(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': (-1,), }"))),
                of(IAE, "Npy.read: an array of shape (100000, 100000) is too large for one Java array; split it into "
                        + "smaller files", () -> Npy.read(npy(1, 0, "{'descr': '<f8', 'fortran_order': False, "
                        + "'shape': (100000, 100000), }"))),
                of(IAE, "Npy.read: the header {'descr': [('a', '<f8')], 'fortran_order': False, 'shape': (2,), } holds a "
                        + "structured dtype, which is not supported (only float64 '<f8' and float32 '<f4'); save a plain "
                        + "float array", () -> Npy.read(npy(1, 0, "{'descr': [('a', '<f8')], 'fortran_order': False, "
                        + "'shape': (2,), }"))),
                of(IAE, "Npy.read: shape entry 'x' in header {'descr': '<f8', 'fortran_order': False, 'shape': (x, 3), } is "
                        + "not an int size; the file is damaged or too large for one Java array",
                        () -> Npy.read(npy(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': (x, 3), }"))),
                of(IAE, "Npy.read: the header {'foo': 1} has no valid 'descr' entry; pass a file written by numpy.save",
                        () -> Npy.read(npy(1, 0, "{'foo': 1}"))),
                of(IAE, "Npy.read: an array of shape (20000, 20000) is too large for one Java array; split it into "
                        + "smaller files", () -> Npy.read(npy(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': (20000, 20000), }"))),
                of(UncheckedIOException.class, "Npy.write: boom", () -> Npy.write(failingOut(), Tensor.ones(2))),
                of(UncheckedIOException.class, "Npy.read: boom", () -> Npy.read(failingIn())),
                of(NPE, "Npz.write: arrays is null", () -> Npz.write(Path.of("unused.npz"), null)),
                of(NPE, "clipGradNorm: the parameter list is null", () -> GradClipping.clipGradNorm(null, 1)),
                of(NPE, "clipGradValue: a parameter is null", () -> GradClipping.clipGradValue(Arrays.asList(w, null), 1)),
                of(NPE, "StepLR: optimizer is null", () -> new StepLR(null, 1, 0.5)),
                of(IllegalStateException.class, "TwiceInitialised: initialStep() was already called; call it once, at the end "
                        + "of the constructor", () -> new TwiceInitialised(sgd)),
                of(IAE, "LinearLR: endFactor is 2.0 but must be in [0, 1]; use 1.0 to end at the full learning rate",
                        () -> new LinearLR(sgd, 0.5, 2.0, 10)),
                of(NPE, "SGD: the parameter list is null", () -> new SGD((List<Tensor>) null, SGD.options())),
                of(NPE, "SGD: the list of parameter groups is null", () -> new SGD((List<ParamGroup>) null)),
                of(NPE, "ParamGroup: params is null", () -> new ParamGroup(null, SGD.options())),
                of(NPE, "ParamGroup: parameter 1 is null", () -> new ParamGroup(Arrays.asList(w, null), SGD.options())),
                of(NPE, "ParamGroup: options is null", () -> new ParamGroup(List.of(w), null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void errorTexts(String text, ErrorCase c) {
        c.check();
    }

    @Test
    void fileErrorsNameTheFileAndTheSystemsReason(@TempDir Path dir) throws IOException {
        String m = assertThrows(UncheckedIOException.class, () -> Npy.write(dir, Tensor.ones(2))).getMessage();
        assertTrue(m.startsWith("Npy.write: cannot write " + dir + ": "), m);
        Path missing = dir.resolve("missing.npy");
        m = assertThrows(UncheckedIOException.class, () -> Npy.read(missing)).getMessage();
        assertTrue(m.startsWith("Npy.read: cannot read " + missing + ": "), m);
        m = assertThrows(UncheckedIOException.class, () -> Npz.write(dir, Map.of("w", Tensor.ones(2)))).getMessage();
        assertTrue(m.startsWith("Npz.write: cannot write " + dir + ": "), m);
        Path notZip = Files.writeString(dir.resolve("plain.npz"), "not a zip");
        m = assertThrows(UncheckedIOException.class, () -> Npz.read(notZip)).getMessage();
        assertTrue(m.startsWith("Npz.read: cannot read " + notZip + " as a zip archive: "), m);
    }

    @Test
    void npzEntriesAreNamedAndMustBeArrays(@TempDir Path dir) throws IOException {
        Map<String, Tensor> arrays = new HashMap<>();
        arrays.put("", Tensor.ones(1));
        assertText(IAE, "Npz.write: an array has an empty name; give every array a name", () -> Npz.write(dir.resolve("a.npz"), arrays));
        arrays.clear();
        arrays.put("w", null);
        assertText(NPE, "Npz.write: array 'w' is null", () -> Npz.write(dir.resolve("b.npz"), arrays));
        Path zip = dir.resolve("c.npz");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("notes.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertText(IAE, "Npz.read: entry 'notes.txt' of c.npz is not an .npy array; pass an archive written by numpy.savez",
                () -> Npz.read(zip));
    }

    private static void assertText(Class<? extends Throwable> type, String text, org.junit.jupiter.api.function.Executable call) {
        new ErrorCase(type, text, call).check();
    }

    private static InputStream npy(int major, int minor, String header) {
        byte[] h = header.getBytes(StandardCharsets.ISO_8859_1);
        return new ByteArrayInputStream(concat(MAGIC, new byte[] {(byte) major, (byte) minor, (byte) h.length, 0}, h));
    }

    private static byte[] concat(byte[]... parts) {
        byte[] r = new byte[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
        int k = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, r, k, p.length);
            k += p.length;
        }
        return r;
    }

    private static OutputStream failingOut() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("boom");
            }
        };
    }

    private static InputStream failingIn() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("boom");
            }
        };
    }

    /** A module that registers a null child, a child under a null name, or else a null parameter. */
    private static final class Registering extends Module {
        Registering(boolean nullChild, boolean nullName) {
            if (nullChild) registerModule("inner", null);
            if (nullName) registerModule(null, new Sequential());
            if (!nullChild && !nullName) registerParameter("w", null);
        }

        @Override
        public Tensor forward(Tensor input) {
            return input;
        }
    }

    /** A scheduler that calls initialStep twice. */
    private static final class TwiceInitialised extends LRScheduler {
        TwiceInitialised(Optimizer o) {
            super(o);
            initialStep();
            initialStep();
        }

        @Override
        protected double nextLr(int epoch, double lr, double baseLr) {
            return lr;
        }
    }
}
