package grader.web.submission;

import java.util.List;

/**
 * One page of the instructor's submission list, newest first: {@code olderBefore} is the id the
 * next (older) page starts before, {@code newerAfter} the id the previous (newer) page starts
 * after; null where there is no such page. Immutable.
 */
public record SubmissionPage(List<SubmissionSummary> rows, Long olderBefore, Long newerAfter) {
}
