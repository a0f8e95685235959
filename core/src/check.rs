//! Checks a screen, or the whole application, the way the official form does: red findings
//! block, orange ones warn once and let the visitor go on by pressing 次へ again.
//!
//! Every check first normalises its screen's fields ([`crate::normalize`]), so nothing is ever
//! refused for width, hyphens or spaces, then judges the content. A finding names the field by
//! its path and a message in `locales/*/check.ftl` that tells the visitor how to fix it. The
//! postcode and occupation lookups and today's date come in through [`Context`], so the rules
//! are tested without data files or a clock.
//!
//! A step reads other screens where a rule needs them (Education reads the birth date, MyPage
//! the e-mail address), but reports only on the fields its own screen shows.

use time::Date;

use crate::application::{
    Application, Basic, Contact, CurrentEmployment, DesiredWork, Education, Job, WageKind,
};
use crate::era::{self, DateError, EraYear};
use crate::finding::{Finding, Report, Step};
use crate::normalize;

/// What a check needs from outside: today's date and the two code lists.
pub struct Context<'a> {
    /// The kiosk's local (Japan) date; ages and "not in the future" are measured against it.
    pub today: Date,
    /// Whether a 7-digit postcode exists in Japan Post's data.
    pub postcode_known: &'a dyn Fn(&str) -> bool,
    /// Whether an occupation code exists in the classification in use.
    pub occupation_known: &'a dyn Fn(&str) -> bool,
}

/// Most occupations a visitor may choose (the official form allows three).
pub const MAX_OCCUPATIONS: usize = 3;
/// Longest e-mail address accepted, in characters (the same limit as Hello Work's own sign-up).
pub const MAX_EMAIL_CHARS: usize = 100;
/// Youngest age that may apply: compulsory education ends at 15.
pub const MIN_AGE: i32 = 15;
/// Below this age, or from [`CHECK_AGE_FROM`] on, the visitor is asked to check the year.
pub const CHECK_AGE_BELOW: i32 = 16;
pub const CHECK_AGE_FROM: i32 = 80;
/// Wages outside these bounds are queried, not refused (yen; lower bounds ≈ minimum wage).
pub const MONTHLY_LOW: u64 = 100_000;
pub const MONTHLY_HIGH: u64 = 2_000_000;
pub const HOURLY_LOW: u64 = 900;
pub const HOURLY_HIGH: u64 = 10_000;

/// Every message id this module emits; each is defined in `locales/{ja,ja-easy,en}/check.ftl`.
pub const MESSAGES: &[&str] = &[
    "check-family-name-required",
    "check-given-name-required",
    "check-family-kana-required",
    "check-given-kana-required",
    "check-kana-katakana-only",
    "check-birth-date-required",
    "check-birth-date-missing",
    "check-birth-date-not-number",
    "check-birth-date-no-such-year",
    "check-birth-date-no-such-month",
    "check-birth-date-no-such-day",
    "check-birth-date-era-ended",
    "check-birth-date-era-not-begun",
    "check-birth-date-future",
    "check-birth-date-year-too-early",
    "check-birth-date-too-young",
    "check-birth-date-young",
    "check-birth-date-old",
    "check-postcode-required",
    "check-postcode-digits",
    "check-postcode-unknown",
    "check-address-search",
    "check-street-required",
    "check-phone-required",
    "check-phone-digits",
    "check-phone-format",
    "check-phone-free-dial",
    "check-email-too-long",
    "check-email-chars",
    "check-email-at",
    "check-email-domain",
    "check-email-required-for-my-page",
    "check-occupation-required",
    "check-occupation-too-many",
    "check-occupation-unknown",
    "check-employment-type-required",
    "check-wage-digits",
    "check-wage-low",
    "check-wage-high",
    "check-time-format",
    "check-hours-both",
    "check-hours-same",
    "check-hours-overnight",
    "check-current-employment-required",
    "check-insurance-required",
    "check-education-level-required",
    "check-graduation-year-format",
    "check-graduation-year-future",
    "check-graduation-year-before-birth",
    "check-graduation-year-early",
    "check-employer-required",
    "check-job-from-required",
    "check-year-month-format",
    "check-job-from-future",
    "check-job-to-before-from",
    "check-job-to-future",
];

/// One screen: the application with that screen's fields normalised, and what its fields need.
pub fn step(app: &Application, step: Step, cx: &Context) -> Report {
    let mut application = app.clone();
    normalize_step(&mut application, step);
    let mut findings = Vec::new();
    check_step(&application, step, cx, &mut findings);
    Report {
        application,
        findings,
    }
}

/// Every screen, in order; a finding two screens share (the e-mail address) appears once.
pub fn application(app: &Application, cx: &Context) -> Report {
    let application = normalize(app);
    let mut findings: Vec<Finding> = Vec::new();
    for s in Step::ALL {
        let mut found = Vec::new();
        check_step(&application, s, cx, &mut found);
        for f in found {
            if !findings.contains(&f) {
                findings.push(f);
            }
        }
    }
    Report {
        application,
        findings,
    }
}

/// The whole application normalised, without judging it.
pub fn normalize(app: &Application) -> Application {
    let mut application = app.clone();
    for s in Step::ALL {
        normalize_step(&mut application, s);
    }
    application
}

/// Normalises the fields one screen shows, in place. Idempotent.
pub fn normalize_step(app: &mut Application, step: Step) {
    match step {
        Step::Basic => normalize_basic(&mut app.basic),
        Step::Contact => normalize_contact(&mut app.contact),
        Step::DesiredWork => normalize_desired_work(&mut app.desired_work),
        Step::Situation => {}
        Step::Education => normalize_education(&mut app.education),
        Step::WorkHistory => {
            for job in &mut app.work_history {
                normalize_job(job);
            }
            app.work_history.retain(|job| !is_blank(job));
        }
        Step::MyPage => app.contact.email = normalize::email(&app.contact.email),
    }
}

fn check_step(app: &Application, step: Step, cx: &Context, out: &mut Vec<Finding>) {
    match step {
        Step::Basic => check_basic(&app.basic, cx, out),
        Step::Contact => check_contact(&app.contact, cx, out),
        Step::DesiredWork => check_desired_work(&app.desired_work, cx, out),
        Step::Situation => {
            if app.situation.employment.is_none() {
                out.push(Finding::error(
                    "situation.employment",
                    "check-current-employment-required",
                ));
            }
            if app.situation.unemployment_insurance.is_none() {
                out.push(Finding::error(
                    "situation.unemployment_insurance",
                    "check-insurance-required",
                ));
            }
        }
        Step::Education => check_education(app, cx, out),
        Step::WorkHistory => {
            for (i, job) in app.work_history.iter().enumerate() {
                check_job(i, job, cx, out);
            }
        }
        Step::MyPage => {
            if app.my_page.wanted {
                if app.contact.email.is_empty() {
                    out.push(Finding::error(
                        "contact.email",
                        "check-email-required-for-my-page",
                    ));
                } else {
                    out.extend(email_finding(&app.contact.email));
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Normalising

fn dedup<T: PartialEq>(items: &mut Vec<T>) {
    let mut seen: Vec<T> = Vec::with_capacity(items.len());
    for item in items.drain(..) {
        if !seen.contains(&item) {
            seen.push(item);
        }
    }
    *items = seen;
}

fn fold_list(items: &mut Vec<String>, fold: fn(&str) -> String) {
    for item in items.iter_mut() {
        *item = fold(item);
    }
    items.retain(|item| !item.is_empty());
    dedup(items);
}

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

fn normalize_basic(basic: &mut Basic) {
    basic.family_name = normalize::name(&basic.family_name);
    basic.given_name = normalize::name(&basic.given_name);
    split_full_name(&mut basic.family_name, &mut basic.given_name);
    basic.family_kana = normalize::kana(&basic.family_kana);
    basic.given_kana = normalize::kana(&basic.given_kana);
    split_full_name(&mut basic.family_kana, &mut basic.given_kana);
    basic.birth_date = era::normalize_birth_date(&basic.birth_date);
}

fn normalize_contact(contact: &mut Contact) {
    contact.postcode = normalize::digits_only(&contact.postcode);
    contact.prefecture = normalize::line(&contact.prefecture);
    contact.city = normalize::line(&contact.city);
    contact.town = normalize::line(&contact.town);
    contact.street = normalize::line(&contact.street);
    contact.building = normalize::line(&contact.building);
    contact.phone = normalize::digits_only(&contact.phone);
    contact.email = normalize::email(&contact.email);
}

fn normalize_desired_work(work: &mut DesiredWork) {
    fold_list(&mut work.occupations, normalize::code);
    dedup(&mut work.employment_types);
    fold_list(&mut work.work_locations, normalize::line);
    work.wage.amount = normalize::amount(&work.wage.amount);
    work.hours.start = normalize::time_of_day(&work.hours.start);
    work.hours.end = normalize::time_of_day(&work.hours.end);
    dedup(&mut work.hours.days);
}

fn normalize_education(education: &mut Education) {
    education.school_name = normalize::line(&education.school_name);
    education.graduation_year = normalize::year(&education.graduation_year);
    fold_list(&mut education.qualifications, normalize::line);
}

fn normalize_job(job: &mut Job) {
    job.employer = normalize::line(&job.employer);
    job.duties = normalize::free_text(&job.duties);
    job.from = normalize::year_month(&job.from);
    job.to = normalize::year_month(&job.to);
}

/// An entry the visitor added and left empty; dropped rather than reported.
fn is_blank(job: &Job) -> bool {
    job.employer.is_empty()
        && job.duties.is_empty()
        && job.from.is_empty()
        && job.to.is_empty()
        && job.employment_type.is_none()
}

// ---------------------------------------------------------------------------------------------
// Helpers

fn all_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// The distinct characters of `text` failing `ok`, space-separated for a message argument.
fn offending(text: &str, ok: impl Fn(char) -> bool) -> String {
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

/// 1234567 → "1,234,567"; digits only.
fn grouped(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn age_on(birth: Date, today: Date) -> i32 {
    let had_birthday =
        (u8::from(today.month()), today.day()) >= (u8::from(birth.month()), birth.day());
    today.year() - birth.year() - i32::from(!had_birthday)
}

/// "YYYY-MM" with a month 1–12 and a year from 1900, as (year, month).
fn parse_year_month(text: &str) -> Option<(i32, u8)> {
    let (year, month) = text.split_once('-')?;
    if year.len() != 4 || month.len() != 2 || !all_digits(year) || !all_digits(month) {
        return None;
    }
    let year: i32 = year.parse().ok()?;
    let month: u8 = month.parse().ok()?;
    (year >= 1900 && (1..=12).contains(&month)).then_some((year, month))
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

// ---------------------------------------------------------------------------------------------
// 基本情報

fn check_basic(basic: &Basic, cx: &Context, out: &mut Vec<Finding>) {
    if basic.family_name.is_empty() {
        out.push(Finding::error(
            "basic.family_name",
            "check-family-name-required",
        ));
    }
    if basic.given_name.is_empty() {
        out.push(Finding::error(
            "basic.given_name",
            "check-given-name-required",
        ));
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
            out.push(Finding::error(field, required));
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
}

const BIRTH_DATE: &str = "basic.birth_date";

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

// ---------------------------------------------------------------------------------------------
// 住所・連絡先

fn check_contact(contact: &Contact, cx: &Context, out: &mut Vec<Finding>) {
    let postcode = &contact.postcode;
    if postcode.is_empty() {
        out.push(Finding::error(
            "contact.postcode",
            "check-postcode-required",
        ));
    } else if postcode.len() != 7 || !all_digits(postcode) {
        out.push(Finding::error("contact.postcode", "check-postcode-digits"));
    } else if !(cx.postcode_known)(postcode) {
        out.push(
            Finding::error("contact.postcode", "check-postcode-unknown")
                .with_arg("postcode", format!("{}-{}", &postcode[..3], &postcode[3..])),
        );
    }
    if contact.prefecture.is_empty() {
        out.push(Finding::error("contact.prefecture", "check-address-search"));
    } else if contact.city.is_empty() {
        out.push(Finding::error("contact.city", "check-address-search"));
    }
    if contact.street.is_empty() {
        out.push(Finding::error("contact.street", "check-street-required"));
    }
    if let Some(f) = phone_finding(&contact.phone) {
        out.push(f);
    }
    if !contact.email.is_empty() {
        out.extend(email_finding(&contact.email));
    }
}

/// Mobile, PHS and IP phone numbers: 11 digits after one of these.
const ELEVEN_DIGIT_PREFIXES: [&str; 5] = ["070", "080", "090", "060", "050"];

fn phone_finding(phone: &str) -> Option<Finding> {
    const FIELD: &str = "contact.phone";
    if phone.is_empty() {
        return Some(Finding::error(FIELD, "check-phone-required"));
    }
    if !all_digits(phone) {
        let chars = offending(phone, |c| c.is_ascii_digit());
        return Some(Finding::error(FIELD, "check-phone-digits").with_arg("chars", chars));
    }
    let length = phone.len();
    let free_dial =
        (phone.starts_with("0120") && length == 10) || (phone.starts_with("0800") && length == 11);
    let valid = if phone.starts_with("0120") || phone.starts_with("0800") {
        free_dial
    } else if ELEVEN_DIGIT_PREFIXES.iter().any(|p| phone.starts_with(p)) {
        length == 11
    } else {
        length == 10 && phone.starts_with('0') && !phone.starts_with("00")
    };
    if !valid {
        Some(Finding::error(FIELD, "check-phone-format").with_arg("count", length))
    } else if free_dial {
        Some(Finding::warning(FIELD, "check-phone-free-dial"))
    } else {
        None
    }
}

fn email_local_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-@".contains(c)
}

/// The first thing wrong with a non-empty e-mail address, if any.
fn email_finding(email: &str) -> Option<Finding> {
    const FIELD: &str = "contact.email";
    let count = email.chars().count();
    if count > MAX_EMAIL_CHARS {
        return Some(
            Finding::error(FIELD, "check-email-too-long")
                .with_arg("count", count)
                .with_arg("max", MAX_EMAIL_CHARS),
        );
    }
    if !email.chars().all(email_local_char) {
        let chars = offending(email, email_local_char);
        return Some(Finding::error(FIELD, "check-email-chars").with_arg("chars", chars));
    }
    let at_once = email.matches('@').count() == 1;
    let (local, domain) = email.split_once('@').unwrap_or((email, ""));
    if !at_once || local.is_empty() || domain.is_empty() {
        return Some(Finding::error(FIELD, "check-email-at"));
    }
    let domain_ok = domain.contains('.')
        && domain
            .split('.')
            .all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'))
        && domain
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    if !domain_ok {
        return Some(Finding::error(FIELD, "check-email-domain"));
    }
    None
}

// ---------------------------------------------------------------------------------------------
// 希望する仕事

fn check_desired_work(work: &DesiredWork, cx: &Context, out: &mut Vec<Finding>) {
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

// ---------------------------------------------------------------------------------------------
// 学歴

fn check_education(app: &Application, cx: &Context, out: &mut Vec<Finding>) {
    const FIELD: &str = "education.graduation_year";
    let education = &app.education;
    if education.final_level.is_none() {
        out.push(Finding::error(
            "education.final_level",
            "check-education-level-required",
        ));
    }
    let typed = &education.graduation_year;
    if typed.is_empty() {
        return;
    }
    let year = match typed.parse::<i32>() {
        Ok(year) if typed.len() == 4 && all_digits(typed) => year,
        _ => {
            out.push(Finding::error(FIELD, "check-graduation-year-format"));
            return;
        }
    };
    // A student applying ahead of graduation gives next year's spring.
    let student = app.situation.employment == Some(CurrentEmployment::Student);
    let latest = cx.today.year() + i32::from(student);
    if year > latest {
        out.push(Finding::error(FIELD, "check-graduation-year-future"));
        return;
    }
    match era::birth_date(&app.basic.birth_date) {
        Ok(birth) if year < birth.year() => out.push(
            Finding::error(FIELD, "check-graduation-year-before-birth")
                .with_arg("birth-year", birth.year()),
        ),
        Ok(birth) if year - birth.year() < 12 => out.push(
            Finding::warning(FIELD, "check-graduation-year-early")
                .with_arg("age", year - birth.year()),
        ),
        Ok(_) => {}
        Err(_) if year < 1900 => {
            out.push(Finding::error(FIELD, "check-graduation-year-format"));
        }
        Err(_) => {}
    }
}

// ---------------------------------------------------------------------------------------------
// 職歴

fn check_job(i: usize, job: &Job, cx: &Context, out: &mut Vec<Finding>) {
    let field = |name: &str| format!("work_history.{i}.{name}");
    let this_month = (cx.today.year(), u8::from(cx.today.month()));
    if job.employer.is_empty() {
        out.push(Finding::error(field("employer"), "check-employer-required"));
    }
    let from = if job.from.is_empty() {
        out.push(Finding::error(field("from"), "check-job-from-required"));
        None
    } else {
        match parse_year_month(&job.from) {
            None => {
                out.push(Finding::error(field("from"), "check-year-month-format"));
                None
            }
            Some(from) if from > this_month => {
                out.push(Finding::error(field("from"), "check-job-from-future"));
                None
            }
            Some(from) => Some(from),
        }
    };
    if job.to.is_empty() {
        return;
    }
    match parse_year_month(&job.to) {
        None => out.push(Finding::error(field("to"), "check-year-month-format")),
        Some(to) if to > this_month => {
            out.push(Finding::error(field("to"), "check-job-to-future"));
        }
        Some(to) if from.is_some_and(|from| to < from) => {
            out.push(Finding::error(field("to"), "check-job-to-before-from"));
        }
        Some(_) => {}
    }
}
