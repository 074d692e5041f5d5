package io.github.tapegrad.reliability.errors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's source files, for the error catalogue: found from the working directory upwards. */
final class SourceTree {
    private SourceTree() {}

    static final Path ROOT = findRoot();

    private static Path findRoot() {
        for (Path q = Path.of(System.getProperty("user.dir")).toAbsolutePath(); q != null; q = q.getParent()) {
            if (Files.isDirectory(q.resolve("docs")) && Files.isDirectory(q.resolve("core")) && Files.exists(q.resolve("pom.xml"))) {
                return q;
            }
        }
        throw new IllegalStateException("error catalogue: no directory above " + System.getProperty("user.dir")
                + " holds docs/, core/ and pom.xml; run the tests from the repository");
    }

    /** The .java files under a directory of the repository (relative paths with '/'), sorted; none if it is absent. */
    static List<String> javaFiles(String dir) {
        Path d = ROOT.resolve(dir);
        if (!Files.isDirectory(d)) return List.of();
        try (Stream<Path> s = Files.walk(d)) {
            return s.filter(p -> p.toString().endsWith(".java")).map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String relative) {
        try {
            return Files.readString(ROOT.resolve(relative), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
