package grader.web.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Submissions' files in the database ({@code submission_files}: one row a file of the stored
 * folder, which is flat: {@code submission.zip} or the {@code .java} files), for grading machines
 * that do not share the server's disk. The server writes them at upload; a worker unpacks them into
 * a folder of its own. Thread-safe: all state is in the database.
 */
public final class SubmissionBlobs implements WorkerFiles {

    private final Jdbi jdbi;

    public SubmissionBlobs(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void keep(Handle handle, long submissionId, Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                handle.createUpdate("INSERT INTO submission_files (submission_id, name, content) VALUES (:id, :name, :content)")
                        .bind("id", submissionId).bind("name", file.getFileName().toString())
                        .bind("content", Files.readAllBytes(file)).execute();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the staged upload " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the submission's files into {@code scratch} and returns what to grade in it.
     *
     * @throws IllegalStateException if the database holds no files for it (stored before it was shared)
     */
    @Override
    public Path gradable(long submissionId, String storageKey, Path scratch) {
        return SubmissionFiles.gradable(unpack(submissionId, scratch));
    }

    private Path unpack(long submissionId, Path target) {
        List<StoredFile> files = jdbi.withHandle(handle -> handle.createQuery("SELECT name, content FROM submission_files"
                        + " WHERE submission_id = :id ORDER BY name").bind("id", submissionId)
                .map((rs, ctx) -> new StoredFile(rs.getString("name"), rs.getBytes("content"))).list());
        if (files.isEmpty()) {
            throw new IllegalStateException("the database holds no files of submission " + submissionId);
        }
        try {
            for (StoredFile file : files) {
                // Names were base names when stored; resolving only those keeps every file inside target.
                Path path = target.resolve(file.name()).normalize();
                if (!target.equals(path.getParent())) {
                    throw new IllegalStateException("submission " + submissionId + " holds a file named " + file.name());
                }
                Files.write(path, file.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack submission " + submissionId + " into " + target + ": " + e.getMessage(), e);
        }
        return target;
    }

    private record StoredFile(String name, byte[] content) {
    }
}
