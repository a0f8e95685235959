-- Steering kiosks from the fleet page: what each kiosk reports beyond delivery health, and the
-- commands staff send it (given in the answer to its next heartbeat, acknowledged in a later one).
ALTER TABLE kiosks ADD COLUMN slot TEXT;
ALTER TABLE kiosks ADD COLUMN uptime_seconds BIGINT;
ALTER TABLE kiosks ADD COLUMN orientation TEXT;

CREATE TABLE kiosk_commands (
    id TEXT PRIMARY KEY,
    -- The row id of the kiosk (kiosks.id), which stays the same across re-enrolments.
    kiosk_row TEXT NOT NULL REFERENCES kiosks (id),
    -- restart | reboot | wipe-screen | send-queue | apply-config | revoke
    action TEXT NOT NULL,
    -- The configuration file of an apply-config, else NULL.
    payload TEXT,
    -- The login of the staff member who sent it.
    sent_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    -- When a heartbeat's answer carried it to the kiosk.
    delivered_at BIGINT,
    acked_at BIGINT,
    -- done | refused
    outcome TEXT,
    -- Why the kiosk refused it (a message id and its arguments, never personal data).
    reason TEXT
);

CREATE INDEX kiosk_commands_kiosk ON kiosk_commands (kiosk_row, created_at);
