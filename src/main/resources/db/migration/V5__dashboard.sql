-- Users of the dashboard (`serve`), managed with the `user` command. No default user: the first administrator is
-- created by the operator on the server. Passwords are bcrypt hashes.
CREATE TABLE app_user (
    username      TEXT PRIMARY KEY CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,39}$'),
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('VIEWER','OPERATOR','ADMIN')),
    enabled       BOOLEAN NOT NULL DEFAULT TRUE,
    failed_logins INT NOT NULL DEFAULT 0,
    locked_until  TIMESTAMPTZ,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Who did what and when: logins (failed ones too), job runs, uploads, downloads, user changes. Only ever appended.
CREATE TABLE audit_log (
    id        BIGSERIAL PRIMARY KEY,
    at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    username  TEXT,
    action    TEXT NOT NULL,
    detail    TEXT,
    client    TEXT
);
CREATE INDEX audit_log_at ON audit_log (at DESC);
