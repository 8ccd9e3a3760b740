package grader.web;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import grader.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The web front end's architecture, checked with the ArchUnit we ship for the students' static
 * rules. The web uses the engine through its API only: {@code grader.api} (the engine) and
 * {@code grader.api.model} (its values), and {@link InvalidInputException}, the refusal of bad
 * input; whatever else the engine holds may change without the web noticing. And the web's own
 * packages depend on each other without a cycle. The engine's packages have their own test.
 */
class ArchitectureTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("grader.web");

    @Test
    void theWebUsesTheEngineThroughItsApiOnly() {
        noClasses().that().resideInAPackage("grader.web..")
                .should().dependOnClassesThat(resideInAPackage("grader..")
                        .and(not(resideInAnyPackage("grader.web..", "grader.api..")))
                        .and(not(equivalentTo(InvalidInputException.class))))
                .check(WEB);
    }

    /** Every package its own slice. */
    @Test
    void theWebsPackagesAreFreeOfCycles() {
        slices().matching("grader.(**)").should().beFreeOfCycles().check(WEB);
    }
}
