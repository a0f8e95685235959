//! My Page (`/my`): the visitor's own application after the phone opened it, its status at the
//! counter, the edit form, and the sign-in and sign-out. Handlers are thin; the rules are in
//! [`crate::continuation`] (sign-in), [`crate::address_change`] and [`crate::pending_change`]
//! (after 受理 the name, birth date and address wait for the counter). The edit form links to
//! the pages of the 職歴 ([`super::my_work_history`]) and of 障害について
//! ([`super::my_disability`]), which apply at once after 受理 too; the edit form itself holds
//! no answer about a disability.

use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use madoguchi_core::finding::Step;
use madoguchi_core::kiosk_api::Address;
use madoguchi_core::occupation::Classification;
use madoguchi_core::{
    check, Application, Calendar, ContactMethod, EmploymentType, Publication, WageKind,
};
use maud::{html, Markup};
use serde::Deserialize;

use super::extract::{CsrfForm, LangQuery, NoFields, SignInForm, Visitor, MY_PAGE_COOKIE};
use super::sign_in::{open_session, sign_in_page};
use crate::address_change::{self, AddressChange, TownChoice};
use crate::auth;
use crate::change_record::FieldChange;
use crate::continuation;
use crate::i18n::Tr;
use crate::pending_change;
use crate::reference;
use crate::secret;
use crate::state::AppState;
use crate::storage::{SessionKind, Status};
use crate::view;
use crate::view_sections;
use crate::web::{
    self, csrf_field, error_summary, page, Client, Lang, PageError, PageOptions, WithTr as _,
};

/// My Page, its edit form, and its sign-in and sign-out.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/my", get(my_home))
        .route("/my/edit", get(my_edit).post(my_edit_save))
        .route("/my/signin", get(my_signin_form).post(my_signin))
        .route("/my/signout", post(my_signout))
}

pub(super) fn my_header(tr: Tr, csrf: &str) -> Markup {
    html! {
        nav aria-label=(tr.t("srv-my-nav")) {
            a href="/my" { (tr.t("srv-my-title")) }
            a href="/my/edit" { (tr.t("srv-my-edit-title")) }
        }
        form.inline-form method="post" action="/my/signout" {
            (csrf_field(csrf))
            button.link type="submit" { (tr.t("srv-sign-out")) }
        }
    }
}

/// The changes waiting for the counter (after 受理), as the visitor sees them.
fn pending_notice(tr: Tr, pending: &[pending_change::PendingChange]) -> Markup {
    html! {
        @if !pending.is_empty() {
            section.notice.warning aria-labelledby="pending" {
                h2 id="pending" { (tr.t("srv-my-change-pending-title")) }
                p { (tr.t("srv-my-change-pending-lead")) }
                ul {
                    @for c in pending {
                        li { (tr.t(c.field.label_id())) ": " (pending_change::display(tr, c.field, &c.new)) }
                    }
                }
            }
        }
    }
}

/// `GET /my`.
pub async fn my_home(
    State(state): State<AppState>,
    Query(query): Query<LangQuery>,
    me: Visitor,
) -> Result<Response, PageError> {
    let tr = me.tr;
    let r = &me.record;
    let pending = state.db.pending_changes(&r.id).await.tr(tr)?;
    let body = html! {
        h1 { (tr.t("srv-my-title")) }
        @match query.saved.as_deref() {
            Some("email") => div.notice.ok role="status" {
                p { (tr.f("srv-my-email-changed", &[("email", me.app.contact.email.as_str())])) }
            },
            Some("pending") => div.notice.ok role="status" { p { (tr.t("srv-my-change-sent")) } },
            Some("disability-cleared") => div.notice.ok role="status" { p { (tr.t("srv-my-disability-cleared")) } },
            Some(_) => div.notice.ok role="status" { p { (tr.t("srv-my-saved")) } },
            None => {},
        }
        section aria-labelledby="status" {
            h2 id="status" { (tr.t("srv-my-status-title")) }
            p { (view::status_badge(tr, r.status)) }
            @match r.status {
                Status::Provisional => p { (tr.t("srv-my-status-provisional")) },
                Status::Accepted => {
                    p { (tr.t("srv-my-status-accepted")) }
                    dl.summary {
                        dt { (tr.t("srv-field-job-seeker-number")) }
                        dd { span.receipt-number { (view::job_seeker_number(r.job_seeker_number.as_deref().unwrap_or_default())) } }
                    }
                },
                Status::Returned => {
                    p { (tr.t("srv-my-status-returned")) }
                    @if let Some(reason) = &r.return_reason {
                        p { strong { (tr.t("srv-field-return-reason")) } " " (reason) }
                    }
                },
            }
        }
        (pending_notice(tr, &pending))
        section aria-labelledby="registration" {
            h2 id="registration" { (tr.t("srv-my-registration-title")) }
            dl.summary {
                dt { (tr.t("srv-field-receipt")) }
                dd { (r.receipt) }
                (view::personal_rows(tr, &me.app))
                (view_sections::disclosure_rows(tr, &me.app))
                (view::commute_rows(tr, &me.app))
                (view::work_rows(tr, &me.app))
                (view::working_pattern_rows(tr, &me.app))
                (view::work_history_rows(tr, &me.app))
                (view_sections::self_pr_rows(tr, &me.app))
            }
            (view_sections::disability_hidden(tr, &me.app))
            p.actions {
                a.button.secondary href="/my/edit" { (tr.t("srv-my-edit-title")) }
                a.button.secondary href="/my/email" { (tr.t("srv-my-email-title")) }
            }
        }
        section aria-labelledby="survey" {
            h2 id="survey" { (tr.t("srv-survey-invite-title")) }
            p { (tr.t("srv-survey-my-page-invite")) }
            p { a.button.secondary href=(format!("/survey?from=my-page&office={}&lang={}", r.office_code, tr.lang.code())) { (tr.t("srv-survey-title")) } }
        }
    };
    Ok(page(
        tr,
        &tr.t("srv-my-title"),
        body,
        PageOptions {
            header: Some(my_header(tr, &me.csrf)),
            language_links: Some("/my?".into()),
            ..PageOptions::default()
        },
    )
    .into_response())
}

#[derive(Deserialize, Default)]
pub struct EditForm {
    /// Absent (an older form): the name and birth date stay as they are.
    #[serde(default)]
    family_name: Option<String>,
    #[serde(default)]
    given_name: Option<String>,
    #[serde(default)]
    family_kana: Option<String>,
    #[serde(default)]
    given_kana: Option<String>,
    #[serde(default)]
    birth_calendar: Option<String>,
    #[serde(default)]
    birth_year: Option<String>,
    #[serde(default)]
    birth_month: Option<String>,
    #[serde(default)]
    birth_day: Option<String>,
    /// Absent (an older form): the address stays as it is.
    #[serde(default)]
    postcode: Option<String>,
    /// The index of the town chosen where the postcode stands for several.
    #[serde(default)]
    town: Option<String>,
    /// The postcode the towns were listed for.
    #[serde(default)]
    town_for: Option<String>,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    street: String,
    #[serde(default)]
    building: String,
    #[serde(default)]
    occupation1: String,
    #[serde(default)]
    occupation2: String,
    #[serde(default)]
    occupation3: String,
    #[serde(default)]
    emp_full_time: Option<String>,
    #[serde(default)]
    emp_part_time: Option<String>,
    #[serde(default)]
    emp_dispatch: Option<String>,
    #[serde(default)]
    emp_contract: Option<String>,
    #[serde(default)]
    wage_kind: String,
    #[serde(default)]
    wage_amount: String,
    /// Absent (an older form): 最寄り駅, 通勤時間 and the week stay as they are.
    #[serde(default)]
    nearest_station: Option<String>,
    #[serde(default)]
    commute_minutes: Option<String>,
    #[serde(default)]
    weekly_hours: Option<String>,
    #[serde(default)]
    days_per_week: Option<String>,
    /// Present when the form showed 求職情報の提供等 (an older form leaves it as it is).
    #[serde(default)]
    disclosure_shown: Option<String>,
    #[serde(default)]
    publication: String,
    #[serde(default)]
    cm_phone: Option<String>,
    #[serde(default)]
    cm_email: Option<String>,
    #[serde(default)]
    cm_post: Option<String>,
    #[serde(default)]
    avoid_times: Option<String>,
    /// Absent (an older form): 自己PR and 特記事項 stay as they are.
    #[serde(default)]
    self_pr: Option<String>,
    #[serde(default)]
    notes: Option<String>,
}

/// The fields My Page lets the visitor change; findings elsewhere are for the counter. After
/// 受理 the name, birth date and address wait for the counter ([`crate::pending_change`]).
const EDITABLE: [&str; 21] = [
    "basic.family_name",
    "basic.given_name",
    "basic.family_kana",
    "basic.given_kana",
    "basic.birth_date",
    "contact.postcode",
    "contact.phone",
    "contact.street",
    "contact.building",
    "contact.nearest_station",
    "contact.commute_minutes",
    "desired_work.occupations",
    "desired_work.employment_types",
    "desired_work.wage",
    "desired_work.weekly_hours",
    "desired_work.days_per_week",
    "disclosure.publication",
    "disclosure.contact_methods",
    "disclosure.avoid_times",
    "self_pr.appeal",
    "self_pr.notes",
];

fn editable(field: &str) -> bool {
    EDITABLE
        .iter()
        .any(|f| field == *f || field.starts_with(&format!("{f}.")))
}

/// The form's id for a finding's field path.
fn form_field(path: &str) -> &'static str {
    if let Some(name) = ["family_name", "given_name", "family_kana", "given_kana"]
        .into_iter()
        .find(|f| path.starts_with(&format!("basic.{f}")))
    {
        name
    } else if path.starts_with("basic.birth_date") {
        "birth_year"
    } else if path.starts_with("contact.postcode") {
        "postcode"
    } else if path.starts_with("contact.phone") {
        "phone"
    } else if path.starts_with("contact.street") {
        "street"
    } else if path.starts_with("contact.building") {
        "building"
    } else if path.starts_with("desired_work.occupations") {
        "occupation1"
    } else if path.starts_with("desired_work.employment_types") {
        "employment"
    } else if path.starts_with("disclosure.publication") {
        "publication"
    } else if path.starts_with("disclosure.contact_methods") {
        "contact_methods"
    } else if path.starts_with("disclosure.avoid_times") {
        "avoid_times"
    } else if path.starts_with("self_pr.appeal") {
        "self_pr"
    } else if path.starts_with("self_pr.notes") {
        "notes"
    } else if let Some(name) = [
        "contact.nearest_station",
        "contact.commute_minutes",
        "desired_work.weekly_hours",
        "desired_work.days_per_week",
    ]
    .into_iter()
    .find(|f| path.starts_with(f))
    .and_then(|f| f.split_once('.'))
    .map(|(_, name)| name)
    {
        name
    } else {
        "wage_amount"
    }
}

/// The calendars a birth date can be given in, with their form values.
const CALENDARS: [(Calendar, &str); 6] = [
    (Calendar::Western, "western"),
    (Calendar::Meiji, "meiji"),
    (Calendar::Taisho, "taisho"),
    (Calendar::Showa, "showa"),
    (Calendar::Heisei, "heisei"),
    (Calendar::Reiwa, "reiwa"),
];

fn apply_edit(app: &Application, form: &EditForm) -> (Application, AddressChange) {
    let mut next = app.clone();
    let b = &mut next.basic;
    for (target, posted) in [
        (&mut b.family_name, &form.family_name),
        (&mut b.given_name, &form.given_name),
        (&mut b.family_kana, &form.family_kana),
        (&mut b.given_kana, &form.given_kana),
        (&mut b.birth_date.year, &form.birth_year),
        (&mut b.birth_date.month, &form.birth_month),
        (&mut b.birth_date.day, &form.birth_day),
    ] {
        if let Some(value) = posted {
            value.clone_into(target);
        }
    }
    if let Some((calendar, _)) = form
        .birth_calendar
        .as_deref()
        .and_then(|code| CALENDARS.iter().find(|(_, c)| *c == code))
    {
        b.birth_date.calendar = *calendar;
    }
    let change = address_change::resolve(
        &app.contact,
        form.postcode.as_deref().unwrap_or(&app.contact.postcode),
        TownChoice {
            town: form.town.as_deref(),
            town_for: form.town_for.as_deref(),
        },
        reference::postcode_addresses,
    );
    change.apply(&mut next.contact);
    next.contact.phone = form.phone.clone();
    next.contact.street = form.street.clone();
    next.contact.building = form.building.clone();
    next.desired_work.occupations = [&form.occupation1, &form.occupation2, &form.occupation3]
        .into_iter()
        .map(|c| c.trim().to_owned())
        .filter(|c| !c.is_empty())
        .collect();
    let mut types = Vec::new();
    for (flag, t) in [
        (&form.emp_full_time, EmploymentType::FullTime),
        (&form.emp_part_time, EmploymentType::PartTime),
        (&form.emp_dispatch, EmploymentType::Dispatch),
        (&form.emp_contract, EmploymentType::Contract),
    ] {
        if flag.is_some() {
            types.push(t);
        }
    }
    next.desired_work.employment_types = types;
    next.desired_work.wage.kind = if form.wage_kind == "hourly" {
        WageKind::Hourly
    } else {
        WageKind::Monthly
    };
    next.desired_work.wage.amount = form.wage_amount.clone();
    for (target, posted) in [
        (&mut next.contact.nearest_station, &form.nearest_station),
        (&mut next.contact.commute_minutes, &form.commute_minutes),
        (&mut next.desired_work.weekly_hours, &form.weekly_hours),
        (&mut next.desired_work.days_per_week, &form.days_per_week),
    ] {
        if let Some(value) = posted {
            value.clone_into(target);
        }
    }
    if form.disclosure_shown.is_some() {
        next.disclosure.publication = PUBLICATIONS
            .iter()
            .find(|(_, code)| *code == form.publication)
            .map(|(p, _)| *p);
        next.disclosure.contact_methods = [
            (&form.cm_phone, ContactMethod::Phone),
            (&form.cm_email, ContactMethod::Email),
            (&form.cm_post, ContactMethod::Post),
        ]
        .into_iter()
        .filter(|(flag, _)| flag.is_some())
        .map(|(_, m)| m)
        .collect();
    }
    for (target, posted) in [
        (&mut next.disclosure.avoid_times, &form.avoid_times),
        (&mut next.self_pr.appeal, &form.self_pr),
        (&mut next.self_pr.notes, &form.notes),
    ] {
        if let Some(value) = posted {
            value.clone_into(target);
        }
    }
    (next, change)
}

/// 求職情報の公開's choices with their form values.
const PUBLICATIONS: [(Publication, &str); 3] = [
    (Publication::NotPublished, "not-published"),
    (Publication::WithoutEmployerNames, "without-employer-names"),
    (Publication::Published, "published"),
];

/// How the office may contact the visitor, with their form values.
const CONTACT_METHODS: [(ContactMethod, &str); 3] = [
    (ContactMethod::Phone, "cm_phone"),
    (ContactMethod::Email, "cm_email"),
    (ContactMethod::Post, "cm_post"),
];

/// The towns to choose from, where the typed postcode stands for several.
struct Towns<'a> {
    postcode: &'a str,
    candidates: &'a [Address],
}

/// Up to this many towns are radio buttons; more (one code covers 70 towns) are a list.
const TOWN_RADIOS: usize = 8;

fn address_line(a: &Address) -> String {
    format!("{}{}{}", a.prefecture, a.city, a.town)
}

fn postcode_fields(
    tr: Tr,
    app: &Application,
    towns: Option<&Towns>,
    error: Option<String>,
) -> Markup {
    let c = &app.contact;
    let shown = view::postcode_text(towns.map_or(c.postcode.as_str(), |t| t.postcode));
    html! {
        div.field {
            label for="postcode" { (tr.t("srv-field-postcode")) span.tag.required { (tr.t("srv-required")) } }
            span.help id="postcode-hint" { (tr.t("srv-my-edit-postcode-hint")) }
            @if let Some(message) = &error { span.error id="postcode-error" { (message) } }
            input #postcode .short type="text" inputmode="numeric" name="postcode" value=(shown)
                autocomplete="postal-code" required
                aria-invalid=[error.as_ref().map(|_| "true")]
                aria-describedby=(if error.is_some() { "postcode-hint postcode-error" } else { "postcode-hint" });
        }
        @match towns {
            Some(t) => {
                input type="hidden" name="town_for" value=(t.postcode);
                @if t.candidates.len() <= TOWN_RADIOS {
                    fieldset.field {
                        legend { (tr.t("srv-field-town")) span.tag.required { (tr.t("srv-required")) } }
                        span.error id="town-error" { (tr.t("srv-my-edit-town-choose")) }
                        @for (i, a) in t.candidates.iter().enumerate() {
                            label.choice {
                                input type="radio" name="town" value=(i) id=(format!("town-{i}")) required;
                                (address_line(a))
                            }
                        }
                    }
                } @else {
                    div.field {
                        label for="town-0" { (tr.t("srv-field-town")) span.tag.required { (tr.t("srv-required")) } }
                        span.error id="town-error" { (tr.t("srv-my-edit-town-choose")) }
                        select id="town-0" name="town" required aria-invalid="true" aria-describedby="town-error" {
                            option value="" { (tr.t("srv-unselected")) }
                            @for (i, a) in t.candidates.iter().enumerate() {
                                option value=(i) { (address_line(a)) }
                            }
                        }
                    }
                }
            },
            None => {
                p.muted {
                    (tr.t("srv-field-address")) ": " (c.prefecture) (c.city) (c.town)
                }
            },
        }
    }
}

fn edit_body(
    tr: Tr,
    app: &Application,
    csrf: &str,
    findings: &[(String, String)],
    towns: Option<&Towns>,
) -> Markup {
    let error_for = |id: &str| {
        findings
            .iter()
            .find(|(f, _)| f == id)
            .map(|(_, m)| m.clone())
    };
    let occupations = Classification::official().groups();
    let chosen_occ = |i: usize| {
        app.desired_work
            .occupations
            .get(i)
            .cloned()
            .unwrap_or_default()
    };
    let text_field = |id: &str, label: &str, value: &str, autocomplete: &str, required: bool| {
        let error = error_for(id);
        html! {
            div.field {
                label for=(id) {
                    (tr.t(label))
                    @if required { span.tag.required { (tr.t("srv-required")) } } @else { span.tag { (tr.t("srv-optional")) } }
                }
                @if let Some(message) = &error { span.error id=(format!("{id}-error")) { (message) } }
                input id=(id) name=(id) type=(if id == "phone" { "tel" } else { "text" }) value=(value)
                    autocomplete=(autocomplete) required[required]
                    aria-invalid=[error.as_ref().map(|_| "true")]
                    aria-describedby=[error.as_ref().map(|_| format!("{id}-error"))];
            }
        }
    };
    let text_area = |id: &str, label: &str, value: &str| {
        let error = error_for(id);
        html! {
            div.field {
                label for=(id) { (tr.t(label)) span.tag { (tr.t("srv-optional")) } }
                @if let Some(message) = &error { span.error id=(format!("{id}-error")) { (message) } }
                textarea id=(id) name=(id) rows="5"
                    aria-invalid=[error.as_ref().map(|_| "true")]
                    aria-describedby=[error.as_ref().map(|_| format!("{id}-error"))] { (value) }
            }
        }
    };
    html! {
        h1 { (tr.t("srv-my-edit-title")) }
        p { (tr.t("srv-my-edit-lead")) }
        (error_summary(tr, findings))
        form method="post" action="/my/edit" novalidate {
            (csrf_field(csrf))
            h2 { (tr.t("srv-my-edit-person")) }
            p.help { (tr.t("srv-my-edit-checked-note")) }
            (text_field("family_name", "srv-field-family-name", &app.basic.family_name, "family-name", true))
            (text_field("given_name", "srv-field-given-name", &app.basic.given_name, "given-name", true))
            (text_field("family_kana", "srv-field-family-kana", &app.basic.family_kana, "off", true))
            (text_field("given_kana", "srv-field-given-kana", &app.basic.given_kana, "off", true))
            fieldset.field {
                legend { (tr.t("srv-field-birth-date")) span.tag.required { (tr.t("srv-required")) } }
                @if let Some(message) = error_for("birth_year") { span.error id="birth_year-error" { (message) } }
                label for="birth_calendar" { (tr.t("srv-birth-calendar")) }
                select #birth_calendar name="birth_calendar" {
                    @for (calendar, code) in CALENDARS {
                        option value=(code) selected[app.basic.birth_date.calendar == calendar] { (tr.t(&format!("srv-calendar-{code}"))) }
                    }
                }
                label for="birth_year" { (tr.t("srv-birth-year")) }
                input #birth_year .short type="text" inputmode="numeric" name="birth_year" value=(app.basic.birth_date.year)
                    aria-invalid=[error_for("birth_year").map(|_| "true")];
                label for="birth_month" { (tr.t("srv-birth-month")) }
                input #birth_month .short type="text" inputmode="numeric" name="birth_month" value=(app.basic.birth_date.month);
                label for="birth_day" { (tr.t("srv-birth-day")) }
                input #birth_day .short type="text" inputmode="numeric" name="birth_day" value=(app.basic.birth_date.day);
            }
            h2 { (tr.t("srv-my-edit-contact")) }
            (postcode_fields(tr, app, towns, error_for("postcode")))
            (text_field("phone", "srv-field-phone", &app.contact.phone, "tel", true))
            (text_field("street", "srv-field-street", &app.contact.street, "address-line1", true))
            (text_field("building", "srv-field-building", &app.contact.building, "address-line2", false))
            (text_field("nearest_station", "srv-field-station", &app.contact.nearest_station, "off", false))
            (text_field("commute_minutes", "srv-field-commute-minutes-unit", &app.contact.commute_minutes, "off", false))
            p {
                (tr.t("srv-field-email")) ": " (app.contact.email) " "
                a href="/my/email" { (tr.t("srv-my-email-title")) }
            }
            h2 { (tr.t("srv-my-edit-work")) }
            @for i in 0..3 {
                @let id = format!("occupation{}", i + 1);
                @let error = if i == 0 { error_for("occupation1") } else { None };
                div.field {
                    label for=(id) {
                        (tr.f("srv-field-occupation-n", &[("n", &(i + 1).to_string())]))
                        @if i == 0 { span.tag.required { (tr.t("srv-required")) } } @else { span.tag { (tr.t("srv-optional")) } }
                    }
                    @if let Some(message) = &error { span.error id=(format!("{id}-error")) { (message) } }
                    select id=(id) name=(id) aria-invalid=[error.as_ref().map(|_| "true")] {
                        option value="" { (tr.t("srv-unselected")) }
                        @for group in &occupations {
                            optgroup label=(tr.occupation(&group.code)) {
                                @for code in &group.middles {
                                    option value=(code) selected[chosen_occ(i) == *code] { (tr.occupation(code)) }
                                }
                            }
                        }
                    }
                }
            }
            fieldset.field {
                legend { (tr.t("srv-field-employment-types")) span.tag.required { (tr.t("srv-required")) } }
                @if let Some(message) = error_for("employment") { span.error id="employment" { (message) } }
                @for t in view::EMPLOYMENT_TYPES {
                    @let name = format!("emp_{}", view::employment_code(t).replace('-', "_"));
                    label.choice {
                        input type="checkbox" name=(name) value="on" checked[app.desired_work.employment_types.contains(&t)];
                        (view::employment_name(tr, t))
                    }
                }
            }
            fieldset.field {
                legend { (tr.t("srv-field-wage")) span.tag { (tr.t("srv-optional")) } }
                label.choice {
                    input type="radio" name="wage_kind" value="monthly" checked[app.desired_work.wage.kind == WageKind::Monthly];
                    (tr.t("srv-wage-kind-monthly"))
                }
                label.choice {
                    input type="radio" name="wage_kind" value="hourly" checked[app.desired_work.wage.kind == WageKind::Hourly];
                    (tr.t("srv-wage-kind-hourly"))
                }
                label for="wage_amount" { (tr.t("srv-wage-amount")) }
                @if let Some(message) = error_for("wage_amount") { span.error id="wage_amount-error" { (message) } }
                input #wage_amount .short type="text" inputmode="numeric" name="wage_amount" value=(app.desired_work.wage.amount)
                    aria-invalid=[error_for("wage_amount").map(|_| "true")];
            }
            (text_field("weekly_hours", "srv-field-weekly-hours-unit", &app.desired_work.weekly_hours, "off", false))
            (text_field("days_per_week", "srv-field-days-per-week-unit", &app.desired_work.days_per_week, "off", false))
            h2 { (tr.t("srv-my-edit-disclosure")) }
            input type="hidden" name="disclosure_shown" value="1";
            fieldset.field {
                legend { (tr.t("srv-field-publication")) span.tag.required { (tr.t("srv-required")) } }
                @if let Some(message) = error_for("publication") { span.error id="publication-error" { (message) } }
                @for (p, code) in PUBLICATIONS {
                    label.choice {
                        input type="radio" name="publication" value=(code) checked[app.disclosure.publication == Some(p)];
                        (tr.t(&format!("srv-publication-{code}")))
                    }
                }
            }
            fieldset.field {
                legend { (tr.t("srv-field-contact-methods")) span.tag.required { (tr.t("srv-required")) } }
                @if let Some(message) = error_for("contact_methods") { span.error id="contact_methods-error" { (message) } }
                @for (m, name) in CONTACT_METHODS {
                    label.choice {
                        input type="checkbox" name=(name) value="on" checked[app.disclosure.contact_methods.contains(&m)];
                        (tr.t(&format!("srv-contact-method-{}", name.trim_start_matches("cm_"))))
                    }
                }
            }
            (text_field("avoid_times", "srv-field-avoid-times", &app.disclosure.avoid_times, "off", false))
            h2 { (tr.t("srv-my-edit-self-pr")) }
            (text_area("self_pr", "srv-field-self-pr", &app.self_pr.appeal))
            (text_area("notes", "srv-field-notes", &app.self_pr.notes))
            div.actions {
                button type="submit" { (tr.t("srv-save")) }
                a.button.secondary href="/my" { (tr.t("srv-cancel")) }
            }
        }
        (more_sections(tr, app))
    }
}

/// The 職歴 and 障害について, each changed on a page of its own: the jobs by name, the answers
/// about a disability not at all (only the link the visitor chooses to open).
fn more_sections(tr: Tr, app: &Application) -> Markup {
    html! {
        section.more aria-labelledby="work-history" {
            h2 #work-history { (tr.m("srv-field-work-history")) }
            @if app.work_history.is_empty() {
                p.muted { (tr.t("srv-my-jobs-none")) }
            } @else {
                ul {
                    @for job in &app.work_history { li { (job.employer) } }
                }
            }
            p { a.button.secondary href="/my/edit/work-history" { (tr.t("srv-my-jobs-open")) } }
        }
        section.more aria-labelledby="disability" {
            h2 #disability { (tr.t("srv-my-disability-section")) }
            p { (tr.t("srv-my-disability-closed")) }
            p { a.button.secondary href="/my/edit/disability" { (tr.t("srv-my-disability-open")) } }
        }
    }
}

/// `GET /my/edit`.
pub async fn my_edit(State(state): State<AppState>, me: Visitor) -> Result<Response, PageError> {
    let tr = me.tr;
    let pending = state.db.pending_changes(&me.record.id).await.tr(tr)?;
    Ok(page(
        tr,
        &tr.t("srv-my-edit-title"),
        html! {
            (pending_notice(tr, &pending))
            (edit_body(tr, &me.app, &me.csrf, &[], None))
        },
        PageOptions {
            header: Some(my_header(tr, &me.csrf)),
            language_links: Some("/my/edit?".into()),
            ..PageOptions::default()
        },
    )
    .into_response())
}

/// `POST /my/edit`: checked with core's rules for the two screens; saved only when the
/// fields the visitor can change here pass.
pub async fn my_edit_save(
    State(state): State<AppState>,
    me: Visitor,
    CsrfForm(form): CsrfForm<EditForm>,
) -> Result<Response, PageError> {
    let tr = me.tr;
    let (edited, change) = apply_edit(&me.app, &form);
    let checked = |app: &Application| {
        reference::with_context(state.clock.today(), |cx| {
            let mut next = app.clone();
            let mut findings = Vec::new();
            for step in [
                Step::Basic,
                Step::Contact,
                Step::Disclosure,
                Step::DesiredWork,
                Step::SelfPr,
            ] {
                let report = check::step(&next, step, cx);
                next = report.application;
                findings.extend(report.findings);
            }
            (next, findings)
        })
    };
    let (normalised, findings) = checked(&edited);
    // What is stored, normalised the same way, so an untouched field never counts as changed.
    let (current, _) = checked(&me.app);
    let mut blocking: Vec<(String, String)> = findings
        .iter()
        .filter(|f| editable(&f.field) && f.severity == madoguchi_core::Severity::Error)
        .map(|f| (form_field(&f.field).to_owned(), tr.finding(f)))
        .collect();
    let towns = match &change {
        AddressChange::Choose {
            postcode,
            candidates,
        } => {
            blocking.push(("town-0".to_owned(), tr.t("srv-my-edit-town-choose")));
            Some(Towns {
                postcode,
                candidates,
            })
        }
        _ => None,
    };
    if !blocking.is_empty() {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            page(
                tr,
                &tr.t("srv-my-edit-title"),
                edit_body(tr, &normalised, &me.csrf, &blocking, towns.as_ref()),
                PageOptions {
                    header: Some(my_header(tr, &me.csrf)),
                    ..PageOptions::default()
                },
            ),
        )
            .into_response());
    }
    let accepted = me.record.status == Status::Accepted;
    let (save, changes) = pending_change::split_edit(&current, &normalised, accepted);
    let (applied, requested) = if accepted {
        (Vec::new(), changes)
    } else {
        (changes, Vec::new())
    };
    store_edit(&state, &me, &save, &applied, &requested).await?;
    Ok(web::see_other(if requested.is_empty() {
        "/my?saved=1"
    } else {
        "/my?saved=pending"
    }))
}

/// Stores the visitor's application as edited on My Page, with its changes: `applied` at once,
/// `requested` waiting for the counter (after 受理).
pub(super) async fn store_edit(
    state: &AppState,
    me: &Visitor,
    app: &Application,
    applied: &[FieldChange],
    requested: &[FieldChange],
) -> Result<(), PageError> {
    let tr = me.tr;
    let json = serde_json::to_string(app).map_err(|e| PageError::internal(tr, e))?;
    let mut rng = secret::os_rng();
    state
        .db
        .save_my_page_edit(
            &me.record.id,
            &json,
            applied,
            requested,
            state.now(),
            || secret::id("chg", &mut rng),
        )
        .await
        .tr(tr)
}

fn signin_body(tr: Tr, error: Option<String>, email: &str, csrf: &str) -> Markup {
    let errors: Vec<(String, String)> = error
        .iter()
        .map(|m| ("email".to_owned(), m.clone()))
        .collect();
    html! {
        h1 { (tr.t("srv-my-signin-title")) }
        (error_summary(tr, &errors))
        form method="post" action=(format!("/my/signin?lang={}", tr.lang.code())) {
            (csrf_field(csrf))
            div.field {
                label for="email" { (tr.t("srv-field-email")) }
                input #email type="email" name="email" value=(email) autocomplete="username" required;
            }
            div.field {
                label for="password" { (tr.t("srv-password-label")) }
                input #password type="password" name="password" autocomplete="current-password" required;
            }
            div.actions { button type="submit" { (tr.t("srv-sign-in")) } }
        }
        p.muted { (tr.t("srv-my-signin-help")) }
    }
}

/// My Page's sign-in page, with a problem or without.
fn my_signin_page(
    state: &AppState,
    tr: Tr,
    headers: &HeaderMap,
    problem: Option<(StatusCode, &str)>,
    email: &str,
) -> Response {
    let page_of = ("/my/signin", "srv-my-signin-title");
    sign_in_page(state, tr, headers, problem, page_of, |error, csrf| {
        signin_body(tr, error, email, csrf)
    })
}

/// `GET /my/signin`.
pub async fn my_signin_form(
    State(state): State<AppState>,
    Lang(tr): Lang,
    headers: HeaderMap,
) -> Response {
    my_signin_page(&state, tr, &headers, None, "")
}

/// `POST /my/signin`.
pub async fn my_signin(
    State(state): State<AppState>,
    Lang(tr): Lang,
    Client(client): Client,
    headers: HeaderMap,
    form: SignInForm,
) -> Result<Response, PageError> {
    if !form.is_fresh(&state, &headers) {
        // Nothing is tried; the form comes back with a fresh token.
        let expired = (StatusCode::FORBIDDEN, "srv-sign-in-form-expired");
        return Ok(my_signin_page(
            &state,
            tr,
            &headers,
            Some(expired),
            &form.login,
        ));
    }
    let login = form.login.trim().to_lowercase();
    let gate = auth::SignInGate::enter(&state, "my", &client, &login)
        .await
        .map_err(|wait| PageError::limited(tr, wait))?;
    let found = continuation::sign_in(&state, &login, &form.password)
        .await
        .tr(tr)?;
    if found.is_some() {
        gate.succeeded(&state).await;
    } else {
        gate.failed(&state).await;
    }
    match found {
        Some(record) => {
            let subject = (SessionKind::MyPage, record.id.as_str());
            open_session(&state, tr, subject, MY_PAGE_COOKIE, "/my").await
        }
        None => Ok(my_signin_page(
            &state,
            tr,
            &headers,
            Some((StatusCode::UNAUTHORIZED, "srv-sign-in-failed")),
            &form.login,
        )),
    }
}

/// `POST /my/signout`.
pub async fn my_signout(
    State(state): State<AppState>,
    me: Option<Visitor>,
    headers: HeaderMap,
    form: Result<CsrfForm<NoFields>, PageError>,
) -> Result<Response, PageError> {
    if let Some(me) = me {
        // A malformed form counts as a wrong token.
        form.map_err(|_| PageError::forbidden(me.tr))?;
        let secure = state.settings.secure_cookies();
        if let Some(cookie) = web::our_cookie(&headers, MY_PAGE_COOKIE, secure) {
            auth::end_session(&state.db, &cookie).await.tr(me.tr)?;
        }
    }
    let mut response = web::see_other("/my/signin");
    response.headers_mut().append(
        header::SET_COOKIE,
        web::our_set_cookie(MY_PAGE_COOKIE, "", 0, state.settings.secure_cookies()),
    );
    Ok(response)
}
