package grader.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.compile.CompileResult;
import grader.compile.JavaSourceCompiler;
import grader.intake.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each route to a forbidden capability, the obvious call and the side doors a determined student
 * finds, is refused by its rule, and named with the class, member and line.
 */
class StaticRulesTest {

    private static final JavaSourceCompiler COMPILER = new JavaSourceCompiler();

    @TempDir
    Path classes;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            exit             | Runtime.getRuntime().halt(0);
            reflection       | Object.class.getDeclaredMethods();
            reflection       | java.lang.invoke.MethodHandles.lookup();
            reflection       | Probe.class.getResourceAsStream("Probe.class");
            class-loaders    | Thread.currentThread().getContextClassLoader().getResourceAsStream("probe/Probe.class");
            class-loaders    | java.util.ServiceLoader.load(Runnable.class);
            class-loaders    | System.loadLibrary("x");
            files            | new java.io.RandomAccessFile("/etc/passwd", "r");
            files            | new java.util.Scanner(java.nio.file.Path.of("/etc/passwd"));
            files            | new java.io.FileDescriptor();
            files            | java.util.prefs.Preferences.userRoot().put("k", "v");
            files            | new java.util.logging.FileHandler("log");
            files            | javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse("file:///etc/passwd");
            files            | new java.util.zip.ZipFile("x.zip");
            files            | javax.tools.ToolProvider.getSystemJavaCompiler();
            network          | new java.net.URL("http://example.org").openStream();
            network          | java.net.http.HttpClient.newHttpClient();
            network          | new javax.naming.InitialContext().lookup("ldap://example.org/x");
            network          | java.sql.DriverManager.getConnection("jdbc:x");
            processes        | Runtime.getRuntime().exec("sh");
            processes        | ProcessHandle.current().parent();
            environment      | System.getenv("HOME");
            environment      | System.getProperty("user.home");
            environment      | java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
            shutdown-hooks   | Runtime.getRuntime().addShutdownHook(new Thread());
            standard-streams | System.setOut(System.err);
            thread-control   | Thread.currentThread().getThreadGroup().enumerate(new Thread[9]);
            thread-control   | Thread.getAllStackTraces();
            """)
    void eachRouteIsRefusedByItsRule(String rule, String statement) {
        List<Violation> violations = check(statement);
        assertTrue(violations.stream().anyMatch(violation -> violation.ruleId().equals(rule)),
                () -> "expected a '" + rule + "' violation, got " + violations);
        assertTrue(violations.stream().anyMatch(violation -> violation.detail().contains("Probe.java:5")),
                () -> "the violation should name the line: " + violations);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Runtime.getRuntime().availableProcessors();
            Thread.currentThread().interrupt();
            new Thread(() -> { }).start();
            java.util.concurrent.Executors.newFixedThreadPool(2).shutdown();
            System.out.println(System.nanoTime());
            """)
    void whatConcurrentCodeNeedsIsAllowed(String statement) {
        assertEquals(List.of(), check(statement));
    }

    private List<Violation> check(String statement) {
        String source = """
                package probe;

                public final class Probe {
                    public static void run() throws Exception {
                        STATEMENT
                    }
                }
                """.replace("STATEMENT", statement);
        CompileResult compiled = COMPILER.compile(List.of(new SourceFile("probe/Probe.java", "Probe.java", source)),
                List.of(), classes);
        assertTrue(compiled.success(), () -> compiled.errors().toString());
        return new PolicyCheck().check(classes, List.of(), Set.of());
    }
}
