package grader.web.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small zips made in memory for uploads. */
public final class Zips {

    /** A minimal exercise4 source that the engine's intake accepts. */
    public static final String PARALLEL_SUM = "package exercise4;\npublic final class ParallelSum {\n"
            + "  public static long sumOfSquares(long[] v, int t) { long s = 0; for (long x : v) s += x * x; return s; }\n"
            + "  public static long sumOfSquaresBelow(long n, int t) { long s = 0; for (long i = 0; i < n; i++) s += i * i; return s; }\n}\n";

    private Zips() {
    }

    public static byte[] of(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] parallelSum() {
        return of(Map.of("src/exercise4/ParallelSum.java", PARALLEL_SUM));
    }
}
