package grader.cli;

import grader.InvalidInputException;
import grader.exercise.Exercise;
import grader.exercise.GradingScope;
import grader.exercise.TimingKind;
import grader.pipeline.GradingPipeline;
import grader.pipeline.GraderHome;
import grader.report.Gradebook;
import grader.report.GradescopeReport;
import grader.score.GradeReport;
import grader.score.ItemStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "grade-all", mixinStandardHelpOptions = true,
        description = "Grades every submission in FOLDER (each subfolder or .zip is one student) and writes a "
                + "gradebook CSV (student, score, max_score, speedup, status) and one JSON report per student.")
final class GradeAllCommand implements Callable<Integer> {

    private final GraderHome home;

    @Parameters(index = "0", paramLabel = "EXERCISE", description = "exercise1 … exercise4")
    private String exerciseId;

    @Parameters(index = "1", paramLabel = "FOLDER", description = "One subfolder or .zip per student.")
    private Path folder;

    @Option(names = "--csv", paramLabel = "FILE", description = "The gradebook (default: printed on standard output).")
    private Path csv;

    @Option(names = "--json-dir", paramLabel = "DIR", description = "Write STUDENT.json reports here.")
    private Path jsonDir;

    GradeAllCommand(GraderHome home) {
        this.home = home;
    }

    @Override
    public Integer call() throws IOException {
        Exercise exercise = home.exercises().find(exerciseId);
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(folder + " is not a folder of submissions.");
        }
        OutputFiles.requireWritableParent(csv);
        OutputFiles.requireWritableFolder(jsonDir);
        if (jsonDir != null) {
            Files.createDirectories(jsonDir);
        }
        List<Path> submissions = submissions(folder);
        if (submissions.isEmpty()) {
            throw new InvalidInputException(folder + " holds no submission (no subfolder and no .zip file).");
        }
        GradingPipeline pipeline = home.pipeline();
        Gradebook gradebook = new Gradebook();
        int done = 0;
        for (Path submission : submissions) {
            String student = studentName(submission);
            System.err.printf(Locale.ROOT, "[%d/%d] %s%n", ++done, submissions.size(), student);
            try {
                GradeReport report = pipeline.grade(exercise, submission, GradingScope.ALL);
                gradebook.add(student, report.score(), report.maxScore(), speedup(report), status(report));
                if (jsonDir != null) {
                    new GradescopeReport().write(report, jsonDir.resolve(student + ".json"));
                }
            } catch (InvalidInputException refused) {
                gradebook.add(student, 0, exercise.descriptor().maxScore(GradingScope.ALL), "",
                        "rejected: " + refused.getMessage());
            }
        }
        if (csv != null) {
            gradebook.write(csv);
            System.err.println("Gradebook written to " + csv);
        } else {
            System.out.print(gradebook.toCsv());
        }
        return 0;
    }

    private static List<Path> submissions(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(path -> Files.isDirectory(path)
                            || path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip"))
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static String studentName(Path submission) {
        String name = submission.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
    }

    private static String speedup(GradeReport report) {
        return report.timings().stream()
                .filter(verdict -> verdict.spec().kind() == TimingKind.SPEEDUP && !verdict.figures().cleanTrials().isEmpty())
                .map(verdict -> String.format(Locale.ROOT, "%.2f", verdict.figures().speedup()))
                .findFirst().orElse("");
    }

    private static String status(GradeReport report) {
        return report.items().stream().anyMatch(item -> item.status() == ItemStatus.INCONCLUSIVE)
                ? "inconclusive: re-run" : "graded";
    }
}
