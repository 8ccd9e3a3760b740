package grader.compile;

import grader.intake.SourceFile;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles sources held in memory with the in-process {@code javax.tools} compiler, for Java 17
 * ({@code --release 17}) whatever JDK runs the grader, into a class folder. Errors carry the name
 * each file had in the submission, so a student can find the line.
 *
 * <p>Thread-safe: each call has its own file manager and diagnostics.
 */
public final class JavaSourceCompiler {

    private final JavaCompiler compiler;

    public JavaSourceCompiler() {
        compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("this Java runtime has no compiler; run the grader with a JDK");
        }
    }

    public CompileResult compile(List<SourceFile> sources, List<Path> classPath, Path outputFolder) {
        return compile(sources, classPath, List.of(), outputFolder);
    }

    /**
     * As {@link #compile(List, List, Path)}, with {@code sourcePath} folders where the compiler
     * finds the sources that {@code sources} refer to; it checks them but writes no class for them.
     */
    public CompileResult compile(List<SourceFile> sources, List<Path> classPath, List<Path> sourcePath,
                                 Path outputFolder) {
        try {
            Files.createDirectories(outputFolder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8", "-proc:none", "-nowarn",
                "-implicit:none", "-d", outputFolder.toString(),
                "-cp", classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator))));
        if (!sourcePath.isEmpty()) { // an empty source path would mean the working folder
            options.add("-sourcepath");
            options.add(sourcePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        }
        List<JavaFileObject> units = sources.stream().map(InMemorySource::new).collect(Collectors.toList());
        StringWriter compilerOutput = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            boolean success = compiler.getTask(compilerOutput, files, diagnostics, options, null, units).call();
            List<CompilerMessage> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                    errors.add(new CompilerMessage(origin(diagnostic.getSource()), diagnostic.getLineNumber(),
                            diagnostic.getMessage(Locale.ROOT)));
                }
            }
            if (!success && errors.isEmpty()) {
                errors.add(new CompilerMessage("(compiler)", 0, compilerOutput.toString().strip()));
            }
            return new CompileResult(success, errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String origin(JavaFileObject source) {
        return source instanceof InMemorySource inMemory ? inMemory.file.origin() : "(unknown file)";
    }

    /** A source file the compiler reads from memory, named after its place in the package tree. */
    private static final class InMemorySource extends SimpleJavaFileObject {
        private final SourceFile file;

        InMemorySource(SourceFile file) {
            super(uri(file.packagePath()), Kind.SOURCE);
            this.file = file;
        }

        /** The URI of a package path, with what a URI may not hold as such (non-ASCII letters) quoted. */
        private static URI uri(String packagePath) {
            try {
                return new URI("string", null, "/" + packagePath, null);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("not a package path: " + packagePath, e);
            }
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return file.content();
        }
    }
}
