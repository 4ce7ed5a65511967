-- Issue 9, "seeing what happened": each run keeps its one-line Vietnamese summary and the figures in it, and each
-- file's outcome within the run, so the jobs page can open a run and show what became of every file.
ALTER TABLE pipeline_run
    ADD COLUMN left_for_later INT NOT NULL DEFAULT 0,
    ADD COLUMN data_rows      BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN duration_ms    BIGINT,
    ADD COLUMN summary        TEXT;

CREATE TABLE pipeline_run_file (
    run_id      BIGINT NOT NULL REFERENCES pipeline_run(id) ON DELETE CASCADE,
    position    INT NOT NULL,
    file_name   TEXT NOT NULL,
    sha256      CHAR(64),
    agency_code TEXT,
    year        INT,
    period      TEXT,
    outcome     TEXT NOT NULL CHECK (outcome IN ('ACCEPTED','REJECTED','DUPLICATE','FAILED')),
    errors      INT NOT NULL DEFAULT 0,
    warnings    INT NOT NULL DEFAULT 0,
    data_rows   BIGINT NOT NULL DEFAULT 0,
    message     TEXT,
    PRIMARY KEY (run_id, position)
);

-- the health check's "last successful run" and the jobs page look runs up by their end
CREATE INDEX pipeline_run_finished ON pipeline_run (finished_at DESC) WHERE finished_at IS NOT NULL;
