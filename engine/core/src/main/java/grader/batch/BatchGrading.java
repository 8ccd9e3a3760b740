package grader.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import grader.InvalidInputException;
import grader.exercise.Exercise;
import grader.exercise.GradingScope;
import grader.pipeline.GradingPipeline;
import grader.report.GradescopeReport;
import grader.score.GradeReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Grades a folder of submissions, several at once: correctness phases run side by side up to the
 * given parallelism, while the pipeline's core reservation gives each speedup phase the machine to
 * itself, so that a speedup verdict is the one the submission would get graded alone.
 *
 * <p>Resumable: with a report folder, a submission whose report is already there, for this
 * exercise and newer than the submission, is not graded again unless {@code regrade} is set. A
 * report is written whole or not at all, so an interrupted batch leaves no half-written one.
 */
public final class BatchGrading {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GradingPipeline pipeline;
    private final Exercise exercise;
    private final Optional<Path> reports;
    private final boolean regrade;
    private final int parallelism;

    public BatchGrading(GradingPipeline pipeline, Exercise exercise, Optional<Path> reports, boolean regrade,
                        int parallelism) {
        this.pipeline = pipeline;
        this.exercise = exercise;
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
        try {
            List<Future<BatchResult>> pending = new ArrayList<>();
            for (BatchEntry entry : entries) {
                Optional<BatchResult> earlier = earlierResult(entry);
                if (earlier.isPresent()) {
                    progress.finished(earlier.get());
                    pending.add(CompletableFuture.completedFuture(earlier.get()));
                } else {
                    pending.add(graders.submit(() -> grade(entry, progress)));
                }
            }
            List<BatchResult> results = new ArrayList<>();
            for (Future<BatchResult> result : pending) {
                results.add(result.get());
            }
            progress.ended();
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the batch was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("grading a submission failed: " + e.getCause(), e.getCause());
        } finally {
            graders.shutdownNow();
        }
    }

    private BatchResult grade(BatchEntry entry, BatchProgress progress) {
        progress.started(entry);
        BatchResult result;
        try {
            GradeReport report = pipeline.grade(exercise, entry.path(), GradingScope.ALL);
            reports.ifPresent(folder -> new GradescopeReport().write(report, reportFile(folder, entry)));
            result = BatchResult.graded(entry.student(), report);
        } catch (InvalidInputException refused) {
            result = BatchResult.rejected(entry.student(), exercise.descriptor().maxScore(GradingScope.ALL),
                    refused.getMessage());
        }
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
            JsonNode report = JSON.readTree(file.toFile());
            if (!exercise.id().equals(report.path("exercise").asText()) || !report.path("score").isNumber()) {
                return Optional.empty();
            }
            BatchResult earlier = BatchResult.resumed(entry.student(), report);
            return earlier.settled() ? Optional.of(earlier) : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty(); // not a report of ours: grade again and overwrite it
        }
    }

    private static Path reportFile(Path folder, BatchEntry entry) {
        return folder.resolve(entry.student() + ".json");
    }
}
