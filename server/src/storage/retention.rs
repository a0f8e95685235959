//! Erasure of what may no longer be kept (see [`crate::retention`]).

use sqlx::Row;

use super::{Db, StorageError};

/// Every column with a visitor's details emptied; what the scorecard and a kiosk's repeated send
/// need is kept (see [`crate::retention`]).
const ERASE_SET: &str = "application_json = '', findings_json = '', return_reason = NULL,
     login_email = NULL, login_email_hash = NULL, pending_email = NULL, pending_email_hash = NULL,
     password_hash = NULL, email_code_hash = NULL, email_code_expires_at = NULL,
     identity_document = NULL, job_seeker_number = NULL, erased_at = $1, updated_at = $1";

/// Rows erased per statement, so a first run over a large table does not hold the write lock
/// for long.
const ERASE_BATCH: i64 = 1_000;

impl Db {
    /// Erases applications never accepted and received before `received_before`.
    pub async fn erase_unaccepted(
        &self,
        received_before: i64,
        now: i64,
    ) -> Result<u64, StorageError> {
        self.erase_where(
            "erased_at IS NULL AND status <> 'accepted' AND received_at < $2",
            received_before,
            now,
        )
        .await
    }

    /// Erases accepted applications decided at or before `decided_by`.
    pub async fn erase_accepted(&self, decided_by: i64, now: i64) -> Result<u64, StorageError> {
        self.erase_where(
            "erased_at IS NULL AND status = 'accepted' AND decided_at <= $2",
            decided_by,
            now,
        )
        .await
    }

    async fn erase_where(&self, filter: &str, before: i64, now: i64) -> Result<u64, StorageError> {
        let sql = format!(
            "UPDATE applications SET {ERASE_SET}
             WHERE id IN (SELECT id FROM applications WHERE {filter} LIMIT {ERASE_BATCH})"
        );
        let mut total = 0;
        loop {
            let done = sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
                .bind(now)
                .bind(before)
                .execute(&self.pool)
                .await?
                .rows_affected();
            total += done;
            if done == 0 {
                // What was asked or recorded about an erased application goes with it.
                for table in [
                    "pending_changes",
                    "change_audit",
                    "phone_proofs",
                    "corrections",
                    "received_applications",
                ] {
                    sqlx::query(sqlx::AssertSqlSafe(format!(
                        "DELETE FROM {table} WHERE application_id IN
                         (SELECT id FROM applications WHERE erased_at IS NOT NULL)"
                    )))
                    .execute(&self.pool)
                    .await?;
                }
                return Ok(total);
            }
        }
    }

    /// Whether the application with this id was erased (for tests and operators).
    pub async fn erased_at(&self, id: &str) -> Result<Option<i64>, StorageError> {
        let row = sqlx::query("SELECT erased_at FROM applications WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(match row {
            Some(r) => r.try_get("erased_at")?,
            None => None,
        })
    }
}
