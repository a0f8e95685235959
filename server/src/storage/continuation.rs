//! What the visitor's phone proves for an application (`/c/<token>`): the mailed code, the
//! birth date, the browser binding, and the password that opens My Page.

use sqlx::any::AnyRow;
use sqlx::{FromRow, Row};

use super::{Db, StorageError};
use crate::sealed::{Field, Lookup};

/// What the phone proved for an application (table `phone_proofs`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PhoneProof {
    /// SHA-256 of the secret in the proven browser's cookie.
    pub binding_hash: Option<String>,
    pub binding_expires_at: Option<i64>,
    /// Wrong (and right) birth dates typed so far.
    pub birth_attempts: i64,
}

impl FromRow<'_, AnyRow> for PhoneProof {
    fn from_row(r: &AnyRow) -> Result<PhoneProof, sqlx::Error> {
        Ok(PhoneProof {
            binding_hash: r.try_get("binding_hash")?,
            binding_expires_at: r.try_get("binding_expires_at")?,
            birth_attempts: r.try_get("birth_attempts")?,
        })
    }
}

impl Db {
    /// Stores a fresh email code (hash) and resets the attempt counter.
    pub async fn set_email_code(
        &self,
        id: &str,
        code_hash: &str,
        expires_at: i64,
        now: i64,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "UPDATE applications SET email_code_hash = $1, email_code_expires_at = $2,
                 email_code_attempts = 0, updated_at = $3
             WHERE id = $4 AND password_hash IS NULL",
        )
        .bind(code_hash)
        .bind(expires_at)
        .bind(now)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Counts one attempt at the email code; returns the attempts made so far, this one included.
    pub async fn count_email_attempt(&self, id: &str, now: i64) -> Result<i64, StorageError> {
        let row = sqlx::query(
            "UPDATE applications SET email_code_attempts = email_code_attempts + 1, updated_at = $1
             WHERE id = $2 RETURNING email_code_attempts",
        )
        .bind(now)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(match row {
            Some(r) => r.try_get("email_code_attempts")?,
            None => 0,
        })
    }

    pub async fn mark_email_verified(&self, id: &str, now: i64) -> Result<(), StorageError> {
        sqlx::query(
            "UPDATE applications SET email_verified_at = $1, email_code_hash = NULL,
                 email_code_expires_at = NULL, updated_at = $1
             WHERE id = $2",
        )
        .bind(now)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Sets the My Page password once: true if this call set it, false if it was already set
    /// (the token is spent), the email is not yet proven, or `binding_hash` is not the live
    /// binding of the browser that proved it (checked in the same statement, so a binding
    /// replaced meanwhile does not count). The binding ends with it.
    pub async fn open_my_page(
        &self,
        id: &str,
        login_email: &str,
        password_hash: &str,
        binding_hash: &str,
        now: i64,
    ) -> Result<bool, StorageError> {
        let done = sqlx::query(
            "UPDATE applications SET password_hash = $1, login_email = $2, my_page_opened_at = $3,
                 updated_at = $3, login_email_hash = $5
             WHERE id = $4 AND password_hash IS NULL AND email_verified_at IS NOT NULL
               AND EXISTS (SELECT 1 FROM phone_proofs p WHERE p.application_id = $4
                           AND p.binding_hash = $6 AND p.binding_expires_at > $3)",
        )
        .bind(password_hash)
        .bind(self.seal(Field::LoginEmail, id, login_email)?)
        .bind(now)
        .bind(id)
        .bind(self.lookup_hash(Lookup::Login, login_email)?)
        .bind(binding_hash)
        .execute(&self.pool)
        .await?;
        let opened = done.rows_affected() == 1;
        if opened {
            sqlx::query(
                "UPDATE phone_proofs SET binding_hash = NULL, binding_expires_at = NULL, updated_at = $1
                 WHERE application_id = $2",
            )
            .bind(now)
            .bind(id)
            .execute(&self.pool)
            .await?;
        }
        Ok(opened)
    }

    /// The phone proof kept for an application: its browser binding and wrong birth dates
    /// (nothing yet: no binding, no attempts).
    pub async fn phone_proof(&self, id: &str) -> Result<PhoneProof, StorageError> {
        let proof = sqlx::query_as(
            "SELECT binding_hash, binding_expires_at, birth_attempts FROM phone_proofs
             WHERE application_id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(proof.unwrap_or_default())
    }

    /// Counts one birth-date attempt in one statement (concurrent tries each count); returns
    /// the attempts made so far, this one included.
    pub async fn count_birth_attempt(&self, id: &str, now: i64) -> Result<i64, StorageError> {
        let row = sqlx::query(
            "INSERT INTO phone_proofs (application_id, birth_attempts, updated_at) VALUES ($1, 1, $2)
             ON CONFLICT (application_id)
             DO UPDATE SET birth_attempts = phone_proofs.birth_attempts + 1, updated_at = excluded.updated_at
             RETURNING birth_attempts",
        )
        .bind(id)
        .bind(now)
        .fetch_one(&self.pool)
        .await?;
        Ok(row.try_get("birth_attempts")?)
    }

    /// Binds the browser that just proved itself: the hash of its cookie's secret, until
    /// `expires_at`. Replaces an earlier binding.
    pub async fn bind_phone(
        &self,
        id: &str,
        binding_hash: &str,
        expires_at: i64,
        now: i64,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO phone_proofs (application_id, binding_hash, binding_expires_at, updated_at)
             VALUES ($1, $2, $3, $4)
             ON CONFLICT (application_id)
             DO UPDATE SET binding_hash = excluded.binding_hash,
                 binding_expires_at = excluded.binding_expires_at, updated_at = excluded.updated_at",
        )
        .bind(id)
        .bind(binding_hash)
        .bind(expires_at)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
