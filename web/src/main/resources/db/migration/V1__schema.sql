-- The web front end's schema, one file for SQLite and PostgreSQL: ${id} is the dialect's
-- generated primary key. Times are epoch milliseconds, so both databases compare them alike.

CREATE TABLE accounts (
    id            ${id},
    username      VARCHAR(64)  NOT NULL UNIQUE,
    display_name  VARCHAR(200) NOT NULL,
    role          VARCHAR(16)  NOT NULL CHECK (role IN ('instructor', 'student')),
    password_hash VARCHAR(100) NOT NULL,
    created_at    BIGINT       NOT NULL
);

-- Only hashes of session and API tokens are stored: a leaked database opens no account.
CREATE TABLE sessions (
    token_hash VARCHAR(64) PRIMARY KEY,
    account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    csrf_token VARCHAR(64) NOT NULL,
    expires_at BIGINT      NOT NULL
);

CREATE TABLE api_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at BIGINT      NOT NULL
);

-- Deadlines and limits per exercise; an exercise without a row is open with no deadline.
CREATE TABLE exercise_terms (
    exercise_id      VARCHAR(64) PRIMARY KEY,
    release_at       BIGINT,
    due_at           BIGINT,
    late_policy      VARCHAR(16) NOT NULL CHECK (late_policy IN ('penalty', 'refuse')),
    penalty_per_day  DOUBLE PRECISION NOT NULL,
    hard_deadline_at BIGINT,
    max_graded       INTEGER,
    hidden_published BOOLEAN     NOT NULL
);

CREATE TABLE extensions (
    account_id  BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    exercise_id VARCHAR(64) NOT NULL,
    due_at      BIGINT      NOT NULL,
    PRIMARY KEY (account_id, exercise_id)
);

-- A submission is stored (files under the data folder, this row) before it is graded; its
-- status is the durable queue: queued -> running -> graded, or back to queued when a grader
-- died or failed for its own reasons; error after too many such failures.
CREATE TABLE submissions (
    id               ${id},
    account_id       BIGINT       NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    exercise_id      VARCHAR(64)  NOT NULL,
    storage_key      VARCHAR(64)  NOT NULL UNIQUE,
    upload_name      VARCHAR(200) NOT NULL,
    submitted_at     BIGINT       NOT NULL,
    late_days        INTEGER      NOT NULL,
    penalty          DOUBLE PRECISION NOT NULL,
    status           VARCHAR(16)  NOT NULL CHECK (status IN ('queued', 'running', 'graded', 'error')),
    queued_at        BIGINT       NOT NULL,
    claim_token      VARCHAR(64),
    claimed_by       VARCHAR(200),
    lease_until      BIGINT,
    started_at       BIGINT,
    finished_at      BIGINT,
    infra_failures   INTEGER      NOT NULL,
    last_error       VARCHAR(2000)
);
CREATE INDEX submissions_queue ON submissions (status, queued_at, id);
CREATE INDEX submissions_owner ON submissions (account_id, exercise_id);

-- One result per submission (the primary key): a grading is recorded once, in the same
-- transaction that moves its submission from running to graded.
CREATE TABLE results (
    submission_id BIGINT PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
    raw_score     DOUBLE PRECISION NOT NULL,
    score         DOUBLE PRECISION NOT NULL,
    max_score     DOUBLE PRECISION NOT NULL,
    speedup       DOUBLE PRECISION,
    inconclusive  BOOLEAN NOT NULL,
    violations    INTEGER NOT NULL,
    report_json   TEXT    NOT NULL,
    graded_at     BIGINT  NOT NULL,
    grading_count INTEGER NOT NULL
);
