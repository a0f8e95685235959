//! My Page's writes: a change of email address and an edit of the application, with the
//! changes that wait for the counter after 受理.

use super::pending_changes::audit_in;
use super::{Db, StorageError};
use crate::change_record::{Actor, AuditAction, AuditEntry, FieldChange};
use crate::sealed::{Field, Lookup};

impl Db {
    /// Starts a change of the My Page email address: the new address waits with a fresh code
    /// (hash) and a reset attempt counter. Only for an opened My Page.
    pub async fn set_pending_email(
        &self,
        id: &str,
        email: &str,
        code_hash: &str,
        expires_at: i64,
        now: i64,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "UPDATE applications SET pending_email = $1, email_code_hash = $2,
                 email_code_expires_at = $3, email_code_attempts = 0, updated_at = $4,
                 pending_email_hash = $6
             WHERE id = $5 AND password_hash IS NOT NULL",
        )
        .bind(self.seal(Field::PendingEmail, id, email)?)
        .bind(code_hash)
        .bind(expires_at)
        .bind(now)
        .bind(id)
        .bind(self.lookup_hash(Lookup::PendingEmail, email)?)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Ends a change of email address: the application (with the new address in it) and the
    /// sign-in change together, only if `email` is still the address waiting. False when
    /// another change replaced it meanwhile.
    pub async fn change_email(
        &self,
        id: &str,
        email: &str,
        login: &str,
        application_json: &str,
        now: i64,
    ) -> Result<bool, StorageError> {
        let done = sqlx::query(
            "UPDATE applications SET application_json = $1, login_email = $2, email_verified_at = $3,
                 pending_email = NULL, pending_email_hash = NULL, email_code_hash = NULL,
                 email_code_expires_at = NULL, updated_at = $3, login_email_hash = $6
             WHERE id = $4 AND pending_email_hash = $5",
        )
        .bind(self.seal(Field::ApplicationJson, id, application_json)?)
        .bind(self.seal(Field::LoginEmail, id, login)?)
        .bind(now)
        .bind(id)
        .bind(self.lookup_hash(Lookup::PendingEmail, email)?)
        .bind(self.lookup_hash(Lookup::Login, login)?)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Saves a My Page edit: the application's JSON, the changes that wait for the counter
    /// (`requested`, each replacing an older request for its field) and the audit of every
    /// change (`applied` ones are already in the JSON), in one transaction. `ids` gives each
    /// change two fresh row ids (the request's and the audit line's).
    pub async fn save_my_page_edit(
        &self,
        application_id: &str,
        json: &str,
        applied: &[FieldChange],
        requested: &[FieldChange],
        now: i64,
        mut ids: impl FnMut() -> String,
    ) -> Result<(), StorageError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE applications SET application_json = $1, updated_at = $2 WHERE id = $3")
            .bind(self.seal(Field::ApplicationJson, application_id, json)?)
            .bind(now)
            .bind(application_id)
            .execute(&mut *tx)
            .await?;
        for (changes, action) in [
            (applied, AuditAction::Applied),
            (requested, AuditAction::Requested),
        ] {
            for change in changes {
                if action == AuditAction::Requested {
                    sqlx::query(
                        "UPDATE pending_changes SET status = 'replaced', decided_at = $1
                         WHERE application_id = $2 AND field = $3 AND status = 'pending'",
                    )
                    .bind(now)
                    .bind(application_id)
                    .bind(change.field.code())
                    .execute(&mut *tx)
                    .await?;
                    let change_id = ids();
                    sqlx::query(
                        "INSERT INTO pending_changes (id, application_id, field, old_value, new_value, requested_at, status)
                         VALUES ($1, $2, $3, $4, $5, $6, 'pending')",
                    )
                    .bind(&change_id)
                    .bind(application_id)
                    .bind(change.field.code())
                    .bind(self.seal(Field::PendingOld, &change_id, &change.old)?)
                    .bind(self.seal(Field::PendingNew, &change_id, &change.new)?)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                let entry = AuditEntry {
                    at: now,
                    actor: Actor::Visitor,
                    action,
                    field: change.field,
                    old: change.old.clone(),
                    new: change.new.clone(),
                };
                audit_in(self, &mut tx, application_id, &entry, &ids()).await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }
}
