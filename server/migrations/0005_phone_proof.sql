-- The phone hand-off's proof (issue 11): before proof a token page shows nothing personal.
-- Proving (the code mailed to the application's address, or the birth date where it has none)
-- binds one browser: only the SHA-256 of the random secret in that browser's cookie is kept,
-- with when the binding ends. Wrong birth dates are counted per application; past the limit
-- the page sends the visitor to the counter. One row per application that has been proven or
-- guessed at; it goes with the application.
CREATE TABLE phone_proofs (
    application_id TEXT PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
    binding_hash TEXT,
    binding_expires_at BIGINT,
    birth_attempts BIGINT NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL
);
