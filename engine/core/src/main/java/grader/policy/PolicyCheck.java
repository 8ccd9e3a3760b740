package grader.policy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The static-rules stage: imports a submission's compiled classes with ArchUnit and lists every
 * place that breaks one of the exercise's rules. Only the submission's classes are checked, never
 * the grader's tests.
 */
public final class PolicyCheck {

    public List<Violation> check(Path compiledSubmission, List<String> allowedRules) {
        JavaClasses classes = new ClassFileImporter().importPath(compiledSubmission);
        List<Violation> violations = new ArrayList<>();
        for (StaticRule rule : StaticRules.except(allowedRules)) {
            EvaluationResult result = rule.rule().allowEmptyShould(true).evaluate(classes);
            for (String detail : result.getFailureReport().getDetails()) {
                violations.add(new Violation(rule.id(), rule.summary(), detail));
            }
        }
        return violations;
    }
}
