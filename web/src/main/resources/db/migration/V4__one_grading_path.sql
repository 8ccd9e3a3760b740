-- One grading path on both databases: the job engine (JobRunr, its own jobrunr_* tables) hands
-- every grading round to a worker and runs it again when the worker died, so the lease of the
-- server's own polling workers is gone.
ALTER TABLE submissions DROP COLUMN lease_until;

-- A speedup verdict left inconclusive (a host that could not run two threads at once) is measured
-- again later, by itself, in a new grading round; this counts those rounds, so it stops trying.
ALTER TABLE submissions ADD COLUMN remeasures INTEGER NOT NULL DEFAULT 0;
