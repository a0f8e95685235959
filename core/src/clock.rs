//! Time as the office sees it, shared by the kiosk and the server and passed in to both, so
//! "today" (an age, a graduation year, a token's expiry) is judged the same on each side and
//! tested without sleeping.
//!
//! Japan keeps one offset all year (no summer time), so "today" at an office is the date at a
//! fixed +09:00, never the machine's own time zone: a kiosk whose zone is UTC and the server in
//! Tokyo agree near midnight. [`SystemClock`] is the one place that reads the wall clock.

use std::sync::Mutex;

use time::{Date, Duration, OffsetDateTime, UtcOffset};

/// Japan Standard Time.
pub const JST: UtcOffset = match UtcOffset::from_hms(9, 0, 0) {
    Ok(offset) => offset,
    Err(_) => UtcOffset::UTC,
};

pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> OffsetDateTime;

    /// Unix seconds, as stored.
    fn unix(&self) -> i64 {
        self.now().unix_timestamp()
    }

    /// Today's date at the office (Japan time), whatever the machine's zone.
    fn today(&self) -> Date {
        self.now().to_offset(JST).date()
    }
}

/// The wall clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc()
    }
}

/// A clock tests set and move by hand.
#[derive(Debug)]
pub struct ManualClock(Mutex<OffsetDateTime>);

impl ManualClock {
    pub fn new(at: OffsetDateTime) -> ManualClock {
        ManualClock(Mutex::new(at))
    }

    pub fn advance(&self, by: Duration) {
        let mut now = self.0.lock().unwrap_or_else(|p| p.into_inner());
        *now += by;
    }

    pub fn set(&self, at: OffsetDateTime) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = at;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> OffsetDateTime {
        *self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// `[start, end)` of a JST calendar day in Unix seconds.
pub fn day_bounds(day: Date) -> (i64, i64) {
    let start = day.midnight().assume_offset(JST).unix_timestamp();
    (start, start + 86_400)
}

/// A stored Unix time as a JST date-time, for display.
pub fn local(unix: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(unix)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
        .to_offset(JST)
}

/// `2026-11-25 10:04` in JST.
pub fn format_local(unix: i64) -> String {
    let t = local(unix);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute()
    )
}

#[cfg(test)]
mod tests {
    use time::macros::{date, datetime};

    use super::*;

    #[test]
    fn today_is_the_date_in_japan() {
        let clock = ManualClock::new(datetime!(2026-11-25 15:30 UTC));
        assert_eq!(clock.today(), date!(2026 - 11 - 26));
        clock.advance(Duration::hours(-7));
        assert_eq!(clock.today(), date!(2026 - 11 - 25));
    }

    #[test]
    fn a_day_starts_at_midnight_jst() {
        let (start, end) = day_bounds(date!(2026 - 11 - 25));
        assert_eq!(start, datetime!(2026-11-24 15:00 UTC).unix_timestamp());
        assert_eq!(end - start, 86_400);
        assert_eq!(format_local(start), "2026-11-25 00:00");
    }
}
