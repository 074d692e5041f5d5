package io.github.tapegrad.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Core must run on a JVM started without {@code --add-modules jdk.incubator.vector}: the plain-Java path is chosen. */
class WithoutVectorModuleTest {

    /** Run in the forked JVM: prints the path in use and a small product. */
    public static void main(String[] args) {
        double[] c = MatMul.matmul(new double[] {1, 2, 3, 4, 5, 6}, new double[] {1, 0, 0, 1, 1, 1}, 1, 2, 3, 2, false, false);
        double[] big = new double[64];
        big[63] = 1;
        double[] picked = Elementwise.where(Elementwise.compare(big, new double[64], Elementwise.Comparison.GT), big, new double[64]);
        System.out.println("vector=" + MatMul.VECTOR + " c=" + java.util.Arrays.toString(c) + " where=" + picked[63]);
    }

    @Test
    void aJvmWithoutTheModuleUsesThePlainPath() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), getClass().getName()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals("vector=false c=[4.0, 5.0, 10.0, 11.0] where=1.0", out);
        assertEquals(0, p.exitValue());
    }
}
