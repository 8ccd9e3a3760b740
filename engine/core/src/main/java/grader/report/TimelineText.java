package grader.report;

import grader.api.model.Report;
import grader.child.interleaving.Timeline;
import grader.child.interleaving.TimelineStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Draws an interleaving as plain text, one column per thread and one row per step, the way the
 * exercise statements draw races: the student's reads and writes with their values and lines,
 * the test's operations with their results, the scheduler's switches, and the step where it went
 * wrong marked {@code >>}. Locks taken and released are left out, and long traces are cut. The
 * console report and the Gradescope output both use it. Stateless.
 */
public final class TimelineText {

    /** Rows shown at most; a longer trace ends with a line that says how many were left out. */
    static final int MAX_ROWS = 40;
    private static final int MAX_CELL = 52;
    private static final String CULPRIT = ">>";

    private TimelineText() {
    }

    public static List<String> lines(Timeline timeline) {
        List<String[]> rows = new ArrayList<>();
        int[] widths = new int[timeline.threads()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = ("thread " + (column + 1)).length();
        }
        int left = 0;
        for (int k = 0; k < timeline.steps().size(); k++) {
            TimelineStep step = timeline.steps().get(k);
            if (!step.matters()) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                left++;
                continue;
            }
            String cell = cut(cell(step));
            String[] row = new String[widths.length + 1];
            row[0] = (k == timeline.culprit() ? CULPRIT + " " : "") + (rows.size() + 1);
            row[step.thread()] = cell;
            widths[step.thread() - 1] = Math.max(widths[step.thread() - 1], cell.length());
            rows.add(row);
        }
        List<String> lines = new ArrayList<>();
        lines.add(Report.Interleaving.HEADING + " (" + timeline.verdict() + "), one column per thread:");
        lines.add(row(widths, "step", header(widths.length)));
        for (String[] row : rows) {
            lines.add(row(widths, row[0], Arrays.copyOfRange(row, 1, row.length)));
        }
        if (left > 0) {
            lines.add("  … " + left + " more steps");
        }
        lines.add((timeline.culprit() >= 0 ? "Where it went wrong (" + CULPRIT + "): " : "What happened: ")
                + timeline.summary());
        return lines;
    }

    private static String cell(TimelineStep step) {
        String place = step.location().isEmpty() ? "" : "  (" + step.location() + ")";
        return switch (step.kind()) {
            case OPERATION -> step.text();
            case READ -> "  read " + step.subject() + " ➜ " + step.value() + place;
            case WRITE -> "  wrote " + step.subject() + " = " + step.value() + place;
            case SWITCH -> "  ⇄ switch to another thread";
            case RESULT -> "  " + step.text();
            case CALL, LOCK -> "  " + step.text() + place;
        };
    }

    private static String[] header(int threads) {
        String[] header = new String[threads];
        for (int column = 0; column < threads; column++) {
            header[column] = "thread " + (column + 1);
        }
        return header;
    }

    private static String row(int[] widths, String step, String[] cells) {
        StringBuilder line = new StringBuilder(String.format("%7s", step));
        for (int column = 0; column < widths.length; column++) {
            String cell = cells[column] == null ? "" : cells[column];
            line.append(" | ").append(cell).append(" ".repeat(widths[column] - cell.length()));
        }
        return line.toString().stripTrailing();
    }

    private static String cut(String cell) {
        return cell.length() <= MAX_CELL ? cell : cell.substring(0, MAX_CELL - 1) + "…";
    }
}
