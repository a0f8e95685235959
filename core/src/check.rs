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

/// The longest value of every text field, in characters of the normalised text (so 𠮷 counts
/// once and a full-width Ａ typed as one counts once). One table, so the kiosk, the server's
/// intake and My Page edits refuse the same things.
///
/// The limits follow what the official form leaves room for and what the kiosk's inputs offer:
/// a name or its フリガナ 40 characters per part (long Latin names written out in full), address
/// lines, schools, employers and list items 60 (a long 町域 or a company with its 支店 name),
/// the duties of a job 100 (a few lines, as on the form), and short coded fields a little above
/// their longest valid form, so a typo is told by the field's own rule and only a paste of
/// nonsense by the length rule. The e-mail address keeps its own rule ([`MAX_EMAIL_CHARS`]).
/// `*` stands for a list index; the birth date's three parts are reported on the date.
pub const MAX_CHARS: &[(&str, usize)] = &[
    ("basic.family_name", 40),
    ("basic.given_name", 40),
    ("basic.family_kana", 40),
    ("basic.given_kana", 40),
    ("basic.birth_date.year", 10),
    ("basic.birth_date.month", 10),
    ("basic.birth_date.day", 10),
    ("contact.postcode", 10),
    ("contact.prefecture", 10),
    ("contact.city", 40),
    ("contact.town", 60),
    ("contact.street", 60),
    ("contact.building", 60),
    ("contact.phone", 15),
    ("desired_work.occupations.*", 10),
    ("desired_work.work_locations.*", 60),
    ("desired_work.wage.amount", 12),
    ("desired_work.hours.start", 10),
    ("desired_work.hours.end", 10),
    ("education.school_name", 60),
    ("education.graduation_year", 10),
    ("education.qualifications.*", 60),
    ("work_history.*.employer", 60),
    ("work_history.*.duties", 100),
    ("work_history.*.from", 10),
    ("work_history.*.to", 10),
];

/// The limit [`MAX_CHARS`] sets for a field pattern.
pub fn max_chars(pattern: &str) -> Option<usize> {
    MAX_CHARS
        .iter()
        .find(|(p, _)| *p == pattern)
        .map(|(_, max)| *max)
}

/// Every message id this module emits; each is defined in `locales/{ja,ja-easy,en}/check.ftl`.
pub const MESSAGES: &[&str] = &[
    "check-too-long",
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

/// A screen's findings: a field longer than [`MAX_CHARS`] allows gets only that finding (its
/// other rules would quote or judge a text the visitor must shorten first).
fn check_step(app: &Application, step: Step, cx: &Context, out: &mut Vec<Finding>) {
    let too_long = length_findings(app, step);
    let mut found = Vec::new();
    check_rules(app, step, cx, &mut found);
    found.retain(|f| !too_long.iter().any(|long| long.field == f.field));
    out.extend(too_long);
    out.extend(found);
}

/// The text fields one screen shows, as (field a finding names, pattern in [`MAX_CHARS`], value).
fn text_fields(app: &Application, step: Step) -> Vec<(String, &'static str, &str)> {
    fn one<'a>(pattern: &'static str, value: &'a str) -> (String, &'static str, &'a str) {
        (pattern.to_owned(), pattern, value)
    }
    match step {
        Step::Basic => {
            let basic = &app.basic;
            let date = &basic.birth_date;
            vec![
                one("basic.family_name", &basic.family_name),
                one("basic.given_name", &basic.given_name),
                one("basic.family_kana", &basic.family_kana),
                one("basic.given_kana", &basic.given_kana),
                (BIRTH_DATE.to_owned(), "basic.birth_date.year", &date.year),
                (BIRTH_DATE.to_owned(), "basic.birth_date.month", &date.month),
                (BIRTH_DATE.to_owned(), "basic.birth_date.day", &date.day),
            ]
        }
        Step::Contact => {
            let c = &app.contact;
            vec![
                one("contact.postcode", &c.postcode),
                one("contact.prefecture", &c.prefecture),
                one("contact.city", &c.city),
                one("contact.town", &c.town),
                one("contact.street", &c.street),
                one("contact.building", &c.building),
                one("contact.phone", &c.phone),
            ]
        }
        Step::DesiredWork => {
            let w = &app.desired_work;
            let mut fields = vec![
                one("desired_work.wage.amount", &w.wage.amount),
                one("desired_work.hours.start", &w.hours.start),
                one("desired_work.hours.end", &w.hours.end),
            ];
            for (i, code) in w.occupations.iter().enumerate() {
                let field = format!("desired_work.occupations.{i}");
                fields.push((field, "desired_work.occupations.*", code));
            }
            for (i, place) in w.work_locations.iter().enumerate() {
                let field = format!("desired_work.work_locations.{i}");
                fields.push((field, "desired_work.work_locations.*", place));
            }
            fields
        }
        Step::Situation | Step::MyPage => Vec::new(),
        Step::Education => {
            let e = &app.education;
            let mut fields = vec![
                one("education.school_name", &e.school_name),
                one("education.graduation_year", &e.graduation_year),
            ];
            for (i, q) in e.qualifications.iter().enumerate() {
                let field = format!("education.qualifications.{i}");
                fields.push((field, "education.qualifications.*", q));
            }
            fields
        }
        Step::WorkHistory => {
            let mut fields = Vec::new();
            for (i, job) in app.work_history.iter().enumerate() {
                for (name, pattern, value) in [
                    ("employer", "work_history.*.employer", &job.employer),
                    ("duties", "work_history.*.duties", &job.duties),
                    ("from", "work_history.*.from", &job.from),
                    ("to", "work_history.*.to", &job.to),
                ] {
                    fields.push((format!("work_history.{i}.{name}"), pattern, value.as_str()));
                }
            }
            fields
        }
    }
}

/// `check-too-long` for each field of the screen over its limit, once per field.
fn length_findings(app: &Application, step: Step) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::new();
    for (field, pattern, value) in text_fields(app, step) {
        let Some(max) = max_chars(pattern) else {
            continue;
        };
        let count = normalize::char_count(value);
        if count > max && !out.iter().any(|f| f.field == field) {
            out.push(
                Finding::error(field, "check-too-long")
                    .with_arg("count", count)
                    .with_arg("max", max),
            );
        }
    }
    out
}

fn check_rules(app: &Application, step: Step, cx: &Context, out: &mut Vec<Finding>) {
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
    education.graduation_year = era::year(&education.graduation_year);
    fold_list(&mut education.qualifications, normalize::line);
}

fn normalize_job(job: &mut Job) {
    job.employer = normalize::line(&job.employer);
    job.duties = normalize::free_text(&job.duties);
    job.from = era::year_month(&job.from);
    job.to = era::year_month(&job.to);
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
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
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

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
    use proptest::prelude::*;
    use time::Month;

    use super::*;
    use crate::application::{
        BirthDateInput, Calendar, EducationLevel, EmploymentType, InsurancePlan, Language,
        MyPageRequest, Situation, Wage, Weekday, WorkHours,
    };
    use crate::finding::Severity::{self, Error, Warning};

    fn known_postcode(code: &str) -> bool {
        matches!(code, "1008916" | "1600023" | "5300001")
    }

    fn known_occupation(code: &str) -> bool {
        matches!(code, "001" | "033" | "046" | "083" | "091")
    }

    fn ymd(y: i32, m: u8, d: u8) -> Date {
        Month::try_from(m)
            .ok()
            .and_then(|m| Date::from_calendar_date(y, m, d).ok())
            .unwrap_or(Date::MIN)
    }

    /// 2026-11-25, the day these tables were written against.
    fn cx() -> Context<'static> {
        Context {
            today: ymd(2026, 11, 25),
            postcode_known: &known_postcode,
            occupation_known: &known_occupation,
        }
    }

    fn s(text: &str) -> String {
        text.to_owned()
    }

    /// A complete application that every step accepts.
    fn valid() -> Application {
        Application {
            language: Language::Ja,
            basic: Basic {
                family_name: s("山田"),
                given_name: s("太郎"),
                family_kana: s("ヤマダ"),
                given_kana: s("タロウ"),
                name_in_kana_only: false,
                birth_date: BirthDateInput {
                    calendar: Calendar::Showa,
                    year: s("60"),
                    month: s("4"),
                    day: s("1"),
                },
                sex: None,
            },
            contact: Contact {
                postcode: s("1008916"),
                prefecture: s("東京都"),
                city: s("千代田区"),
                town: s("霞が関"),
                street: s("1-2-2"),
                building: s(""),
                phone: s("09012345678"),
                email: s("taro@example.jp"),
            },
            desired_work: DesiredWork {
                occupations: vec![s("033")],
                employment_types: vec![EmploymentType::FullTime],
                work_locations: vec![s("千代田区")],
                wage: Wage {
                    kind: WageKind::Monthly,
                    amount: s("250000"),
                },
                hours: WorkHours {
                    start: s("09:00"),
                    end: s("17:00"),
                    days: vec![Weekday::Mon, Weekday::Tue],
                },
            },
            situation: Situation {
                employment: Some(CurrentEmployment::NotEmployed),
                unemployment_insurance: Some(InsurancePlan::Yes),
            },
            education: Education {
                final_level: Some(EducationLevel::University),
                school_name: s("みどり大学"),
                graduation_year: s("2008"),
                qualifications: vec![s("普通自動車免許")],
            },
            work_history: vec![Job {
                employer: s("株式会社みどり商事"),
                duties: s("営業"),
                from: s("2008-04"),
                to: s("2024-03"),
                employment_type: Some(EmploymentType::FullTime),
            }],
            my_page: MyPageRequest { wanted: true },
            confirmed_warnings: vec![],
        }
    }

    fn birth(app: &mut Application, calendar: Calendar, y: &str, m: &str, d: &str) {
        app.basic.birth_date = BirthDateInput {
            calendar,
            year: s(y),
            month: s(m),
            day: s(d),
        };
    }

    type Case = (
        &'static str,
        Step,
        fn(&mut Application),
        &'static [(&'static str, &'static str, Severity)],
    );

    /// One row per rule: a change to the valid application and what the step must find.
    #[rustfmt::skip]
    const CASES: &[Case] = &[
        // 基本情報
        ("family name empty", Step::Basic, |a| a.basic.family_name = s(" 　"), &[("basic.family_name", "check-family-name-required", Error)]),
        ("given name empty", Step::Basic, |a| a.basic.given_name = s(""), &[("basic.given_name", "check-given-name-required", Error)]),
        ("full name in family field", Step::Basic, |a| { a.basic.family_name = s("山田　太郎"); a.basic.given_name = s(""); }, &[]),
        ("Latin name", Step::Basic, |a| { a.basic.family_name = s("ＳＭＩＴＨ"); a.basic.given_name = s("John Paul"); a.basic.family_kana = s("スミス"); a.basic.given_kana = s("ジョン ポール"); }, &[]),
        ("Latin full name is not split", Step::Basic, |a| { a.basic.family_name = s("DA SILVA"); a.basic.given_name = s(""); }, &[("basic.given_name", "check-given-name-required", Error)]),
        ("family kana empty", Step::Basic, |a| a.basic.family_kana = s(""), &[("basic.family_kana", "check-family-kana-required", Error)]),
        ("given kana empty", Step::Basic, |a| a.basic.given_kana = s(""), &[("basic.given_kana", "check-given-kana-required", Error)]),
        ("kana in hiragana", Step::Basic, |a| { a.basic.family_kana = s("やまだ"); a.basic.given_kana = s("ﾀﾛｳ"); }, &[]),
        ("kana in kanji", Step::Basic, |a| a.basic.family_kana = s("山田"), &[("basic.family_kana", "check-kana-katakana-only", Error)]),
        ("kana in Latin", Step::Basic, |a| a.basic.given_kana = s("Taro"), &[("basic.given_kana", "check-kana-katakana-only", Error)]),
        ("birth date empty", Step::Basic, |a| birth(a, Calendar::Western, "", " ", ""), &[("basic.birth_date", "check-birth-date-required", Error)]),
        ("birth year missing", Step::Basic, |a| birth(a, Calendar::Western, "", "4", "1"), &[("basic.birth_date", "check-birth-date-missing", Error)]),
        ("birth month not a number", Step::Basic, |a| birth(a, Calendar::Western, "1985", "四", "1"), &[("basic.birth_date", "check-birth-date-not-number", Error)]),
        ("birth year zero", Step::Basic, |a| birth(a, Calendar::Western, "0", "4", "1"), &[("basic.birth_date", "check-birth-date-no-such-year", Error)]),
        ("birth month 13", Step::Basic, |a| birth(a, Calendar::Western, "1985", "13", "1"), &[("basic.birth_date", "check-birth-date-no-such-month", Error)]),
        ("29 February 2023", Step::Basic, |a| birth(a, Calendar::Western, "1983", "2", "29"), &[("basic.birth_date", "check-birth-date-no-such-day", Error)]),
        ("29 February 1984", Step::Basic, |a| birth(a, Calendar::Western, "1984", "2", "29"), &[]),
        ("昭和64年2月1日", Step::Basic, |a| birth(a, Calendar::Showa, "64", "2", "1"), &[("basic.birth_date", "check-birth-date-era-ended", Error)]),
        ("平成31年5月1日", Step::Basic, |a| birth(a, Calendar::Heisei, "31", "5", "1"), &[("basic.birth_date", "check-birth-date-era-ended", Error)]),
        ("平成元年1月7日", Step::Basic, |a| birth(a, Calendar::Heisei, "元", "1", "7"), &[("basic.birth_date", "check-birth-date-era-not-begun", Error)]),
        ("full-width Western", Step::Basic, |a| birth(a, Calendar::Western, "１９８５年", "０４", "０１"), &[]),
        ("born tomorrow", Step::Basic, |a| birth(a, Calendar::Western, "2026", "11", "26"), &[("basic.birth_date", "check-birth-date-future", Error)]),
        ("two-digit Western year", Step::Basic, |a| birth(a, Calendar::Western, "85", "4", "1"), &[("basic.birth_date", "check-birth-date-year-too-early", Error)]),
        ("明治30年", Step::Basic, |a| birth(a, Calendar::Meiji, "30", "4", "1"), &[("basic.birth_date", "check-birth-date-year-too-early", Error)]),
        ("age 14", Step::Basic, |a| birth(a, Calendar::Western, "2011", "11", "26"), &[("basic.birth_date", "check-birth-date-too-young", Error)]),
        ("age 15", Step::Basic, |a| birth(a, Calendar::Western, "2011", "11", "25"), &[("basic.birth_date", "check-birth-date-young", Warning)]),
        ("age 16", Step::Basic, |a| birth(a, Calendar::Heisei, "22", "11", "25"), &[]),
        ("age 79", Step::Basic, |a| birth(a, Calendar::Showa, "21", "11", "26"), &[]),
        ("age 80", Step::Basic, |a| birth(a, Calendar::Showa, "21", "11", "25"), &[("basic.birth_date", "check-birth-date-old", Warning)]),
        // 住所・連絡先
        ("postcode empty", Step::Contact, |a| a.contact.postcode = s(""), &[("contact.postcode", "check-postcode-required", Error)]),
        ("postcode short", Step::Contact, |a| a.contact.postcode = s("100-891"), &[("contact.postcode", "check-postcode-digits", Error)]),
        ("postcode with a letter", Step::Contact, |a| a.contact.postcode = s("10O-8916"), &[("contact.postcode", "check-postcode-digits", Error)]),
        ("postcode full-width", Step::Contact, |a| a.contact.postcode = s("〒１００ー８９１６"), &[]),
        ("postcode unknown", Step::Contact, |a| a.contact.postcode = s("999-9999"), &[("contact.postcode", "check-postcode-unknown", Error)]),
        ("prefecture empty", Step::Contact, |a| { a.contact.prefecture = s(""); a.contact.city = s(""); }, &[("contact.prefecture", "check-address-search", Error)]),
        ("city empty", Step::Contact, |a| a.contact.city = s(""), &[("contact.city", "check-address-search", Error)]),
        ("street empty", Step::Contact, |a| a.contact.street = s(""), &[("contact.street", "check-street-required", Error)]),
        ("building and town optional", Step::Contact, |a| { a.contact.building = s(""); a.contact.town = s(""); }, &[]),
        ("phone empty", Step::Contact, |a| a.contact.phone = s(""), &[("contact.phone", "check-phone-required", Error)]),
        ("landline", Step::Contact, |a| a.contact.phone = s("03-1234-5678"), &[]),
        ("landline full-width", Step::Contact, |a| a.contact.phone = s("（０３）１２３４ー５６７８"), &[]),
        ("mobile", Step::Contact, |a| a.contact.phone = s("080ー1234ー5678"), &[]),
        ("IP phone", Step::Contact, |a| a.contact.phone = s("050-1234-5678"), &[]),
        ("+81 mobile", Step::Contact, |a| a.contact.phone = s("+81 70 1234 5678"), &[]),
        ("0120", Step::Contact, |a| a.contact.phone = s("0120-123-456"), &[("contact.phone", "check-phone-free-dial", Warning)]),
        ("0800", Step::Contact, |a| a.contact.phone = s("0800-123-4567"), &[("contact.phone", "check-phone-free-dial", Warning)]),
        ("0120 with 11 digits", Step::Contact, |a| a.contact.phone = s("0120-123-4567"), &[("contact.phone", "check-phone-format", Error)]),
        ("mobile with 10 digits", Step::Contact, |a| a.contact.phone = s("090-1234-567"), &[("contact.phone", "check-phone-format", Error)]),
        ("landline with 9 digits", Step::Contact, |a| a.contact.phone = s("03-1234-567"), &[("contact.phone", "check-phone-format", Error)]),
        ("international prefix 00", Step::Contact, |a| a.contact.phone = s("0012345678"), &[("contact.phone", "check-phone-format", Error)]),
        ("no leading 0", Step::Contact, |a| a.contact.phone = s("3-1234-56789"), &[("contact.phone", "check-phone-format", Error)]),
        ("phone with letters", Step::Contact, |a| a.contact.phone = s("03-1234-abcd"), &[("contact.phone", "check-phone-digits", Error)]),
        ("email optional", Step::Contact, |a| a.contact.email = s(""), &[]),
        ("email full-width", Step::Contact, |a| a.contact.email = s("ｔａｒｏ＠ＥＸＡＭＰＬＥ．ＪＰ"), &[]),
        ("email carrier style", Step::Contact, |a| a.contact.email = s("taro..yamada.@docomo.ne.jp"), &[]),
        ("email too long", Step::Contact, |a| a.contact.email = format!("{}@example.jp", "a".repeat(90)), &[("contact.email", "check-email-too-long", Error)]),
        ("email 100 chars", Step::Contact, |a| a.contact.email = format!("{}@example.jp", "a".repeat(89)), &[]),
        ("email in kana", Step::Contact, |a| a.contact.email = s("たろう@example.jp"), &[("contact.email", "check-email-chars", Error)]),
        ("email with a comma", Step::Contact, |a| a.contact.email = s("taro,yamada@example.jp"), &[("contact.email", "check-email-chars", Error)]),
        ("email without @", Step::Contact, |a| a.contact.email = s("taro.example.jp"), &[("contact.email", "check-email-at", Error)]),
        ("email with two @", Step::Contact, |a| a.contact.email = s("taro@@example.jp"), &[("contact.email", "check-email-at", Error)]),
        ("email without local part", Step::Contact, |a| a.contact.email = s("@example.jp"), &[("contact.email", "check-email-at", Error)]),
        ("email domain without dot", Step::Contact, |a| a.contact.email = s("taro@example"), &[("contact.email", "check-email-domain", Error)]),
        ("email domain with empty label", Step::Contact, |a| a.contact.email = s("taro@example..jp"), &[("contact.email", "check-email-domain", Error)]),
        ("email domain with underscore", Step::Contact, |a| a.contact.email = s("taro@ex_ample.jp"), &[("contact.email", "check-email-domain", Error)]),
        // マイページ
        ("My Page without email", Step::MyPage, |a| a.contact.email = s(""), &[("contact.email", "check-email-required-for-my-page", Error)]),
        ("My Page with a bad email", Step::MyPage, |a| a.contact.email = s("taro"), &[("contact.email", "check-email-at", Error)]),
        ("no My Page, no email", Step::MyPage, |a| { a.my_page.wanted = false; a.contact.email = s(""); }, &[]),
        // 希望する仕事
        ("no occupation", Step::DesiredWork, |a| a.desired_work.occupations.clear(), &[("desired_work.occupations", "check-occupation-required", Error)]),
        ("four occupations", Step::DesiredWork, |a| a.desired_work.occupations = vec![s("001"), s("033"), s("046"), s("083")], &[("desired_work.occupations", "check-occupation-too-many", Error)]),
        ("same occupation twice", Step::DesiredWork, |a| a.desired_work.occupations = vec![s("033"), s(" ０３３ ")], &[]),
        ("unknown occupation", Step::DesiredWork, |a| a.desired_work.occupations = vec![s("033"), s("999")], &[("desired_work.occupations.1", "check-occupation-unknown", Error)]),
        ("no employment type", Step::DesiredWork, |a| a.desired_work.employment_types.clear(), &[("desired_work.employment_types", "check-employment-type-required", Error)]),
        ("no wage", Step::DesiredWork, |a| a.desired_work.wage.amount = s(""), &[]),
        ("wage in 万", Step::DesiredWork, |a| a.desired_work.wage.amount = s("２０万円"), &[]),
        ("wage in words", Step::DesiredWork, |a| a.desired_work.wage.amount = s("二十万"), &[("desired_work.wage.amount", "check-wage-digits", Error)]),
        ("monthly low", Step::DesiredWork, |a| a.desired_work.wage.amount = s("99,999"), &[("desired_work.wage.amount", "check-wage-low", Warning)]),
        ("monthly entered as hourly", Step::DesiredWork, |a| a.desired_work.wage.amount = s("1200円"), &[("desired_work.wage.amount", "check-wage-low", Warning)]),
        ("monthly high", Step::DesiredWork, |a| a.desired_work.wage.amount = s("2,000,001"), &[("desired_work.wage.amount", "check-wage-high", Warning)]),
        ("monthly bounds", Step::DesiredWork, |a| a.desired_work.wage.amount = s("100000"), &[]),
        ("hourly fine", Step::DesiredWork, |a| a.desired_work.wage = Wage { kind: WageKind::Hourly, amount: s("¥1,100") }, &[]),
        ("hourly low", Step::DesiredWork, |a| a.desired_work.wage = Wage { kind: WageKind::Hourly, amount: s("899") }, &[("desired_work.wage.amount", "check-wage-low", Warning)]),
        ("hourly high", Step::DesiredWork, |a| a.desired_work.wage = Wage { kind: WageKind::Hourly, amount: s("10001") }, &[("desired_work.wage.amount", "check-wage-high", Warning)]),
        ("hours in kanji", Step::DesiredWork, |a| { a.desired_work.hours.start = s("９時"); a.desired_work.hours.end = s("17時30分"); }, &[]),
        ("no hours", Step::DesiredWork, |a| { a.desired_work.hours.start = s(""); a.desired_work.hours.end = s(""); }, &[]),
        ("start 25:00", Step::DesiredWork, |a| a.desired_work.hours.start = s("25:00"), &[("desired_work.hours.start", "check-time-format", Error)]),
        ("end 9:75", Step::DesiredWork, |a| a.desired_work.hours.end = s("9:75"), &[("desired_work.hours.end", "check-time-format", Error)]),
        ("start 24:00", Step::DesiredWork, |a| a.desired_work.hours.start = s("24:00"), &[("desired_work.hours.start", "check-time-format", Error)]),
        ("end 24:00", Step::DesiredWork, |a| { a.desired_work.hours.start = s("18:00"); a.desired_work.hours.end = s("24時"); }, &[]),
        ("start in words", Step::DesiredWork, |a| a.desired_work.hours.start = s("朝"), &[("desired_work.hours.start", "check-time-format", Error)]),
        ("start only", Step::DesiredWork, |a| a.desired_work.hours.end = s(""), &[("desired_work.hours.end", "check-hours-both", Error)]),
        ("end only", Step::DesiredWork, |a| a.desired_work.hours.start = s(""), &[("desired_work.hours.start", "check-hours-both", Error)]),
        ("start equals end", Step::DesiredWork, |a| a.desired_work.hours.end = s("9:00"), &[("desired_work.hours.end", "check-hours-same", Error)]),
        ("overnight", Step::DesiredWork, |a| { a.desired_work.hours.start = s("22:00"); a.desired_work.hours.end = s("6:00"); }, &[("desired_work.hours.end", "check-hours-overnight", Warning)]),
        // 現在の状況
        ("employment not chosen", Step::Situation, |a| a.situation.employment = None, &[("situation.employment", "check-current-employment-required", Error)]),
        ("insurance not chosen", Step::Situation, |a| a.situation.unemployment_insurance = None, &[("situation.unemployment_insurance", "check-insurance-required", Error)]),
        // 学歴
        ("no final level", Step::Education, |a| a.education.final_level = None, &[("education.final_level", "check-education-level-required", Error)]),
        ("no graduation year", Step::Education, |a| a.education.graduation_year = s(""), &[]),
        ("graduation in era", Step::Education, |a| a.education.graduation_year = s("平成20年"), &[]),
        ("graduation two digits", Step::Education, |a| a.education.graduation_year = s("08"), &[("education.graduation_year", "check-graduation-year-format", Error)]),
        ("graduation next year", Step::Education, |a| a.education.graduation_year = s("2027"), &[("education.graduation_year", "check-graduation-year-future", Error)]),
        ("student graduating next spring", Step::Education, |a| { a.situation.employment = Some(CurrentEmployment::Student); a.education.graduation_year = s("2027"); }, &[]),
        ("student graduating in two years", Step::Education, |a| { a.situation.employment = Some(CurrentEmployment::Student); a.education.graduation_year = s("2028"); }, &[("education.graduation_year", "check-graduation-year-future", Error)]),
        ("graduation before birth", Step::Education, |a| a.education.graduation_year = s("1984"), &[("education.graduation_year", "check-graduation-year-before-birth", Error)]),
        ("graduation at 11", Step::Education, |a| a.education.graduation_year = s("1996"), &[("education.graduation_year", "check-graduation-year-early", Warning)]),
        ("graduation at 12", Step::Education, |a| a.education.graduation_year = s("1997"), &[]),
        ("graduation 1800, birth unknown", Step::Education, |a| { a.education.graduation_year = s("1800"); birth(a, Calendar::Western, "", "", ""); }, &[("education.graduation_year", "check-graduation-year-format", Error)]),
        // 職歴
        ("no jobs", Step::WorkHistory, |a| a.work_history.clear(), &[]),
        ("blank job dropped", Step::WorkHistory, |a| a.work_history.push(Job::default()), &[]),
        ("employer empty", Step::WorkHistory, |a| a.work_history[0].employer = s(" "), &[("work_history.0.employer", "check-employer-required", Error)]),
        ("from empty", Step::WorkHistory, |a| a.work_history[0].from = s(""), &[("work_history.0.from", "check-job-from-required", Error)]),
        ("from typed loosely", Step::WorkHistory, |a| { a.work_history[0].from = s("平成20年4月"); a.work_history[0].to = s("２０２４．３"); }, &[]),
        ("from month 13", Step::WorkHistory, |a| a.work_history[0].from = s("2008/13"), &[("work_history.0.from", "check-year-month-format", Error)]),
        ("from 1899", Step::WorkHistory, |a| a.work_history[0].from = s("1899/4"), &[("work_history.0.from", "check-year-month-format", Error)]),
        ("from next month", Step::WorkHistory, |a| { a.work_history[0].from = s("2026/12"); a.work_history[0].to = s(""); }, &[("work_history.0.from", "check-job-from-future", Error)]),
        ("from this month", Step::WorkHistory, |a| { a.work_history[0].from = s("2026/11"); a.work_history[0].to = s(""); }, &[]),
        ("to in words", Step::WorkHistory, |a| a.work_history[0].to = s("去年"), &[("work_history.0.to", "check-year-month-format", Error)]),
        ("to before from", Step::WorkHistory, |a| a.work_history[0].to = s("2008/3"), &[("work_history.0.to", "check-job-to-before-from", Error)]),
        ("to equals from", Step::WorkHistory, |a| a.work_history[0].to = s("2008/4"), &[]),
        ("to next month", Step::WorkHistory, |a| a.work_history[0].to = s("2026/12"), &[("work_history.0.to", "check-job-to-future", Error)]),
        // 長さ (MAX_CHARS), counted in characters after normalising
        ("name of 40 characters outside the BMP", Step::Basic, |a| a.basic.family_name = "𠮷".repeat(40), &[]),
        ("name of 41 characters", Step::Basic, |a| a.basic.family_name = "𠮷".repeat(41), &[("basic.family_name", "check-too-long", Error)]),
        ("too long is the kana's only finding", Step::Basic, |a| a.basic.given_kana = "山".repeat(41), &[("basic.given_kana", "check-too-long", Error)]),
        ("birth year pasted", Step::Basic, |a| a.basic.birth_date.year = "9".repeat(11), &[("basic.birth_date", "check-too-long", Error)]),
        ("postcode pasted", Step::Contact, |a| a.contact.postcode = "1".repeat(11), &[("contact.postcode", "check-too-long", Error)]),
        ("building of 61", Step::Contact, |a| a.contact.building = "ビ".repeat(61), &[("contact.building", "check-too-long", Error)]),
        ("invisible characters do not count", Step::Contact, |a| a.contact.building = format!("{}\u{200B}\u{202E}\u{FEFF}", "ビ".repeat(60)), &[]),
        ("work location of 61", Step::DesiredWork, |a| a.desired_work.work_locations = vec![s("千代田区"), "区".repeat(61)], &[("desired_work.work_locations.1", "check-too-long", Error)]),
        ("qualification of 61", Step::Education, |a| a.education.qualifications = vec!["資".repeat(61)], &[("education.qualifications.0", "check-too-long", Error)]),
        ("duties of 100 on lines", Step::WorkHistory, |a| a.work_history[0].duties = format!("{}\n{}", "営".repeat(49), "業".repeat(50)), &[]),
        ("duties of 101", Step::WorkHistory, |a| a.work_history[0].duties = "営".repeat(101), &[("work_history.0.duties", "check-too-long", Error)]),
        ("second job", Step::WorkHistory, |a| a.work_history.push(Job { employer: s("みどり"), from: s("2030/1"), ..Job::default() }), &[("work_history.1.from", "check-job-from-future", Error)]),
    ];

    fn summary(findings: &[Finding]) -> Vec<(String, String, Severity)> {
        findings
            .iter()
            .map(|f| (f.field.clone(), f.message.clone(), f.severity))
            .collect()
    }

    fn run(case: &Case) -> Report {
        let (_, which, change, _) = case;
        let mut app = valid();
        change(&mut app);
        step(&app, *which, &cx())
    }

    #[test]
    fn the_valid_application_passes_every_step() {
        for s in Step::ALL {
            let report = step(&valid(), s, &cx());
            assert_eq!(report.findings, vec![], "{s:?}");
            assert!(report.passes());
        }
        let report = application(&valid(), &cx());
        assert_eq!(report.findings, vec![]);
        assert_eq!(report.application, valid());
    }

    #[test]
    fn every_rule() {
        for case in CASES {
            let (name, _, _, want) = case;
            let want: Vec<_> = want
                .iter()
                .map(|(f, m, sev)| (f.to_string(), m.to_string(), *sev))
                .collect();
            assert_eq!(summary(&run(case).findings), want, "{name}");
        }
    }

    /// Whether a string in the application's JSON is a visitor's text (not an enum's code).
    fn is_code_not_text(path: &str) -> bool {
        const CODES: &[&str] = &[
            "language",
            "basic.birth_date.calendar",
            "basic.sex",
            "desired_work.employment_types.*",
            "desired_work.wage.kind",
            "desired_work.hours.days.*",
            "situation.employment",
            "situation.unemployment_insurance",
            "education.final_level",
            "work_history.*.employment_type",
            "confirmed_warnings.*",
        ];
        CODES.contains(&path)
    }

    fn string_leaves(value: &serde_json::Value, path: &str, out: &mut Vec<String>) {
        let join = |name: &str| {
            if path.is_empty() {
                name.to_owned()
            } else {
                format!("{path}.{name}")
            }
        };
        match value {
            serde_json::Value::String(_) => out.push(path.to_owned()),
            serde_json::Value::Array(items) => {
                for item in items {
                    string_leaves(item, &join("*"), out);
                }
            }
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    string_leaves(v, &join(k), out);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn every_text_field_has_a_length_limit() {
        let mut app = valid();
        app.basic.sex = Some(crate::application::Sex::Female);
        app.confirmed_warnings = vec![s("x")];
        let json = serde_json::to_value(&app).unwrap_or_default();
        let mut leaves = Vec::new();
        string_leaves(&json, "", &mut leaves);
        assert!(leaves.len() > 20, "{leaves:?}");
        for path in leaves {
            let limited = max_chars(&path).is_some() || path == "contact.email";
            assert!(limited || is_code_not_text(&path), "{path} has no limit");
        }
        for (pattern, max) in MAX_CHARS {
            assert!(*max > 0, "{pattern}");
        }
    }

    #[test]
    fn too_long_says_the_limit_in_every_locale() {
        let case = CASES.iter().find(|c| c.0 == "name of 41 characters");
        let finding = case.and_then(|c| run(c).findings.into_iter().next());
        let Some(finding) = finding else {
            panic!("no finding");
        };
        assert_eq!(finding.args.get("max").map(String::as_str), Some("40"));
        assert_eq!(finding.args.get("count").map(String::as_str), Some("41"));
        for lang in LOCALES {
            let text = format(&bundle(lang), &finding).unwrap_or_default();
            assert!(text.contains("40") && text.contains("41"), "{lang}: {text}");
        }
    }

    #[test]
    fn every_message_is_emitted_by_some_rule() {
        let emitted: BTreeSet<String> = CASES
            .iter()
            .flat_map(|case| run(case).findings)
            .map(|f| f.message)
            .collect();
        let all: BTreeSet<String> = MESSAGES.iter().map(|m| m.to_string()).collect();
        assert_eq!(emitted, all);
    }

    #[test]
    fn findings_carry_their_arguments() {
        let find = |name: &str| {
            let case = CASES.iter().find(|c| c.0 == name);
            case.map(run)
                .and_then(|r| r.findings.into_iter().next())
                .map(|f| f.args)
                .unwrap_or_default()
        };
        let args = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect::<std::collections::BTreeMap<_, _>>()
        };
        assert_eq!(find("kana in kanji"), args(&[("chars", "山 田")]));
        assert_eq!(find("birth year missing"), args(&[("part", "year")]));
        assert_eq!(
            find("29 February 2023"),
            args(&[("month", "2"), ("last-day", "28")])
        );
        assert_eq!(
            find("平成31年5月1日"),
            args(&[
                ("era", "heisei"),
                ("last-year", "2019"),
                ("last-month", "4"),
                ("last-day", "30"),
                ("actual-era", "reiwa"),
                ("actual-year", "1"),
                ("actual-gannen", "yes"),
            ])
        );
        assert_eq!(
            find("平成元年1月7日"),
            args(&[
                ("era", "heisei"),
                ("first-year", "1989"),
                ("first-month", "1"),
                ("first-day", "8"),
                ("actual-era", "showa"),
                ("actual-year", "64"),
                ("actual-gannen", "no"),
            ])
        );
        assert_eq!(find("two-digit Western year"), args(&[("year", "85")]));
        assert_eq!(find("age 15"), args(&[("age", "15")]));
        assert_eq!(find("age 80"), args(&[("age", "80")]));
        assert_eq!(find("postcode unknown"), args(&[("postcode", "999-9999")]));
        assert_eq!(find("phone with letters"), args(&[("chars", "a b c d")]));
        assert_eq!(find("mobile with 10 digits"), args(&[("count", "10")]));
        assert_eq!(
            find("email too long"),
            args(&[("count", "101"), ("max", "100")])
        );
        assert_eq!(
            find("four occupations"),
            args(&[("count", "4"), ("max", "3")])
        );
        assert_eq!(find("unknown occupation"), args(&[("code", "999")]));
        assert_eq!(
            find("monthly low"),
            args(&[("kind", "monthly"), ("amount", "99,999")])
        );
        assert_eq!(
            find("hourly high"),
            args(&[("kind", "hourly"), ("amount", "10,001")])
        );
        assert_eq!(
            find("overnight"),
            args(&[("start", "22:00"), ("end", "06:00")])
        );
        assert_eq!(
            find("graduation before birth"),
            args(&[("birth-year", "1985")])
        );
        assert_eq!(find("graduation at 11"), args(&[("age", "11")]));
    }

    #[test]
    fn steps_return_the_normalised_fields() {
        let mut app = valid();
        app.basic.family_name = s("山田　太郎");
        app.basic.given_name = s("");
        app.basic.family_kana = s("ﾔﾏﾀﾞ　ﾀﾛｳ");
        app.basic.given_kana = s("");
        app.basic.birth_date.year = s("元");
        app.contact.phone = s("090ー1234ー5678");
        let basic = step(&app, Step::Basic, &cx()).application;
        assert_eq!(
            (
                basic.basic.family_name.as_str(),
                basic.basic.given_name.as_str()
            ),
            ("山田", "太郎")
        );
        assert_eq!(
            (
                basic.basic.family_kana.as_str(),
                basic.basic.given_kana.as_str()
            ),
            ("ヤマダ", "タロウ")
        );
        assert_eq!(basic.basic.birth_date.year, "1");
        // Another screen's fields are left as typed.
        assert_eq!(basic.contact.phone, "090ー1234ー5678");
        let contact = step(&app, Step::Contact, &cx()).application;
        assert_eq!(contact.contact.phone, "09012345678");
    }

    #[test]
    fn application_reports_a_shared_finding_once() {
        let mut app = valid();
        app.contact.email = s("taro");
        let report = application(&app, &cx());
        assert_eq!(
            summary(&report.findings),
            vec![(s("contact.email"), s("check-email-at"), Error)]
        );
    }

    #[test]
    fn confirmed_warnings_pass() {
        let mut app = valid();
        app.contact.phone = s("0120-123-456");
        let report = step(&app, Step::Contact, &cx());
        assert!(!report.passes());
        let keys: Vec<String> = report.findings.iter().map(Finding::key).collect();
        app.confirmed_warnings = keys;
        assert!(step(&app, Step::Contact, &cx()).passes());
    }

    // -----------------------------------------------------------------------------------------
    // The Fluent files

    fn locale_file(lang: &str) -> String {
        let path = format!("{}/../locales/{lang}/check.ftl", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    fn bundle(lang: &str) -> FluentBundle<FluentResource> {
        let resource = FluentResource::try_new(locale_file(lang))
            .unwrap_or_else(|(_, errors)| panic!("{lang}/check.ftl: {errors:?}"));
        let langid = if lang == "en" { "en" } else { "ja" };
        let mut bundle = FluentBundle::new(vec![langid.parse().unwrap_or_default()]);
        bundle.set_use_isolating(false);
        if let Err(errors) = bundle.add_resource(resource) {
            panic!("{lang}/check.ftl: {errors:?}");
        }
        bundle
    }

    fn format(bundle: &FluentBundle<FluentResource>, finding: &Finding) -> Result<String, String> {
        let message = bundle
            .get_message(&finding.message)
            .ok_or_else(|| format!("no message {}", finding.message))?;
        let pattern = message.value().ok_or("message has no value")?;
        let mut args = FluentArgs::new();
        for (k, v) in &finding.args {
            args.set(k.as_str(), FluentValue::from(v.as_str()));
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(format!("{}: {errors:?}", finding.message))
        }
    }

    const LOCALES: [&str; 3] = ["ja", "ja-easy", "en"];

    #[test]
    fn every_locale_defines_exactly_the_messages() {
        let want: BTreeSet<&str> = MESSAGES.iter().copied().collect();
        for lang in LOCALES {
            let text = locale_file(lang);
            let defined: BTreeSet<&str> = text
                .lines()
                .filter(|line| line.starts_with("check-"))
                .filter_map(|line| line.split_once(" =").map(|(id, _)| id))
                .collect();
            assert_eq!(defined, want, "{lang}");
        }
    }

    #[test]
    fn every_finding_formats_in_every_locale() {
        let bundles: Vec<_> = LOCALES.iter().map(|lang| (*lang, bundle(lang))).collect();
        for case in CASES {
            for finding in run(case).findings {
                for (lang, bundle) in &bundles {
                    let text = format(bundle, &finding);
                    assert!(text.is_ok(), "{lang} {}: {text:?}", case.0);
                    let text = text.unwrap_or_default();
                    assert!(!text.contains(['{', '}', '\n']), "{lang}: {text}");
                }
            }
        }
    }

    #[test]
    fn era_messages_say_gannen_and_the_real_span() {
        let ja = bundle("ja");
        let case = CASES.iter().find(|c| c.0 == "昭和64年2月1日");
        let finding = case.and_then(|c| run(c).findings.into_iter().next());
        let text = finding.map(|f| format(&ja, &f));
        assert_eq!(
            text,
            Some(Ok(s("昭和は1989年1月7日までです。この日は平成元年にあたります。元号と年を直すか、西暦で入力してください。")))
        );
    }

    // -----------------------------------------------------------------------------------------
    // Properties

    proptest! {
        #[test]
        fn limits_count_characters_not_utf16_units(n in 0usize..90, wide in any::<bool>()) {
            let c = if wide { "𠮷" } else { "山" };
            let mut app = valid();
            app.basic.family_name = c.repeat(n);
            let report = step(&app, Step::Basic, &cx());
            let long = report.findings.iter().any(|f| f.message == "check-too-long");
            prop_assert_eq!(long, n > 40);
        }

        #[test]
        fn checked_fields_keep_no_invisible_character(
            junk in proptest::collection::vec(proptest::sample::select(&[
                '\u{202E}', '\u{2066}', '\u{200B}', '\u{FEFF}', '\u{0}', '\u{1B}', '\u{200F}', '\u{061C}',
            ][..]), 1..6),
        ) {
            let junk: String = junk.into_iter().collect();
            let mut app = valid();
            app.basic.family_name = format!("山{junk}田");
            app.contact.street = format!("{junk}1-2-3");
            app.work_history[0].duties = format!("営業{junk}\n事務");
            let report = application(&app, &cx());
            prop_assert_eq!(report.application.basic.family_name.as_str(), "山田");
            prop_assert_eq!(report.application.contact.street.as_str(), "1-2-3");
            prop_assert_eq!(report.application.work_history[0].duties.as_str(), "営業\n事務");
            prop_assert_eq!(report.findings, vec![]);
        }
    }

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            "\\PC{0,10}",
            "[0-9０-９ー\\-/:：.年月日時分万円@＠a-zＡ-Ｚｱｶﾞﾊﾟやまだヤマダ山田 　元昭和平成令HSR〒+()]{0,12}",
        ]
    }

    fn pick<T: Clone + std::fmt::Debug + 'static>(items: Vec<T>) -> impl Strategy<Value = T> {
        proptest::sample::select(items)
    }

    prop_compose! {
        fn any_application()(
            t in prop::collection::vec(text(), 22),
            occupations in prop::collection::vec(text(), 0..5),
            locations in prop::collection::vec(text(), 0..3),
            qualifications in prop::collection::vec(text(), 0..3),
            jobs in prop::collection::vec((text(), text(), text(), text(), any::<bool>()), 0..4),
            calendar in pick(vec![Calendar::Western, Calendar::Meiji, Calendar::Taisho, Calendar::Showa, Calendar::Heisei, Calendar::Reiwa]),
            employment in pick(vec![None, Some(CurrentEmployment::Employed), Some(CurrentEmployment::NotEmployed), Some(CurrentEmployment::Student)]),
            insurance in pick(vec![None, Some(InsurancePlan::Yes), Some(InsurancePlan::No), Some(InsurancePlan::Unsure)]),
            level in pick(vec![None, Some(EducationLevel::HighSchool), Some(EducationLevel::University)]),
            kind in pick(vec![WageKind::Monthly, WageKind::Hourly]),
            types in prop::collection::vec(pick(vec![EmploymentType::FullTime, EmploymentType::PartTime, EmploymentType::Dispatch, EmploymentType::Contract]), 0..5),
            days in prop::collection::vec(pick(vec![Weekday::Mon, Weekday::Sat, Weekday::Sun]), 0..5),
            wanted in any::<bool>(),
        ) -> Application {
            let t = |i: usize| t.get(i).cloned().unwrap_or_default();
            Application {
                language: Language::Ja,
                basic: Basic {
                    family_name: t(0), given_name: t(1), family_kana: t(2), given_kana: t(3),
                    name_in_kana_only: false,
                    birth_date: BirthDateInput { calendar, year: t(4), month: t(5), day: t(6) },
                    sex: None,
                },
                contact: Contact {
                    postcode: t(7), prefecture: t(8), city: t(9), town: t(10), street: t(11),
                    building: t(12), phone: t(13), email: t(14),
                },
                desired_work: DesiredWork {
                    occupations,
                    employment_types: types,
                    work_locations: locations,
                    wage: Wage { kind, amount: t(15) },
                    hours: WorkHours { start: t(16), end: t(17), days },
                },
                situation: Situation { employment, unemployment_insurance: insurance },
                education: Education {
                    final_level: level, school_name: t(18), graduation_year: t(19), qualifications,
                },
                work_history: jobs.into_iter().map(|(employer, duties, from, to, full)| Job {
                    employer, duties, from, to,
                    employment_type: full.then_some(EmploymentType::FullTime),
                }).collect(),
                my_page: MyPageRequest { wanted },
                confirmed_warnings: vec![t(20), t(21)],
            }
        }
    }

    /// The parts of the application a step may change when it normalises.
    fn owned_parts(step: Step) -> &'static [&'static str] {
        match step {
            Step::Basic => &["basic"],
            Step::Contact | Step::MyPage => &["contact"],
            Step::DesiredWork => &["desired_work"],
            Step::Situation => &[],
            Step::Education => &["education"],
            Step::WorkHistory => &["work_history"],
        }
    }

    /// The fields a step may report on.
    fn reported_prefixes(step: Step) -> &'static [&'static str] {
        match step {
            Step::Basic => &["basic."],
            Step::Contact => &["contact."],
            Step::DesiredWork => &["desired_work."],
            Step::Situation => &["situation."],
            Step::Education => &["education."],
            Step::WorkHistory => &["work_history."],
            Step::MyPage => &["contact.email"],
        }
    }

    fn without(app: &Application, parts: &[&str]) -> serde_json::Value {
        let mut value = serde_json::to_value(app).unwrap_or_default();
        if let Some(map) = value.as_object_mut() {
            for part in parts {
                map.remove(*part);
            }
        }
        value
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn steps_never_panic_and_settle_at_once(app in any_application(), jd in 2_440_000i32..2_490_000) {
            let today = Date::from_julian_day(jd).unwrap_or(Date::MIN);
            let cx = Context { today, ..cx() };
            for s in Step::ALL {
                let once = step(&app, s, &cx);
                let twice = step(&once.application, s, &cx);
                prop_assert_eq!(&twice.application, &once.application, "{:?}", s);
                prop_assert_eq!(&twice.findings, &once.findings, "{:?}", s);
                prop_assert_eq!(without(&once.application, owned_parts(s)), without(&app, owned_parts(s)), "{:?}", s);
                for f in &once.findings {
                    prop_assert!(MESSAGES.contains(&f.message.as_str()), "{}", f.message);
                    let own = reported_prefixes(s).iter().any(|part| f.field.starts_with(part));
                    prop_assert!(own, "{:?} reported {}", s, f.field);
                }
            }
            let whole = application(&app, &cx);
            let again = application(&whole.application, &cx);
            prop_assert_eq!(&again, &whole);
        }
    }
}
