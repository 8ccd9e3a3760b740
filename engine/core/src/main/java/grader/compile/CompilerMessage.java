package grader.compile;

/** One compiler error, in the student's terms: the file as submitted, the line, javac's words. */
public record CompilerMessage(String file, long line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
