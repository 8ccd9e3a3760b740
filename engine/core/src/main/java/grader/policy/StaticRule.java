package grader.policy;

import com.tngtech.archunit.lang.ArchRule;

/**
 * A static rule over a submission's compiled classes: an id an exercise can lift in its
 * descriptor ({@code policy.allow}), a summary a student understands, and the ArchUnit rule.
 */
public record StaticRule(String id, String summary, ArchRule rule) {
}
