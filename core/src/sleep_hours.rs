//! When the kiosk's screen sleeps: the hours the office is closed (`[display] sleep = "19:00-08:00"`
//! and `sleep_days = ["sat", "sun"]` in kiosk.toml), judged in Japan time like everything else
//! the office does ([`crate::clock`]), so a kiosk whose zone is UTC sleeps at the office's hours.
//!
//! Sleeping is the attract screen's matter only: a visitor in the middle of an application is
//! never put to sleep, and a touch wakes the screen at any hour (the kiosk decides when, from
//! these hours and the last touch; this module only says whether the office is closed).

use std::fmt;
use std::str::FromStr;

use thiserror::Error;
use time::{OffsetDateTime, Weekday};

use crate::clock::JST;

/// A minute of the day, 0 (00:00) to 1439 (23:59).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct MinuteOfDay(u16);

impl MinuteOfDay {
    pub fn new(hour: u8, minute: u8) -> Option<MinuteOfDay> {
        (hour < 24 && minute < 60).then(|| MinuteOfDay(u16::from(hour) * 60 + u16::from(minute)))
    }

    fn of(at: OffsetDateTime) -> MinuteOfDay {
        let at = at.to_offset(JST);
        MinuteOfDay(u16::from(at.hour()) * 60 + u16::from(at.minute()))
    }
}

impl fmt::Display for MinuteOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

/// What is wrong with a `sleep` or `sleep_days` value, said so an administrator can fix it.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum SleepHoursError {
    #[error("write the closed hours as \"HH:MM-HH:MM\" (e.g. \"19:00-08:00\"), not \"{0}\"")]
    Shape(String),
    #[error("\"{0}\" is not a time of day (00:00 to 23:59)")]
    Time(String),
    #[error("the start and the end are the same time: leave `sleep` out, or use sleep_days")]
    Empty,
    #[error("\"{0}\" is not a day: use mon, tue, wed, thu, fri, sat or sun")]
    Day(String),
}

/// The office's closed hours: every day from `from` until `until` (across midnight when `until`
/// is earlier), and all day on `days`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SleepHours {
    daily: Option<(MinuteOfDay, MinuteOfDay)>,
    days: Vec<Weekday>,
}

impl SleepHours {
    /// Reads `sleep` ("19:00-08:00", full-width digits and other dashes accepted) and
    /// `sleep_days` (["sat", "sun"]); either may be absent.
    pub fn parse(daily: Option<&str>, days: &[String]) -> Result<SleepHours, SleepHoursError> {
        let daily = match daily.map(str::trim) {
            None | Some("") => None,
            Some(text) => Some(parse_range(text)?),
        };
        let mut weekdays = Vec::new();
        for day in days {
            let weekday = parse_day(day)?;
            if !weekdays.contains(&weekday) {
                weekdays.push(weekday);
            }
        }
        Ok(SleepHours {
            daily,
            days: weekdays,
        })
    }

    /// No closed hours: the screen never sleeps.
    pub fn is_never(&self) -> bool {
        self.daily.is_none() && self.days.is_empty()
    }

    /// Whether the office is closed at `at` (in Japan time).
    pub fn closed_at(&self, at: OffsetDateTime) -> bool {
        let local = at.to_offset(JST);
        if self.days.contains(&local.weekday()) {
            return true;
        }
        let Some((from, until)) = self.daily else {
            return false;
        };
        let now = MinuteOfDay::of(at);
        if from < until {
            from <= now && now < until
        } else {
            now >= from || now < until
        }
    }
}

fn parse_range(text: &str) -> Result<(MinuteOfDay, MinuteOfDay), SleepHoursError> {
    let folded: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '：' => ':',
            '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' | '－' | 'ー' | '~' | '〜' | '～' => {
                '-'
            }
            other => other,
        })
        .collect();
    let (from, until) = folded
        .split_once('-')
        .ok_or_else(|| SleepHoursError::Shape(text.to_owned()))?;
    let from = parse_time(from)?;
    let until = parse_time(until)?;
    if from == until {
        return Err(SleepHoursError::Empty);
    }
    Ok((from, until))
}

fn parse_time(text: &str) -> Result<MinuteOfDay, SleepHoursError> {
    let bad = || SleepHoursError::Time(text.to_owned());
    let (hour, minute) = text.split_once(':').ok_or_else(bad)?;
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(hour) || minute.len() != 2 || !digits(minute) {
        return Err(bad());
    }
    let hour: u8 = hour.parse().map_err(|_| bad())?;
    let minute: u8 = minute.parse().map_err(|_| bad())?;
    // "24:00" ends a day: the same minute as "00:00".
    if hour == 24 && minute == 0 {
        return Ok(MinuteOfDay(0));
    }
    MinuteOfDay::new(hour, minute).ok_or_else(bad)
}

fn parse_day(text: &str) -> Result<Weekday, SleepHoursError> {
    let day = text.trim().to_ascii_lowercase();
    Ok(match day.get(..3).unwrap_or_default() {
        "mon" => Weekday::Monday,
        "tue" => Weekday::Tuesday,
        "wed" => Weekday::Wednesday,
        "thu" => Weekday::Thursday,
        "fri" => Weekday::Friday,
        "sat" => Weekday::Saturday,
        "sun" => Weekday::Sunday,
        _ => return Err(SleepHoursError::Day(text.to_owned())),
    })
}

impl FromStr for SleepHours {
    type Err = SleepHoursError;

    /// Daily hours alone ("19:00-08:00").
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        SleepHours::parse(Some(s), &[])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::datetime;

    fn hours(daily: &str, days: &[&str]) -> SleepHours {
        let days: Vec<String> = days.iter().map(|d| (*d).to_owned()).collect();
        SleepHours::parse(Some(daily), &days).expect("valid hours")
    }

    #[test]
    fn closed_across_midnight_in_japan_time() {
        let h = hours("19:00-08:00", &[]);
        // 2026-12-07 is a Monday.
        assert!(!h.closed_at(datetime!(2026-12-07 18:59 +09:00)));
        assert!(h.closed_at(datetime!(2026-12-07 19:00 +09:00)));
        assert!(h.closed_at(datetime!(2026-12-08 03:00 +09:00)));
        assert!(h.closed_at(datetime!(2026-12-08 07:59 +09:00)));
        assert!(!h.closed_at(datetime!(2026-12-08 08:00 +09:00)));
        // The same instants from a kiosk whose clock says UTC: 10:00 UTC is 19:00 in Tokyo.
        assert!(h.closed_at(datetime!(2026-12-07 10:00 UTC)));
        assert!(!h.closed_at(datetime!(2026-12-07 09:59 UTC)));
    }

    #[test]
    fn closed_within_one_day_and_on_whole_days() {
        let h = hours("12:00-13:00", &["sat", "Sunday"]);
        assert!(h.closed_at(datetime!(2026-12-07 12:30 +09:00)));
        assert!(!h.closed_at(datetime!(2026-12-07 13:00 +09:00)));
        // Saturday 2026-12-05 at noon, and Sunday just after midnight in Tokyo (Saturday in UTC).
        assert!(h.closed_at(datetime!(2026-12-05 10:00 +09:00)));
        assert!(h.closed_at(datetime!(2026-12-05 15:30 UTC)));
        // Monday 00:30 in Tokyo is Sunday 15:30 UTC: open.
        assert!(!h.closed_at(datetime!(2026-12-06 15:30 UTC)));
    }

    #[test]
    fn what_an_administrator_might_write_is_read_or_refused_with_a_reason() {
        assert_eq!(
            hours("１９：００〜０８：００", &[]),
            hours("19:00-08:00", &[])
        );
        assert_eq!(hours(" 9:00 – 17:30 ", &[]), hours("09:00-17:30", &[]));
        assert_eq!(hours("22:00-24:00", &[]), hours("22:00-00:00", &[]));
        let err = |daily: &str| SleepHours::parse(Some(daily), &[]).expect_err(daily);
        assert!(matches!(err("19:00"), SleepHoursError::Shape(_)));
        assert!(matches!(err("25:00-08:00"), SleepHoursError::Time(_)));
        assert!(matches!(err("19:0-08:00"), SleepHoursError::Time(_)));
        assert_eq!(err("08:00-08:00"), SleepHoursError::Empty);
        let day = SleepHours::parse(None, &["someday".to_owned()]).expect_err("day");
        assert!(matches!(day, SleepHoursError::Day(_)));
        assert!(SleepHours::parse(None, &[]).expect("none").is_never());
        assert!(SleepHours::parse(Some(""), &[]).expect("empty").is_never());
    }

    proptest! {
        /// Any text: an answer, never a panic.
        #[test]
        fn any_text_is_read_or_refused(text in "\\PC{0,20}") {
            let _ = SleepHours::parse(Some(&text), std::slice::from_ref(&text));
        }

        /// Every minute is closed by exactly one of a range and its complement.
        #[test]
        fn a_range_and_its_complement_share_no_minute(
            a in 0u16..1440, b in 0u16..1440, m in 0u16..1440,
        ) {
            prop_assume!(a != b);
            let t = |x: u16| format!("{:02}:{:02}", x / 60, x % 60);
            let range = hours(&format!("{}-{}", t(a), t(b)), &[]);
            let complement = hours(&format!("{}-{}", t(b), t(a)), &[]);
            let at = datetime!(2026-12-07 00:00 +09:00) + time::Duration::minutes(i64::from(m));
            prop_assert_ne!(range.closed_at(at), complement.closed_at(at));
        }
    }
}
