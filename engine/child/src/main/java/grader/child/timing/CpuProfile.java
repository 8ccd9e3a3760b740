package grader.child.timing;

import java.util.List;
import java.util.TreeSet;

/**
 * How one timed call's CPU work was spread over threads, from the threads' own CPU clocks:
 * <ul>
 *   <li>{@code totalNanos}: the CPU time all its threads used;</li>
 *   <li>{@code busiestNanos}: the CPU time of the thread that used most;</li>
 *   <li>{@code criticalPathNanos}: the CPU time that ran one part after another, the length the
 *       call would have had with a free core for every thread that was at work at once.</li>
 * </ul>
 *
 * <p>The critical path comes from the threads' bursts of work (spans of wall time in which a
 * thread's CPU time grew, see {@link ThreadCpuSampler}): the bursts are cut where any of them
 * starts or ends, each burst's CPU time is spread evenly over it, and every piece counts with its
 * busiest burst. Threads that work side
 * by side share their pieces, so two halves of the work at once make a path of one half; threads
 * started and joined one after another have spans that do not overlap, so their halves add up to
 * the whole. Another process taking a core stretches the spans of threads that work at once alike,
 * so they still overlap; it does not turn them into a sequence.
 */
record CpuProfile(long totalNanos, long busiestNanos, long criticalPathNanos) {

    /** One burst of a thread's work: the CPU time it used and the wall-time span in which it used it. */
    record Activity(long cpuNanos, long fromNanos, long untilNanos) {
    }

    static CpuProfile of(List<Activity> activities) {
        long total = activities.stream().mapToLong(Activity::cpuNanos).sum();
        long busiest = activities.stream().mapToLong(Activity::cpuNanos).max().orElse(0);
        return new CpuProfile(total, busiest, Math.max(busiest, Math.round(criticalPath(activities))));
    }

    /** Total CPU time over the busiest thread's: about 1 for one thread's work, N for N even shares. */
    double workSplit() {
        return busiestNanos == 0 ? 1 : (double) totalNanos / busiestNanos;
    }

    private static double criticalPath(List<Activity> activities) {
        TreeSet<Long> cuts = new TreeSet<>();
        for (Activity activity : activities) {
            cuts.add(activity.fromNanos());
            cuts.add(activity.untilNanos());
        }
        double path = 0;
        Long from = cuts.isEmpty() ? null : cuts.first();
        for (Long until = from == null ? null : cuts.higher(from); until != null; from = until, until = cuts.higher(until)) {
            double busiestPiece = 0;
            for (Activity activity : activities) {
                if (activity.fromNanos() <= from && until <= activity.untilNanos()) {
                    double share = (double) (until - from) / (activity.untilNanos() - activity.fromNanos());
                    busiestPiece = Math.max(busiestPiece, activity.cpuNanos() * share);
                }
            }
            path += busiestPiece;
        }
        return path;
    }
}
