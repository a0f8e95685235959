//! Hello Work offices: the unit kiosks, staff and the scorecard belong to.

use sqlx::any::AnyRow;
use sqlx::{FromRow, Row};

use super::{Db, StorageError};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Office {
    pub code: String,
    pub name: String,
}

impl Db {
    /// Creates the office unless it exists; returns whether it was created.
    pub async fn ensure_office(
        &self,
        code: &str,
        name: &str,
        now: i64,
    ) -> Result<bool, StorageError> {
        let done = sqlx::query(
            "INSERT INTO offices (code, name, last_serial, created_at) VALUES ($1, $2, 0, $3)
             ON CONFLICT (code) DO NOTHING",
        )
        .bind(code)
        .bind(name)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn office(&self, code: &str) -> Result<Option<Office>, StorageError> {
        Ok(
            sqlx::query_as("SELECT code, name FROM offices WHERE code = $1")
                .bind(code)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    pub async fn offices(&self) -> Result<Vec<Office>, StorageError> {
        Ok(
            sqlx::query_as("SELECT code, name FROM offices ORDER BY code")
                .fetch_all(&self.pool)
                .await?,
        )
    }
}

impl FromRow<'_, AnyRow> for Office {
    fn from_row(row: &AnyRow) -> Result<Office, sqlx::Error> {
        Ok(Office {
            code: row.try_get("code")?,
            name: row.try_get("name")?,
        })
    }
}
