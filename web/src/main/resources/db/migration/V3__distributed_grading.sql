-- Grading on several machines through a job engine (JobRunr, its own jobrunr_* tables) on a
-- shared PostgreSQL. The submissions and results tables stay the record of truth:
--   grading_round counts the times a submission was queued for grading (a regrade starts a new
--     round), so each round has its own job and a job of an old round finds nothing to do;
--   grading_job is the job whose attempt holds the current claim: a later attempt of the same job
--     (run because the engine gave the earlier one up: its machine died) may take the claim over.
ALTER TABLE submissions ADD COLUMN grading_round INTEGER NOT NULL DEFAULT 0;
ALTER TABLE submissions ADD COLUMN grading_job VARCHAR(64);

-- Grading machines do not share the server's disk: the server keeps each upload's files here too,
-- in the transaction that stores the submission, and a worker unpacks them into a folder of its own.
CREATE TABLE submission_files (
    submission_id BIGINT       NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    name          VARCHAR(200) NOT NULL,
    content       ${blob}      NOT NULL,
    PRIMARY KEY (submission_id, name)
);

-- What each grading machine says of itself when it starts, so an instructor compares like with
-- like; whether it is alive, and what it does, comes from the job engine's heartbeats.
CREATE TABLE grading_machines (
    name         VARCHAR(200) PRIMARY KEY,
    cores        INTEGER      NOT NULL,
    threads      INTEGER      NOT NULL,
    java_version VARCHAR(100) NOT NULL,
    started_at   BIGINT       NOT NULL
);
