-- Personal data sealed at rest (server/src/sealed.rs). The columns that hold a visitor's details
-- (application_json, findings_json, login_email, pending_email, return_reason) keep their names
-- and now hold `sealed1.<key id>.<…>` values; rows written before this version are sealed by the
-- server at its first start with a data key (storage.rs, `seal_legacy_rows`).
--
-- Equality lookups use a keyed hash (HMAC-SHA256 under a key derived from the data key) beside
-- the sealed value: the My Page sign-in and the pending address compared when its code comes back.
ALTER TABLE applications ADD COLUMN login_email_hash TEXT;
ALTER TABLE applications ADD COLUMN pending_email_hash TEXT;
DROP INDEX applications_login_email;
CREATE INDEX applications_login_email_hash ON applications (login_email_hash);

-- Retention (server/src/retention.rs): an erased application keeps a tombstone for the scorecard
-- and for a kiosk's repeated send; every personal column is emptied and this is set.
ALTER TABLE applications ADD COLUMN erased_at BIGINT;
-- What the hourly job looks for, and nothing else: both shrink as rows are erased.
CREATE INDEX applications_unaccepted_live ON applications (received_at)
    WHERE erased_at IS NULL AND status <> 'accepted';
CREATE INDEX applications_accepted_live ON applications (decided_at)
    WHERE erased_at IS NULL AND status = 'accepted';

-- One row: which data key the database is sealed under, and during `madoguchi-server rekey` the
-- key it is leaving. A server given another key refuses to start instead of failing row by row.
CREATE TABLE sealing (
    id BIGINT PRIMARY KEY,
    key_id TEXT NOT NULL,
    rekey_from TEXT
);
