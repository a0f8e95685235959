//! How an application reads on a page: the summary the phone and the counter both show, dates
//! in 和暦 or 西暦, addresses with 〒, statuses as badges.

use madoguchi_core::era;
use madoguchi_core::licence;
use madoguchi_core::my_number_card::{CardField, CardMark};
use madoguchi_core::residence;
use madoguchi_core::{
    Application, BirthDateInput, Calendar, CurrentEmployment, EducationLevel, EmploymentType,
    InsurancePlan, Job, Nationality, Qualification, Sex, WageKind,
};
use maud::{html, Markup};
use serde::Serialize;
use time::Date;

use crate::counter::display_job_seeker_number;
use crate::i18n::Tr;
use crate::storage::Status;
use crate::view_sections;

/// A day as the reader expects it: 和暦 with 西暦 in Japanese script (`Jpan`), otherwise the
/// language's own `srv-date` pattern with its month name (`1 April 1985` in English).
pub fn date_text(tr: Tr, date: Date) -> String {
    if tr.lang.info().script == "Jpan" {
        return format!(
            "{}（{}）",
            era::format_japanese(date),
            era::format_western(date)
        );
    }
    let month = u8::from(date.month());
    tr.f(
        "srv-date",
        &[
            ("day", &date.day().to_string()),
            ("month", &month.to_string()),
            ("month-name", &tr.t(&format!("srv-month-{month}"))),
            ("year", &date.year().to_string()),
        ],
    )
}

/// The birth date as entered, or the fields themselves when they do not make a day.
pub fn birth_date_text(tr: Tr, app: &Application) -> String {
    match era::birth_date(&app.basic.birth_date) {
        Ok(date) => date_text(tr, date),
        Err(_) => {
            let b = &app.basic.birth_date;
            let era_name = era::Era::from_calendar(b.calendar)
                .map(|e| e.name())
                .unwrap_or("");
            format!("{era_name}{} / {} / {}", b.year, b.month, b.day)
        }
    }
}

/// A postcode as people write it: `100-0001` for seven digits, anything else as it is.
pub fn postcode_text(postcode: &str) -> String {
    if postcode.len() == 7 && postcode.is_ascii() {
        format!("{}-{}", &postcode[..3], &postcode[3..])
    } else {
        postcode.to_owned()
    }
}

/// 〒100-0001 東京都千代田区千代田1-1 建物.
pub fn address_text(app: &Application) -> String {
    let c = &app.contact;
    let postcode = if c.postcode.len() == 7 && c.postcode.is_ascii() {
        format!("〒{}", postcode_text(&c.postcode))
    } else {
        c.postcode.clone()
    };
    let mut out = format!(
        "{postcode} {}{}{}{}",
        c.prefecture, c.city, c.town, c.street
    );
    if !c.building.is_empty() {
        out.push(' ');
        out.push_str(&c.building);
    }
    out
}

pub fn employment_code(t: EmploymentType) -> &'static str {
    match t {
        EmploymentType::FullTime => "full-time",
        EmploymentType::PartTime => "part-time",
        EmploymentType::Dispatch => "dispatch",
        EmploymentType::Contract => "contract",
        EmploymentType::Casual => "casual",
        EmploymentType::Other => "other",
    }
}

pub const EMPLOYMENT_TYPES: [EmploymentType; 4] = [
    EmploymentType::FullTime,
    EmploymentType::PartTime,
    EmploymentType::Dispatch,
    EmploymentType::Contract,
];

pub fn employment_name(tr: Tr, t: EmploymentType) -> String {
    tr.t(&format!("srv-employment-{}", employment_code(t)))
}

pub fn wage_text(tr: Tr, app: &Application) -> String {
    let w = &app.desired_work.wage;
    if w.amount.is_empty() {
        return tr.t("srv-value-none");
    }
    let id = match w.kind {
        WageKind::Monthly => "srv-wage-monthly",
        WageKind::Hourly => "srv-wage-hourly",
    };
    tr.f(id, &[("amount", &group_thousands(&w.amount))])
}

/// 250000 → 250,000.
pub fn group_thousands(digits: &str) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn sex_id(sex: Option<Sex>) -> &'static str {
    match sex {
        Some(Sex::Female) => "srv-sex-female",
        Some(Sex::Male) => "srv-sex-male",
        Some(Sex::Unstated) => "srv-sex-unstated",
        None => "srv-value-none",
    }
}

fn employment_now_id(e: Option<CurrentEmployment>) -> &'static str {
    match e {
        Some(CurrentEmployment::Employed) => "srv-now-employed",
        Some(CurrentEmployment::NotEmployed) => "srv-now-not-employed",
        Some(CurrentEmployment::Student) => "srv-now-student",
        None => "srv-value-none",
    }
}

fn insurance_id(i: Option<InsurancePlan>) -> &'static str {
    match i {
        Some(InsurancePlan::Yes) => "srv-insurance-yes",
        Some(InsurancePlan::No) => "srv-insurance-no",
        Some(InsurancePlan::Unsure) => "srv-insurance-unsure",
        None => "srv-value-none",
    }
}

fn education_id(e: Option<EducationLevel>) -> &'static str {
    match e {
        Some(EducationLevel::JuniorHigh) => "srv-education-junior-high",
        Some(EducationLevel::HighSchool) => "srv-education-high-school",
        Some(EducationLevel::Vocational) => "srv-education-vocational",
        Some(EducationLevel::JuniorCollege) => "srv-education-junior-college",
        Some(EducationLevel::University) => "srv-education-university",
        Some(EducationLevel::Graduate) => "srv-education-graduate",
        Some(EducationLevel::Other) => "srv-education-other",
        None => "srv-value-none",
    }
}

fn or_none(tr: Tr, text: &str) -> String {
    if text.trim().is_empty() {
        tr.t("srv-value-none")
    } else {
        text.to_owned()
    }
}

/// Beside a field the My Number card filled: read from the card (not yet checked against the
/// person), or read and then changed by the visitor. Nothing when the card was not used.
pub fn card_mark(tr: Tr, app: &Application, field: CardField) -> Markup {
    let mark = app
        .my_number_card
        .as_ref()
        .and_then(|reading| reading.marks(app).into_iter().find(|(f, _)| *f == field));
    html! {
        @match mark {
            Some((_, CardMark::AsRead)) => {
                " " span.card-read data-testid="card-read" { (tr.t("srv-card-read")) }
            }
            Some((_, CardMark::Changed)) => {
                " " span.card-changed data-testid="card-changed" { (tr.t("srv-card-changed")) }
            }
            None => {}
        }
    }
}

/// Name, kana, birth date, address, phone, email.
pub fn personal_rows(tr: Tr, app: &Application) -> Markup {
    let b = &app.basic;
    html! {
        @if app.my_number_card.is_some() {
            dt { (tr.m("srv-field-identity-source")) }
            dd data-testid="identity-from-card" { (tr.t("srv-identity-from-card")) }
        }
        dt { (tr.m("srv-field-name")) }
        dd {
            (b.family_name) " " (b.given_name)
            @if b.name_in_kana_only { " " span.muted { (tr.t("srv-name-kana-only")) } }
            @if b.single_name { " " span.muted { (tr.t("srv-name-single")) } }
            (card_mark(tr, app, CardField::Name))
        }
        dt { (tr.m("srv-field-kana")) }
        dd { (b.family_kana) " " (b.given_kana) }
        @if !b.card_name.is_empty() {
            dt { (tr.m("srv-field-card-name")) }
            dd lang="und-Latn" { (b.card_name) }
        }
        dt { (tr.m("srv-field-birth-date")) }
        dd { (birth_date_text(tr, app)) (card_mark(tr, app, CardField::BirthDate)) }
        dt { (tr.m("srv-field-address")) }
        dd { (address_text(app)) (card_mark(tr, app, CardField::Address)) }
        dt { (tr.m("srv-field-phone")) }
        dd { (or_none(tr, &app.contact.phone)) }
        dt { (tr.m("srv-field-email")) }
        dd { (or_none(tr, &app.contact.email)) }
    }
}

/// Desired work: occupations, employment types, wage, places.
pub fn work_rows(tr: Tr, app: &Application) -> Markup {
    let d = &app.desired_work;
    html! {
        dt { (tr.m("srv-field-occupations")) }
        dd {
            @if d.occupations.is_empty() { (tr.t("srv-value-none")) }
            @for (i, code) in d.occupations.iter().enumerate() {
                @if i > 0 { "、" }
                (tr.occupation(code))
            }
        }
        dt { (tr.m("srv-field-employment-types")) }
        dd {
            @if d.employment_types.is_empty() { (tr.t("srv-value-none")) }
            @for (i, t) in d.employment_types.iter().enumerate() {
                @if i > 0 { "、" }
                (employment_name(tr, *t))
            }
        }
        dt { (tr.m("srv-field-wage")) }
        dd { (wage_text(tr, app)) }
        dt { (tr.m("srv-field-work-locations")) }
        dd { (or_none(tr, &d.work_locations.join("、"))) }
    }
}

/// The code serde writes for a unit variant (`contract-end`), which names its Fluent message
/// (`srv-leaving-contract-end`): one rule instead of a match per enum.
fn serde_code<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(code)) => code,
        _ => String::new(),
    }
}

/// The message `<prefix><code>` (prefix ending in `-`) for a chosen value, or 「（なし）」.
fn choice_text<T: Serialize>(tr: Tr, prefix: &str, value: Option<&T>) -> String {
    match value {
        Some(v) => tr.t(&format!("{prefix}{}", serde_code(v))),
        None => tr.t("srv-value-none"),
    }
}

/// Several chosen values, 「、」-joined, or 「（なし）」.
fn choices_text<T: Serialize>(tr: Tr, prefix: &str, values: &[T]) -> String {
    if values.is_empty() {
        return tr.t("srv-value-none");
    }
    values
        .iter()
        .map(|v| tr.t(&format!("{prefix}{}", serde_code(v))))
        .collect::<Vec<_>>()
        .join("、")
}

/// A day given besides the birth date (離職日, 在留期間の満了日): the day, the parts as typed
/// when they do not make one, or 「（なし）」.
pub fn day_text(tr: Tr, day: &BirthDateInput) -> String {
    if day.year.is_empty() && day.month.is_empty() && day.day.is_empty() {
        return tr.t("srv-value-none");
    }
    match era::birth_date(day) {
        Ok(date) => date_text(tr, date),
        Err(_) => {
            let era_name = era::Era::from_calendar(day.calendar)
                .map(|e| e.name())
                .unwrap_or("");
            format!("{era_name}{} / {} / {}", day.year, day.month, day.day)
        }
    }
}

/// A number with its unit message (`srv-minutes` → 「30分」), or 「（なし）」.
fn amount_text(tr: Tr, id: &str, arg: &str, digits: &str) -> String {
    if digits.is_empty() {
        tr.t("srv-value-none")
    } else {
        tr.f(id, &[(arg, digits)])
    }
}

/// 国籍 and, for a foreign national, 在留資格 with its expiry and what it says about work: a
/// note for staff, who check the residence card and any permission. An expiry already past is
/// among the application's findings, which the counter lists above these rows.
pub fn residence_rows(tr: Tr, app: &Application) -> Markup {
    let b = &app.basic;
    let status = residence::status(&b.residence_status);
    html! {
        dt { (tr.m("srv-field-nationality")) }
        dd {
            (choice_text(tr, "srv-nationality-", b.nationality.as_ref()))
            @if !b.country.is_empty() { "（" (b.country) "）" }
        }
        @if b.nationality == Some(Nationality::Foreign) {
            dt { (tr.m("srv-field-residence-status")) }
            dd data-testid="residence-status" {
                @match status {
                    Some(s) => {
                        (tr.t(&format!("res-{}", s.code)))
                        " " span class=(format!("status work-{}", s.work.code())) { (tr.t(&format!("res-work-{}", s.work.code()))) }
                    }
                    None if b.residence_status.is_empty() => (tr.t("srv-value-none")),
                    None => (b.residence_status),
                }
            }
            dt { (tr.m("srv-field-residence-expiry")) }
            dd data-testid="residence-expiry" {
                (day_text(tr, &b.residence_expiry))
            }
        }
    }
}

/// 最寄り駅, 通勤手段 and 通勤時間.
pub fn commute_rows(tr: Tr, app: &Application) -> Markup {
    let c = &app.contact;
    html! {
        dt { (tr.m("srv-field-station")) }
        dd { (or_none(tr, &c.nearest_station)) }
        dt { (tr.m("srv-field-commute")) }
        dd { (choices_text(tr, "srv-commute-", &c.commute)) }
        dt { (tr.m("srv-field-commute-minutes")) }
        dd { (amount_text(tr, "srv-minutes", "minutes", &c.commute_minutes)) }
    }
}

/// 就業形態, 希望休日 and the week the visitor wants to work.
pub fn working_pattern_rows(tr: Tr, app: &Application) -> Markup {
    let d = &app.desired_work;
    html! {
        dt { (tr.m("srv-field-work-styles")) }
        dd { (choices_text(tr, "srv-style-", &d.work_styles)) }
        dt { (tr.m("srv-field-holidays")) }
        dd {
            (choice_text(tr, "srv-holiday-", d.holidays.as_ref()))
            @if !d.days_off.is_empty() { "（" (choices_text(tr, "srv-weekday-", &d.days_off)) "）" }
        }
        dt { (tr.m("srv-field-week")) }
        dd {
            @if d.weekly_hours.is_empty() && d.days_per_week.is_empty() { (tr.t("srv-value-none")) }
            @if !d.weekly_hours.is_empty() { (tr.f("srv-hours-a-week", &[("hours", &d.weekly_hours)])) " " }
            @if !d.days_per_week.is_empty() { (tr.f("srv-days-a-week", &[("days", &d.days_per_week)])) }
        }
    }
}

/// 離職日 and 離職理由 of the last job, 配偶者 and 扶養家族.
pub fn situation_rows(tr: Tr, app: &Application) -> Markup {
    let s = &app.situation;
    html! {
        @if s.employment == Some(CurrentEmployment::NotEmployed) {
            dt { (tr.m("srv-field-left-on")) }
            dd { (day_text(tr, &s.left_on)) }
            dt { (tr.m("srv-field-leaving-reason")) }
            dd { (choice_text(tr, "srv-leaving-", s.leaving_reason.as_ref())) }
        }
        dt { (tr.m("srv-field-spouse")) }
        dd { (choice_text(tr, "srv-spouse-", s.spouse.as_ref())) }
        dt { (tr.m("srv-field-dependants")) }
        dd {
            @if s.dependants_unstated { (tr.t("srv-unstated")) }
            @else { (amount_text(tr, "srv-people", "n", &s.dependants)) }
        }
    }
}

/// One 免許・資格: the listed licence's name or the name as written, the score, the year.
pub fn qualification_text(tr: Tr, q: &Qualification) -> String {
    let mut out = if licence::licence(&q.licence).is_some() {
        tr.t(&format!("lic-{}", q.licence))
    } else if q.licence.is_empty() {
        q.name.clone()
    } else {
        q.licence.clone()
    };
    if !q.score.is_empty() {
        out.push(' ');
        out.push_str(&tr.f("srv-score", &[("score", &q.score)]));
    }
    if !q.year.is_empty() {
        out.push(' ');
        out.push_str(&tr.f("srv-year-obtained", &[("year", &q.year)]));
    }
    out
}

/// One 職歴 entry: employer, period, duties, then 雇用形態, 職種 and 離職理由 where given.
fn job_line(tr: Tr, job: &Job) -> Markup {
    html! {
        div.job {
            (job.employer) " " span.muted { (job.from) "–" (job.to) }
            @if !job.duties.is_empty() { " " (job.duties) }
            @if let Some(t) = job.employment_type { " / " (employment_name(tr, t)) }
            @if !job.occupation.is_empty() { " / " (tr.t("srv-job-occupation")) "：" (tr.occupation(&job.occupation)) }
            @if job.leaving_reason.is_some() { " / " (tr.t("srv-field-leaving-reason")) "：" (choice_text(tr, "srv-leaving-", job.leaving_reason.as_ref())) }
        }
    }
}

/// One 職歴 entry as plain text, in [`job_line`]'s order (the audit of changes shows it).
pub fn job_text(tr: Tr, job: &Job) -> String {
    let mut out = format!("{} {}–{}", job.employer, job.from, job.to);
    if !job.duties.is_empty() {
        out.push(' ');
        out.push_str(&job.duties);
    }
    if let Some(t) = job.employment_type {
        out.push_str(" / ");
        out.push_str(&employment_name(tr, t));
    }
    if !job.occupation.is_empty() {
        out.push_str(&format!(
            " / {}：{}",
            tr.t("srv-job-occupation"),
            tr.occupation(&job.occupation)
        ));
    }
    if job.leaving_reason.is_some() {
        out.push_str(&format!(
            " / {}：{}",
            tr.t("srv-field-leaving-reason"),
            choice_text(tr, "srv-leaving-", job.leaving_reason.as_ref())
        ));
    }
    out
}

/// 職歴 for the visitor's own page: each entry on its lines, or 「（なし）」.
pub fn work_history_rows(tr: Tr, app: &Application) -> Markup {
    html! {
        dt { (tr.m("srv-field-work-history")) }
        dd data-field="work_history" {
            @if app.work_history.is_empty() { (tr.t("srv-value-none")) }
            @for job in &app.work_history { (job_line(tr, job)) }
        }
    }
}

/// Everything the counter needs to go through with the visitor.
pub fn full_rows(tr: Tr, app: &Application) -> Markup {
    let e = &app.education;
    html! {
        (personal_rows(tr, app))
        dt { (tr.m("srv-field-sex")) }
        dd { (tr.t(sex_id(app.basic.sex))) (card_mark(tr, app, CardField::Sex)) }
        (residence_rows(tr, app))
        (commute_rows(tr, app))
        (view_sections::disclosure_rows(tr, app))
        (work_rows(tr, app))
        (working_pattern_rows(tr, app))
        dt { (tr.m("srv-field-hours")) }
        dd {
            @if app.desired_work.hours.start.is_empty() { (tr.t("srv-value-none")) }
            @else { (app.desired_work.hours.start) "–" (app.desired_work.hours.end) }
        }
        dt { (tr.m("srv-field-now")) }
        dd { (tr.t(employment_now_id(app.situation.employment))) }
        dt { (tr.m("srv-field-insurance")) }
        dd { (tr.t(insurance_id(app.situation.unemployment_insurance))) }
        (situation_rows(tr, app))
        dt { (tr.m("srv-field-education")) }
        dd {
            (tr.t(education_id(e.final_level)))
            @if !e.school_name.is_empty() { " " (e.school_name) }
            @if !e.department.is_empty() { " " (e.department) }
            @if e.completion.is_some() { " " (choice_text(tr, "srv-completion-", e.completion.as_ref())) }
            @if !e.graduation_year.is_empty() { " (" (e.graduation_year) ")" }
        }
        dt { (tr.m("srv-field-qualifications")) }
        dd {
            @if e.qualifications.is_empty() { (tr.t("srv-value-none")) }
            @for q in &e.qualifications { div { (qualification_text(tr, q)) } }
        }
        dt { (tr.m("srv-field-work-history")) }
        dd {
            @if app.work_history.is_empty() { (tr.t("srv-value-none")) }
            @for job in &app.work_history { (job_line(tr, job)) }
        }
        (view_sections::disability_rows(tr, app))
        (view_sections::self_pr_rows(tr, app))
        dt { (tr.m("srv-field-my-page")) }
        dd { (tr.t(if app.my_page.wanted { "srv-my-page-wanted" } else { "srv-my-page-not-wanted" })) }
    }
}

pub fn status_badge(tr: Tr, status: Status) -> Markup {
    html! {
        span class=(format!("status {}", status.code())) { (tr.t(&format!("srv-status-{}", status.code()))) }
    }
}

/// The 求職番号 for display, `13010-00000042`.
pub fn job_seeker_number(number: &str) -> String {
    display_job_seeker_number(number)
}

/// Which calendar a birth date was entered in, for the counter.
pub fn calendar_name(calendar: Calendar) -> &'static str {
    era::Era::from_calendar(calendar)
        .map(|e| e.name())
        .unwrap_or("西暦")
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;
    use madoguchi_core::Language;

    #[test]
    fn dates_read_the_way_each_language_expects() {
        assert_eq!(
            date_text(Tr::new(Language::JA), date!(1985 - 04 - 01)),
            "昭和60年4月1日（1985年4月1日）"
        );
        for language in Language::all() {
            let text = date_text(Tr::new(language), date!(1985 - 04 - 01));
            assert!(
                text.contains("1985") && !text.contains("srv-"),
                "{language}: {text}"
            );
        }
        assert_eq!(
            date_text(
                Tr::new(Language::from_code("en").expect("en")),
                date!(1985 - 04 - 01)
            ),
            "1 April 1985"
        );
    }

    #[test]
    fn licences_read_by_name_with_score_and_year() {
        let tr = Tr::new(Language::JA);
        let toeic = Qualification {
            licence: "toeic".into(),
            score: "730".into(),
            year: "2019".into(),
            ..Qualification::default()
        };
        assert_eq!(
            qualification_text(tr, &toeic),
            "TOEIC Listening & Reading Test スコア 730 2019年取得"
        );
        let written = Qualification {
            name: "ビル清掃作業監督者".into(),
            ..Qualification::default()
        };
        assert_eq!(qualification_text(tr, &written), "ビル清掃作業監督者");
    }

    #[test]
    fn the_counter_sees_the_status_of_residence_and_its_work_note() {
        let tr = Tr::new(Language::JA);
        let mut app = Application::default();
        app.basic.nationality = Some(Nationality::Foreign);
        app.basic.residence_status = "student".into();
        app.basic.residence_expiry = BirthDateInput {
            calendar: Calendar::Reiwa,
            year: "10".into(),
            month: "3".into(),
            day: "31".into(),
        };
        let page = full_rows(tr, &app).into_string();
        assert!(page.contains("留学"), "{page}");
        assert!(page.contains("就労不可"), "{page}");
        assert!(page.contains("令和10年3月31日"), "{page}");
        app.basic.nationality = Some(Nationality::Japanese);
        let page = full_rows(tr, &app).into_string();
        assert!(!page.contains("在留資格"), "{page}");
    }

    #[test]
    fn enum_codes_name_their_messages() {
        assert_eq!(
            serde_code(&madoguchi_core::LeavingReason::ContractEnd),
            "contract-end"
        );
        assert_eq!(serde_code(&madoguchi_core::Weekday::Wed), "wed");
        let tr = Tr::new(Language::JA);
        assert_eq!(
            choices_text(
                tr,
                "srv-commute-",
                &[
                    madoguchi_core::CommuteMeans::Walk,
                    madoguchi_core::CommuteMeans::Train
                ]
            ),
            "徒歩、電車"
        );
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(group_thousands("250000"), "250,000");
        assert_eq!(group_thousands("1200"), "1,200");
        assert_eq!(group_thousands("900"), "900");
    }
}
