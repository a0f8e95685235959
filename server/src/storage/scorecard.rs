//! The counts behind the quarterly scorecard: the kiosk survey and acceptances per office and
//! period, the kiosk applications per day, and the cells the refresh makes of them.

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

/// One office's figures for one quarter, as the refresh makes them (see
/// [`crate::scorecard::refresh_office`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct CellCounts {
    /// Applications received from the office's kiosks (returned ones left out).
    pub kiosk_registered: i64,
    /// My Pages opened from those applications' QR codes, whenever opened.
    pub kiosk_opened: i64,
    pub counter_registered: i64,
    pub counter_opened: i64,
    pub online_registered: i64,
    pub online_opened: i64,
}

impl Db {
    /// An office's kiosk applications per Japan-time day (days since 1970-01-01 JST): how many
    /// were received, and how many of those opened My Page (at any time since). Applications
    /// returned at the counter are no job seekers and are left out of both.
    pub async fn kiosk_days(
        &self,
        office_code: &str,
    ) -> Result<Vec<(i64, i64, i64)>, StorageError> {
        let rows = sqlx::query(
            "SELECT (received_at + 32400) / 86400 AS d, COUNT(*) AS registered,
                    COUNT(my_page_opened_at) AS opened
             FROM applications WHERE office_code = $1 AND status <> 'returned'
             GROUP BY d ORDER BY d",
        )
        .bind(office_code)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.try_get("d")?,
                    r.try_get("registered")?,
                    r.try_get("opened")?,
                ))
            })
            .collect()
    }

    /// Replaces an office's cells and notes when they were made, in one transaction.
    pub async fn replace_cells(
        &self,
        office_code: &str,
        cells: &[(String, CellCounts)],
        now: i64,
    ) -> Result<(), StorageError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM scorecard_cells WHERE office_code = $1")
            .bind(office_code)
            .execute(&mut *tx)
            .await?;
        for (quarter, c) in cells {
            sqlx::query(
                "INSERT INTO scorecard_cells (office_code, quarter, kiosk_registered, kiosk_opened,
                 counter_registered, counter_opened, online_registered, online_opened)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(office_code)
            .bind(quarter)
            .bind(c.kiosk_registered)
            .bind(c.kiosk_opened)
            .bind(c.counter_registered)
            .bind(c.counter_opened)
            .bind(c.online_registered)
            .bind(c.online_opened)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query(
            "INSERT INTO scorecard_refreshes (office_code, refreshed_at) VALUES ($1, $2)
             ON CONFLICT (office_code) DO UPDATE SET refreshed_at = $2",
        )
        .bind(office_code)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Every office's cells: (office code, quarter code, counts).
    pub async fn cells(&self) -> Result<Vec<(String, String, CellCounts)>, StorageError> {
        let rows = sqlx::query(
            "SELECT office_code, quarter, kiosk_registered, kiosk_opened, counter_registered,
                    counter_opened, online_registered, online_opened
             FROM scorecard_cells ORDER BY office_code, quarter",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.try_get("office_code")?,
                    r.try_get("quarter")?,
                    CellCounts {
                        kiosk_registered: r.try_get("kiosk_registered")?,
                        kiosk_opened: r.try_get("kiosk_opened")?,
                        counter_registered: r.try_get("counter_registered")?,
                        counter_opened: r.try_get("counter_opened")?,
                        online_registered: r.try_get("online_registered")?,
                        online_opened: r.try_get("online_opened")?,
                    },
                ))
            })
            .collect()
    }

    /// When each office's cells were last made.
    pub async fn cells_refreshed(&self) -> Result<Vec<(String, i64)>, StorageError> {
        let rows = sqlx::query("SELECT office_code, refreshed_at FROM scorecard_refreshes")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("office_code")?, r.try_get("refreshed_at")?)))
            .collect()
    }
}
