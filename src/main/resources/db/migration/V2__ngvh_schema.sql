-- Master data (reloaded from input/reference and input/plans when their content changes)
CREATE TABLE reference_file (
    name        TEXT PRIMARY KEY,
    sha256      CHAR(64) NOT NULL,
    loaded_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE agency (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    short_name  TEXT,
    aliases     TEXT[] NOT NULL DEFAULT '{}',
    kind        TEXT NOT NULL CHECK (kind IN ('DEPARTMENT','DISTRICT','ORGANIZATION','SECURITY','MEDIA')),
    reports     BOOLEAN NOT NULL,
    valid_from  DATE,
    valid_to    DATE,
    successor   TEXT
);

CREATE TABLE partner (
    code        TEXT PRIMARY KEY,
    name_vi     TEXT NOT NULL,
    name_en     TEXT,
    country     CHAR(2) NOT NULL,
    aliases     TEXT[] NOT NULL DEFAULT '{}'
);

CREATE TABLE plan_group (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL
);

CREATE TABLE plan_task (
    year                  INT  NOT NULL,
    code                  TEXT NOT NULL,
    group_code            TEXT,
    content               TEXT NOT NULL,
    lead_agency           TEXT,
    coordinating_agencies TEXT[] NOT NULL DEFAULT '{}',
    start_date            DATE,
    end_date              DATE,
    planned_budget        BIGINT,
    funding_source        TEXT,
    expected_output       TEXT,
    PRIMARY KEY (year, code)
);

-- One row per file ever seen (every version is kept). Data rows hang off ACCEPTED submissions only.
CREATE TABLE submission (
    id             BIGSERIAL PRIMARY KEY,
    sha256         CHAR(64) NOT NULL UNIQUE,
    file_name      TEXT NOT NULL,
    file_size      BIGINT NOT NULL,
    received_at    TIMESTAMPTZ NOT NULL,           -- first seen in the inbox (mtime when older)
    ingested_at    TIMESTAMPTZ,
    agency_code    TEXT,
    year           INT,
    period         TEXT CHECK (period IN ('H1','YEAR')),
    status         TEXT NOT NULL CHECK (status IN ('LOADING','ACCEPTED','REJECTED')),
    is_current     BOOLEAN NOT NULL DEFAULT FALSE,
    superseded_by  BIGINT REFERENCES submission(id),
    preparer       TEXT,
    phone          TEXT,
    email          TEXT,
    report_date    DATE,
    error_count    INT NOT NULL DEFAULT 0,
    warning_count  INT NOT NULL DEFAULT 0,
    stored_path    TEXT,
    feedback_path  TEXT
);
CREATE UNIQUE INDEX submission_one_current ON submission (agency_code, year, period) WHERE is_current;
CREATE INDEX submission_period ON submission (year, period);

CREATE TABLE task_report (
    submission_id BIGINT NOT NULL REFERENCES submission(id),
    row_no        INT NOT NULL,
    task_code     TEXT NOT NULL,
    content       TEXT,
    status        TEXT NOT NULL CHECK (status IN ('DONE','IN_PROGRESS','NOT_STARTED','CANCELLED','POSTPONED')),
    percent       NUMERIC(6,2),
    results       TEXT,
    issues        TEXT,
    proposals     TEXT,
    PRIMARY KEY (submission_id, row_no)
);

CREATE TABLE event (
    submission_id   BIGINT NOT NULL REFERENCES submission(id),
    row_no          INT NOT NULL,
    task_code       TEXT NOT NULL,
    name            TEXT NOT NULL,
    event_type      TEXT NOT NULL,
    start_date      DATE NOT NULL,
    start_precision TEXT NOT NULL CHECK (start_precision IN ('DAY','MONTH','QUARTER')),
    end_date        DATE NOT NULL,
    location        TEXT,
    country         CHAR(2) NOT NULL,
    partner_code    TEXT,
    partner_text    TEXT,
    participants    INT,
    foreign_guests  INT,
    ocop_products   TEXT,
    heritage        TEXT,
    notes           TEXT,
    PRIMARY KEY (submission_id, row_no)
);

CREATE TABLE spending (
    submission_id BIGINT NOT NULL REFERENCES submission(id),
    row_no        INT NOT NULL,
    task_code     TEXT NOT NULL,
    item          TEXT,
    source        TEXT NOT NULL CHECK (source IN ('STATE_BUDGET','SOCIALIZED','OTHER')),
    estimate      BIGINT,
    allocated     BIGINT,
    spent         BIGINT NOT NULL,
    PRIMARY KEY (submission_id, row_no)
);

-- Total rows as the agency wrote them, checked against the sum of the rows above when the file is decided.
CREATE TABLE sheet_total (
    submission_id BIGINT NOT NULL REFERENCES submission(id),
    sheet         TEXT NOT NULL,
    row_no        INT NOT NULL,
    column_name   TEXT NOT NULL,
    field         TEXT NOT NULL,
    value         NUMERIC NOT NULL,
    PRIMARY KEY (submission_id, sheet, row_no, field)
);

-- Every problem found in a file, accepted or rejected: the content of the agency's feedback.
CREATE TABLE problem (
    id            BIGSERIAL PRIMARY KEY,
    submission_id BIGINT NOT NULL REFERENCES submission(id),
    sheet         TEXT,
    row_no        INT,
    column_name   TEXT,
    raw_value     TEXT,
    severity      TEXT NOT NULL CHECK (severity IN ('ERROR','WARNING','INFO')),
    code          TEXT NOT NULL,
    message       TEXT NOT NULL
);
CREATE INDEX problem_submission ON problem (submission_id);

-- One row per run of the pipeline (ingest/run/report), for `status` and the dashboard.
CREATE TABLE pipeline_run (
    id          BIGSERIAL PRIMARY KEY,
    command     TEXT NOT NULL,
    started_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at TIMESTAMPTZ,
    files       INT NOT NULL DEFAULT 0,
    accepted    INT NOT NULL DEFAULT 0,
    rejected    INT NOT NULL DEFAULT 0,
    duplicates  INT NOT NULL DEFAULT 0,
    failed      INT NOT NULL DEFAULT 0,
    outcome     TEXT
);
