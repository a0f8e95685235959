//! Staff codes (one per person, argon2 hashes) and the log of assists they opened at kiosks.

use sqlx::any::AnyRow;
use sqlx::{FromRow, Row};

use super::{Db, StorageError};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffCodeRecord {
    pub id: String,
    pub office_code: String,
    pub name: String,
    pub code_hash: String,
    pub created_by: String,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

impl FromRow<'_, AnyRow> for StaffCodeRecord {
    fn from_row(r: &AnyRow) -> Result<StaffCodeRecord, sqlx::Error> {
        Ok(StaffCodeRecord {
            id: r.try_get("id")?,
            office_code: r.try_get("office_code")?,
            name: r.try_get("name")?,
            code_hash: r.try_get("code_hash")?,
            created_by: r.try_get("created_by")?,
            created_at: r.try_get("created_at")?,
            revoked_at: r.try_get("revoked_at")?,
        })
    }
}

/// One assist as logged: no visitor data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssistRecord {
    pub kiosk_id: String,
    pub staff_code_id: String,
    pub assisted_at: i64,
}

impl FromRow<'_, AnyRow> for AssistRecord {
    fn from_row(r: &AnyRow) -> Result<AssistRecord, sqlx::Error> {
        Ok(AssistRecord {
            kiosk_id: r.try_get("kiosk_id")?,
            staff_code_id: r.try_get("staff_code_id")?,
            assisted_at: r.try_get("assisted_at")?,
        })
    }
}

impl Db {
    pub async fn add_staff_code(&self, code: &StaffCodeRecord) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO staff_codes (id, office_code, name, code_hash, created_by, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&code.id)
        .bind(&code.office_code)
        .bind(&code.name)
        .bind(&code.code_hash)
        .bind(&code.created_by)
        .bind(code.created_at)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The codes of an office (every office when `office` is empty), revoked ones too, newest
    /// first.
    pub async fn staff_codes(&self, office: &str) -> Result<Vec<StaffCodeRecord>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT id, office_code, name, code_hash, created_by, created_at, revoked_at
             FROM staff_codes WHERE ($1 = '' OR office_code = $1)
             ORDER BY created_at DESC, id",
        )
        .bind(office)
        .fetch_all(&self.pool)
        .await?)
    }

    pub async fn staff_code(&self, id: &str) -> Result<Option<StaffCodeRecord>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT id, office_code, name, code_hash, created_by, created_at, revoked_at
             FROM staff_codes WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?)
    }

    /// Revokes a code; `false` when it was already revoked.
    pub async fn revoke_staff_code(&self, id: &str, now: i64) -> Result<bool, StorageError> {
        let done = sqlx::query(
            "UPDATE staff_codes SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
        )
        .bind(now)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Logs an assist once per (kiosk, code, time); `true` when new.
    pub async fn log_assist(
        &self,
        id: &str,
        office: &str,
        assist: &AssistRecord,
        now: i64,
    ) -> Result<bool, StorageError> {
        let done = sqlx::query(
            "INSERT INTO staff_assists (id, office_code, kiosk_id, staff_code_id, assisted_at, received_at)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (kiosk_id, staff_code_id, assisted_at) DO NOTHING",
        )
        .bind(id)
        .bind(office)
        .bind(&assist.kiosk_id)
        .bind(&assist.staff_code_id)
        .bind(assist.assisted_at)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The assists at an office's kiosks, newest first.
    pub async fn assists(
        &self,
        office: &str,
        limit: i64,
    ) -> Result<Vec<AssistRecord>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT kiosk_id, staff_code_id, assisted_at FROM staff_assists
             WHERE ($1 = '' OR office_code = $1)
             ORDER BY assisted_at DESC, id LIMIT $2",
        )
        .bind(office)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }
}
