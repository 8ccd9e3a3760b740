package grader.web.jobs;

import grader.web.db.Database;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.sql.postgres.PostgresStorageProvider;
import org.jobrunr.storage.sql.sqlite.SqLiteStorageProvider;
import org.jobrunr.utils.mapper.JsonMapper;
import org.jobrunr.utils.mapper.jackson.JacksonJsonMapper;

/**
 * The job engine's storage: JobRunr's own {@code jobrunr_*} tables in the grader's database, the
 * embedded SQLite file or the course's PostgreSQL, reached through the same connection pool
 * (JobRunr creates or updates its tables at open; {@link Database#sqlite} configures the file for
 * it). Jobs are kept as JSON by Jackson, already on the class path. Thread-safe, as JobRunr's
 * storage is; it does not own the pool.
 */
public final class JobStorage {

    private final StorageProvider provider;
    private final JsonMapper json;

    private JobStorage(StorageProvider provider, JsonMapper json) {
        this.provider = provider;
        this.json = json;
    }

    /** Opens the job engine's storage in {@code database}. */
    public static JobStorage open(Database database) {
        JsonMapper json = new JacksonJsonMapper();
        StorageProvider provider = database.shared() ? new PostgresStorageProvider(database.dataSource())
                : new SqLiteStorageProvider(database.dataSource());
        provider.setJobMapper(new JobMapper(json));
        return new JobStorage(provider, json);
    }

    public StorageProvider provider() {
        return provider;
    }

    public JsonMapper json() {
        return json;
    }
}
