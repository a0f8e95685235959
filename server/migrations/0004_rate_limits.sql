-- Rate-limit buckets shared by every server process (sign-in, email codes, enrolment). The key
-- is a SHA-256 of the client address or login, never the address or login itself; tokens are
-- millionths, times Unix nanoseconds. Rows untouched for two hours (full again by then) are
-- deleted as others are written.
CREATE TABLE rate_limits (
    kind TEXT NOT NULL,
    key_hash TEXT NOT NULL,
    tokens_micro BIGINT NOT NULL,
    at_ns BIGINT NOT NULL,
    PRIMARY KEY (kind, key_hash)
);
CREATE INDEX rate_limits_at ON rate_limits (at_ns);
