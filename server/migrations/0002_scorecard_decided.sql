-- The scorecard counts each office's acceptances in a quarter by decided_at; without this index
-- that count read every row of the office (41 ms an office at 1 M rows, docs/benchmarks.md).
CREATE INDEX applications_office_decided ON applications (office_code, decided_at);
