-- The plan's web survey (§6), answered from the phone after My Page is opened or from the
-- public scorecard. The comment is stored only after phone numbers, email addresses and other
-- personal patterns have been removed from it (crate::survey::strip_personal_data).
CREATE TABLE web_surveys (
    id TEXT PRIMARY KEY,
    -- The office the visitor applied at, when the survey was reached from My Page.
    office_code TEXT REFERENCES offices (code),
    -- my-page | public
    channel TEXT NOT NULL,
    language TEXT NOT NULL,
    -- 1 (hard) to 5 (easy)
    ease BIGINT NOT NULL,
    -- under-5 | 5-15 | 15-30 | over-30
    time_taken TEXT NOT NULL,
    -- Space-separated codes of what was hard, in a fixed order.
    hard TEXT NOT NULL,
    comment TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE INDEX web_surveys_created ON web_surveys (created_at);
