package grader.web.queue;

/**
 * One grading machine's workers as the admin view shows them: their name (as in the claims),
 * the machine's cores (null if it never said), the grading threads, its Java, when it last
 * showed it is alive (epoch milliseconds), and whether it is taking jobs. Immutable.
 */
public record WorkerStatus(String name, Integer cores, int threads, String javaVersion, long lastHeartbeat, boolean running) {
}
