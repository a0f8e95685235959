//! Small helpers the screens' rules share: list folding, character classes, and the optional
//! days, counts and years several screens ask.

use time::Date;

use crate::application::BirthDateInput;
use crate::era::{self, DateError};
use crate::finding::Finding;

pub(super) fn dedup<T: PartialEq>(items: &mut Vec<T>) {
    let mut seen: Vec<T> = Vec::with_capacity(items.len());
    for item in items.drain(..) {
        if !seen.contains(&item) {
            seen.push(item);
        }
    }
    *items = seen;
}

pub(super) fn fold_list(items: &mut Vec<String>, fold: fn(&str) -> String) {
    for item in items.iter_mut() {
        *item = fold(item);
    }
    items.retain(|item| !item.is_empty());
    dedup(items);
}

pub(super) fn all_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// The distinct characters of `text` failing `ok`, space-separated for a message argument.
pub(super) fn offending(text: &str, ok: impl Fn(char) -> bool) -> String {
    let mut bad: Vec<char> = Vec::new();
    for c in text.chars() {
        if !ok(c) && !bad.contains(&c) {
            bad.push(c);
        }
    }
    bad.iter()
        .map(char::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A day the form asks besides the birth date (離職日, 在留期間の満了日): nothing when all three
/// parts are empty, the day when they make one, else a red finding on `field`.
pub(super) fn optional_day(
    input: &BirthDateInput,
    field: &str,
    out: &mut Vec<Finding>,
) -> Option<Date> {
    if input.year.is_empty() && input.month.is_empty() && input.day.is_empty() {
        return None;
    }
    match era::birth_date(input) {
        Ok(date) => Some(date),
        Err(DateError::Missing(part)) => {
            out.push(Finding::error(field, "check-date-missing").with_arg("part", part.code()));
            None
        }
        Err(_) => {
            out.push(Finding::error(field, "check-date-invalid"));
            None
        }
    }
}

/// A count normalised by [`crate::normalize::count`], checked against `min..=max`: the number when it
/// is one and in range, else a red finding on `field`. Empty is no answer, not an error.
pub(super) fn count_in(
    text: &str,
    field: &str,
    min: u32,
    max: u32,
    out: &mut Vec<Finding>,
) -> Option<u32> {
    if text.is_empty() {
        return None;
    }
    if !all_digits(text) {
        out.push(Finding::error(field, "check-number-digits"));
        return None;
    }
    // Digits only, so a failed parse is an overflow: out of range either way.
    match text.parse::<u32>() {
        Ok(n) if (min..=max).contains(&n) => Some(n),
        _ => {
            out.push(
                Finding::error(field, "check-number-range")
                    .with_arg("min", min)
                    .with_arg("max", max),
            );
            None
        }
    }
}

/// The messages a year's rules speak with: each field that asks a year may word them its own way.
pub(super) struct YearWords {
    pub format: &'static str,
    pub future: &'static str,
    pub before_birth: &'static str,
}

/// The words of a year obtained (免許・資格).
pub(super) const YEAR: YearWords = YearWords {
    format: "check-year-format",
    future: "check-year-future",
    before_birth: "check-year-before-birth",
};

/// A year the visitor gave (a qualification's, the graduation year), Western after
/// [`era::year`]: a red finding unless it is four digits, from 1900 (or the birth year when
/// known) and not after `latest`.
pub(super) fn year_in(
    text: &str,
    field: &str,
    birth_year: Option<i32>,
    latest: i32,
    words: &YearWords,
    out: &mut Vec<Finding>,
) -> Option<i32> {
    if text.is_empty() {
        return None;
    }
    let year = match text.parse::<i32>() {
        Ok(year) if text.len() == 4 && all_digits(text) && year >= 1900 => year,
        _ => {
            out.push(Finding::error(field, words.format));
            return None;
        }
    };
    if year > latest {
        out.push(Finding::error(field, words.future));
        return None;
    }
    if let Some(birth) = birth_year.filter(|b| year < *b) {
        out.push(Finding::error(field, words.before_birth).with_arg("birth-year", birth));
        return None;
    }
    Some(year)
}
