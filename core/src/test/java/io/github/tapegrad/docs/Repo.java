package io.github.tapegrad.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The repository the tests run in: its root (the directory holding docs/ and the parent pom), and file reading. */
final class Repo {
    private Repo() {}

    static final Path ROOT = findRoot();

    private static Path findRoot() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path q = p; q != null; q = q.getParent()) {
            if (Files.isDirectory(q.resolve("docs")) && Files.isDirectory(q.resolve("core")) && Files.exists(q.resolve("pom.xml"))) {
                return q;
            }
        }
        throw new IllegalStateException("docs tests: no directory above " + p + " holds docs/, core/ and pom.xml; run them from the repository");
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(String relative) {
        return read(path(relative));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Repository-relative paths ('/'-separated) of the files under {@code dir} whose names end with {@code suffix}, sorted. */
    static List<String> files(String dir, String suffix) {
        Path d = path(dir);
        if (!Files.isDirectory(d)) return List.of();
        try (Stream<Path> s = Files.walk(d)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(suffix))
                    .map(f -> ROOT.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Markdown files the docs tests cover: README.md and docs/*.md. */
    static List<String> markdownFiles() {
        List<String> r = new java.util.ArrayList<>(List.of("README.md"));
        try (Stream<Path> s = Files.list(path("docs"))) {
            s.filter(f -> f.getFileName().toString().endsWith(".md"))
                    .map(f -> "docs/" + f.getFileName())
                    .sorted()
                    .forEach(r::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return r;
    }
}
