package grader.policy;

/**
 * A place in the submission that breaks a static rule: the rule, and ArchUnit's description of
 * the access, which names the class, the member and the line
 * ({@code Method <exercise4.ParallelSum.sum(long[])> calls method <java.lang.System.exit(int)> in (ParallelSum.java:12)}).
 */
public record Violation(String ruleId, String ruleSummary, String detail) {

    @Override
    public String toString() {
        return ruleSummary + ": " + detail;
    }
}
