-- Corrections at the counter: staff change one field of a received application (see
-- correction.rs). The application's own application_json becomes the corrected version, which
-- the counter, the printed 求職申込書 and the export read; the visitor's version as received is
-- kept here, once, at the first correction.
CREATE TABLE received_applications (
    application_id TEXT PRIMARY KEY REFERENCES applications (id),
    -- The application's JSON before any correction.
    -- personal: encrypted by the storage layer
    application_json TEXT NOT NULL,
    kept_at BIGINT NOT NULL
);

-- The history of corrections: who, when, which field (its path in the application, e.g.
-- basic.family_name), the value before and after. Only ever appended to.
CREATE TABLE corrections (
    id TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications (id),
    at BIGINT NOT NULL,
    -- The staff login that corrected.
    staff TEXT NOT NULL,
    field TEXT NOT NULL,
    -- personal: encrypted by the storage layer
    old_value TEXT NOT NULL,
    -- personal: encrypted by the storage layer
    new_value TEXT NOT NULL
);

CREATE INDEX corrections_application ON corrections (application_id, at);
