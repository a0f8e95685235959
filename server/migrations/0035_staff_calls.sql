-- A visitor at a kiosk pressed 「係員を呼ぶ」: which kiosk, where it stands in the lobby and on
-- which screen the visitor was. Never anything the visitor typed. The kiosk names the call
-- (call_id) so that its repeats, sent until answered, stay one call.
CREATE TABLE staff_calls (
    id TEXT PRIMARY KEY,
    office_code TEXT NOT NULL REFERENCES offices (code),
    kiosk_id TEXT NOT NULL,
    call_id TEXT NOT NULL,
    place TEXT NOT NULL,
    screen TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    acknowledged_at BIGINT,
    -- The staff user who said they are on their way.
    acknowledged_by TEXT,
    UNIQUE (kiosk_id, call_id)
);

CREATE INDEX staff_calls_office ON staff_calls (office_code, created_at);
