package grader.pipeline;

import grader.compile.JavaSourceCompiler;
import grader.exercise.ExerciseCatalog;
import grader.files.UserCache;
import grader.intake.IntakeLimits;
import grader.intake.SubmissionIntake;
import grader.measure.TimingJudge;
import grader.measure.TimingRun;
import grader.policy.PolicyCheck;
import grader.run.ChildJvm;
import grader.run.ProcessLimits;
import grader.run.Sandbox;
import grader.run.SharedClassArchive;
import grader.run.TestRun;
import grader.score.GradeReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project folder the grader runs from (the {@code grader.home} system property, which the
 * launcher and the build set): where the exercises are and where the build put the child JVM's
 * class path. Also wires the standard pipeline, so that every front end grades the same way.
 * Immutable.
 */
public record GraderHome(Path root) {

    public static GraderHome fromSystemProperty() {
        String home = System.getProperty("grader.home");
        if (home == null) {
            throw new IllegalStateException("the grader.home system property is not set; start the grader with ./grader");
        }
        return new GraderHome(Path.of(home).toAbsolutePath().normalize());
    }

    public ExerciseCatalog exercises() {
        return ExerciseCatalog.load(root.resolve("exercises"));
    }

    /** The child runner's jar and the libraries beside it (JUnit), as the build lays them out. */
    public List<Path> childClassPath() {
        Path target = root.resolve("engine/child/target");
        Path jar = target.resolve("grader-child.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the grader is not built (" + jar + " is missing); run ./grader once, or mvn package");
        }
        List<Path> classPath = new ArrayList<>(List.of(jar));
        classPath.addAll(jars(target.resolve("lib"), "the child JVM's libraries"));
        return classPath;
    }

    /**
     * Lincheck and its libraries, as the build lays them out beside the child's: on the class
     * path of the test JVMs that model-check (and of the tests' compilation), of no other. None in
     * a student kit, which leaves them out: only hidden tests model-check.
     */
    public List<Path> modelCheckerClassPath() {
        Path folder = root.resolve("engine/child/target/model-checker");
        return Files.isDirectory(folder) ? jars(folder, "the model checker's libraries") : List.of();
    }

    private static List<Path> jars(Path folder, String what) {
        try (Stream<Path> libraries = Files.list(folder)) {
            return libraries.filter(path -> path.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + what, e);
        }
    }

    /** The intake every front end applies, to an upload as to a grading: the standard limits. */
    public SubmissionIntake intake() {
        return new SubmissionIntake(IntakeLimits.standard());
    }

    /**
     * Wires the standard pipeline, with a reservation of the cores shared with the other grader
     * processes of this machine through a lock file. Each call detects the sandbox and the
     * process limits (cgroups) anew and opens the lock file again, so a process calls it once:
     * {@code grader.api.GradingEngine} does, when it is created, and shares the pipeline between
     * its threads.
     */
    public GradingPipeline pipeline() {
        CoreReservation cores = CoreReservation.machineWide(UserCache.folder().resolve("cores.lock"));
        Sandbox sandbox = Sandbox.detect();
        ProcessLimits limits = ProcessLimits.detect();
        List<Path> childClassPath = childClassPath();
        List<Path> modelChecker = modelCheckerClassPath();
        ChildJvm jvm = new ChildJvm(sandbox, limits, SharedClassArchive.inUserCache(childClassPath));
        List<Path> testCompileClassPath = new ArrayList<>(childClassPath);
        testCompileClassPath.addAll(modelChecker);
        return new GradingPipeline(intake(), new JavaSourceCompiler(),
                new PolicyCheck(), new TestRun(jvm, childClassPath, modelChecker), new TimingRun(jvm, childClassPath),
                new TimingJudge(), testCompileClassPath, host(sandbox, limits), cores);
    }

    private static GradeReport.HostInfo host(Sandbox sandbox, ProcessLimits limits) {
        String name;
        try {
            name = InetAddress.getLocalHost().getHostName();
        } catch (IOException unknown) {
            name = "unknown";
        }
        return new GradeReport.HostInfo(name, Runtime.getRuntime().availableProcessors(),
                Runtime.version().toString(), Stream.concat(sandbox.layers().stream(), limits.layers().stream()).toList());
    }
}
