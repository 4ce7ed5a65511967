-- The files of one ingest run (one execution of the Spring Batch job ingestRunJob), each assigned to a partition and
-- taken in arrival order within it. A file's outcome is written once it is finished, so a restarted execution takes
-- again only the files of its failed partitions that have no outcome yet or failed while still in the inbox.
CREATE TABLE ingest_file (
    run_id            BIGINT      NOT NULL REFERENCES pipeline_run (id) ON DELETE CASCADE,
    partition_no      INT         NOT NULL,
    seq               INT         NOT NULL,
    path              TEXT        NOT NULL,
    file_name         TEXT        NOT NULL,
    sha256            CHAR(64)    NOT NULL,
    received_at       TIMESTAMPTZ NOT NULL,
    job_execution_id  BIGINT,
    outcome           TEXT CHECK (outcome IN ('ACCEPTED', 'REJECTED', 'DUPLICATE', 'FAILED')),
    agency_code       TEXT,
    year              INT,
    period            TEXT,
    errors            INT         NOT NULL DEFAULT 0,
    warnings          INT         NOT NULL DEFAULT 0,
    row_count         BIGINT      NOT NULL DEFAULT 0,
    message           TEXT,
    -- a failure to take again (the file is still in the inbox), as opposed to an outcome that stands
    retry             BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (run_id, seq)
);

-- the runs a restart must take again
CREATE INDEX ingest_file_open ON ingest_file (run_id) WHERE outcome IS NULL OR retry;
