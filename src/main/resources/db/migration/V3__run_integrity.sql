-- The periods whose reports must be rebuilt: a row is written in the same transaction as the change of the
-- period's data (a file accepted or rejected, master data reloaded) and deleted only once the reports are published,
-- so a crash or a failed rebuild leaves it for the next run. "since" is the latest change: a row changed again
-- during a rebuild is not cleared by that rebuild.
CREATE TABLE report_pending (
    year    INT NOT NULL,
    period  TEXT NOT NULL CHECK (period IN ('H1','YEAR')),
    since   TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (year, period)
);

-- Decided submissions whose original has not yet been moved and answered (a run died after the commit).
CREATE INDEX submission_unfinished ON submission (id) WHERE status <> 'LOADING' AND stored_path IS NULL;
