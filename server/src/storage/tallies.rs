//! Job seekers registered outside the kiosk, per office, Japan-time day and channel: what staff
//! tally in the console or import from the office's daily CSV. The scorecard's denominator needs
//! them (the plan counts every new job seeker of the office, however they applied).

use sqlx::any::AnyRow;
use sqlx::{FromRow, Row};

use super::{Db, StorageError};

/// Where a job seeker registered, when it was not at the kiosk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    /// At the counter, on paper or on the office's PCs.
    Counter,
    /// Online, on the Hello Work internet service.
    Online,
}

impl Channel {
    pub const ALL: [Channel; 2] = [Channel::Counter, Channel::Online];

    pub fn code(self) -> &'static str {
        match self {
            Channel::Counter => "counter",
            Channel::Online => "online",
        }
    }

    pub fn from_code(code: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// One day's registrations of one channel at one office, and the My Pages those job seekers
/// opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    pub office_code: String,
    /// Japan-time registration day, `YYYY-MM-DD`.
    pub day: String,
    pub channel: Channel,
    pub registered: i64,
    pub opened: i64,
    /// `tally` (typed in the console) or `import` (the daily CSV).
    pub source: String,
    pub recorded_by: String,
    pub recorded_at: i64,
}

const UPSERT: &str = "INSERT INTO registration_tallies
     (office_code, day, channel, registered, opened, source, recorded_by, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (office_code, day, channel) DO UPDATE SET registered = $4, opened = $5,
     source = $6, recorded_by = $7, recorded_at = $8";

impl Db {
    /// Records the tallies, each replacing what stood for its office, day and channel, all in
    /// one transaction: either every row is stored or none is.
    pub async fn put_tallies(&self, tallies: &[Tally]) -> Result<(), StorageError> {
        let mut tx = self.pool.begin().await?;
        for t in tallies {
            sqlx::query(UPSERT)
                .bind(&t.office_code)
                .bind(&t.day)
                .bind(t.channel.code())
                .bind(t.registered)
                .bind(t.opened)
                .bind(&t.source)
                .bind(&t.recorded_by)
                .bind(t.recorded_at)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// An office's tallies over `[from, to)` (days as `YYYY-MM-DD`), oldest first.
    pub async fn tallies(
        &self,
        office_code: &str,
        from: &str,
        to: &str,
    ) -> Result<Vec<Tally>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT office_code, day, channel, registered, opened, source, recorded_by, recorded_at
             FROM registration_tallies WHERE office_code = $1 AND day >= $2 AND day < $3
             ORDER BY day, channel",
        )
        .bind(office_code)
        .bind(from)
        .bind(to)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Every tally of an office (the scorecard's refresh buckets them into quarters).
    pub async fn all_tallies(&self, office_code: &str) -> Result<Vec<Tally>, StorageError> {
        self.tallies(office_code, "0000-00-00", "9999-99-99").await
    }
}

impl FromRow<'_, AnyRow> for Tally {
    fn from_row(row: &AnyRow) -> Result<Tally, sqlx::Error> {
        let channel: String = row.try_get("channel")?;
        Ok(Tally {
            office_code: row.try_get("office_code")?,
            day: row.try_get("day")?,
            channel: Channel::from_code(&channel).ok_or_else(|| sqlx::Error::ColumnDecode {
                index: "channel".into(),
                source: format!("unknown channel {channel}").into(),
            })?,
            registered: row.try_get("registered")?,
            opened: row.try_get("opened")?,
            source: row.try_get("source")?,
            recorded_by: row.try_get("recorded_by")?,
            recorded_at: row.try_get("recorded_at")?,
        })
    }
}
