package grader.intake;

/**
 * How much a submission may hold. Checked while reading, on real byte counts rather than on what
 * a zip declares, so a zip bomb is refused before it fills memory.
 */
public record IntakeLimits(int maxJavaFiles, long maxFileBytes, long maxTotalBytes, int maxZipEntries,
                           long maxUncompressedBytes) {

    /** Generous for coursework: a few dozen classes at most is normal. */
    public static IntakeLimits standard() {
        return new IntakeLimits(100, 256 * 1024, 2 * 1024 * 1024, 2_000, 16 * 1024 * 1024);
    }
}
