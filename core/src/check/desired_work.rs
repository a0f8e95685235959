//! 希望する仕事: occupations, employment types, places, wage and hours.

use crate::application::{DesiredWork, WageKind};
use crate::finding::Finding;
use crate::normalize;

use super::common::{all_digits, count_in, dedup, fold_list};
use super::context::Context;

/// Most occupations a visitor may choose (the official form allows three).
pub const MAX_OCCUPATIONS: usize = 3;
/// Wages outside these bounds are queried, not refused (yen; lower bounds ≈ minimum wage).
pub const MONTHLY_LOW: u64 = 100_000;
pub const MONTHLY_HIGH: u64 = 2_000_000;
pub const HOURLY_LOW: u64 = 900;
pub const HOURLY_HIGH: u64 = 10_000;

pub(super) fn normalize(work: &mut DesiredWork) {
    fold_list(&mut work.occupations, normalize::code);
    dedup(&mut work.employment_types);
    fold_list(&mut work.work_locations, normalize::line);
    work.wage.amount = normalize::amount(&work.wage.amount);
    work.hours.start = normalize::time_of_day(&work.hours.start);
    work.hours.end = normalize::time_of_day(&work.hours.end);
    dedup(&mut work.hours.days);
    dedup(&mut work.work_styles);
    dedup(&mut work.days_off);
    work.weekly_hours = normalize::count(&work.weekly_hours);
    work.days_per_week = normalize::count(&work.days_per_week);
}

/// 週の労働時間 above this is asked once (the legal week is 40 hours; overtime makes more).
pub const WEEKLY_HOURS_LONG: u32 = 60;

/// 週の労働時間 (1–100 hours) and 週の勤務日数 (1–7 days), both 任意.
fn check_week(work: &DesiredWork, out: &mut Vec<Finding>) {
    const HOURS: &str = "desired_work.weekly_hours";
    if let Some(hours) = count_in(&work.weekly_hours, HOURS, 1, 100, out) {
        if hours > WEEKLY_HOURS_LONG {
            out.push(Finding::warning(HOURS, "check-weekly-hours-long").with_arg("hours", hours));
        }
    }
    count_in(&work.days_per_week, "desired_work.days_per_week", 1, 7, out);
}

pub(super) fn check(work: &DesiredWork, cx: &Context, out: &mut Vec<Finding>) {
    if work.occupations.is_empty() {
        out.push(Finding::error(
            "desired_work.occupations",
            "check-occupation-required",
        ));
    } else if work.occupations.len() > MAX_OCCUPATIONS {
        out.push(
            Finding::error("desired_work.occupations", "check-occupation-too-many")
                .with_arg("count", work.occupations.len())
                .with_arg("max", MAX_OCCUPATIONS),
        );
    }
    for (i, code) in work.occupations.iter().enumerate() {
        if !(cx.occupation_known)(code) {
            out.push(
                Finding::error(
                    format!("desired_work.occupations.{i}"),
                    "check-occupation-unknown",
                )
                .with_arg("code", code),
            );
        }
    }
    if work.employment_types.is_empty() {
        out.push(Finding::error(
            "desired_work.employment_types",
            "check-employment-type-required",
        ));
    }
    out.extend(wage_finding(work));
    check_hours(work, out);
    check_week(work, out);
}

fn wage_finding(work: &DesiredWork) -> Option<Finding> {
    const FIELD: &str = "desired_work.wage.amount";
    let amount = &work.wage.amount;
    if amount.is_empty() {
        return None;
    }
    if !all_digits(amount) {
        return Some(Finding::error(FIELD, "check-wage-digits"));
    }
    // Digits only, so a failed parse means more yen than a u64 holds: far too high.
    let yen = amount.parse::<u64>().unwrap_or(u64::MAX);
    let (kind, low, high) = match work.wage.kind {
        WageKind::Monthly => ("monthly", MONTHLY_LOW, MONTHLY_HIGH),
        WageKind::Hourly => ("hourly", HOURLY_LOW, HOURLY_HIGH),
    };
    let message = if yen < low {
        "check-wage-low"
    } else if yen > high {
        "check-wage-high"
    } else {
        return None;
    };
    let significant = amount.trim_start_matches('0');
    let shown = if significant.is_empty() {
        "0".to_owned()
    } else {
        grouped(significant)
    };
    Some(
        Finding::warning(FIELD, message)
            .with_arg("kind", kind)
            .with_arg("amount", shown),
    )
}

fn check_hours(work: &DesiredWork, out: &mut Vec<Finding>) {
    const START: &str = "desired_work.hours.start";
    const END: &str = "desired_work.hours.end";
    let hours = &work.hours;
    let start = parse_hhmm(&hours.start, false);
    let end = parse_hhmm(&hours.end, true);
    if !hours.start.is_empty() && start.is_none() {
        out.push(Finding::error(START, "check-time-format"));
    }
    if !hours.end.is_empty() && end.is_none() {
        out.push(Finding::error(END, "check-time-format"));
    }
    match (hours.start.is_empty(), hours.end.is_empty()) {
        (true, false) => out.push(Finding::error(START, "check-hours-both")),
        (false, true) => out.push(Finding::error(END, "check-hours-both")),
        _ => {}
    }
    if let (Some(s), Some(e)) = (start, end) {
        if s == e {
            out.push(Finding::error(END, "check-hours-same"));
        } else if e < s {
            out.push(
                Finding::warning(END, "check-hours-overnight")
                    .with_arg("start", &hours.start)
                    .with_arg("end", &hours.end),
            );
        }
    }
}

/// 1234567 → "1,234,567"; digits only.
fn grouped(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "HH:MM" as minutes since midnight; "24:00" only where `end_of_day` is allowed.
fn parse_hhmm(text: &str, end_of_day: bool) -> Option<u32> {
    let (h, m) = text.split_once(':')?;
    if h.len() != 2 || m.len() != 2 || !all_digits(h) || !all_digits(m) {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    match (h, m) {
        (0..=23, 0..=59) => Some(h * 60 + m),
        (24, 0) if end_of_day => Some(24 * 60),
        _ => None,
    }
}
