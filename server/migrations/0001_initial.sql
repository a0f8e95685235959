-- Madoguchi server, schema version 1.
--
-- Written once for both SQLite and PostgreSQL: only TEXT and BIGINT columns, times as Unix
-- seconds (UTC), flags as nullable timestamps. Applied migrations are never edited; a change
-- is a new numbered file.

CREATE TABLE offices (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    -- The last 求職番号 serial issued here; only ever incremented, so a number is never reused.
    last_serial BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

CREATE TABLE kiosks (
    id TEXT PRIMARY KEY,
    office_code TEXT NOT NULL REFERENCES offices (code),
    name TEXT NOT NULL,
    -- SHA-256 of the one-time enrolment code; cleared when used.
    enrolment_code_hash TEXT UNIQUE,
    enrolment_expires_at BIGINT,
    -- The id the kiosk is configured with; bound into every envelope's AAD.
    kiosk_id TEXT,
    token_hash TEXT UNIQUE,
    enrolled_at BIGINT,
    revoked_at BIGINT,
    last_heartbeat_at BIGINT,
    version TEXT,
    queue_depth BIGINT,
    last_error TEXT,
    created_at BIGINT NOT NULL
);

CREATE UNIQUE INDEX kiosks_active_kiosk_id ON kiosks (kiosk_id) WHERE revoked_at IS NULL;

CREATE TABLE applications (
    id TEXT PRIMARY KEY,
    kiosk_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    -- SHA-256 of the envelope bytes: a repeat must carry the very same envelope.
    body_hash TEXT NOT NULL,
    office_code TEXT NOT NULL REFERENCES offices (code),
    receipt TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    token_expires_at BIGINT NOT NULL,
    language TEXT NOT NULL,
    application_json TEXT NOT NULL,
    findings_json TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    -- provisional | accepted | returned
    status TEXT NOT NULL,
    identity_checked_at BIGINT,
    identity_document TEXT,
    identity_checked_by TEXT,
    decided_at BIGINT,
    decided_by TEXT,
    job_seeker_number TEXT UNIQUE,
    return_reason TEXT,
    -- The phone: email proof, then a password once, which opens the My Page.
    email_code_hash TEXT,
    email_code_expires_at BIGINT,
    email_code_attempts BIGINT NOT NULL DEFAULT 0,
    email_verified_at BIGINT,
    login_email TEXT,
    password_hash TEXT,
    my_page_opened_at BIGINT,
    updated_at BIGINT NOT NULL,
    UNIQUE (kiosk_id, idempotency_key)
);

CREATE INDEX applications_office_received ON applications (office_code, received_at);
CREATE INDEX applications_office_receipt ON applications (office_code, receipt);
CREATE INDEX applications_office_opened ON applications (office_code, my_page_opened_at);
CREATE INDEX applications_login_email ON applications (login_email);

CREATE TABLE surveys (
    kiosk_id TEXT NOT NULL,
    receipt TEXT NOT NULL,
    office_code TEXT NOT NULL REFERENCES offices (code),
    score BIGINT NOT NULL,
    reason TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (kiosk_id, receipt)
);

CREATE INDEX surveys_office_created ON surveys (office_code, created_at);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    -- staff | admin
    role TEXT NOT NULL,
    -- Staff belong to one office; an admin may have none.
    office_code TEXT REFERENCES offices (code),
    password_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    disabled_at BIGINT
);

CREATE TABLE sessions (
    -- SHA-256 of the cookie value.
    id_hash TEXT PRIMARY KEY,
    -- staff | my-page
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    csrf TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE INDEX sessions_expires ON sessions (expires_at);
