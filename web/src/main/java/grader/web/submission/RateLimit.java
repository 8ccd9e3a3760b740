package grader.web.submission;

import java.time.Duration;

/** At most {@code maxSubmissions} per student in any {@code window}, across exercises. Immutable. */
public record RateLimit(int maxSubmissions, Duration window) {

    public RateLimit {
        if (maxSubmissions < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit allows at least one submission in a positive window");
        }
    }

    public static RateLimit standard() {
        return new RateLimit(10, Duration.ofMinutes(10));
    }
}
