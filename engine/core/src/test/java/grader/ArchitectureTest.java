package grader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine's own architecture, checked with the ArchUnit we ship for the students' static
 * rules: its packages (the grader's and the child runner's) depend on each other without a
 * cycle, and the API's values ({@code grader.api.model}) depend on nothing else of the engine,
 * so that a stored report can be read without it. {@code web/}'s own test holds the web to the API.
 */
class ArchitectureTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("grader");

    /**
     * Every package its own slice. One cycle is known and let through by name, so that any other
     * fails this test: in the child runner, a model checker's trace ({@code interleaving}) asks
     * {@code diagnosis} which source files are the student's, while {@code diagnosis} reads the
     * trace. It outlived the typed child protocol of issue 16; delete the exception once
     * {@code StudentClasses} (or the trace's use of it) moves out of the cycle.
     */
    @Test
    void theEnginesPackagesAreFreeOfCycles() {
        slices().matching("grader.(**)").should().beFreeOfCycles()
                .ignoreDependency("grader.child.interleaving.LincheckTrace", "grader.child.diagnosis.StudentClasses")
                .check(ENGINE);
    }

    @Test
    void theApisValuesDependOnNothingElseOfTheEngine() {
        noClasses().that().resideInAPackage("grader.api.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("grader.api.model..", "java..",
                        "com.fasterxml.jackson..")
                .check(ENGINE);
    }
}
