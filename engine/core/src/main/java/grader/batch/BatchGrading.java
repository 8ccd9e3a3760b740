package grader.batch;

import grader.InvalidInputException;
import grader.api.Graded;
import grader.api.Grading;
import grader.api.GradingEngine;
import grader.api.model.GradeStatus;
import grader.api.model.GradingListener;
import grader.api.model.Report;
import grader.report.GradescopeReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Grades a folder of submissions in two rounds. First the correctness parts (compiling, static
 * rules, tests) run side by side, up to the given parallelism, and every submission without a
 * speedup phase left is finished at once. Then the speedup phases run one after another, each
 * with the machine's cores to itself through the pipeline's core reservation, so a verdict is the
 * one the submission would get graded alone (the engine's core reservation sees to it). Measuring in a second round keeps the speedup phases
 * from waiting on other submissions' tests: a submission whose tests hang holds its correctness
 * slot until every timeout has run out, and a speedup phase would wait for it, since it needs the
 * machine's cores to itself.
 *
 * <p>Resumable: with a report folder, a submission whose report is already there, for this
 * exercise and newer than the submission, is not graded again unless {@code regrade} is set. A
 * report is written whole or not at all, so an interrupted batch leaves no half-written one. A
 * report whose speedup verdict is still pending is graded again.
 *
 * <p>Not thread-safe: one thread runs a batch, which owns its grading threads and stops them
 * before {@link #run} returns. The engine it grades through is shared by those threads.
 */
public final class BatchGrading {

    private final GradingEngine engine;
    private final String exerciseId;
    private final Optional<Path> reports;
    private final boolean regrade;
    private final int parallelism;

    /** A batch of {@code exerciseId}, which must exist ({@link GradingEngine#exercise}). */
    public BatchGrading(GradingEngine engine, String exerciseId, Optional<Path> reports, boolean regrade,
                        int parallelism) {
        this.engine = engine;
        this.exerciseId = exerciseId;
        this.reports = reports;
        this.regrade = regrade;
        this.parallelism = parallelism;
    }

    /** Every entry's row, in the entries' order. */
    public List<BatchResult> run(List<BatchEntry> entries, BatchProgress progress) {
        ExecutorService graders = Executors.newFixedThreadPool(parallelism, runnable -> {
            Thread thread = new Thread(runnable, "batch-grader");
            thread.setDaemon(true);
            return thread;
        });
        Map<BatchEntry, Grading> waitingForSpeedup = new ConcurrentHashMap<>();
        try {
            Map<BatchEntry, Future<Optional<BatchResult>>> correctness = new LinkedHashMap<>();
            for (BatchEntry entry : entries) {
                Optional<BatchResult> earlier = earlierResult(entry);
                if (earlier.isPresent()) {
                    progress.finished(earlier.get());
                    correctness.put(entry, CompletableFuture.completedFuture(earlier));
                } else {
                    correctness.put(entry, graders.submit(() -> gradeCorrectness(entry, progress, waitingForSpeedup)));
                }
            }
            Map<BatchEntry, Optional<BatchResult>> settled = new LinkedHashMap<>();
            for (Map.Entry<BatchEntry, Future<Optional<BatchResult>>> entry : correctness.entrySet()) {
                settled.put(entry.getKey(), entry.getValue().get());
            }
            // Only now, with every correctness run over, do the speedup phases begin.
            List<BatchResult> results = new ArrayList<>();
            settled.forEach((entry, result) -> results.add(result.orElseGet(() -> measure(entry, progress, waitingForSpeedup))));
            progress.ended();
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the batch was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("grading a submission failed: " + e.getCause(), e.getCause());
        } finally {
            stop(graders);
            waitingForSpeedup.values().forEach(Grading::close);
        }
    }

    /** Interrupts the correctness runs still going and gives them a moment to end, so none leaves a workspace behind. */
    private static void stop(ExecutorService graders) {
        graders.shutdownNow();
        try {
            graders.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The submission's row if it is finished; empty if its speedup phase is left (it is then waiting). */
    private Optional<BatchResult> gradeCorrectness(BatchEntry entry, BatchProgress progress,
                                                   Map<BatchEntry, Grading> waitingForSpeedup) {
        progress.started(entry);
        Grading grading;
        try {
            grading = engine.startGrading(exerciseId, entry.path(), GradingListener.NONE);
        } catch (InvalidInputException refused) {
            return Optional.of(finished(progress, new BatchResult(entry.student(),
                    Report.rejected(refused.getMessage(), engine.exercise(exerciseId).points()), BatchResult.Origin.REJECTED)));
        }
        if (grading.speedupPhaseLeft()) {
            waitingForSpeedup.put(entry, grading);
            return Optional.empty();
        }
        try (grading) {
            return Optional.of(record(entry, grading.finish(), progress));
        }
    }

    private BatchResult measure(BatchEntry entry, BatchProgress progress, Map<BatchEntry, Grading> waitingForSpeedup) {
        progress.measuring(entry);
        try (Grading grading = waitingForSpeedup.remove(entry)) {
            return record(entry, grading.finish(), progress);
        }
    }

    private BatchResult record(BatchEntry entry, Graded graded, BatchProgress progress) {
        reports.ifPresent(folder -> GradescopeReport.write(graded.report(), reportFile(folder, entry)));
        return finished(progress, new BatchResult(entry.student(), graded.report(), BatchResult.Origin.GRADED));
    }

    private static BatchResult finished(BatchProgress progress, BatchResult result) {
        progress.finished(result);
        return result;
    }

    /** The row of a report an earlier run wrote, if it is for this exercise and the submission has not changed since. */
    private Optional<BatchResult> earlierResult(BatchEntry entry) {
        if (regrade || reports.isEmpty()) {
            return Optional.empty();
        }
        Path file = reportFile(reports.get(), entry);
        try {
            if (!Files.isRegularFile(file) || Files.getLastModifiedTime(file).compareTo(entry.lastModified()) < 0) {
                return Optional.empty();
            }
            Report report = Report.fromJson(Files.readString(file));
            if (!exerciseId.equals(report.exercise()) || report.summary().status() == GradeStatus.PENDING) {
                return Optional.empty();
            }
            return Optional.of(new BatchResult(entry.student(), report, BatchResult.Origin.RESUMED));
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty(); // not a report of ours: grade again and overwrite it
        }
    }

    private static Path reportFile(Path folder, BatchEntry entry) {
        return folder.resolve(entry.student() + ".json");
    }
}
