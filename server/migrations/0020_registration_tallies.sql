-- Job seekers registered outside the kiosk (at the counter on paper or the office's PCs, and
-- online), counted per office, Japan-time registration day and channel, as staff record them in
-- the console or import them from the office's daily CSV. `opened` counts the My Pages those
-- job seekers opened (recorded at the counter), dated by the same registration day, so it never
-- exceeds `registered` (checked before every write). `source` is `tally` or `import`.
CREATE TABLE registration_tallies (
    office_code TEXT NOT NULL REFERENCES offices (code),
    -- YYYY-MM-DD in Japan time; sorts as text.
    day TEXT NOT NULL,
    -- counter | online
    channel TEXT NOT NULL,
    registered BIGINT NOT NULL,
    opened BIGINT NOT NULL,
    source TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at BIGINT NOT NULL,
    PRIMARY KEY (office_code, day, channel)
);
