package grader.authoring;

import org.junit.jupiter.api.Test;

/**
 * The Maven project file that lets an IDE (IntelliJ IDEA, Eclipse, VS Code) open an exercise
 * folder: the student's code in {@code starter/}, the public tests in {@code tests/public/} with
 * JUnit 5 on their class path, so that the IDE's own runner runs them. It lives in the exercise's
 * folder, in the project and in every kit, and is no module of the grader's build: a starter
 * fails its tests by design. The hidden tests and the timing workloads stay out of it.
 */
public final class ExercisePom {

    /**
     * The plugins a build up to {@code test} uses, pinned: Maven's built-in defaults predate JUnit 5
     * (surefire 2.12 finds no test). The same versions as the root pom.
     */
    private static final String PLUGINS = plugin("maven-clean-plugin", "3.4.0")
            + plugin("maven-resources-plugin", "3.3.1")
            + plugin("maven-compiler-plugin", "3.14.0")
            + plugin("maven-surefire-plugin", "3.5.2");

    private ExercisePom() {
    }

    /** The project file of exercise {@code id}, titled {@code title}, with the grader's own JUnit version. */
    public static String render(String id, String title) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Opens %1$s in an IDE as a Maven project: your code is starter/, the public tests are
                     tests/public/ (JUnit 5), so the IDE's test runner runs them. ./grader check %1$s grades
                     the same code, with the static rules too. Made by the grader; not part of its build. -->
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>

                  <groupId>coursework</groupId>
                  <artifactId>%1$s</artifactId>
                  <version>1</version>
                  <name>%2$s</name>

                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>

                  <dependencies>
                    <dependency>
                      <groupId>org.junit.jupiter</groupId>
                      <artifactId>junit-jupiter</artifactId>
                      <version>%3$s</version>
                      <scope>test</scope>
                    </dependency>
                  </dependencies>

                  <build>
                    <sourceDirectory>starter</sourceDirectory>
                    <testSourceDirectory>tests/public</testSourceDirectory>
                    <plugins>
                %4$s    </plugins>
                  </build>
                </project>
                """.formatted(id, escape(id + " — " + title), junitVersion(), PLUGINS);
    }

    private static String plugin(String artifactId, String version) {
        return """
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>%s</artifactId>
                        <version>%s</version>
                      </plugin>
                """.formatted(artifactId, version);
    }

    /** The JUnit Jupiter the grader's test JVMs run, so that the IDE runs the tests with the same one. */
    private static String junitVersion() {
        String version = Test.class.getPackage().getImplementationVersion();
        if (version == null) {
            throw new IllegalStateException("cannot tell the JUnit version: its jar has no Implementation-Version");
        }
        return version;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
