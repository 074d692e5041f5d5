package io.github.tapegrad.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.testing.Close;
import io.github.tapegrad.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Module.save/load with .npz files, against archives written by numpy.savez from a PyTorch model. */
class ModuleSaveLoadTest {
    @TempDir
    Path dir;

    private static Sequential mlp(long seed) {
        return new Sequential(new Linear(4, 5, seed), new Tanh(), new Linear(5, 3, seed + 1));
    }

    private Path copy(String resource) throws IOException {
        Path f = dir.resolve(resource);
        Files.write(f, NpyTest.resource(resource));
        return f;
    }

    /** PyTorch: nn.Sequential(l, nn.ReLU(), l) has named_parameters ['0.weight', '0.bias'] and a state_dict of four. */
    @Test
    void aSharedLayersParametersAreListedOnceAndSavedUnderEachName() throws IOException {
        Linear shared = new Linear(3, 3, 1);
        Sequential s = new Sequential(shared, new Tanh(), shared);
        assertEquals(List.of("0.weight", "0.bias"), List.copyOf(s.namedParameters().keySet()));
        assertEquals(List.of(shared.weight(), shared.bias()), s.parameters());
        assertEquals(12, s.numParameters());
        new io.github.tapegrad.optim.SGD(s.parameters(), io.github.tapegrad.optim.SGD.options().lr(0.1));

        Tensor x = Tensor.of(new double[] {0.5, -1, 2}, 1, 3);
        s.forward(x).square().sum().backward();
        Tensor w = shared.weight().grad(), b = shared.bias().grad();
        double norm = Math.sqrt(w.square().sum().item() + b.square().sum().item());
        assertEquals(norm, io.github.tapegrad.optim.GradClipping.clipGradNorm(s.parameters(), norm / 2), 1e-12 * norm,
                "the total norm counts the shared gradients once");

        Path f = dir.resolve("shared.npz");
        s.save(f);
        assertEquals(java.util.Set.of("0.weight", "0.bias", "2.weight", "2.bias"), Npz.read(f).keySet());
        Sequential t = new Sequential(new Linear(3, 3, 7), new Tanh(), new Linear(3, 3, 8));
        t.load(f);
        assertArrayEquals(shared.weight().toArray(), ((Linear) t.children().get("2")).weight().toArray());
        s.load(f);
    }

    @Test
    void loadsANumpySavezArchiveAndComputesWhatPyTorchComputes() throws IOException {
        Fixtures.Case c = Fixtures.load("/fixtures/nn/nn_values.txt").get(0);
        assertEquals("mlp", c.name());
        for (String archive : List.of("mlp.npz", "mlp_compressed.npz")) {
            Sequential model = mlp(1);
            model.load(copy(archive));
            Close.assertClose(c.tensor("y"), model.forward(c.tensor("x")), 1e-13, 1e-15, archive);
        }
    }

    @Test
    void loadCopiesIntoTheSameParameterTensors() throws IOException {
        Sequential model = mlp(1);
        List<Tensor> before = model.parameters();
        int version = before.get(0).version();
        model.load(copy("mlp.npz"));
        for (int i = 0; i < before.size(); i++) assertSame(before.get(i), model.parameters().get(i));
        assertTrue(before.get(0).version() > version);
        assertTrue(before.get(0).requiresGrad() && before.get(0).isLeaf());
    }

    @Test
    void roundTripsThroughSave() {
        Sequential saved = mlp(1), loaded = mlp(100);
        Path f = dir.resolve("model.npz");
        saved.save(f);
        assertEquals(List.of("0.weight", "0.bias", "2.weight", "2.bias"), List.copyOf(Npz.read(f).keySet()));
        loaded.load(f);
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(saved.parameters().get(i).toArray(), loaded.parameters().get(i).toArray());
        }
    }

    @Test
    void npzEntriesAreNumpysBytes() throws IOException {
        Map<String, Tensor> numpy = Npz.read(copy("mlp.npz"));
        Path f = dir.resolve("again.npz");
        Npz.write(f, numpy);
        Map<String, Tensor> back = Npz.read(f);
        assertEquals(numpy.keySet(), back.keySet());
        numpy.forEach((k, v) -> assertArrayEquals(v.toArray(), back.get(k).toArray(), k));
    }

    @Test
    void shapeMismatch() throws IOException {
        Path f = copy("mlp_wrong_shape.npz");
        assertEquals("load: parameter '2.weight' of Sequential has shape (3, 5) but mlp_wrong_shape.npz holds shape "
                + "(3, 6); build the model with the sizes of the saved one",
                assertThrows(IllegalArgumentException.class, () -> mlp(1).load(f)).getMessage());
    }

    @Test
    void missingEntry() throws IOException {
        Path f = copy("mlp_missing.npz");
        assertEquals("load: mlp_missing.npz has no entry for parameter '2.bias' (shape (3)) of Sequential; it holds "
                + "[0.weight, 0.bias, 2.weight]; load a file saved from a model with the same layers",
                assertThrows(IllegalArgumentException.class, () -> mlp(1).load(f)).getMessage());
    }

    @Test
    void unexpectedEntryAndNothingIsChanged() throws IOException {
        Path f = copy("mlp_extra.npz");
        Sequential model = mlp(1);
        double[] before = model.parameters().get(0).toArray();
        assertEquals("load: mlp_extra.npz holds '4.weight', which is not a parameter of Sequential (it has [0.weight, "
                + "0.bias, 2.weight, 2.bias]); load a file saved from a model with the same layers",
                assertThrows(IllegalArgumentException.class, () -> model.load(f)).getMessage());
        assertArrayEquals(before, model.parameters().get(0).toArray());
    }

    @Test
    void aBadEntryIsNamed() throws IOException {
        Path f = dir.resolve("ints.npz");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(f))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("x.npy"));
            zip.write(NpyTest.resource("int64.npy"));
            zip.closeEntry();
        }
        String msg = assertThrows(IllegalArgumentException.class, () -> Npz.read(f)).getMessage();
        assertTrue(msg.startsWith("Npz.read: entry 'x.npy' of ints.npz: Npy.read: dtype '<i8' is not supported"), msg);
    }
}
