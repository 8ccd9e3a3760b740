package grader.web.jobs;

import grader.web.jobs.GradingMachines.Machine;
import grader.web.queue.WorkerDirectory;
import grader.web.queue.WorkerStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jobrunr.storage.BackgroundJobServerStatus;

/**
 * The grading machines on the course's database: the job engine's background job servers (their
 * heartbeats, threads and whether they run; a server whose heartbeats stopped is dropped by the
 * engine), with the cores and Java each machine announced. Thread-safe.
 */
public final class JobServerDirectory implements WorkerDirectory {

    private final JobStorage storage;
    private final GradingMachines machines;

    public JobServerDirectory(JobStorage storage, GradingMachines machines) {
        this.storage = storage;
        this.machines = machines;
    }

    @Override
    public List<WorkerStatus> workers() {
        Map<String, Machine> announced = machines.all().stream().collect(Collectors.toMap(Machine::name, Function.identity()));
        return storage.provider().getBackgroundJobServers().stream()
                .map(server -> status(server, announced.get(server.getName())))
                .sorted(Comparator.comparing(WorkerStatus::name))
                .toList();
    }

    private static WorkerStatus status(BackgroundJobServerStatus server, Machine machine) {
        return new WorkerStatus(server.getName(), machine == null ? null : machine.cores(), server.getWorkerPoolSize(),
                machine == null ? null : machine.javaVersion(), server.getLastHeartbeat().toEpochMilli(), server.isRunning());
    }
}
