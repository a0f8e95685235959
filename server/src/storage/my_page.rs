//! My Page's writes: a change of email address and an edit of the application, with the
//! changes that wait for the counter after 受理, and a change of 障害について that leaves no
//! copy of answers taken back.

use sqlx::Row;

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
        let edit = Edit {
            application_id,
            json,
            applied,
            requested,
            now,
        };
        self.save_edit_in(&mut tx, &edit, &mut ids).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Saves a My Page change of 障害について (`change`, applied at once and audited without
    /// values) and, with `forget`, leaves no copy of the old answers: the version as received at
    /// the counter (if staff corrected the application) is rewritten by `forget`, and the values
    /// of staff corrections of these answers are blanked. One transaction.
    pub async fn save_my_page_disability(
        &self,
        application_id: &str,
        json: &str,
        change: &FieldChange,
        forget: Option<&Forget>,
        now: i64,
        mut ids: impl FnMut() -> String,
    ) -> Result<(), StorageError> {
        let mut tx = self.pool.begin().await?;
        let applied = std::slice::from_ref(change);
        let edit = Edit {
            application_id,
            json,
            applied,
            requested: &[],
            now,
        };
        self.save_edit_in(&mut tx, &edit, &mut ids).await?;
        if let Some(forget) = forget {
            let received = sqlx::query(
                "SELECT application_json FROM received_applications WHERE application_id = $1",
            )
            .bind(application_id)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(row) = received {
                let stored: String = row.try_get("application_json")?;
                let opened = self.open_field(Field::ReceivedJson, application_id, &stored)?;
                sqlx::query(
                    "UPDATE received_applications SET application_json = $1 WHERE application_id = $2",
                )
                .bind(self.seal(Field::ReceivedJson, application_id, &forget(&opened)?)?)
                .bind(application_id)
                .execute(&mut *tx)
                .await?;
            }
            let corrected = sqlx::query(
                "SELECT id FROM corrections WHERE application_id = $1 AND field LIKE 'disability%'",
            )
            .bind(application_id)
            .fetch_all(&mut *tx)
            .await?;
            for row in corrected {
                let id: String = row.try_get("id")?;
                sqlx::query("UPDATE corrections SET old_value = $1, new_value = $2 WHERE id = $3")
                    .bind(self.seal(Field::CorrectionOld, &id, "")?)
                    .bind(self.seal(Field::CorrectionNew, &id, "")?)
                    .bind(&id)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    /// The writes of a My Page edit inside `tx` (see [`Db::save_my_page_edit`]).
    async fn save_edit_in(
        &self,
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
        edit: &Edit<'_>,
        ids: &mut impl FnMut() -> String,
    ) -> Result<(), StorageError> {
        let Edit {
            application_id,
            json,
            applied,
            requested,
            now,
        } = *edit;
        sqlx::query("UPDATE applications SET application_json = $1, updated_at = $2 WHERE id = $3")
            .bind(self.seal(Field::ApplicationJson, application_id, json)?)
            .bind(now)
            .bind(application_id)
            .execute(&mut **tx)
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
                    .execute(&mut **tx)
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
                    .execute(&mut **tx)
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
                audit_in(self, tx, application_id, &entry, &ids()).await?;
            }
        }
        Ok(())
    }
}

/// Rewrites a kept copy of an application's JSON so that it holds no answer taken back.
pub type Forget = dyn Fn(&str) -> Result<String, StorageError> + Sync;

/// One My Page edit as [`Db::save_edit_in`] writes it.
#[derive(Clone, Copy)]
struct Edit<'a> {
    application_id: &'a str,
    json: &'a str,
    applied: &'a [FieldChange],
    requested: &'a [FieldChange],
    now: i64,
}
