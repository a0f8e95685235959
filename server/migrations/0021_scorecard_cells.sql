-- The scorecard's figures per office and fiscal quarter, made from the applications and the
-- tallies by a refresh and read by the pages, so the public page reads a few thousand rows
-- instead of counting millions of applications. `refreshed_at` per office is when its cells
-- were last made; the pages say the oldest of them as "last updated".
CREATE TABLE scorecard_cells (
    office_code TEXT NOT NULL REFERENCES offices (code),
    -- 2026Q3
    quarter TEXT NOT NULL,
    kiosk_registered BIGINT NOT NULL,
    kiosk_opened BIGINT NOT NULL,
    counter_registered BIGINT NOT NULL,
    counter_opened BIGINT NOT NULL,
    online_registered BIGINT NOT NULL,
    online_opened BIGINT NOT NULL,
    PRIMARY KEY (office_code, quarter)
);

CREATE TABLE scorecard_refreshes (
    office_code TEXT PRIMARY KEY REFERENCES offices (code),
    refreshed_at BIGINT NOT NULL
);
