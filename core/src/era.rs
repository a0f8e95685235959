//! 和暦 (Japanese eras) and 西暦, so a visitor may give a birth date the way they know it.
//!
//! Older visitors know their birth year as 昭和60年, foreign residents only as 1985; both are
//! accepted, and a date given in an era that had already ended or not yet begun on that day
//! (昭和64年2月1日, 平成31年5月1日) is refused with the era's real span and the era the day
//! actually belongs to, so the visitor can fix it.
//!
//! Spans follow the Gregorian calendar throughout. 明治 is counted from 1868-01-01 (元年 is
//! 1868 by the retroactive rule); before 1873 Japan still used its lunisolar calendar, so dates
//! of 明治1–5 here are proleptic Gregorian. Nobody applying for work was born then.

use std::fmt;

use thiserror::Error;
use time::{Date, Month};

use crate::application::{BirthDateInput, Calendar};
use crate::normalize;

/// One of the eras since the Meiji restoration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Era {
    Meiji,
    Taisho,
    Showa,
    Heisei,
    Reiwa,
}

/// Builds a constant date; only ever evaluated at compile time on literal arguments.
const fn day(year: i32, month: Month, day: u8) -> Date {
    match Date::from_calendar_date(year, month, day) {
        Ok(date) => date,
        Err(_) => panic!("invalid constant date"),
    }
}

const MEIJI_FIRST: Date = day(1868, Month::January, 1);
const TAISHO_FIRST: Date = day(1912, Month::July, 30);
const SHOWA_FIRST: Date = day(1926, Month::December, 25);
const HEISEI_FIRST: Date = day(1989, Month::January, 8);
const REIWA_FIRST: Date = day(2019, Month::May, 1);

impl Era {
    /// Oldest first.
    pub const ALL: [Era; 5] = [Era::Meiji, Era::Taisho, Era::Showa, Era::Heisei, Era::Reiwa];

    /// The era's name in kanji, e.g. 昭和.
    pub fn name(self) -> &'static str {
        match self {
            Era::Meiji => "明治",
            Era::Taisho => "大正",
            Era::Showa => "昭和",
            Era::Heisei => "平成",
            Era::Reiwa => "令和",
        }
    }

    /// Stable lower-case code, the same as [`Calendar`]'s serde name; Fluent selects on it.
    pub fn code(self) -> &'static str {
        match self {
            Era::Meiji => "meiji",
            Era::Taisho => "taisho",
            Era::Showa => "showa",
            Era::Heisei => "heisei",
            Era::Reiwa => "reiwa",
        }
    }

    /// The initial used on forms and cards: M, T, S, H, R.
    pub fn letter(self) -> char {
        match self {
            Era::Meiji => 'M',
            Era::Taisho => 'T',
            Era::Showa => 'S',
            Era::Heisei => 'H',
            Era::Reiwa => 'R',
        }
    }

    /// First day of the era (元年's first day in it).
    pub fn first_day(self) -> Date {
        match self {
            Era::Meiji => MEIJI_FIRST,
            Era::Taisho => TAISHO_FIRST,
            Era::Showa => SHOWA_FIRST,
            Era::Heisei => HEISEI_FIRST,
            Era::Reiwa => REIWA_FIRST,
        }
    }

    /// Last day of the era; `None` for the current one.
    pub fn last_day(self) -> Option<Date> {
        self.next().and_then(|next| next.first_day().previous_day())
    }

    /// The era that followed this one.
    pub fn next(self) -> Option<Era> {
        match self {
            Era::Meiji => Some(Era::Taisho),
            Era::Taisho => Some(Era::Showa),
            Era::Showa => Some(Era::Heisei),
            Era::Heisei => Some(Era::Reiwa),
            Era::Reiwa => None,
        }
    }

    /// The era a day belongs to; `None` before 明治.
    pub fn of(date: Date) -> Option<Era> {
        Era::ALL
            .into_iter()
            .rev()
            .find(|era| era.first_day() <= date)
    }

    /// The era chosen in the form, `None` for 西暦.
    pub fn from_calendar(calendar: Calendar) -> Option<Era> {
        match calendar {
            Calendar::Western => None,
            Calendar::Meiji => Some(Era::Meiji),
            Calendar::Taisho => Some(Era::Taisho),
            Calendar::Showa => Some(Era::Showa),
            Calendar::Heisei => Some(Era::Heisei),
            Calendar::Reiwa => Some(Era::Reiwa),
        }
    }

    pub fn calendar(self) -> Calendar {
        match self {
            Era::Meiji => Calendar::Meiji,
            Era::Taisho => Calendar::Taisho,
            Era::Showa => Calendar::Showa,
            Era::Heisei => Calendar::Heisei,
            Era::Reiwa => Calendar::Reiwa,
        }
    }

    /// Western year of the era's year `era_year` (元年 = 1), without checking the era's span;
    /// `None` for year 0 or below, or past 9999.
    pub fn western_year(self, era_year: u32) -> Option<i32> {
        if era_year == 0 {
            return None;
        }
        let year = i32::try_from(era_year)
            .ok()?
            .checked_add(self.first_day().year() - 1)?;
        (year <= 9999).then_some(year)
    }

    /// Splits a leading era name (昭和) or initial (S, s) off `text`. An initial counts only
    /// when a digit or 元 follows, so ordinary words are left alone.
    pub fn split_prefix(text: &str) -> Option<(Era, &str)> {
        for era in Era::ALL {
            if let Some(rest) = text.strip_prefix(era.name()) {
                return Some((era, rest));
            }
        }
        let mut chars = text.chars();
        let first = chars.next()?.to_ascii_uppercase();
        let rest = chars.as_str();
        let era = Era::ALL.into_iter().find(|era| era.letter() == first)?;
        let starts_like_year = rest
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c == '元');
        starts_like_year.then_some((era, rest))
    }
}

impl fmt::Display for Era {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A year counted in an era: 平成元年 is `EraYear { era: Heisei, year: 1 }`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EraYear {
    pub era: Era,
    pub year: i32,
}

impl EraYear {
    /// The era year a day falls in; `None` before 明治.
    pub fn of(date: Date) -> Option<EraYear> {
        let era = Era::of(date)?;
        Some(EraYear {
            era,
            year: date.year() - era.first_day().year() + 1,
        })
    }
}

impl fmt::Display for EraYear {
    /// 昭和60年, 平成元年.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.year == 1 {
            write!(f, "{}元年", self.era.name())
        } else {
            write!(f, "{}{}年", self.era.name(), self.year)
        }
    }
}

/// A day in 和暦 for display: 昭和60年4月1日, 平成元年1月8日; 西暦 before 明治.
pub fn format_japanese(date: Date) -> String {
    match EraYear::of(date) {
        Some(era_year) => format!("{era_year}{}月{}日", u8::from(date.month()), date.day()),
        None => format_western(date),
    }
}

/// A day in 西暦 for Japanese display: 1985年4月1日. (`Date`'s `Display` gives ISO 1985-04-01.)
pub fn format_western(date: Date) -> String {
    format!(
        "{}年{}月{}日",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// Which of the three birth-date fields a problem is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Year,
    Month,
    Day,
}

impl Part {
    /// Stable code for Fluent selectors: `year`, `month`, `day`.
    pub fn code(self) -> &'static str {
        match self {
            Part::Year => "year",
            Part::Month => "month",
            Part::Day => "day",
        }
    }
}

/// Why a birth date as entered is not a real day.
#[derive(Clone, Copy, Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum DateError {
    #[error("the {} is empty", .0.code())]
    Missing(Part),
    #[error("the {} is not a number", .0.code())]
    NotANumber(Part),
    #[error("no such year")]
    NoSuchYear,
    #[error("no such month")]
    NoSuchMonth,
    #[error("month {month} has {last_day} days")]
    NoSuchDay { month: u8, last_day: u8 },
    /// The day is later than the chosen era's last day; `actual` is the era year it falls in.
    #[error("{era} ended on {last}; the day falls in {actual}")]
    EraEnded {
        era: Era,
        last: Date,
        actual: EraYear,
    },
    /// The day is earlier than the chosen era's first day.
    #[error("{era} began on {first}; the day falls in {actual}")]
    EraNotBegun {
        era: Era,
        first: Date,
        actual: EraYear,
    },
}

/// Folds one birth-date field: width, spaces, trailing 年/月/日, leading zeros.
fn date_part(text: &str) -> String {
    let mut part = normalize::compact(text);
    while let Some(rest) = part.strip_suffix(['年', '月', '日']) {
        part.truncate(rest.len());
    }
    strip_leading_zeros(&part)
}

fn strip_leading_zeros(text: &str) -> String {
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        let trimmed = text.trim_start_matches('0');
        if trimmed.is_empty() {
            "0".to_owned()
        } else {
            trimmed.to_owned()
        }
    } else {
        text.to_owned()
    }
}

/// The birth date as the visitor meant it: each field folded (`"０４月"` → `"4"`), 元 → 1, an era
/// typed into the year (`"S60"`, `"昭和60"`) moves to the calendar, and a four-digit year under
/// an era (`昭和` + `"1985"`) switches to 西暦, since no era ever reached year 1000.
pub fn normalize_birth_date(input: &BirthDateInput) -> BirthDateInput {
    let mut calendar = input.calendar;
    let mut year = normalize::compact(&input.year);
    while let Some((era, rest)) = Era::split_prefix(&year) {
        calendar = era.calendar();
        year = rest.to_owned();
    }
    let mut year = date_part(&year);
    if calendar != Calendar::Western && year == "元" {
        year = "1".to_owned();
    }
    if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) {
        calendar = Calendar::Western;
    }
    BirthDateInput {
        calendar,
        year,
        month: date_part(&input.month),
        day: date_part(&input.day),
    }
}

fn number(text: &str, part: Part) -> Result<u32, DateError> {
    if text.is_empty() {
        return Err(DateError::Missing(part));
    }
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DateError::NotANumber(part));
    }
    // Digits only, so the one failure left is overflow: far out of range either way.
    text.parse::<u32>().map_err(|_| match part {
        Part::Year => DateError::NoSuchYear,
        Part::Month => DateError::NoSuchMonth,
        Part::Day => DateError::NoSuchDay {
            month: 0,
            last_day: 0,
        },
    })
}

/// The real day a birth date as entered stands for (normalising it first).
pub fn birth_date(input: &BirthDateInput) -> Result<Date, DateError> {
    let input = normalize_birth_date(input);
    let year = number(&input.year, Part::Year)?;
    let month = number(&input.month, Part::Month)?;
    let day_number = number(&input.day, Part::Day);
    let era = Era::from_calendar(input.calendar);
    let western = match era {
        Some(era) => era.western_year(year),
        None => i32::try_from(year).ok().filter(|y| (1..=9999).contains(y)),
    }
    .ok_or(DateError::NoSuchYear)?;
    let month = u8::try_from(month)
        .ok()
        .and_then(|m| Month::try_from(m).ok())
        .ok_or(DateError::NoSuchMonth)?;
    let last_day = time::util::days_in_month(month, western);
    let no_such_day = DateError::NoSuchDay {
        month: u8::from(month),
        last_day,
    };
    let day_number = match day_number {
        Ok(d) => d,
        Err(DateError::NoSuchDay { .. }) => return Err(no_such_day),
        Err(e) => return Err(e),
    };
    let date = u8::try_from(day_number)
        .ok()
        .and_then(|d| Date::from_calendar_date(western, month, d).ok())
        .ok_or(no_such_day)?;
    if let Some(era) = era {
        let actual = EraYear::of(date).ok_or(DateError::NoSuchYear)?;
        if date < era.first_day() {
            return Err(DateError::EraNotBegun {
                era,
                first: era.first_day(),
                actual,
            });
        }
        if let Some(last) = era.last_day().filter(|last| date > *last) {
            return Err(DateError::EraEnded { era, last, actual });
        }
    }
    Ok(date)
}

/// The fields a visitor would type for `date` in `calendar` (`None` if the era does not
/// cover it). The inverse of [`birth_date`].
pub fn to_input(date: Date, calendar: Calendar) -> Option<BirthDateInput> {
    let year = match Era::from_calendar(calendar) {
        None => date.year(),
        Some(era) => {
            let covers = era.first_day() <= date && era.last_day().is_none_or(|last| date <= last);
            if !covers {
                return None;
            }
            date.year() - era.first_day().year() + 1
        }
    };
    Some(BirthDateInput {
        calendar,
        year: year.to_string(),
        month: u8::from(date.month()).to_string(),
        day: date.day().to_string(),
    })
}

/// A Western year of four digits, or an era year (typed years belong to `era`, which reads
/// them for every field that asks for one) (平成31, H31, 令和元) in Western years.
fn parse_year(text: &str) -> Option<i32> {
    if let Some((era, rest)) = Era::split_prefix(text) {
        let era_year = if rest == "元" {
            1
        } else if all_digits(rest) && rest.len() <= 3 {
            rest.parse().ok()?
        } else {
            return None;
        };
        era.western_year(era_year)
    } else if text.len() == 4 && all_digits(text) {
        text.parse().ok()
    } else {
        None
    }
}

/// Year and month: "2019/4", "2019年4月", "2019-04", "２０１９．４", "201904", "H31.4" → "2019-04".
pub fn year_month(text: &str) -> String {
    let cleaned = normalize::dashes(&normalize::compact(text));
    let parsed = (|| {
        let body = cleaned.strip_suffix('月').unwrap_or(&cleaned);
        let (year, month) = match body
            .char_indices()
            .find(|&(_, c)| matches!(c, '/' | '-' | '.' | '年'))
        {
            Some((at, separator)) => (&body[..at], &body[at + separator.len_utf8()..]),
            None if body.len() == 6 && all_digits(body) => body.split_at(4),
            None => return None,
        };
        if !all_digits(month) || month.len() > 2 {
            return None;
        }
        Some((parse_year(year)?, month.parse::<u32>().ok()?))
    })();
    match parsed {
        Some((y, m)) => format!("{y:04}-{m:02}"),
        None => cleaned,
    }
}

/// The canonical "YYYY-MM" that [`year_month`] writes, read back: a month 1–12 and a year from
/// 1900, as (year, month); anything else is `None`.
pub fn parse_year_month(text: &str) -> Option<(i32, u8)> {
    let (year, month) = text.split_once('-')?;
    if year.len() != 4 || month.len() != 2 || !all_digits(year) || !all_digits(month) {
        return None;
    }
    let year: i32 = year.parse().ok()?;
    let month: u8 = month.parse().ok()?;
    (year >= 1900 && (1..=12).contains(&month)).then_some((year, month))
}

/// A year: "２０１９", "2019年", "平成31年", "H31" → "2019".
pub fn year(text: &str) -> String {
    let mut cleaned = normalize::compact(text);
    while let Some(rest) = cleaned.strip_suffix('年') {
        cleaned.truncate(rest.len());
    }
    match parse_year(&cleaned) {
        Some(y) => format!("{y:04}"),
        None => cleaned,
    }
}

fn all_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ymd(y: i32, m: u8, d: u8) -> Date {
        Month::try_from(m)
            .ok()
            .and_then(|m| Date::from_calendar_date(y, m, d).ok())
            .unwrap_or(Date::MIN)
    }

    fn input(calendar: Calendar, y: &str, m: &str, d: &str) -> BirthDateInput {
        BirthDateInput {
            calendar,
            year: y.into(),
            month: m.into(),
            day: d.into(),
        }
    }

    use Calendar::{Heisei, Meiji, Reiwa, Showa, Taisho, Western};

    #[test]
    fn spans_are_the_real_ones() {
        let table = [
            (Era::Meiji, ymd(1868, 1, 1), Some(ymd(1912, 7, 29))),
            (Era::Taisho, ymd(1912, 7, 30), Some(ymd(1926, 12, 24))),
            (Era::Showa, ymd(1926, 12, 25), Some(ymd(1989, 1, 7))),
            (Era::Heisei, ymd(1989, 1, 8), Some(ymd(2019, 4, 30))),
            (Era::Reiwa, ymd(2019, 5, 1), None),
        ];
        for (era, first, last) in table {
            assert_eq!(era.first_day(), first, "{era}");
            assert_eq!(era.last_day(), last, "{era}");
        }
    }

    /// Calendar, year, month, day as typed, and what they stand for.
    type BoundaryRow = (
        Calendar,
        &'static str,
        &'static str,
        &'static str,
        Result<Date, DateError>,
    );

    /// Every boundary day, entered in the era on each side of it.
    #[test]
    fn boundary_days() {
        use DateError::{EraEnded, EraNotBegun};
        let ey = |era, year| EraYear { era, year };
        #[rustfmt::skip]
        let table: &[BoundaryRow] = &[
            (Meiji, "元", "1", "1", Ok(ymd(1868, 1, 1))),
            (Meiji, "45", "7", "29", Ok(ymd(1912, 7, 29))),
            (Meiji, "45", "7", "30", Err(EraEnded { era: Era::Meiji, last: ymd(1912, 7, 29), actual: ey(Era::Taisho, 1) })),
            (Taisho, "元", "7", "30", Ok(ymd(1912, 7, 30))),
            (Taisho, "1", "7", "29", Err(EraNotBegun { era: Era::Taisho, first: ymd(1912, 7, 30), actual: ey(Era::Meiji, 45) })),
            (Taisho, "15", "12", "24", Ok(ymd(1926, 12, 24))),
            (Taisho, "15", "12", "25", Err(EraEnded { era: Era::Taisho, last: ymd(1926, 12, 24), actual: ey(Era::Showa, 1) })),
            (Showa, "元", "12", "25", Ok(ymd(1926, 12, 25))),
            (Showa, "1", "12", "24", Err(EraNotBegun { era: Era::Showa, first: ymd(1926, 12, 25), actual: ey(Era::Taisho, 15) })),
            (Showa, "64", "1", "7", Ok(ymd(1989, 1, 7))),
            (Showa, "64", "1", "8", Err(EraEnded { era: Era::Showa, last: ymd(1989, 1, 7), actual: ey(Era::Heisei, 1) })),
            (Showa, "64", "2", "1", Err(EraEnded { era: Era::Showa, last: ymd(1989, 1, 7), actual: ey(Era::Heisei, 1) })),
            (Heisei, "元", "1", "8", Ok(ymd(1989, 1, 8))),
            (Heisei, "1", "1", "7", Err(EraNotBegun { era: Era::Heisei, first: ymd(1989, 1, 8), actual: ey(Era::Showa, 64) })),
            (Heisei, "31", "4", "30", Ok(ymd(2019, 4, 30))),
            (Heisei, "31", "5", "1", Err(EraEnded { era: Era::Heisei, last: ymd(2019, 4, 30), actual: ey(Era::Reiwa, 1) })),
            (Reiwa, "元", "5", "1", Ok(ymd(2019, 5, 1))),
            (Reiwa, "1", "4", "30", Err(EraNotBegun { era: Era::Reiwa, first: ymd(2019, 5, 1), actual: ey(Era::Heisei, 31) })),
            (Western, "1912", "7", "29", Ok(ymd(1912, 7, 29))),
            (Western, "1989", "1", "7", Ok(ymd(1989, 1, 7))),
            (Western, "2019", "5", "1", Ok(ymd(2019, 5, 1))),
        ];
        for (calendar, y, m, d, want) in table {
            assert_eq!(
                birth_date(&input(*calendar, y, m, d)),
                *want,
                "{calendar:?} {y}/{m}/{d}"
            );
        }
    }

    #[test]
    fn formats_boundary_days() {
        let table = [
            (ymd(1868, 1, 1), "明治元年1月1日", "1868年1月1日"),
            (ymd(1912, 7, 29), "明治45年7月29日", "1912年7月29日"),
            (ymd(1912, 7, 30), "大正元年7月30日", "1912年7月30日"),
            (ymd(1926, 12, 24), "大正15年12月24日", "1926年12月24日"),
            (ymd(1926, 12, 25), "昭和元年12月25日", "1926年12月25日"),
            (ymd(1985, 4, 1), "昭和60年4月1日", "1985年4月1日"),
            (ymd(1989, 1, 7), "昭和64年1月7日", "1989年1月7日"),
            (ymd(1989, 1, 8), "平成元年1月8日", "1989年1月8日"),
            (ymd(2019, 4, 30), "平成31年4月30日", "2019年4月30日"),
            (ymd(2019, 5, 1), "令和元年5月1日", "2019年5月1日"),
            (ymd(2020, 1, 1), "令和2年1月1日", "2020年1月1日"),
            (ymd(1867, 12, 31), "1867年12月31日", "1867年12月31日"),
        ];
        for (date, japanese, western) in table {
            assert_eq!(format_japanese(date), japanese);
            assert_eq!(format_western(date), western);
        }
    }

    #[test]
    fn accepts_the_ways_year_one_is_written() {
        for y in ["元", "元年", "1", "01", "０１", "１", " 元 ", "001"] {
            assert_eq!(
                birth_date(&input(Heisei, y, "2", "1")),
                Ok(ymd(1989, 2, 1)),
                "{y:?}"
            );
        }
    }

    #[test]
    fn folds_fields() {
        let table = [
            (
                input(Western, "１９８５年", "０４月", "０１日"),
                input(Western, "1985", "4", "1"),
            ),
            (
                input(Western, "S60", "4", "1"),
                input(Showa, "60", "4", "1"),
            ),
            (
                input(Western, "昭和６０年", "4", "1"),
                input(Showa, "60", "4", "1"),
            ),
            (input(Heisei, "r1", "5", "1"), input(Reiwa, "1", "5", "1")),
            (
                input(Showa, "1985", "4", "1"),
                input(Western, "1985", "4", "1"),
            ),
            (
                input(Showa, "元年", "12", "31"),
                input(Showa, "1", "12", "31"),
            ),
            (
                input(Western, "元", "1", "1"),
                input(Western, "元", "1", "1"),
            ),
            (input(Western, "Sun", "", ""), input(Western, "Sun", "", "")),
        ];
        for (raw, want) in table {
            assert_eq!(normalize_birth_date(&raw), want, "{raw:?}");
        }
    }

    #[test]
    fn rejects_days_that_do_not_exist() {
        use DateError::*;
        let table = [
            (
                input(Western, "2023", "2", "29"),
                NoSuchDay {
                    month: 2,
                    last_day: 28,
                },
            ),
            (
                input(Western, "1900", "2", "29"),
                NoSuchDay {
                    month: 2,
                    last_day: 28,
                },
            ),
            (
                input(Western, "2100", "2", "29"),
                NoSuchDay {
                    month: 2,
                    last_day: 28,
                },
            ),
            (
                input(Western, "1990", "4", "31"),
                NoSuchDay {
                    month: 4,
                    last_day: 30,
                },
            ),
            (
                input(Western, "1990", "1", "0"),
                NoSuchDay {
                    month: 1,
                    last_day: 31,
                },
            ),
            (
                input(Western, "1990", "1", "99999999999"),
                NoSuchDay {
                    month: 1,
                    last_day: 31,
                },
            ),
            (input(Western, "1990", "13", "1"), NoSuchMonth),
            (input(Western, "1990", "0", "1"), NoSuchMonth),
            (input(Western, "0", "1", "1"), NoSuchYear),
            (input(Western, "10000", "1", "1"), NoSuchYear),
            (input(Showa, "0", "1", "1"), NoSuchYear),
            (input(Showa, "99999999999", "1", "1"), NoSuchYear),
            (input(Western, "", "1", "1"), Missing(Part::Year)),
            (input(Western, "1990", "", "1"), Missing(Part::Month)),
            (input(Western, "1990", "1", ""), Missing(Part::Day)),
            (input(Western, "元", "1", "1"), NotANumber(Part::Year)),
            (input(Western, "1990", "一", "1"), NotANumber(Part::Month)),
            (input(Western, "1990", "1", "1.5"), NotANumber(Part::Day)),
        ];
        for (raw, want) in table {
            assert_eq!(birth_date(&raw), Err(want), "{raw:?}");
        }
    }

    #[test]
    fn accepts_leap_days() {
        for (calendar, y, want) in [
            (Western, "2000", ymd(2000, 2, 29)),
            (Heisei, "12", ymd(2000, 2, 29)),
            (Western, "2024", ymd(2024, 2, 29)),
            (Reiwa, "6", ymd(2024, 2, 29)),
            (Showa, "63", ymd(1988, 2, 29)),
        ] {
            assert_eq!(birth_date(&input(calendar, y, "2", "29")), Ok(want));
        }
    }

    /// Every day from 1868 to 2100, both ways, in 西暦 and in its own era.
    #[test]
    fn every_day_round_trips() {
        let mut date = ymd(1868, 1, 1);
        let end = ymd(2100, 12, 31);
        let mut count = 0;
        while date <= end {
            let era = Era::of(date).map(Era::calendar).unwrap_or(Western);
            for calendar in [Western, era] {
                let typed = to_input(date, calendar);
                assert_eq!(typed.as_ref().map(birth_date), Some(Ok(date)), "{date}");
            }
            count += 1;
            date = date.next_day().unwrap_or(Date::MAX);
        }
        assert_eq!(count, 85_102);
    }

    fn any_day() -> impl Strategy<Value = Date> {
        (ymd(1868, 1, 1).to_julian_day()..=ymd(2100, 12, 31).to_julian_day())
            .prop_map(|jd| Date::from_julian_day(jd).unwrap_or(Date::MIN))
    }

    proptest! {
        #[test]
        fn western_era_western(date in any_day()) {
            let era_year = EraYear::of(date);
            prop_assert!(era_year.is_some());
            let Some(era_year) = era_year else { return Ok(()) };
            let typed = to_input(date, era_year.era.calendar());
            prop_assert_eq!(typed.as_ref().map(|t| t.year.clone()), Some(era_year.year.to_string()));
            prop_assert_eq!(typed.as_ref().map(birth_date), Some(Ok(date)));
            // The formatted 和暦 names the same era year.
            prop_assert!(format_japanese(date).starts_with(&era_year.to_string()));
        }

        #[test]
        fn other_eras_refuse_the_day(date in any_day(), era in proptest::sample::select(Era::ALL.to_vec())) {
            let own = Era::of(date);
            let era_year = u32::try_from(date.year() - era.first_day().year() + 1).unwrap_or(0);
            let typed = input(era.calendar(), &era_year.to_string(), &u8::from(date.month()).to_string(), &date.day().to_string());
            let got = birth_date(&typed);
            if own == Some(era) {
                prop_assert_eq!(got, Ok(date));
            } else {
                prop_assert!(got.is_err());
            }
        }

        #[test]
        fn normalising_is_idempotent(y in "\\PC{0,6}", m in "\\PC{0,4}", d in "\\PC{0,4}", c in 0usize..6) {
            let calendar = [Western, Meiji, Taisho, Showa, Heisei, Reiwa][c];
            let once = normalize_birth_date(&input(calendar, &y, &m, &d));
            prop_assert_eq!(normalize_birth_date(&once), once.clone());
            prop_assert_eq!(birth_date(&once), birth_date(&input(calendar, &y, &m, &d)));
        }
    }
}
