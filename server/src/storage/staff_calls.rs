//! Staff calls: a visitor at a kiosk asked for help, and whether staff have answered.

use sqlx::any::AnyRow;
use sqlx::{FromRow, Row};

use super::{Db, StorageError};

/// A call as the counter shows it: the kiosk, its place, the screen. Nothing of the visitor's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffCallRecord {
    pub id: String,
    pub office_code: String,
    pub kiosk_id: String,
    pub call_id: String,
    pub place: String,
    pub screen: String,
    pub created_at: i64,
    pub acknowledged_at: Option<i64>,
    pub acknowledged_by: Option<String>,
}

impl FromRow<'_, AnyRow> for StaffCallRecord {
    fn from_row(r: &AnyRow) -> Result<StaffCallRecord, sqlx::Error> {
        Ok(StaffCallRecord {
            id: r.try_get("id")?,
            office_code: r.try_get("office_code")?,
            kiosk_id: r.try_get("kiosk_id")?,
            call_id: r.try_get("call_id")?,
            place: r.try_get("place")?,
            screen: r.try_get("screen")?,
            created_at: r.try_get("created_at")?,
            acknowledged_at: r.try_get("acknowledged_at")?,
            acknowledged_by: r.try_get("acknowledged_by")?,
        })
    }
}

/// What a kiosk's call brings.
pub struct NewStaffCall<'a> {
    pub id: &'a str,
    pub office_code: &'a str,
    pub kiosk_id: &'a str,
    pub call_id: &'a str,
    pub place: &'a str,
    pub screen: &'a str,
}

const COLUMNS: &str = "id, office_code, kiosk_id, call_id, place, screen, created_at, \
                       acknowledged_at, acknowledged_by";

impl Db {
    /// Stores a call once per (kiosk, call id); `true` when this was the first time.
    pub async fn insert_staff_call(
        &self,
        call: &NewStaffCall<'_>,
        now: i64,
    ) -> Result<bool, StorageError> {
        let done = sqlx::query(
            "INSERT INTO staff_calls (id, office_code, kiosk_id, call_id, place, screen, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (kiosk_id, call_id) DO NOTHING",
        )
        .bind(call.id)
        .bind(call.office_code)
        .bind(call.kiosk_id)
        .bind(call.call_id)
        .bind(call.place)
        .bind(call.screen)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The call a kiosk named `call_id`.
    pub async fn staff_call_of_kiosk(
        &self,
        kiosk_id: &str,
        call_id: &str,
    ) -> Result<Option<StaffCallRecord>, StorageError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM staff_calls WHERE kiosk_id = $1 AND call_id = $2"
        )))
        .bind(kiosk_id)
        .bind(call_id)
        .fetch_optional(&self.pool)
        .await?)
    }

    pub async fn staff_call(&self, id: &str) -> Result<Option<StaffCallRecord>, StorageError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM staff_calls WHERE id = $1"
        )))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?)
    }

    /// Calls since `since` of one office (every office when `office` is empty), oldest first:
    /// the waiting ones and those answered, which the counter shows a while longer.
    pub async fn staff_calls_since(
        &self,
        office: &str,
        since: i64,
    ) -> Result<Vec<StaffCallRecord>, StorageError> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM staff_calls
             WHERE ($1 = '' OR office_code = $1) AND created_at >= $2
             ORDER BY created_at, id"
        )))
        .bind(office)
        .bind(since)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Marks a call answered by `user_id`; `false` when it was already answered or is unknown.
    pub async fn acknowledge_staff_call(
        &self,
        id: &str,
        user_id: &str,
        now: i64,
    ) -> Result<bool, StorageError> {
        let done = sqlx::query(
            "UPDATE staff_calls SET acknowledged_at = $1, acknowledged_by = $2
             WHERE id = $3 AND acknowledged_at IS NULL",
        )
        .bind(now)
        .bind(user_id)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
