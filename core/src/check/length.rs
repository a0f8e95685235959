//! The longest value of every text field: one table for the kiosk, the server's intake and My
//! Page edits alike, and the `check-too-long` finding a screen reports before any other rule.

use crate::application::{Application, BirthDateInput};
use crate::finding::{Finding, Step};
use crate::normalize;

use super::basic::BIRTH_DATE;

/// The longest value of every text field, in characters of the normalised text (so 𠮷 counts
/// once and a full-width Ａ typed as one counts once). One table, so the kiosk, the server's
/// intake and My Page edits refuse the same things.
///
/// The limits follow what the official form leaves room for and what the kiosk's inputs offer:
/// a name or its フリガナ 40 characters per part (long Latin names written out in full), address
/// lines, schools, employers and list items 60 (a long 町域 or a company with its 支店 name),
/// the duties of a job 100 (a few lines, as on the form), the help a visitor with a disability
/// wants and 特記事項 200, 自己PR 400 (about what the official form's box holds), and short coded fields a little above
/// their longest valid form, so a typo is told by the field's own rule and only a paste of
/// nonsense by the length rule. The e-mail address keeps its own rule ([`MAX_EMAIL_CHARS`]).
/// `*` stands for a list index; the birth date's three parts are reported on the date.
pub const MAX_CHARS: &[(&str, usize)] = &[
    ("basic.family_name", 40),
    ("basic.given_name", 40),
    ("basic.family_kana", 40),
    ("basic.given_kana", 40),
    ("basic.card_name", 80),
    ("basic.birth_date.year", 10),
    ("basic.birth_date.month", 10),
    ("basic.birth_date.day", 10),
    ("basic.country", 40),
    ("basic.residence_status", 40),
    ("basic.residence_expiry.year", 10),
    ("basic.residence_expiry.month", 10),
    ("basic.residence_expiry.day", 10),
    ("contact.postcode", 10),
    ("contact.prefecture", 10),
    ("contact.city", 40),
    ("contact.town", 60),
    ("contact.street", 60),
    ("contact.building", 60),
    ("contact.phone", 15),
    ("contact.nearest_station", 30),
    ("contact.commute_minutes", 10),
    ("desired_work.occupations.*", 10),
    ("desired_work.work_locations.*", 60),
    ("desired_work.wage.amount", 12),
    ("desired_work.hours.start", 10),
    ("desired_work.hours.end", 10),
    ("desired_work.weekly_hours", 10),
    ("desired_work.days_per_week", 10),
    ("situation.left_on.year", 10),
    ("situation.left_on.month", 10),
    ("situation.left_on.day", 10),
    ("situation.dependants", 10),
    ("education.school_name", 60),
    ("education.graduation_year", 10),
    ("education.department", 60),
    ("education.qualifications.*.licence", 40),
    ("education.qualifications.*.name", 60),
    ("education.qualifications.*.score", 10),
    ("education.qualifications.*.year", 10),
    ("work_history.*.employer", 60),
    ("work_history.*.duties", 100),
    ("work_history.*.from", 10),
    ("work_history.*.to", 10),
    ("disclosure.avoid_times", 60),
    ("disability.grade", 10),
    ("disability.needs_text", 200),
    ("self_pr.appeal", 400),
    ("self_pr.notes", 200),
    ("work_history.*.occupation", 10),
];

/// The limit [`MAX_CHARS`] sets for a field pattern.
pub fn max_chars(pattern: &str) -> Option<usize> {
    MAX_CHARS
        .iter()
        .find(|(p, _)| *p == pattern)
        .map(|(_, max)| *max)
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
            let mut fields = vec![
                one("basic.family_name", &basic.family_name),
                one("basic.given_name", &basic.given_name),
                one("basic.family_kana", &basic.family_kana),
                one("basic.given_kana", &basic.given_kana),
                one("basic.card_name", &basic.card_name),
                (BIRTH_DATE.to_owned(), "basic.birth_date.year", &date.year),
                (BIRTH_DATE.to_owned(), "basic.birth_date.month", &date.month),
                (BIRTH_DATE.to_owned(), "basic.birth_date.day", &date.day),
                one("basic.country", &basic.country),
                one("basic.residence_status", &basic.residence_status),
            ];
            fields.extend(day_parts(
                "basic.residence_expiry",
                [
                    "basic.residence_expiry.year",
                    "basic.residence_expiry.month",
                    "basic.residence_expiry.day",
                ],
                &basic.residence_expiry,
            ));
            fields
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
                one("contact.nearest_station", &c.nearest_station),
                one("contact.commute_minutes", &c.commute_minutes),
            ]
        }
        Step::DesiredWork => {
            let w = &app.desired_work;
            let mut fields = vec![
                one("desired_work.wage.amount", &w.wage.amount),
                one("desired_work.hours.start", &w.hours.start),
                one("desired_work.hours.end", &w.hours.end),
                one("desired_work.weekly_hours", &w.weekly_hours),
                one("desired_work.days_per_week", &w.days_per_week),
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
        Step::Situation => {
            let s = &app.situation;
            let mut fields = vec![one("situation.dependants", &s.dependants)];
            fields.extend(day_parts(
                "situation.left_on",
                [
                    "situation.left_on.year",
                    "situation.left_on.month",
                    "situation.left_on.day",
                ],
                &s.left_on,
            ));
            fields
        }
        Step::MyPage => Vec::new(),
        Step::Disclosure => vec![one("disclosure.avoid_times", &app.disclosure.avoid_times)],
        Step::Disability => vec![
            one("disability.grade", &app.disability.grade),
            one("disability.needs_text", &app.disability.needs_text),
        ],
        Step::SelfPr => vec![
            one("self_pr.appeal", &app.self_pr.appeal),
            one("self_pr.notes", &app.self_pr.notes),
        ],
        Step::Education => {
            let e = &app.education;
            let mut fields = vec![
                one("education.school_name", &e.school_name),
                one("education.department", &e.department),
                one("education.graduation_year", &e.graduation_year),
            ];
            for (i, q) in e.qualifications.iter().enumerate() {
                for (name, pattern, value) in [
                    ("licence", "education.qualifications.*.licence", &q.licence),
                    ("name", "education.qualifications.*.name", &q.name),
                    ("score", "education.qualifications.*.score", &q.score),
                    ("year", "education.qualifications.*.year", &q.year),
                ] {
                    let field = format!("education.qualifications.{i}.{name}");
                    fields.push((field, pattern, value.as_str()));
                }
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
                    ("occupation", "work_history.*.occupation", &job.occupation),
                ] {
                    fields.push((format!("work_history.{i}.{name}"), pattern, value.as_str()));
                }
            }
            fields
        }
    }
}

/// A day's three parts, each reported on the day (`situation.left_on`); `patterns` are the
/// year's, month's and day's rows of [`MAX_CHARS`].
fn day_parts<'a>(
    field: &str,
    patterns: [&'static str; 3],
    day: &'a BirthDateInput,
) -> [(String, &'static str, &'a str); 3] {
    let [year, month, d] = patterns;
    [
        (field.to_owned(), year, &day.year),
        (field.to_owned(), month, &day.month),
        (field.to_owned(), d, &day.day),
    ]
}

/// `check-too-long` for each field of the screen over its limit, once per field.
pub(super) fn findings(app: &Application, step: Step) -> Vec<Finding> {
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
