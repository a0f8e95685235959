//! Changes asked for on My Page after 受理 and the audit of every change (see
//! [`crate::pending_change`]).

use sqlx::any::AnyRow;
use sqlx::{FromRow, Row};

use super::{Db, StorageError};
use crate::change_record::{Actor, AuditAction, AuditEntry, ChangedField, PendingChange};
use crate::sealed::Field;

/// A pending change as stored: its two values still sealed, and `None` for a field this
/// server does not know (such a row is left out).
struct SealedChange(Option<PendingChange>);

impl FromRow<'_, AnyRow> for SealedChange {
    fn from_row(r: &AnyRow) -> Result<SealedChange, sqlx::Error> {
        let field: String = r.try_get("field")?;
        let Some(field) = ChangedField::from_code(&field) else {
            return Ok(SealedChange(None));
        };
        Ok(SealedChange(Some(PendingChange {
            id: r.try_get("id")?,
            application_id: r.try_get("application_id")?,
            field,
            old: r.try_get("old_value")?,
            new: r.try_get("new_value")?,
            requested_at: r.try_get("requested_at")?,
        })))
    }
}

/// An audit line as stored: its two values still sealed, and `None` for an action or field
/// this server does not know (such a line is left out).
struct SealedAuditLine(Option<(String, AuditEntry)>);

impl FromRow<'_, AnyRow> for SealedAuditLine {
    fn from_row(r: &AnyRow) -> Result<SealedAuditLine, sqlx::Error> {
        let action: String = r.try_get("action")?;
        let field: String = r.try_get("field")?;
        let (Some(action), Some(field)) = (
            AuditAction::from_code(&action),
            ChangedField::from_code(&field),
        ) else {
            return Ok(SealedAuditLine(None));
        };
        let kind: String = r.try_get("actor_kind")?;
        let login: String = r.try_get("actor")?;
        let entry = AuditEntry {
            at: r.try_get("at")?,
            actor: Actor::from_stored(&kind, &login),
            action,
            field,
            old: r.try_get("old_value")?,
            new: r.try_get("new_value")?,
        };
        Ok(SealedAuditLine(Some((r.try_get("id")?, entry))))
    }
}

impl Db {
    /// A pending change as handlers see it: its two values opened.
    fn opened_change(&self, change: PendingChange) -> Result<PendingChange, StorageError> {
        Ok(PendingChange {
            old: self.open_field(Field::PendingOld, &change.id, &change.old)?,
            new: self.open_field(Field::PendingNew, &change.id, &change.new)?,
            ..change
        })
    }
}

/// A decision on a pending change, as [`Db::decide_change`] takes it.
pub struct ChangeDecision<'a> {
    pub change_id: &'a str,
    pub application_id: &'a str,
    pub accept: bool,
    pub staff_login: &'a str,
    pub now: i64,
}

pub(super) async fn audit_in(
    db: &Db,
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    application_id: &str,
    entry: &AuditEntry,
    id: &str,
) -> Result<(), StorageError> {
    let (kind, login) = entry.actor.stored();
    sqlx::query(
        "INSERT INTO change_audit (id, application_id, at, actor_kind, actor, action, field, old_value, new_value)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(id)
    .bind(application_id)
    .bind(entry.at)
    .bind(kind)
    .bind(login)
    .bind(entry.action.code())
    .bind(entry.field.code())
    .bind(db.seal(Field::AuditOld, id, &entry.old)?)
    .bind(db.seal(Field::AuditNew, id, &entry.new)?)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

impl Db {
    /// The changes of one application waiting for the counter, oldest first.
    pub async fn pending_changes(
        &self,
        application_id: &str,
    ) -> Result<Vec<PendingChange>, StorageError> {
        let rows: Vec<SealedChange> = sqlx::query_as(
            "SELECT id, application_id, field, old_value, new_value, requested_at FROM pending_changes
             WHERE application_id = $1 AND status = 'pending' ORDER BY requested_at, field",
        )
        .bind(application_id)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .filter_map(|SealedChange(change)| change)
            .map(|change| self.opened_change(change))
            .collect()
    }

    /// Accepts or refuses a pending change of `application_id`, once: accepting writes the new
    /// value into the application (through `apply`, which gets the application's JSON and the
    /// change and answers the new JSON). Both are audited. `Ok(None)`: no such pending change of
    /// that application (decided already, or another's).
    pub async fn decide_change(
        &self,
        decision: ChangeDecision<'_>,
        audit_id: &str,
        apply: impl FnOnce(&str, &PendingChange) -> Result<String, StorageError>,
    ) -> Result<Option<PendingChange>, StorageError> {
        let ChangeDecision {
            change_id,
            application_id,
            accept,
            staff_login,
            now,
        } = decision;
        let mut tx = self.pool.begin().await?;
        let row: Option<SealedChange> = sqlx::query_as(
            "UPDATE pending_changes SET status = $1, decided_at = $2, decided_by = $3
             WHERE id = $4 AND application_id = $5 AND status = 'pending'
             RETURNING id, application_id, field, old_value, new_value, requested_at",
        )
        .bind(if accept { "accepted" } else { "refused" })
        .bind(now)
        .bind(staff_login)
        .bind(change_id)
        .bind(application_id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(SealedChange(Some(change))) = row else {
            return Ok(None);
        };
        let change = self.opened_change(change)?;
        if accept {
            let stored: String =
                sqlx::query("SELECT application_json FROM applications WHERE id = $1")
                    .bind(application_id)
                    .fetch_one(&mut *tx)
                    .await?
                    .try_get("application_json")?;
            let current = self.open_field(Field::ApplicationJson, application_id, &stored)?;
            let next = apply(&current, &change)?;
            sqlx::query(
                "UPDATE applications SET application_json = $1, updated_at = $2 WHERE id = $3",
            )
            .bind(self.seal(Field::ApplicationJson, application_id, &next)?)
            .bind(now)
            .bind(application_id)
            .execute(&mut *tx)
            .await?;
        }
        let entry = AuditEntry {
            at: now,
            actor: Actor::Staff(staff_login.to_owned()),
            action: if accept {
                AuditAction::Accepted
            } else {
                AuditAction::Refused
            },
            field: change.field,
            old: change.old.clone(),
            new: change.new.clone(),
        };
        audit_in(self, &mut tx, application_id, &entry, audit_id).await?;
        tx.commit().await?;
        Ok(Some(change))
    }

    /// The audit of one application's changes, oldest first.
    pub async fn change_audit(
        &self,
        application_id: &str,
    ) -> Result<Vec<AuditEntry>, StorageError> {
        let rows: Vec<SealedAuditLine> = sqlx::query_as(
            "SELECT id, at, actor_kind, actor, action, field, old_value, new_value FROM change_audit
             WHERE application_id = $1",
        )
        .bind(application_id)
        .fetch_all(&self.pool)
        .await?;
        let mut entries = rows
            .into_iter()
            .filter_map(|SealedAuditLine(line)| line)
            .map(|(id, entry)| {
                Ok(AuditEntry {
                    old: self.open_field(Field::AuditOld, &id, &entry.old)?,
                    new: self.open_field(Field::AuditNew, &id, &entry.new)?,
                    ..entry
                })
            })
            .collect::<Result<Vec<_>, StorageError>>()?;
        entries.sort_by_key(|e| (e.at, e.action.rank()));
        Ok(entries)
    }
}
