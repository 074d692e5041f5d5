package io.github.tapegrad.nn;

import io.github.tapegrad.Tensor;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * NumPy's {@code .npz} format: a zip archive with one {@link Npy} array per name, stored as {@code name.npy}.
 * {@link #write} stores the entries uncompressed, as {@code numpy.savez}; {@link #read} also reads
 * {@code numpy.savez_compressed} archives. {@code numpy.load(path)[name]} reads what {@link #write} wrote.
 */
public final class Npz {
    private Npz() {}

    /**
     * Writes the named tensors to {@code file} (created or replaced), in the map's order.
     *
     * @param file the file to write
     * @param arrays the tensors by entry name
     * @throws IllegalArgumentException for an empty name
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(Path file, Map<String, Tensor> arrays) {
        Objects.requireNonNull(arrays, "Npz.write: arrays is null");
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            for (Map.Entry<String, Tensor> e : arrays.entrySet()) writeEntry(zip, e.getKey(), e.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException("Npz.write: cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeEntry(ZipOutputStream zip, String name, Tensor t) throws IOException {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("Npz.write: an array has an empty name; give every array a name");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Npy.write(bytes, Objects.requireNonNull(t, () -> "Npz.write: array '" + name + "' is null"));
        byte[] data = bytes.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(data);
        ZipEntry entry = new ZipEntry(name + ".npy");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    /**
     * Reads every array of {@code file}, by name (the entry name without {@code .npy}), in the archive's order.
     *
     * @param file the file to read
     * @return the tensors by entry name, in the archive's order
     * @throws IllegalArgumentException for an entry that is not a supported {@code .npy} array
     * @throws UncheckedIOException when the file cannot be read or is not a zip archive
     */
    public static Map<String, Tensor> read(Path file) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory()) continue;
                out.put(arrayName(e.getName(), file), readEntry(zip, e, file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Npz.read: cannot read " + file + " as a zip archive: " + e.getMessage(), e);
        }
        return Collections.unmodifiableMap(out);
    }

    private static String arrayName(String entry, Path file) {
        if (!entry.endsWith(".npy")) {
            throw new IllegalArgumentException("Npz.read: entry '" + entry + "' of " + file.getFileName() + " is not an "
                    + ".npy array; pass an archive written by numpy.savez");
        }
        return entry.substring(0, entry.length() - 4);
    }

    private static Tensor readEntry(ZipFile zip, ZipEntry e, Path file) throws IOException {
        try (InputStream in = zip.getInputStream(e)) {
            return Npy.read(in);
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("Npz.read: entry '" + e.getName() + "' of " + file.getFileName() + ": "
                    + bad.getMessage(), bad);
        }
    }
}
