-- The schedules of jobs/*.properties that serve runs, keyed by file name (without .properties): when each last
-- fired, so that a start after the server was off runs a missed schedule once (not once per missed night), and how
-- often each fired or was skipped because another run held the single-run lock.
CREATE TABLE schedule_fire (
    name          TEXT PRIMARY KEY,
    last_fired_at TIMESTAMPTZ NOT NULL,
    fired         INT NOT NULL DEFAULT 0,
    skipped       INT NOT NULL DEFAULT 0
);
