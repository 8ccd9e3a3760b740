package grader.policy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.RandomAccessFile;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.logging.FileHandler;
import java.util.zip.ZipFile;

/**
 * The catalogue of static rules. Each forbids a capability that student code has no business
 * using in coursework and that could harm the grader, the host or other students, or forge a
 * result: ending the JVM, reflection, class loading and native code, files, network, processes,
 * the environment, shutdown hooks, the standard streams, stopping threads, and the grader's and
 * JUnit's own classes. An exercise lifts a rule by id where its lesson needs the capability.
 */
public final class StaticRules {

    private StaticRules() {
    }

    public static List<StaticRule> all() {
        return List.of(
                new StaticRule("exit", "must not end the JVM (System.exit, Runtime.halt)",
                        forbidCalls(Set.of("java.lang.System", "java.lang.Runtime"), Set.of("exit", "halt"))),
                new StaticRule("reflection", "must not use reflection or method handles",
                        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                                        "java.lang.reflect..", "java.lang.invoke..", "sun.misc..", "sun.reflect..",
                                        "jdk.internal..", "java.lang.instrument..")
                                .orShould(forbiddenCall(Set.of("java.lang.Class"), Set.of("forName", "getDeclaredMethod",
                                        "getDeclaredMethods", "getDeclaredField", "getDeclaredFields",
                                        "getDeclaredConstructor", "getDeclaredConstructors", "getMethod", "getMethods",
                                        "getField", "getFields", "getConstructor", "getConstructors", "newInstance",
                                        "getClassLoader", "getResource", "getResourceAsStream", "getModule")))),
                new StaticRule("class-loaders", "must not load classes or native code",
                        noClasses().should().dependOnClassesThat().areAssignableTo(ClassLoader.class)
                                .orShould(forbiddenCall(Set.of("java.lang.System", "java.lang.Runtime"),
                                        Set.of("load", "loadLibrary")))
                                .orShould().dependOnClassesThat().resideInAnyPackage("java.lang.foreign..")
                                .orShould().dependOnClassesThat().belongToAnyOf(ServiceLoader.class)),
                new StaticRule("files", "must not read or write files",
                        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.nio.channels..")
                                .orShould().dependOnClassesThat().belongToAnyOf(File.class,
                                        FileInputStream.class, FileOutputStream.class,
                                        FileReader.class, FileWriter.class, RandomAccessFile.class,
                                        FileDescriptor.class, ObjectInputStream.class,
                                        ObjectOutputStream.class)
                                .orShould(openingFileByName())
                                // Routes to files through other APIs: preferences, XML by URI, flight
                                // recordings, log files, archives, the compiler, script engines.
                                .orShould().dependOnClassesThat().resideInAnyPackage("java.util.prefs..", "javax.xml..",
                                        "jdk.jfr..", "javax.tools..", "javax.script..", "java.awt..")
                                .orShould().dependOnClassesThat().belongToAnyOf(FileHandler.class,
                                        ZipFile.class, JarFile.class)),
                new StaticRule("network", "must not use the network",
                        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net..", "javax.net..",
                                "jdk.net..", "com.sun.net..", "java.rmi..", "javax.naming..", "java.sql..", "javax.sql..")),
                new StaticRule("processes", "must not start processes",
                        noClasses().should().dependOnClassesThat().belongToAnyOf(ProcessBuilder.class, Process.class,
                                        ProcessHandle.class)
                                .orShould(forbiddenCall(Set.of("java.lang.Runtime"), Set.of("exec")))),
                new StaticRule("environment", "must not read the environment or system properties",
                        noClasses().should(forbiddenCall(Set.of("java.lang.System"), Set.of("getenv", "getProperty",
                                        "getProperties", "setProperty", "setProperties", "clearProperty")))
                                // The management beans show the JVM's arguments and properties too.
                                .orShould().dependOnClassesThat().resideInAnyPackage("java.lang.management..",
                                        "com.sun.management..", "javax.management..")),
                new StaticRule("shutdown-hooks", "must not register shutdown hooks",
                        forbidCalls(Set.of("java.lang.Runtime"), Set.of("addShutdownHook", "removeShutdownHook"))),
                new StaticRule("standard-streams", "must not replace System.out, System.err or System.in",
                        forbidCalls(Set.of("java.lang.System"), Set.of("setOut", "setErr", "setIn"))),
                new StaticRule("thread-control", "must not stop, suspend, resume or list other threads",
                        forbidCalls(Set.of("java.lang.Thread", "java.lang.ThreadGroup"), Set.of("stop", "suspend", "resume",
                                "getAllStackTraces", "enumerate"))),
                new StaticRule("grader-internals", "must not use the grader's or JUnit's classes",
                        noClasses().should().dependOnClassesThat().resideInAnyPackage("grader..", "org.junit..",
                                "org.opentest4j..", "org.apiguardian..")));
    }

    /** The rules in force where an exercise lifts those in {@code allowed}. */
    public static List<StaticRule> except(List<String> allowed) {
        List<StaticRule> rules = all();
        for (String id : allowed) {
            if (rules.stream().noneMatch(rule -> rule.id().equals(id))) {
                throw new IllegalArgumentException("no static rule has the id '" + id + "'");
            }
        }
        return rules.stream().filter(rule -> !allowed.contains(rule.id())).toList();
    }

    /** {@code new PrintWriter("name")} and its kin open files from a bare file name. */
    private static ArchCondition<JavaClass> openingFileByName() {
        Set<String> owners = Set.of("java.io.PrintWriter", "java.io.PrintStream", "java.util.Formatter");
        return ArchConditions.callCodeUnitWhere(DescribedPredicate.describe(
                "a constructor of " + owners + " taking a file name",
                call -> call instanceof JavaConstructorCall && owners.contains(call.getTargetOwner().getName())
                        && !call.getTarget().getRawParameterTypes().isEmpty()
                        && call.getTarget().getRawParameterTypes().get(0).getName().equals("java.lang.String")));
    }

    private static ArchRule forbidCalls(Set<String> owners, Set<String> names) {
        return noClasses().should(forbiddenCall(owners, names));
    }

    private static ArchCondition<JavaClass> forbiddenCall(
            Set<String> owners, Set<String> names) {
        DescribedPredicate<JavaCall<?>> matches = DescribedPredicate.describe(
                "a method " + names + " of " + owners,
                call -> owners.contains(call.getTargetOwner().getName()) && names.contains(call.getName()));
        return ArchConditions.callCodeUnitWhere(matches);
    }
}
