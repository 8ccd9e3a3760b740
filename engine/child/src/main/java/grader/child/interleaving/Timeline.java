package grader.child.interleaving;

import java.util.List;

/**
 * The interleaving that broke a submission, as the model checker found it: which threads took
 * which steps in which order, cut to the student's own code, the test's operations and the
 * scheduler's switches. It travels from the test JVM to the grader inside one channel event
 * ({@code ChildEvent.InterleavingFound}) and is drawn there for people. Immutable.
 *
 * @param verdict what went wrong, in the checker's words ({@code Invalid execution results},
 *                {@code The execution has hung})
 * @param summary one sentence in the student's terms: which thread read or wrote what, where,
 *                between which steps of which other thread
 * @param threads how many threads ran
 * @param steps   the steps in the order they happened
 * @param culprit the index in {@code steps} of the step the summary blames (another thread's
 *                access between a thread's read or write and the end of its operation), or -1
 */
public record Timeline(String verdict, String summary, int threads, List<TimelineStep> steps, int culprit) {

    public Timeline {
        steps = List.copyOf(steps);
    }
}
