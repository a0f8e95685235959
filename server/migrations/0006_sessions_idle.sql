-- Sessions end after an idle time (the counter's 30 minutes, My Page's hour): the last time a
-- session was used. Sessions made before this migration count from when they were made.
ALTER TABLE sessions ADD COLUMN last_seen_at BIGINT NOT NULL DEFAULT 0;
UPDATE sessions SET last_seen_at = created_at;
