//! How long the server keeps a visitor's details, and the job that erases them when that ends.
//!
//! The rules:
//! - An application that is never accepted (仮受付 or 返戻) is valid until the end of the month
//!   after next, counted from its receipt in Japan time (received 2026-12-02: valid through
//!   2027-02-28 23:59:59 JST); after that it is erased. There is nothing the office can do with
//!   it any more: the visitor applies again.
//! - An accepted application (受理済み) is the office's working record while the visitor looks
//!   for work: the counter and the visitor's My Page use it whole. It is erased a configured time
//!   after acceptance (`--retain-accepted-days`, default 1095 days, three years). The secrets of
//!   the phone pages (email codes) are not personal data and expire by themselves.
//!
//! Erasing keeps a tombstone, not the row: the scorecard counts applications received, My Pages
//! opened and acceptances per quarter, and a kiosk that sends the same envelope again must get
//! the same answer, not a second application. The tombstone keeps only what those need (office,
//! kiosk, idempotency key and envelope hash, receipt number, times, status, language); every
//! column with the visitor's details, the sign-in and the 求職番号 is emptied, and the phone page
//! and My Page of an erased application answer as for an unknown one.
//!
//! The job runs in `serve` every hour and as `madoguchi-server retention run`; it logs counts
//! only. Time is passed in, so the rule is tested at the second it changes.

use std::sync::Arc;
use std::time::Duration as StdDuration;

use time::{Duration, Month, OffsetDateTime};

use crate::clock::{Clock, JST};
use crate::storage::{Db, StorageError};

/// How often `serve` runs the job.
pub const EVERY: StdDuration = StdDuration::from_secs(3_600);

/// Default days an accepted application is kept after acceptance.
pub const DEFAULT_RETAIN_ACCEPTED_DAYS: i64 = 1_095;

/// What the office configured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Policy {
    /// How long after acceptance an accepted application is kept.
    pub retain_accepted: Duration,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            retain_accepted: Duration::days(DEFAULT_RETAIN_ACCEPTED_DAYS),
        }
    }
}

/// What one run erased.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Erased {
    pub unaccepted: u64,
    pub accepted: u64,
}

/// The first instant (Unix seconds) of the JST month `months` after the one `at` falls in.
fn month_start(at: i64, months: i32) -> i64 {
    let local = OffsetDateTime::from_unix_timestamp(at)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
        .to_offset(JST);
    let index = local.year() * 12 + i32::from(u8::from(local.month())) - 1 + months;
    let year = index.div_euclid(12);
    let month = Month::try_from(u8::try_from(index.rem_euclid(12) + 1).unwrap_or(1))
        .unwrap_or(Month::January);
    time::Date::from_calendar_date(year, month, 1)
        .map(|d| d.midnight().assume_offset(JST).unix_timestamp())
        .unwrap_or(at)
}

/// The first second at which an application received at `received_at` is no longer valid: the
/// start of the third month after the month of receipt, in Japan time.
pub fn valid_until(received_at: i64) -> i64 {
    month_start(received_at, 3)
}

/// Applications received before this instant are past their validity at `now`.
pub fn unaccepted_cutoff(now: i64) -> i64 {
    month_start(now, -2)
}

/// Erases what has expired at `now`.
pub async fn run(db: &Db, policy: &Policy, now: i64) -> Result<Erased, StorageError> {
    let unaccepted = db.erase_unaccepted(unaccepted_cutoff(now), now).await?;
    let accepted = db
        .erase_accepted(now - policy.retain_accepted.whole_seconds(), now)
        .await?;
    if unaccepted + accepted > 0 {
        db.checkpoint().await;
    }
    tracing::info!(unaccepted, accepted, "retention: applications erased");
    Ok(Erased {
        unaccepted,
        accepted,
    })
}

/// `serve`'s job: runs at start and then every [`EVERY`]; a failed run is logged and tried
/// again next time.
pub fn spawn(db: Db, clock: Arc<dyn Clock>, policy: Policy) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(EVERY);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            if let Err(e) = run(&db, &policy, clock.unix()).await {
                tracing::warn!("retention run failed: {e}");
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    fn at(t: OffsetDateTime) -> i64 {
        t.unix_timestamp()
    }

    #[test]
    fn validity_ends_with_the_month_after_next_in_japan() {
        let received = at(datetime!(2026-12-02 10:00 +9));
        assert_eq!(valid_until(received), at(datetime!(2027-03-01 00:00 +9)));
        // 2026-11-30 23:30 JST is still November in Japan, though already the 30th in UTC.
        let late = at(datetime!(2026-11-30 23:30 +9));
        assert_eq!(valid_until(late), at(datetime!(2027-02-01 00:00 +9)));
        // 2026-12-01 00:30 JST is December in Japan, though still November in UTC.
        let early = at(datetime!(2026-12-01 00:30 +9));
        assert_eq!(valid_until(early), at(datetime!(2027-03-01 00:00 +9)));
        assert_eq!(
            valid_until(at(datetime!(2026-10-31 12:00 +9))),
            at(datetime!(2027-01-01 00:00 +9))
        );
    }

    #[test]
    fn the_cutoff_agrees_with_validity_at_every_boundary() {
        let received = at(datetime!(2026-12-02 10:00 +9));
        let last_second = at(datetime!(2027-02-28 23:59:59 +9));
        assert!(received >= unaccepted_cutoff(last_second), "still valid");
        assert!(received < unaccepted_cutoff(last_second + 1), "erased");
        for month in 0..30 {
            let received = month_start(at(datetime!(2026-01-15 12:00 +9)), month) + 3_600;
            let end = valid_until(received);
            assert!(received >= unaccepted_cutoff(end - 1));
            assert!(received < unaccepted_cutoff(end));
        }
    }
}
