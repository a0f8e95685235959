//! The plan's web survey (§6): answers as stored, their comments already stripped of personal
//! data by [`crate::survey`] (this file stores what it is given and is the only writer).

use sqlx::any::AnyRow;
use sqlx::{FromRow, Row};

use super::{Db, StorageError};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebSurveyRecord {
    pub id: String,
    pub office_code: Option<String>,
    pub channel: String,
    pub language: String,
    pub ease: i64,
    pub time_taken: String,
    /// Space-separated codes.
    pub hard: String,
    pub comment: String,
    pub created_at: i64,
}

impl Db {
    pub async fn insert_web_survey(&self, r: &WebSurveyRecord) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO web_surveys
             (id, office_code, channel, language, ease, time_taken, hard, comment, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(&r.id)
        .bind(r.office_code.as_deref())
        .bind(&r.channel)
        .bind(&r.language)
        .bind(r.ease)
        .bind(&r.time_taken)
        .bind(&r.hard)
        .bind(&r.comment)
        .bind(r.created_at)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Answers over `[from, to)`, oldest first.
    pub async fn web_surveys(
        &self,
        from: i64,
        to: i64,
    ) -> Result<Vec<WebSurveyRecord>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT id, office_code, channel, language, ease, time_taken, hard, comment, created_at
             FROM web_surveys WHERE created_at >= $1 AND created_at < $2 ORDER BY created_at, id",
        )
        .bind(from)
        .bind(to)
        .fetch_all(&self.pool)
        .await?)
    }
}

impl FromRow<'_, AnyRow> for WebSurveyRecord {
    fn from_row(r: &AnyRow) -> Result<WebSurveyRecord, sqlx::Error> {
        Ok(WebSurveyRecord {
            id: r.try_get("id")?,
            office_code: r.try_get("office_code")?,
            channel: r.try_get("channel")?,
            language: r.try_get("language")?,
            ease: r.try_get("ease")?,
            time_taken: r.try_get("time_taken")?,
            hard: r.try_get("hard")?,
            comment: r.try_get("comment")?,
            created_at: r.try_get("created_at")?,
        })
    }
}
