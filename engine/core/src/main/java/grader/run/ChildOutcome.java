package grader.run;

import grader.child.protocol.ChildEvent;
import grader.child.protocol.ChildEvent.Stopped;
import java.util.List;
import java.util.Optional;

/**
 * What a child JVM left behind: its authentic events in order, whether it said
 * {@link ChildEvent.Done}, whether the grader had to kill it at the wall-clock limit, whether the kernel
 * killed a process of it for going over its memory limit, its exit status (null when killed),
 * what it wrote outside the channel (capped; the JVM's own crash messages land here), and how
 * many lines looked like channel lines but failed authentication or were no well-formed event.
 * Immutable.
 */
public record ChildOutcome(List<ChildEvent> events, boolean completed, boolean killedAtLimit,
                           boolean outOfMemory, Integer exitCode, String otherOutput, int rejectedLines) {

    public ChildOutcome {
        events = List.copyOf(events);
    }

    /** Exit status of a process killed by SIGKILL (128 + 9), as Java and the shells report it. */
    private static final int KILLED_STATUS = 137;

    /** Why the child's resource guard stopped the JVM, if it did: one sentence. */
    public Optional<String> stoppedBecause() {
        return events.stream().filter(Stopped.class::isInstance).map(Stopped.class::cast).findFirst()
                .map(Stopped::reason);
    }

    /**
     * Whether the JVM was killed by a signal that none of the run's own limits sent: an operator,
     * the machine's out-of-memory killer acting for another process, a host shutting down. That is
     * not the student's doing.
     */
    public boolean killedFromOutside() {
        return !completed && !killedAtLimit && !outOfMemory && stoppedBecause().isEmpty()
                && exitCode != null && exitCode == KILLED_STATUS;
    }

    /** Why the JVM ended before it was done, in words, for a report; empty when it completed. */
    public String endingProblem() {
        if (completed) {
            return "";
        }
        Optional<String> stopped = stoppedBecause();
        if (stopped.isPresent()) {
            return "the test JVM was stopped at once: " + stopped.get();
        }
        if (killedAtLimit) {
            return "the test JVM was stopped at its time limit";
        }
        if (outOfMemory) {
            return "the test JVM was killed for using more memory than its limit (its heap and "
                    + ProcessLimits.NATIVE_ALLOWANCE_MEGABYTES + " MB more, for everything it started included)";
        }
        String output = otherOutput.isBlank() ? "" : ": " + otherOutput.strip();
        return "the test JVM ended early (exit status " + exitCode + ")" + output;
    }
}
