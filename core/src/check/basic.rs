//! 基本情報: the name as written, its フリガナ, and the birth date in 和暦 or 西暦.

use time::Date;

use crate::application::{Basic, BirthDateInput, Nationality};
use crate::era::{self, DateError, EraYear};
use crate::finding::Finding;
use crate::normalize;
use crate::residence::{self, WorkPermit};

use super::common::{offending, optional_day};
use super::context::Context;

/// Youngest age that may apply: compulsory education ends at 15.
pub const MIN_AGE: i32 = 15;
/// Below this age, or from [`CHECK_AGE_FROM`] on, the visitor is asked to check the year.
pub const CHECK_AGE_BELOW: i32 = 16;
pub const CHECK_AGE_FROM: i32 = 80;

pub(super) const BIRTH_DATE: &str = "basic.birth_date";

/// "山田 太郎" typed into the family field with the given field empty is split in two, unless
/// it has Latin letters: a Latin family name may well contain a space (DA SILVA).
fn split_full_name(family: &mut String, given: &mut String) {
    if given.is_empty() && !family.chars().any(|c| c.is_ascii_alphabetic()) {
        if let Some((f, g)) = normalize::split_name(family) {
            *family = f;
            *given = g;
        }
    }
}

pub(super) fn normalize(basic: &mut Basic) {
    basic.family_name = normalize::name(&basic.family_name);
    basic.given_name = normalize::name(&basic.given_name);
    split_full_name(&mut basic.family_name, &mut basic.given_name);
    basic.family_kana = normalize::kana(&basic.family_kana);
    basic.given_kana = normalize::kana(&basic.given_kana);
    split_full_name(&mut basic.family_kana, &mut basic.given_kana);
    if basic.single_name {
        basic.given_name.clear();
        basic.given_kana.clear();
    }
    basic.card_name = normalize::card_name(&basic.card_name);
    basic.birth_date = era::normalize_birth_date(&basic.birth_date);
    basic.country = normalize::line(&basic.country);
    basic.residence_status = normalize::code(&basic.residence_status);
    basic.residence_expiry = era::normalize_birth_date(&basic.residence_expiry);
    if basic.nationality != Some(Nationality::Foreign) {
        basic.country.clear();
        basic.residence_status.clear();
        basic.residence_expiry = BirthDateInput::default();
    }
}

fn age_on(birth: Date, today: Date) -> i32 {
    let had_birthday =
        (u8::from(today.month()), today.day()) >= (u8::from(birth.month()), birth.day());
    today.year() - birth.year() - i32::from(!had_birthday)
}

pub(super) fn check(basic: &Basic, cx: &Context, out: &mut Vec<Finding>) {
    if basic.family_name.is_empty() {
        out.push(Finding::error(
            "basic.family_name",
            "check-family-name-required",
        ));
    }
    if basic.given_name.is_empty() && !basic.single_name {
        out.push(Finding::error(
            "basic.given_name",
            "check-given-name-required",
        ));
    }
    let bad = offending(&basic.card_name, normalize::is_card_name_char);
    if !bad.is_empty() {
        out.push(Finding::error("basic.card_name", "check-card-name-latin").with_arg("chars", bad));
    }
    for (field, value, required) in [
        (
            "basic.family_kana",
            &basic.family_kana,
            "check-family-kana-required",
        ),
        (
            "basic.given_kana",
            &basic.given_kana,
            "check-given-kana-required",
        ),
    ] {
        if value.is_empty() {
            if !(basic.single_name && field == "basic.given_kana") {
                out.push(Finding::error(field, required));
            }
        } else {
            let bad = normalize::non_katakana(value);
            if !bad.is_empty() {
                let chars = bad
                    .iter()
                    .map(char::to_string)
                    .collect::<Vec<_>>()
                    .join(" ");
                out.push(
                    Finding::error(field, "check-kana-katakana-only").with_arg("chars", chars),
                );
            }
        }
    }
    check_birth_date(basic, cx, out);
    check_residence(basic, cx, out);
}

/// 在留資格 and its expiry. What a status allows is the counter's to judge (permission for
/// activities outside the status, the designation of 特定活動): the visitor sees an orange
/// note, never a refusal, and staff see the same note on the application.
fn check_residence(basic: &Basic, cx: &Context, out: &mut Vec<Finding>) {
    const STATUS: &str = "basic.residence_status";
    const EXPIRY: &str = "basic.residence_expiry";
    if basic.nationality != Some(Nationality::Foreign) {
        return;
    }
    if basic.residence_status.is_empty() {
        out.push(Finding::warning(STATUS, "check-residence-status-missing"));
    } else {
        match residence::status(&basic.residence_status).map(|s| s.work) {
            None => out.push(
                Finding::error(STATUS, "check-residence-status-unknown")
                    .with_arg("code", &basic.residence_status),
            ),
            Some(WorkPermit::Unrestricted) => {}
            Some(work) => out.push(
                Finding::warning(STATUS, "check-residence-work").with_arg("work", work.code()),
            ),
        }
    }
    if let Some(expiry) = optional_day(&basic.residence_expiry, EXPIRY, out) {
        if expiry < cx.today {
            out.push(Finding::warning(EXPIRY, "check-residence-expired"));
        }
    }
}

fn check_birth_date(basic: &Basic, cx: &Context, out: &mut Vec<Finding>) {
    let input = &basic.birth_date;
    if input.year.is_empty() && input.month.is_empty() && input.day.is_empty() {
        out.push(Finding::error(BIRTH_DATE, "check-birth-date-required"));
        return;
    }
    let date = match era::birth_date(input) {
        Ok(date) => date,
        Err(e) => {
            out.push(date_error(e));
            return;
        }
    };
    if date > cx.today {
        out.push(Finding::error(BIRTH_DATE, "check-birth-date-future"));
        return;
    }
    if date.year() < 1900 {
        out.push(
            Finding::error(BIRTH_DATE, "check-birth-date-year-too-early")
                .with_arg("year", date.year()),
        );
        return;
    }
    let age = age_on(date, cx.today);
    let finding = if age < MIN_AGE {
        Finding::error(BIRTH_DATE, "check-birth-date-too-young")
    } else if age < CHECK_AGE_BELOW {
        Finding::warning(BIRTH_DATE, "check-birth-date-young")
    } else if age >= CHECK_AGE_FROM {
        Finding::warning(BIRTH_DATE, "check-birth-date-old")
    } else {
        return;
    };
    out.push(finding.with_arg("age", age));
}

/// Arguments for a day in an era message: `<prefix>-year`, `-month`, `-day` (Western).
fn with_day(finding: Finding, prefix: &str, date: Date) -> Finding {
    finding
        .with_arg(&format!("{prefix}-year"), date.year())
        .with_arg(&format!("{prefix}-month"), u8::from(date.month()))
        .with_arg(&format!("{prefix}-day"), date.day())
}

/// `actual-era` (code), `actual-year`, and `actual-gannen` = yes for year 1 (to write 元年).
fn with_actual(finding: Finding, actual: EraYear) -> Finding {
    finding
        .with_arg("actual-era", actual.era.code())
        .with_arg("actual-year", actual.year)
        .with_arg("actual-gannen", if actual.year == 1 { "yes" } else { "no" })
}

fn date_error(error: DateError) -> Finding {
    match error {
        DateError::Missing(part) => {
            Finding::error(BIRTH_DATE, "check-birth-date-missing").with_arg("part", part.code())
        }
        DateError::NotANumber(part) => {
            Finding::error(BIRTH_DATE, "check-birth-date-not-number").with_arg("part", part.code())
        }
        DateError::NoSuchYear => Finding::error(BIRTH_DATE, "check-birth-date-no-such-year"),
        DateError::NoSuchMonth => Finding::error(BIRTH_DATE, "check-birth-date-no-such-month"),
        DateError::NoSuchDay { month, last_day } => {
            Finding::error(BIRTH_DATE, "check-birth-date-no-such-day")
                .with_arg("month", month)
                .with_arg("last-day", last_day)
        }
        DateError::EraEnded { era, last, actual } => {
            let f = Finding::error(BIRTH_DATE, "check-birth-date-era-ended")
                .with_arg("era", era.code());
            with_actual(with_day(f, "last", last), actual)
        }
        DateError::EraNotBegun { era, first, actual } => {
            let f = Finding::error(BIRTH_DATE, "check-birth-date-era-not-begun")
                .with_arg("era", era.code());
            with_actual(with_day(f, "first", first), actual)
        }
    }
}
