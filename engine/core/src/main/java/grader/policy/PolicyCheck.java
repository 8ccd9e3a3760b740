package grader.policy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The static-rules stage: imports a submission's compiled classes with ArchUnit and lists every
 * place that breaks one of the exercise's rules. Only the student's own classes are checked: not
 * the grader's tests, and not the files the exercise gives (exercise2's {@code Worker} ends its
 * JVM on purpose, to stand for a crash).
 */
public final class PolicyCheck {

    /** @param givenClasses fully qualified top-level names of the grader's given classes, skipped */
    public List<Violation> check(Path compiledSubmission, List<String> allowedRules, Set<String> givenClasses) {
        Set<String> givenPaths = givenClasses.stream().map(name -> "/" + name.replace('.', '/')).collect(Collectors.toSet());
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(location -> givenPaths.stream().noneMatch(given ->
                        location.contains(given + ".class") || location.contains(given + "$")))
                .importPath(compiledSubmission);
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
