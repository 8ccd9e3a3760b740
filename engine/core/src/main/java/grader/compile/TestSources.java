package grader.compile;

import grader.intake.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads an exercise's test sources (folders laid out by package) as {@link SourceFile}s. */
public final class TestSources {

    private TestSources() {
    }

    public static List<SourceFile> read(List<Path> folders) {
        List<SourceFile> sources = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                    String packagePath = folder.relativize(file).toString().replace('\\', '/');
                    sources.add(new SourceFile(packagePath, folder.getFileName() + " test " + file.getFileName(),
                            Files.readString(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the tests in " + folder, e);
            }
        }
        return sources;
    }
}
