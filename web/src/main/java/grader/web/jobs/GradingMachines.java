package grader.web.jobs;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * What each grading machine says of itself when its workers start ({@code grading_machines}): its
 * cores, its grading threads and its Java, so an instructor compares like with like. Whether it is
 * alive, and what it grades, come from elsewhere. Thread-safe: all state is in the database.
 */
public final class GradingMachines {

    /** One machine's facts, as it announced them. Immutable. */
    public record Machine(String name, int cores, int threads, String javaVersion, long startedAt) {

        /** This machine, with {@code threads} grading threads, under {@code name}. */
        public static Machine here(String name, int threads) {
            return new Machine(name, Runtime.getRuntime().availableProcessors(), threads,
                    System.getProperty("java.version"), System.currentTimeMillis());
        }
    }

    private final Jdbi jdbi;

    public GradingMachines(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Records (or replaces) the machine's facts. */
    public void announce(Machine machine) {
        jdbi.useTransaction(handle -> handle.createUpdate("INSERT INTO grading_machines (name, cores, threads, java_version,"
                        + " started_at) VALUES (:name, :cores, :threads, :java, :started) ON CONFLICT (name) DO UPDATE SET"
                        + " cores = excluded.cores, threads = excluded.threads, java_version = excluded.java_version,"
                        + " started_at = excluded.started_at")
                .bind("name", machine.name()).bind("cores", machine.cores()).bind("threads", machine.threads())
                .bind("java", machine.javaVersion()).bind("started", machine.startedAt()).execute());
    }

    public List<Machine> all() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT name, cores, threads, java_version, started_at"
                        + " FROM grading_machines ORDER BY name")
                .map((rs, ctx) -> new Machine(rs.getString("name"), rs.getInt("cores"), rs.getInt("threads"),
                        rs.getString("java_version"), rs.getLong("started_at"))).list());
    }
}
