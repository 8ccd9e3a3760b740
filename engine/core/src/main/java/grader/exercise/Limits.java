package grader.exercise;

/** Resource limits of an exercise's test JVMs. */
public record Limits(int heapMegabytes, int testTimeoutSeconds, int runTimeoutSeconds) {
}
