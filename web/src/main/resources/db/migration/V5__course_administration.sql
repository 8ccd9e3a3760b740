-- Running a course with helpers: teaching assistants (role 'assistant'), and scores an instructor
-- or assistant set by hand.
--
-- The role column's CHECK must admit 'assistant'. The two databases change a CHECK differently;
-- ${sqlite_only} and ${postgres_only} are empty on their own database and comment the line out on
-- the other. SQLite cannot alter a constraint, and rebuilding accounts would cascade-delete every
-- session and submission (foreign keys are on), so its stored table definition is edited in place,
-- the documented way for a change that leaves the rows as they are; RESET makes every connection
-- read the new definition.
${sqlite_only} PRAGMA writable_schema = ON;
${sqlite_only} UPDATE sqlite_schema SET sql = replace(sql, 'role IN (''instructor'', ''student'')', 'role IN (''instructor'', ''assistant'', ''student'')') WHERE type = 'table' AND name = 'accounts';
${sqlite_only} PRAGMA writable_schema = RESET;
${postgres_only} ALTER TABLE accounts DROP CONSTRAINT accounts_role_check;
${postgres_only} ALTER TABLE accounts ADD CONSTRAINT accounts_role_check CHECK (role IN ('instructor', 'assistant', 'student'));

-- A score set by hand for one submission, with the reason, who set it and when. Apart from results,
-- which a regrade replaces: the override stays until someone clears it. It replaces the score
-- after the late penalty (the one the gradebook counts).
CREATE TABLE score_overrides (
    submission_id BIGINT PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
    score         DOUBLE PRECISION NOT NULL,
    comment       VARCHAR(2000)    NOT NULL,
    set_by        BIGINT           NOT NULL REFERENCES accounts (id),
    set_at        BIGINT           NOT NULL
);
