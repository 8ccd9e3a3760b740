package grader.api.model;

/**
 * The stages of one grading, in the order they run; their {@link #word()}s name them in a
 * report's {@code stages}. A stage may not run at all (no tests run when the code does not
 * compile), and {@link #COMPILE} runs twice: the submission, then the tests against it.
 */
public enum Stage {
    INTAKE("intake"),
    COMPILE("compile"),
    POLICY("policy"),
    TESTS("tests"),
    SPEEDUP("speedup");

    private final String word;

    Stage(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
