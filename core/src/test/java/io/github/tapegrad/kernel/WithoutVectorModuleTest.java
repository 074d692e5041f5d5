package io.github.tapegrad.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Core must run on a JVM started without {@code --add-modules jdk.incubator.vector}: the plain-Java path is chosen, and
 * its exp family gives the bits this JVM's Vector API path gives.
 */
class WithoutVectorModuleTest {

    /** Run in the forked JVM: prints the path in use and a small product. */
    public static void main(String[] args) {
        double[] c = MatMul.matmul(new double[] {1, 2, 3, 4, 5, 6}, new double[] {1, 0, 0, 1, 1, 1}, 1, 2, 3, 2, false, false);
        double[] big = new double[64];
        big[63] = 1;
        double[] picked = Elementwise.where(Elementwise.compare(big, new double[64], Elementwise.Comparison.GT), big, new double[64]);
        System.out.println("vector=" + MatMul.VECTOR + " c=" + java.util.Arrays.toString(c) + " where=" + picked[63]
                + " expFamily=" + expFamilyDigest());
    }

    /** A digest of the raw bits of exp, log, tanh, σ, softplus and its VJP over arrays long enough for the vector path. */
    static long expFamilyDigest() {
        double[] x = VectorExpMathTest.values(2 * ExpMath.VECTOR_FROM + 3, new java.util.SplittableRandom(17));
        long h = 0;
        for (double[] y : new double[][] {Elementwise.exp(x), Elementwise.log(x), Elementwise.tanh(x), Elementwise.sigmoid(x),
                Elementwise.softplus(x), Fused.softplusGrad(x, x)}) {
            for (double v : y) h = 31 * h + Double.doubleToRawLongBits(v);
        }
        return h;
    }

    @Test
    void aJvmWithoutTheModuleUsesThePlainPath() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), getClass().getName()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor(60, TimeUnit.SECONDS);
        assertTrue(Simd.PRESENT, "the tests run with the module, so this JVM's digest is the vector path's");
        assertEquals("vector=false c=[4.0, 5.0, 10.0, 11.0] where=1.0 expFamily=" + expFamilyDigest(), out);
        assertEquals(0, p.exitValue());
    }
}
