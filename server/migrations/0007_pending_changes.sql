-- After 受理, a My Page change to the name, birth date or address waits here for the counter
-- (accepted or refused by staff of the application's office); see pending_change.rs.
CREATE TABLE pending_changes (
    id TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications (id),
    -- name | birth-date | address
    field TEXT NOT NULL,
    -- The field's value when the change was asked for, and the value asked for: the JSON of
    -- that part of the application.
    -- personal: encrypted by the storage layer
    old_value TEXT NOT NULL,
    -- personal: encrypted by the storage layer
    new_value TEXT NOT NULL,
    requested_at BIGINT NOT NULL,
    -- pending | accepted | refused | replaced (a newer request for the same field came)
    status TEXT NOT NULL,
    decided_at BIGINT,
    -- The staff login that decided.
    decided_by TEXT
);

CREATE INDEX pending_changes_application ON pending_changes (application_id, status);

-- Every change of those fields, before 受理 (applied at once) and after (requested, accepted,
-- refused): who, what, old and new, when. Only ever appended to.
CREATE TABLE change_audit (
    id TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications (id),
    at BIGINT NOT NULL,
    -- visitor | staff
    actor_kind TEXT NOT NULL,
    -- The staff login; empty for the visitor.
    actor TEXT NOT NULL,
    -- applied | requested | accepted | refused
    action TEXT NOT NULL,
    field TEXT NOT NULL,
    -- personal: encrypted by the storage layer
    old_value TEXT NOT NULL,
    -- personal: encrypted by the storage layer
    new_value TEXT NOT NULL
);

CREATE INDEX change_audit_application ON change_audit (application_id, at);
