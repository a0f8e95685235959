//! The kiosk's one-question survey after 完了.

use sqlx::any::AnyRow;
use sqlx::{FromRow, Row};

use super::{Db, StorageError};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SurveyRecord {
    pub receipt: String,
    pub score: i64,
    pub reason: String,
}

impl Db {
    /// Stores the first answer per (kiosk, receipt); returns whether this call stored it and the
    /// answer that stands.
    pub async fn insert_survey(
        &self,
        kiosk_id: &str,
        office_code: &str,
        survey: &SurveyRecord,
        now: i64,
    ) -> Result<(bool, SurveyRecord), StorageError> {
        let done = sqlx::query(
            "INSERT INTO surveys (kiosk_id, receipt, office_code, score, reason, created_at)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
        )
        .bind(kiosk_id)
        .bind(&survey.receipt)
        .bind(office_code)
        .bind(survey.score)
        .bind(&survey.reason)
        .bind(now)
        .execute(&self.pool)
        .await?;
        let standing = sqlx::query_as(
            "SELECT receipt, score, reason FROM surveys WHERE kiosk_id = $1 AND receipt = $2",
        )
        .bind(kiosk_id)
        .bind(&survey.receipt)
        .fetch_one(&self.pool)
        .await?;
        Ok((done.rows_affected() == 1, standing))
    }
}

impl FromRow<'_, AnyRow> for SurveyRecord {
    fn from_row(row: &AnyRow) -> Result<SurveyRecord, sqlx::Error> {
        Ok(SurveyRecord {
            receipt: row.try_get("receipt")?,
            score: row.try_get("score")?,
            reason: row.try_get("reason")?,
        })
    }
}
