package grader.intake;

import java.util.List;

/**
 * What intake accepted: the student's sources (with the grader's given files in place) and notes
 * on what was set aside, for the report. Immutable.
 */
public record Submission(List<SourceFile> sources, List<String> notes) {

    public Submission {
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }

    /** The fully qualified names of the submission's top-level classes. */
    public List<String> classNames() {
        return sources.stream().map(SourceFile::className).toList();
    }
}
