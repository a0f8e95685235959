//! The counts behind the quarterly scorecard.

use sqlx::Row;

use super::{Db, StorageError};

/// Raw counts for one office over `[from, to)`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PeriodCounts {
    pub applications: i64,
    pub my_pages_opened: i64,
    pub accepted: i64,
    /// Answers per score 1..=5 (index 0 is score 1).
    pub scores: [i64; 5],
    /// Answers per reason code.
    pub reasons: Vec<(String, i64)>,
}

impl Db {
    pub async fn period_counts(
        &self,
        office_code: &str,
        from: i64,
        to: i64,
    ) -> Result<PeriodCounts, StorageError> {
        let count = |sql: &'static str| {
            sqlx::query(sql)
                .bind(office_code)
                .bind(from)
                .bind(to)
                .fetch_one(&self.pool)
        };
        let applications: i64 = count(
            "SELECT COUNT(*) AS n FROM applications WHERE office_code = $1 AND received_at >= $2 AND received_at < $3",
        )
        .await?
        .try_get("n")?;
        let my_pages_opened: i64 = count(
            "SELECT COUNT(*) AS n FROM applications
             WHERE office_code = $1 AND my_page_opened_at >= $2 AND my_page_opened_at < $3",
        )
        .await?
        .try_get("n")?;
        let accepted: i64 = count(
            "SELECT COUNT(*) AS n FROM applications
             WHERE office_code = $1 AND status = 'accepted' AND decided_at >= $2 AND decided_at < $3",
        )
        .await?
        .try_get("n")?;
        let mut scores = [0i64; 5];
        let rows = sqlx::query(
            "SELECT score, COUNT(*) AS n FROM surveys
             WHERE office_code = $1 AND created_at >= $2 AND created_at < $3 GROUP BY score",
        )
        .bind(office_code)
        .bind(from)
        .bind(to)
        .fetch_all(&self.pool)
        .await?;
        for row in &rows {
            let score: i64 = row.try_get("score")?;
            if let Some(slot) = usize::try_from(score - 1)
                .ok()
                .and_then(|i| scores.get_mut(i))
            {
                *slot = row.try_get("n")?;
            }
        }
        let rows = sqlx::query(
            "SELECT reason, COUNT(*) AS n FROM surveys
             WHERE office_code = $1 AND created_at >= $2 AND created_at < $3 GROUP BY reason ORDER BY reason",
        )
        .bind(office_code)
        .bind(from)
        .bind(to)
        .fetch_all(&self.pool)
        .await?;
        let reasons = rows
            .iter()
            .map(|r| Ok((r.try_get("reason")?, r.try_get("n")?)))
            .collect::<Result<_, StorageError>>()?;
        Ok(PeriodCounts {
            applications,
            my_pages_opened,
            accepted,
            scores,
            reasons,
        })
    }
}
