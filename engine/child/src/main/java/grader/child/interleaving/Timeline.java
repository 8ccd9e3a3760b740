package grader.child.interleaving;

import java.util.ArrayList;
import java.util.List;

/**
 * The interleaving that broke a submission, as the model checker found it: which threads took
 * which steps in which order, cut to the student's own code, the test's operations and the
 * scheduler's switches. It travels from the test JVM to the grader as fields of one channel
 * message ({@link #toFields}, {@link #fromFields}) and is drawn there for people. Immutable.
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

    private static final int HEADER_FIELDS = 4;
    private static final int STEP_FIELDS = 8;

    public Timeline {
        steps = List.copyOf(steps);
    }

    /** This timeline as flat string fields, for a {@code ChannelMessage}. */
    public List<String> toFields() {
        List<String> fields = new ArrayList<>(List.of(verdict, summary, Integer.toString(threads),
                Integer.toString(culprit)));
        for (TimelineStep step : steps) {
            fields.addAll(List.of(Integer.toString(step.thread()), step.kind().name(), step.text(), step.subject(),
                    step.value(), step.method(), step.location(), step.operation()));
        }
        return fields;
    }

    /** The timeline that {@link #toFields} wrote, read back from the same fields. */
    public static Timeline fromFields(List<String> fields) {
        List<TimelineStep> steps = new ArrayList<>();
        for (int k = HEADER_FIELDS; k + STEP_FIELDS <= fields.size(); k += STEP_FIELDS) {
            steps.add(new TimelineStep(Integer.parseInt(fields.get(k)), TimelineStep.Kind.valueOf(fields.get(k + 1)),
                    fields.get(k + 2), fields.get(k + 3), fields.get(k + 4), fields.get(k + 5), fields.get(k + 6),
                    fields.get(k + 7)));
        }
        return new Timeline(fields.get(0), fields.get(1), Integer.parseInt(fields.get(2)), steps,
                Integer.parseInt(fields.get(3)));
    }
}
