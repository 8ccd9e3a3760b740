package grader.web.gradebook;

import grader.api.model.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many students pass each test of an exercise, from the reports of their best graded
 * submissions (the ones the exercise's charts count), hidden tests and checks included, the
 * most-failed first. A test is known by its report id ({@code exercise4.ParallelSumExactnessTest#emptyArray})
 * where the report has one, so a test renamed between gradings is still one row, shown under its
 * newest name. A test missing from a student's report (a submission that did not compile has none
 * of them) counts as not passed: the share is of every student counted. Immutable.
 */
public record TestPassRates(int students, List<TestPassRate> tests) {

    /**
     * One test: how many of the students passed it with every point ({@code passed}), of how many
     * ({@code students}), and whether students see it only once it is published.
     */
    public record TestPassRate(String name, boolean hidden, int passed, int students) {

        /** The share that passed, in whole percent (rounded down, so 100 means everyone). */
        public int percent() {
            return students == 0 ? 0 : passed * 100 / students;
        }
    }

    /** The pass rates of {@code reports}, one report per student. */
    public static TestPassRates of(List<Report> reports) {
        Map<String, TestPassRate> byTest = new LinkedHashMap<>();
        for (Report report : reports) {
            for (Report.Test test : report.tests()) {
                String key = test.id() != null ? test.id() : test.name();
                TestPassRate seen = byTest.get(key);
                int passed = (seen == null ? 0 : seen.passed()) + (Report.Test.PASSED.equals(test.status()) ? 1 : 0);
                byTest.put(key, new TestPassRate(test.name(), test.hidden(), passed, reports.size()));
            }
        }
        List<TestPassRate> tests = new ArrayList<>(byTest.values());
        tests.sort(Comparator.comparingInt(TestPassRate::passed).thenComparing(TestPassRate::name));
        return new TestPassRates(reports.size(), List.copyOf(tests));
    }
}
