package grader.child.timing;

import java.util.SplittableRandom;

/**
 * One timed comparison between the grader's own sequential baseline and the submission, written
 * by an exercise's author (it lives with the exercise's tests) and driven by {@link TimingProbe}
 * inside the test JVM.
 *
 * <p>Lifecycle: the probe creates one instance with the public no-argument constructor, then for
 * every trial (warm-up trials included) calls {@link #prepare} with a fresh random source, followed
 * by {@link #baseline()} and {@link #candidate(int)} in an order it chooses at random. A trial
 * counts only when both return the same answer, so a submission cannot trade exactness for speed.
 * Implementations should make each call take long enough to time well (milliseconds, not
 * microseconds), for example by processing a batch of inputs, and must not let the submission
 * see an input before the trial that times it.
 *
 * <p>All calls come from one thread; implementations need not be thread-safe.
 */
public interface Workload {

    /** Builds this trial's input from {@code random}; not timed. */
    void prepare(SplittableRandom random);

    /** The grader's own sequential computation over this trial's input; timed. */
    long baseline();

    /** The submission's computation over this trial's input with {@code threads} threads; timed. */
    long candidate(int threads);
}
