-- Staff codes, one per person: the code that opens the assist layer on the office's kiosks
-- (over the visitor's form, without wiping it). Only the argon2 hash is kept; the kiosks of the
-- office receive the hashes in their heartbeat answer. A departed person's code is revoked.
CREATE TABLE staff_codes (
    id TEXT PRIMARY KEY,
    office_code TEXT NOT NULL REFERENCES offices (code),
    -- The person, as staff know them (e.g. "窓口係・北村").
    name TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);

CREATE INDEX staff_codes_office ON staff_codes (office_code);

-- Each assist at a kiosk: who (the staff code), where, when. Nothing of the visitor's.
CREATE TABLE staff_assists (
    id TEXT PRIMARY KEY,
    office_code TEXT NOT NULL,
    kiosk_id TEXT NOT NULL,
    staff_code_id TEXT NOT NULL,
    -- When staff signed in at the kiosk (the kiosk's clock, Unix seconds).
    assisted_at BIGINT NOT NULL,
    received_at BIGINT NOT NULL,
    UNIQUE (kiosk_id, staff_code_id, assisted_at)
);

CREATE INDEX staff_assists_office ON staff_assists (office_code, assisted_at);
