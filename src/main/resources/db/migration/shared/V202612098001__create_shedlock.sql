-- ShedLock's lock table (JDBC provider, database time): one row per scheduled job, so that a job
-- runs on one node at a time however many nodes share the database. Belongs to the installation.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
