package grader.cli;

import grader.InvalidInputException;
import grader.api.GradingEngine;
import grader.batch.BatchEntry;
import grader.batch.BatchGrading;
import grader.batch.BatchResult;
import grader.batch.ProgressDisplay;
import grader.pipeline.GraderHome;
import grader.report.Gradebook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "grade-all", mixinStandardHelpOptions = true,
        description = {"Grades every submission in FOLDER (each subfolder or .zip is one student) and writes a "
                + "gradebook CSV (student, score, max_score, speedup, status) and one JSON report per student.",
                "Several submissions are graded at once; speedup phases still run one at a time, alone. "
                        + "With --json-dir, a re-run keeps the reports already there (unless the submission changed "
                        + "since) and grades only the rest; --regrade grades everything again."})
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

    @Option(names = "--regrade", description = "Grade every submission, even those with a report in --json-dir.")
    private boolean regrade;

    // Twice the cores: correctness runs spend much of their time waiting (a deadlocked or hanging
    // submission waits out each test's timeout; exercise2 waits on its worker processes), and no
    // speedup phase runs beside them, since those come in a round of their own.
    @Option(names = "--jobs", paramLabel = "N",
            description = "Submissions whose correctness parts are graded at once (default: twice the cores, ${DEFAULT-VALUE}).")
    private int jobs = 2 * Runtime.getRuntime().availableProcessors();

    GradeAllCommand(GraderHome home) {
        this.home = home;
    }

    @Override
    public Integer call() throws IOException {
        GradingEngine engine = GradingEngine.open(home.root());
        engine.exercise(exerciseId);
        if (jobs < 1) {
            throw new InvalidInputException("--jobs must be at least 1, not " + jobs + ".");
        }
        List<BatchEntry> entries = BatchEntry.listIn(folder);
        OutputFiles.requireWritableParent(csv);
        OutputFiles.requireWritableFolder(jsonDir);
        if (jsonDir != null) {
            Files.createDirectories(jsonDir);
        }
        BatchGrading batch = new BatchGrading(engine, exerciseId, Optional.ofNullable(jsonDir), regrade, jobs);
        List<BatchResult> results = batch.run(entries,
                new ProgressDisplay(System.err, System.console() != null, entries.size()));
        Gradebook gradebook = new Gradebook();
        results.forEach(row -> gradebook.add(row.student(), row.summary()));
        if (csv != null) {
            gradebook.write(csv);
            System.err.println("Gradebook written to " + csv);
        } else {
            System.out.print(gradebook.toCsv());
        }
        return 0;
    }
}
