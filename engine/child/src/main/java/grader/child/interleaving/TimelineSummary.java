package grader.child.interleaving;

import grader.child.interleaving.TimelineStep.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one sentence that says, in the student's terms, where an interleaving went wrong. For
 * wrong results it looks for the first switch away from a thread in the middle of an operation
 * after which another thread touched a field the first had read or written in it, at least one
 * of the two writing: a lost update, a check acted on after the value changed, a transfer seen
 * half done. For a hang it names where each thread waits. Stateless.
 */
final class TimelineSummary {

    private TimelineSummary() {
    }

    /** The sentence, and the index of the step where it went wrong (-1 if no single step is to blame). */
    record Finding(String sentence, int step) {
    }

    static Finding of(String verdict, List<TimelineStep> steps) {
        if (verdict.contains("hung")) {
            return new Finding(hang(steps), -1);
        }
        for (int k = 0; k < steps.size(); k++) {
            if (steps.get(k).kind() == Kind.SWITCH) {
                Finding conflict = conflictAfterSwitch(steps, k);
                if (conflict != null) {
                    return conflict;
                }
            }
        }
        return new Finding("These results cannot come from running the operations one at a time in any order.", -1);
    }

    /** The first access by another thread, while {@code steps[at]}'s thread is switched out, that conflicts with it. */
    private static Finding conflictAfterSwitch(List<TimelineStep> steps, int at) {
        TimelineStep paused = steps.get(at);
        Map<String, TimelineStep> touched = new LinkedHashMap<>();
        for (int k = at - 1; k >= 0; k--) {
            TimelineStep step = steps.get(k);
            if (step.thread() == paused.thread() && step.operation().equals(paused.operation()) && isAccess(step)) {
                touched.putIfAbsent(step.subject(), step);
            }
        }
        for (int k = at + 1; k < steps.size() && steps.get(k).thread() != paused.thread(); k++) {
            TimelineStep other = steps.get(k);
            TimelineStep mine = isAccess(other) ? touched.get(other.subject()) : null;
            if (mine == null || (mine.kind() == Kind.READ && other.kind() == Kind.READ)) {
                continue;
            }
            String operation = name(paused.operation());
            if (mine.kind() == Kind.READ) {
                return new Finding("Thread " + other.thread() + " wrote " + other.subject() + " = " + other.value() + " at "
                        + other.location() + " after thread " + paused.thread() + " had read it (" + mine.value()
                        + ", at " + mine.location() + ") and before thread " + paused.thread() + "'s " + operation
                        + " finished, so that thread went on with a value that was no longer true.", k);
            }
            return new Finding("Thread " + other.thread() + (other.kind() == Kind.READ ? " read " + other.subject() + " ➜ "
                    : " wrote " + other.subject() + " = ") + other.value() + " at " + other.location()
                    + " while thread " + paused.thread() + "'s " + operation + " was half done: it had written "
                    + mine.subject() + " = " + mine.value() + " at " + mine.location() + " and had not finished.", k);
        }
        return null;
    }

    private static String hang(List<TimelineStep> steps) {
        Map<Integer, TimelineStep> last = new LinkedHashMap<>();
        for (TimelineStep step : steps) {
            if (!step.location().isEmpty()) {
                last.put(step.thread(), step);
            }
        }
        if (last.isEmpty()) {
            return "No thread can go on: each waits for another.";
        }
        StringBuilder text = new StringBuilder("No thread can go on:");
        last.values().forEach(step -> text.append(" thread ").append(step.thread()).append(" waits at ")
                .append(step.location()).append(" in ").append(name(step.operation())).append(";"));
        text.setLength(text.length() - 1);
        return text + ". Each holds what another waits for.";
    }

    private static boolean isAccess(TimelineStep step) {
        return step.kind() == Kind.READ || step.kind() == Kind.WRITE;
    }

    /** An operation without its result: {@code withdraw(0, 20)}. */
    private static String name(String operation) {
        int result = operation.lastIndexOf(": ");
        return result < 0 ? operation : operation.substring(0, result);
    }
}
