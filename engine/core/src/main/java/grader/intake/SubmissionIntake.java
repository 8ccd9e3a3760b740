package grader.intake;

import grader.InvalidInputException;
import grader.exercise.Exercise;
import grader.exercise.GradingScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The first stage: reads a submission (a folder or a {@code .zip}) into memory and decides which
 * of its {@code .java} files are graded. Everything else is ignored. It refuses, with one sentence
 * and {@link InvalidInputException}, anything over the {@link IntakeLimits}, zip entries that would
 * escape their folder, links, and files outside the exercise's package. It writes nothing.
 *
 * <p>Set aside with a note rather than refused: test sources (under a {@code test} or
 * {@code tests} folder, or named like one of the grader's tests), since the grader brings its
 * own; and the student's copies of the exercise's given files, which the grader's copies replace.
 */
public final class SubmissionIntake {

    /** A top-level public type's declaration, at the start of a line: its name in group 1. */
    private static final Pattern PUBLIC_TYPE = Pattern.compile("(?m)^\\s*public\\s+(?:(?:final|abstract|sealed|non-sealed"
            + "|strictfp)\\s+)*(?:class|interface|enum|record|@interface)\\s+(\\p{javaJavaIdentifierStart}"
            + "\\p{javaJavaIdentifierPart}*)");

    private final IntakeLimits limits;

    public SubmissionIntake(IntakeLimits limits) {
        this.limits = limits;
    }

    public Submission read(Path submission, Exercise exercise) {
        if (Files.isDirectory(submission, LinkOption.NOFOLLOW_LINKS)) {
            return accept(readFolder(submission), exercise);
        }
        if (Files.isRegularFile(submission) && submission.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return accept(readZip(submission), exercise);
        }
        if (!Files.exists(submission, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidInputException("There is no file or folder at " + submission + ".");
        }
        throw new InvalidInputException(submission + " is neither a folder nor a .zip file.");
    }

    /** A {@code .java} file as read, before any judgement: its path inside the submission. */
    private record RawFile(String path, byte[] content) {
    }

    private List<RawFile> readFolder(Path folder) {
        List<RawFile> files = new ArrayList<>();
        ByteBudget budget = new ByteBudget();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    String relative = folder.relativize(file).toString().replace('\\', '/');
                    if (!isJava(relative)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attributes.isSymbolicLink() || !attributes.isRegularFile()) {
                        throw new InvalidInputException(relative + " is a link or a special file; submit the file itself.");
                    }
                    countFile(files.size());
                    budget.take(relative, attributes.size());
                    files.add(new RawFile(relative, Files.readAllBytes(file)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the submission folder " + folder + ": " + e.getMessage(), e);
        }
        return files;
    }

    private List<RawFile> readZip(Path zip) {
        List<RawFile> files = new ArrayList<>();
        ByteBudget budget = new ByteBudget();
        try (ZipFile archive = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            if (archive.size() > limits.maxZipEntries()) {
                throw new InvalidInputException(zip.getFileName() + " holds " + archive.size()
                        + " entries; a submission may hold at most " + limits.maxZipEntries() + ".");
            }
            long uncompressed = 0;
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().replace('\\', '/');
                refuseEscape(name);
                if (entry.isDirectory() || !isJava(name)) {
                    continue;
                }
                countFile(files.size());
                try (InputStream in = archive.getInputStream(entry)) {
                    byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
                    budget.take(name, content.length);
                    uncompressed += content.length;
                    if (uncompressed > limits.maxUncompressedBytes()) {
                        throw new InvalidInputException(zip.getFileName() + " unpacks to more than "
                                + limits.maxUncompressedBytes() / 1024 + " KiB of Java sources.");
                    }
                    files.add(new RawFile(name, content));
                }
            }
        } catch (ZipException e) {
            throw new InvalidInputException(zip.getFileName() + " is not a readable zip file (" + e.getMessage() + ").", e);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + zip + ": " + e.getMessage(), e);
        }
        return files;
    }

    private static void refuseEscape(String name) {
        boolean absolute = name.startsWith("/") || name.matches("^[A-Za-z]:.*");
        boolean climbs = Stream.of(name.split("/")).anyMatch(".."::equals);
        if (absolute || climbs) {
            throw new InvalidInputException("The zip entry '" + name + "' points outside the submission's folder;"
                    + " such archives are refused.");
        }
    }

    private void countFile(int alreadyRead) {
        if (alreadyRead >= limits.maxJavaFiles()) {
            throw new InvalidInputException("The submission holds more than " + limits.maxJavaFiles()
                    + " .java files, the most a submission may hold.");
        }
    }

    /** Sizes read so far against the per-file and total limits. Not thread-safe; one per read. */
    private final class ByteBudget {
        private long total;

        void take(String path, long size) {
            if (size > limits.maxFileBytes()) {
                throw new InvalidInputException(path + " is larger than " + limits.maxFileBytes() / 1024
                        + " KiB, the most a source file may be.");
            }
            total += size;
            if (total > limits.maxTotalBytes()) {
                throw new InvalidInputException("The submission's .java files together are larger than "
                        + limits.maxTotalBytes() / 1024 + " KiB, the most a submission may hold.");
            }
        }
    }

    private Submission accept(List<RawFile> files, Exercise exercise) {
        String expectedPackage = exercise.descriptor().packageName();
        Set<String> graderTestFiles = graderTestFileNames(exercise);
        Set<String> givenFiles = Set.copyOf(exercise.descriptor().given());
        List<String> notes = new ArrayList<>();
        Map<String, SourceFile> accepted = new LinkedHashMap<>();
        for (RawFile file : files) {
            String fileName = file.path().substring(file.path().lastIndexOf('/') + 1);
            if (isUnderTestFolder(file.path()) || graderTestFiles.contains(fileName)) {
                notes.add(file.path() + " was ignored: tests are the grader's own.");
                continue;
            }
            String text = new String(file.content(), StandardCharsets.UTF_8);
            String declared = PackageDeclaration.of(text).orElseThrow(() -> new InvalidInputException(
                    file.path() + " declares no package; every file must start with 'package " + expectedPackage + ";'."));
            if (!declared.equals(expectedPackage)) {
                throw new InvalidInputException(foreignPackage(file.path(), declared, exercise));
            }
            if (givenFiles.contains(fileName)) {
                notes.add(file.path() + " was replaced by the grader's copy of " + fileName + ", which is given.");
                continue;
            }
            String graded = gradedName(file.path(), fileName, text);
            if (!graded.equals(fileName)) {
                notes.add(file.path() + " was graded as " + graded + ", the name of the public class it declares.");
            }
            String packagePath = expectedPackage.replace('.', '/') + "/" + graded;
            SourceFile previous = accepted.putIfAbsent(packagePath, new SourceFile(packagePath, file.path(), text));
            if (previous != null) {
                throw new InvalidInputException("Both " + previous.origin() + " and " + file.path()
                        + " define " + graded + "; a submission holds one file per class.");
            }
        }
        if (accepted.isEmpty()) {
            // Only the student's own names in refusals: the submission's path may be a server's folder.
            throw new InvalidInputException("No Java source file of package " + expectedPackage + " was found in"
                    + " the submission; each file must start with 'package " + expectedPackage + ";'.");
        }
        List<SourceFile> sources = new ArrayList<>(accepted.values());
        sources.addAll(givenSources(exercise));
        return new Submission(sources, notes);
    }

    /**
     * The name a file is compiled under: its own when Java accepts it ({@code ParallelSum.java},
     * {@code Müller.java}), else that of the public class it declares, for the names systems give
     * copies ({@code ParallelSum (1).java}, {@code ParallelSum-2.java}).
     *
     * @throws InvalidInputException if the name is not Java's and the file declares no public class
     */
    private static String gradedName(String path, String fileName, String text) {
        String base = fileName.substring(0, fileName.length() - ".java".length());
        if (isJavaName(base)) {
            return fileName;
        }
        Matcher publicClass = PUBLIC_TYPE.matcher(text);
        if (publicClass.find()) {
            return publicClass.group(1) + ".java";
        }
        throw new InvalidInputException(path + " has a name Java does not accept for a source file (only letters,"
                + " digits, _ and $, then .java); rename it after the class it holds, for example Main.java.");
    }

    private static boolean isJavaName(String name) {
        return !name.isEmpty() && Character.isJavaIdentifierStart(name.codePointAt(0))
                && name.codePoints().allMatch(Character::isJavaIdentifierPart);
    }

    private static String foreignPackage(String path, String declared, Exercise exercise) {
        String expected = exercise.descriptor().packageName();
        String whose = declared.startsWith("grader") ? " (that package is the grader's own)"
                : declared.startsWith("java") || declared.startsWith("org.junit") || declared.startsWith("org.opentest4j")
                ? " (that package belongs to Java or JUnit)" : "";
        return path + " declares package " + declared + whose + ", but a submission for " + exercise.id()
                + " may only hold classes in package " + expected + ".";
    }

    private static List<SourceFile> givenSources(Exercise exercise) {
        String packageFolder = exercise.descriptor().packageName().replace('.', '/');
        List<SourceFile> given = new ArrayList<>();
        for (String fileName : exercise.descriptor().given()) {
            Path file = exercise.givenFolder().resolve(packageFolder).resolve(fileName);
            try {
                given.add(new SourceFile(packageFolder + "/" + fileName, "given/" + fileName, Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("the exercise's given file " + file + " cannot be read", e);
            }
        }
        return given;
    }

    private static Set<String> graderTestFileNames(Exercise exercise) {
        Set<String> names = new HashSet<>();
        for (Path folder : exercise.testSourceFolders(GradingScope.ALL)) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.map(path -> path.getFileName().toString()).filter(SubmissionIntake::isJava).forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the exercise's tests in " + folder, e);
            }
        }
        return names;
    }

    private static boolean isUnderTestFolder(String path) {
        List<String> folders = List.of(path.split("/"));
        return folders.subList(0, folders.size() - 1).stream().anyMatch(name -> name.equals("test") || name.equals("tests"));
    }

    private static boolean isJava(String path) {
        return path.endsWith(".java");
    }
}
