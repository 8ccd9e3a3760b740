package grader.child.interleaving;

import grader.child.diagnosis.StudentClasses;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the failure report of the model checker (Lincheck) into a {@link Timeline}. The child
 * does not link against Lincheck: it recognises the checker's assertion error by class name and
 * reads its message, whose "Detailed trace" is a table with one column per thread, one row per
 * step, nested calls indented by two spaces, and each step's place as
 * {@code at Class.method(File.java:line)}. Only the student's own steps are kept, beside the
 * test's operations, their results and the scheduler's switches.
 *
 * <p>Stateless; safe to use from any thread.
 */
public final class LincheckTrace {

    private static final String ASSERTION_ERROR = "org.jetbrains.lincheck.LincheckAssertionError";
    private static final String DETAILED_TRACE = "Detailed trace:";
    private static final Pattern VERDICT = Pattern.compile("^= (.+?)(?:, see the thread dump)? =$", Pattern.MULTILINE);
    private static final Pattern PLACE = Pattern.compile("^(.*) at ([\\w$.<>]+)\\.([\\w$<>]+)\\(([^:()]+):(\\d+)\\)$");
    private static final Pattern SEPARATOR = Pattern.compile("^\\| -+ \\|$");
    private static final Pattern RECEIVER = Pattern.compile("^(\\w+#\\d+)\\.");
    private static final Pattern STATIC_RECEIVER = Pattern.compile("^[A-Z]\\w*\\.");
    private static final Pattern WRITE = Pattern.compile("^(\\S+) = (.*)$");

    private final StudentClasses students;

    public LincheckTrace(StudentClasses students) {
        this.students = students;
    }

    /** Whether {@code failure} is the model checker's report of a failed check. */
    public static boolean isModelCheckerFailure(Throwable failure) {
        return failure != null && failure.getClass().getName().equals(ASSERTION_ERROR) && failure.getMessage() != null;
    }

    /**
     * The report's head, for the failure text: the verdict and the operations each thread ran
     * with their results; the long traces after it travel as the {@link Timeline}.
     */
    public static String head(String message) {
        int end = message.indexOf("\n---\n");
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    /** The timeline in {@code message}, or empty if it holds no detailed trace. */
    public Optional<Timeline> read(String message) {
        Matcher verdict = VERDICT.matcher(message);
        int traceAt = message.indexOf(DETAILED_TRACE);
        if (!verdict.find() || traceAt < 0) {
            return Optional.empty();
        }
        List<String> rows = new ArrayList<>();
        for (String line : message.substring(traceAt + DETAILED_TRACE.length()).strip().split("\n")) {
            if (!line.startsWith("|")) {
                break;
            }
            rows.add(line);
        }
        int header = 0;
        while (header < rows.size() && !rows.get(header).contains("Thread 1")) {
            header++;
        }
        if (header == rows.size()) {
            return Optional.empty();
        }
        List<Integer> bars = bars(rows.get(header));
        List<TimelineStep> steps = new ArrayList<>();
        Map<Integer, String> operations = new HashMap<>();
        Map<Integer, Map<Integer, String>> receivers = new HashMap<>();
        for (String row : rows.subList(header + 1, rows.size())) {
            if (SEPARATOR.matcher(row).matches()) {
                continue;
            }
            for (int column = 0; column + 1 < bars.size(); column++) {
                int from = bars.get(column) + 1;
                int to = Math.min(bars.get(column + 1), row.length());
                if (from >= to || row.substring(from, to).isBlank()) {
                    continue;
                }
                String cell = row.substring(from, to);
                int depth = (cell.length() - cell.stripLeading().length() - 1) / 2;
                step(column + 1, depth, cell.strip(), operations, receivers.computeIfAbsent(column + 1, t -> new HashMap<>()))
                        .ifPresent(steps::add);
            }
        }
        TimelineSummary.Finding finding = TimelineSummary.of(verdict.group(1), steps);
        return Optional.of(new Timeline(verdict.group(1), finding.sentence(), bars.size() - 1, steps, finding.step()));
    }

    private static List<Integer> bars(String header) {
        List<Integer> bars = new ArrayList<>();
        for (int k = header.indexOf('|'); k >= 0; k = header.indexOf('|', k + 1)) {
            bars.add(k);
        }
        return bars;
    }

    /**
     * The step in one cell, if it is one to keep. {@code receivers} maps each nesting depth of
     * this thread to the object whose method runs there ({@code Account#1}), so that a field
     * read deep inside a call is named with its object.
     */
    private Optional<TimelineStep> step(int thread, int depth, String cell, Map<Integer, String> operations,
                                        Map<Integer, String> receivers) {
        if (depth == 0) {
            operations.put(thread, cell);
            receivers.clear();
            return Optional.of(new TimelineStep(thread, TimelineStep.Kind.OPERATION, cell, "", after(cell, ": "),
                    "", "", cell));
        }
        String operation = operations.getOrDefault(thread, "");
        if (cell.startsWith("switch")) {
            return Optional.of(new TimelineStep(thread, TimelineStep.Kind.SWITCH, cell, "", "", "", "", operation));
        }
        if (cell.startsWith("result: ")) {
            return Optional.of(new TimelineStep(thread, TimelineStep.Kind.RESULT, cell, "", after(cell, ": "), "", "",
                    operation));
        }
        Matcher place = PLACE.matcher(cell);
        if (!place.matches()) {
            return Optional.empty();
        }
        String text = place.group(1);
        String receiver = receivers.getOrDefault(depth, "");
        Matcher called = RECEIVER.matcher(text);
        receivers.put(depth + 1, called.find() ? called.group(1) : STATIC_RECEIVER.matcher(text).find() ? "" : receiver);
        if (!students.ownsSourceFile(place.group(4))) {
            return Optional.empty();
        }
        String method = place.group(2) + "." + place.group(3);
        String location = place.group(4) + ":" + place.group(5);
        int arrow = text.indexOf(" ➜ ");
        Matcher write = WRITE.matcher(text);
        if (arrow >= 0) {
            return Optional.of(new TimelineStep(thread, TimelineStep.Kind.READ, text,
                    qualified(receiver, text.substring(0, arrow)), text.substring(arrow + 3), method, location, operation));
        }
        if (text.startsWith("MONITOR") || text.endsWith("lock()") || text.endsWith("unlock()")) {
            return Optional.of(new TimelineStep(thread, TimelineStep.Kind.LOCK, text, "", "", method, location, operation));
        }
        if (write.matches()) {
            return Optional.of(new TimelineStep(thread, TimelineStep.Kind.WRITE, text,
                    qualified(receiver, write.group(1)), write.group(2), method, location, operation));
        }
        return Optional.of(new TimelineStep(thread, TimelineStep.Kind.CALL, text, "", after(text, "): "), method,
                location, operation));
    }

    private static String qualified(String receiver, String field) {
        return receiver.isEmpty() || field.contains(".") ? field : receiver + "." + field;
    }

    private static String after(String text, String mark) {
        int at = text.lastIndexOf(mark);
        return at < 0 ? "" : text.substring(at + mark.length());
    }
}
