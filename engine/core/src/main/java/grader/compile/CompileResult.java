package grader.compile;

import java.util.List;

/** The outcome of one compilation: whether it succeeded, and its errors when it did not. */
public record CompileResult(boolean success, List<CompilerMessage> errors) {

    public CompileResult {
        errors = List.copyOf(errors);
    }
}
