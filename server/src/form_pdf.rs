//! The printed 求職申込書: the application as the official form lays it out, for the visitor to
//! check and sign at the counter. A PDF made here, on the server, so what is printed does not
//! depend on a browser's print dialogue.
//!
//! The form is one table, [`SECTIONS`]: a heading per screen of the form, in the form's order,
//! and under it one row per item, each naming the item's Fluent label and where its value is
//! in the application's serde form. An item added to the application is printed by adding its
//! row (or a section) there; the drawing below knows nothing of particular items. Dates show
//! 和暦 with 西暦 in brackets, as the form does.
//!
//! Fonts are Noto Sans CJK JP and Noto Serif CJK JP from Debian's `fonts-noto-cjk`, read from
//! their collection files by path and embedded as subsets (krilla), so the PDF prints the same
//! everywhere and names outside the BMP (𠮷) or variants (髙) come out as written. A missing
//! font file is an error naming the file and the package, not a PDF with empty boxes.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{Font, TextDirection};
use krilla::Document;
use madoguchi_core::era::{self, EraYear};
use madoguchi_core::Application;
use serde_json::Value;
use skrifa::instance::{LocationRef, Size};
use skrifa::string::StringId;
use skrifa::{FontRef, MetadataProvider as _};
use thiserror::Error;
use time::{Date, Month};

use crate::i18n::Tr;
use crate::view;
use madoguchi_core::{residence, BirthDateInput};

/// Where Debian's `fonts-noto-cjk` puts the collections.
pub const FONT_DIR: &str = "/usr/share/fonts/opentype/noto";
const SANS_FILE: &str = "NotoSansCJK-Regular.ttc";
const SERIF_FILE: &str = "NotoSerifCJK-Regular.ttc";
const SANS_FAMILY: &str = "Noto Sans CJK JP";
const SERIF_FAMILY: &str = "Noto Serif CJK JP";

#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FormPdfError {
    #[error("font file {path} is missing: install the Debian package fonts-noto-cjk")]
    FontMissing { path: String },
    #[error("font file {path} has no face named {family}")]
    FontUnreadable { path: String, family: &'static str },
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

/// One face of a collection: krilla's handle for drawing, the bytes for measuring.
#[derive(Clone)]
struct Face {
    font: Font,
    data: Arc<Vec<u8>>,
    index: u32,
}

impl Face {
    fn load(dir: &Path, file: &str, family: &'static str) -> Result<Face, FormPdfError> {
        let path = dir.join(file);
        let shown = path.display().to_string();
        let bytes = std::fs::read(&path).map_err(|_| FormPdfError::FontMissing {
            path: shown.clone(),
        })?;
        let index = (0..32)
            .map_while(|i| FontRef::from_index(&bytes, i).ok().map(|f| (i, f)))
            .find(|(_, f)| {
                f.localized_strings(StringId::FAMILY_NAME)
                    .any(|name| name.chars().eq(family.chars()))
            })
            .map(|(i, _)| i)
            .ok_or(FormPdfError::FontUnreadable {
                path: shown.clone(),
                family,
            })?;
        let data = Arc::new(bytes);
        let font = Font::new(krilla::Data::from(data.clone()), index).ok_or(
            FormPdfError::FontUnreadable {
                path: shown,
                family,
            },
        )?;
        Ok(Face { font, data, index })
    }

    /// The width of `text` at `size` points, from the font's advances.
    fn width(&self, text: &str, size: f32) -> f32 {
        let Ok(font) = FontRef::from_index(&self.data, self.index) else {
            return text.chars().count() as f32 * size;
        };
        let charmap = font.charmap();
        let metrics = font.glyph_metrics(Size::new(size), LocationRef::default());
        text.chars()
            .map(|c| {
                charmap
                    .map(c)
                    .and_then(|g| metrics.advance_width(g))
                    .unwrap_or(size)
            })
            .sum()
    }
}

/// The two faces the form uses.
#[derive(Clone)]
pub struct FormFonts {
    sans: Face,
    serif: Face,
}

impl FormFonts {
    /// Reads the faces from `dir` (Debian's [`FONT_DIR`] in the product).
    pub fn load(dir: &Path) -> Result<FormFonts, FormPdfError> {
        Ok(FormFonts {
            sans: Face::load(dir, SANS_FILE, SANS_FAMILY)?,
            serif: Face::load(dir, SERIF_FILE, SERIF_FAMILY)?,
        })
    }

    /// The fonts of [`FONT_DIR`] (or `MADOGUCHI_FONT_DIR`), read once; a failure is tried again
    /// at the next print, so installing the package mends a running server.
    pub fn installed() -> Result<FormFonts, FormPdfError> {
        static LOADED: OnceLock<FormFonts> = OnceLock::new();
        if let Some(fonts) = LOADED.get() {
            return Ok(fonts.clone());
        }
        let dir = std::env::var_os("MADOGUCHI_FONT_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(FONT_DIR));
        let fonts = FormFonts::load(&dir)?;
        Ok(LOADED.get_or_init(|| fonts).clone())
    }
}

// ---------------------------------------------------------------------------------------------
// What the form holds

/// How one item's value is read from the application's serde form and written on the form.
#[derive(Clone, Copy, Debug)]
pub enum Item {
    /// The text at a path, as it is.
    Text(&'static str),
    /// The texts at several paths, joined with a space (氏 and 名).
    Joined(&'static [&'static str]),
    /// A code at a path, named by the Fluent id `<prefix><code>` (a list of codes: each).
    Choice(&'static str, &'static str),
    /// A flag at a path: the first Fluent id when set, the second when not.
    Flag(&'static str, &'static str, &'static str),
    /// Occupation codes at a path, each with its name.
    Occupations(&'static str),
    /// A year-month (`2019-04`) at a path: 和暦 with 西暦.
    YearMonth(&'static str),
    /// A year (`2019`) at a path: 和暦 with 西暦 (as of March, when schools end).
    Year(&'static str),
    /// The birth date: 和暦 with 西暦.
    BirthDate,
    /// 〒 and the address lines.
    Address,
    /// The desired wage with its kind.
    Wage,
    /// Working hours `start–end`.
    Hours,
    /// A day the visitor entered (和暦 or 西暦) at a path, with its 西暦.
    Day(&'static str),
    /// A number at a path with its unit: the Fluent id and its argument's name.
    Amount(&'static str, &'static str, &'static str),
    /// 在留資格: the status's name and what it says about work.
    Residence,
    /// 免許・資格, one per line with score and year.
    Qualifications,
    /// 障害者手帳 with its grade.
    Certificate,
    /// 週の労働時間 and 勤務日数.
    Week,
    /// 国籍, with the country for a foreign national.
    Nationality,
    /// 扶養家族の数, or 回答しない.
    Dependants,
    /// Whether the facts were read from the My Number card.
    CardRead,
}

impl Item {
    /// The items of the application this one prints (paths inside the entry for a repeated
    /// section).
    pub fn reads(self) -> Vec<&'static str> {
        match self {
            Item::Text(p)
            | Item::Choice(p, _)
            | Item::Flag(p, _, _)
            | Item::Occupations(p)
            | Item::YearMonth(p)
            | Item::Year(p)
            | Item::Day(p)
            | Item::Amount(p, _, _) => vec![p],
            Item::Joined(ps) => ps.to_vec(),
            Item::BirthDate => vec!["basic.birth_date"],
            Item::Address => vec![
                "contact.postcode",
                "contact.prefecture",
                "contact.city",
                "contact.town",
                "contact.street",
                "contact.building",
            ],
            Item::Wage => vec!["desired_work.wage"],
            Item::Hours => vec!["desired_work.hours.start", "desired_work.hours.end"],
            Item::Residence => vec!["basic.residence_status"],
            Item::Qualifications => vec!["education.qualifications"],
            Item::Certificate => vec!["disability.certificate", "disability.grade"],
            Item::Week => vec!["desired_work.weekly_hours", "desired_work.days_per_week"],
            Item::Nationality => vec!["basic.nationality", "basic.country"],
            Item::Dependants => vec!["situation.dependants", "situation.dependants_unstated"],
            Item::CardRead => vec!["my_number_card"],
        }
    }
}

/// One line of a section: its label's Fluent id and its value.
#[derive(Clone, Copy, Debug)]
pub struct Row {
    pub label: &'static str,
    pub item: Item,
}

/// One screen of the form.
#[derive(Clone, Copy, Debug)]
pub struct Section {
    pub heading: &'static str,
    /// For a section repeated per entry of a list (the work history): the list's path, and the
    /// rows' paths are read inside each entry.
    pub each: Option<&'static str>,
    pub rows: &'static [Row],
}

const fn row(label: &'static str, item: Item) -> Row {
    Row { label, item }
}

/// The official form's screens in order. Add an item's row (or a section) here.
pub const SECTIONS: &[Section] = &[
    Section {
        heading: "pdf-section-basic",
        each: None,
        rows: &[
            row(
                "pdf-field-name",
                Item::Joined(&["basic.family_name", "basic.given_name"]),
            ),
            row(
                "pdf-field-kana",
                Item::Joined(&["basic.family_kana", "basic.given_kana"]),
            ),
            row("pdf-field-card-name", Item::Text("basic.card_name")),
            row("srv-field-identity-source", Item::CardRead),
            row("pdf-field-birth-date", Item::BirthDate),
            row("pdf-field-sex", Item::Choice("basic.sex", "srv-sex-")),
            row("srv-field-nationality", Item::Nationality),
            row("srv-field-residence-status", Item::Residence),
            row(
                "srv-field-residence-expiry",
                Item::Day("basic.residence_expiry"),
            ),
        ],
    },
    Section {
        heading: "pdf-section-contact",
        each: None,
        rows: &[
            row("pdf-field-address", Item::Address),
            row("pdf-field-phone", Item::Text("contact.phone")),
            row("pdf-field-email", Item::Text("contact.email")),
            row("srv-field-station", Item::Text("contact.nearest_station")),
            row(
                "srv-field-commute",
                Item::Choice("contact.commute", "srv-commute-"),
            ),
            row(
                "srv-field-commute-minutes",
                Item::Amount("contact.commute_minutes", "srv-minutes", "minutes"),
            ),
        ],
    },
    Section {
        heading: "pdf-section-disclosure",
        each: None,
        rows: &[
            row(
                "srv-field-publication",
                Item::Choice("disclosure.publication", "srv-publication-"),
            ),
            row(
                "srv-field-contact-methods",
                Item::Choice("disclosure.contact_methods", "srv-contact-method-"),
            ),
            row(
                "srv-field-avoid-times",
                Item::Text("disclosure.avoid_times"),
            ),
        ],
    },
    Section {
        heading: "pdf-section-desired-work",
        each: None,
        rows: &[
            row(
                "pdf-field-occupations",
                Item::Occupations("desired_work.occupations"),
            ),
            row(
                "pdf-field-employment-types",
                Item::Choice("desired_work.employment_types", "srv-employment-"),
            ),
            row(
                "pdf-field-work-locations",
                Item::Text("desired_work.work_locations"),
            ),
            row("pdf-field-wage", Item::Wage),
            row("pdf-field-hours", Item::Hours),
            row(
                "pdf-field-days",
                Item::Choice("desired_work.hours.days", "pdf-day-"),
            ),
            row(
                "srv-field-work-styles",
                Item::Choice("desired_work.work_styles", "srv-style-"),
            ),
            row(
                "srv-field-holidays",
                Item::Choice("desired_work.holidays", "srv-holiday-"),
            ),
            row(
                "pdf-field-days-off",
                Item::Choice("desired_work.days_off", "pdf-day-"),
            ),
            row("srv-field-week", Item::Week),
        ],
    },
    Section {
        heading: "pdf-section-situation",
        each: None,
        rows: &[
            row(
                "pdf-field-now",
                Item::Choice("situation.employment", "srv-now-"),
            ),
            row(
                "pdf-field-insurance",
                Item::Choice("situation.unemployment_insurance", "srv-insurance-"),
            ),
            row("srv-field-left-on", Item::Day("situation.left_on")),
            row(
                "srv-field-leaving-reason",
                Item::Choice("situation.leaving_reason", "srv-leaving-"),
            ),
            row(
                "srv-field-spouse",
                Item::Choice("situation.spouse", "srv-spouse-"),
            ),
            row("srv-field-dependants", Item::Dependants),
        ],
    },
    Section {
        heading: "pdf-section-education",
        each: None,
        rows: &[
            row(
                "pdf-field-education",
                Item::Choice("education.final_level", "srv-education-"),
            ),
            row(
                "pdf-field-school",
                Item::Joined(&["education.school_name", "education.department"]),
            ),
            row(
                "pdf-field-completion",
                Item::Choice("education.completion", "srv-completion-"),
            ),
            row(
                "pdf-field-graduation",
                Item::Year("education.graduation_year"),
            ),
            row("pdf-field-qualifications", Item::Qualifications),
        ],
    },
    Section {
        heading: "pdf-section-work-history",
        each: Some("work_history"),
        rows: &[
            row("pdf-field-employer", Item::Text("employer")),
            row("pdf-field-duties", Item::Text("duties")),
            row("pdf-field-from", Item::YearMonth("from")),
            row("pdf-field-to", Item::YearMonth("to")),
            row(
                "pdf-field-employment-type",
                Item::Choice("employment_type", "srv-employment-"),
            ),
            row("srv-job-occupation", Item::Occupations("occupation")),
            row(
                "srv-field-leaving-reason",
                Item::Choice("leaving_reason", "srv-leaving-"),
            ),
        ],
    },
    Section {
        heading: "pdf-section-disability",
        each: None,
        rows: &[
            row(
                "srv-field-disability",
                Item::Choice("disability.support", "srv-disability-"),
            ),
            row("srv-field-certificate", Item::Certificate),
            row(
                "srv-field-support-needs",
                Item::Choice("disability.needs", "srv-need-"),
            ),
            row(
                "srv-field-support-needs-text",
                Item::Text("disability.needs_text"),
            ),
        ],
    },
    Section {
        heading: "pdf-section-self-pr",
        each: None,
        rows: &[
            row("srv-field-self-pr", Item::Text("self_pr.appeal")),
            row("srv-field-notes", Item::Text("self_pr.notes")),
        ],
    },
    Section {
        heading: "pdf-section-my-page",
        each: None,
        rows: &[row(
            "pdf-field-my-page",
            Item::Flag(
                "my_page.wanted",
                "srv-my-page-wanted",
                "srv-my-page-not-wanted",
            ),
        )],
    },
];

/// Every item of an application's serde form: object keys down to a value, a list or a date as
/// entered. The tests of the printed form and of the export walk it for items they lack.
#[cfg(test)]
pub(crate) fn application_items(value: &Value, prefix: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) if !map.contains_key("calendar") => {
            for (key, v) in map {
                let p = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                application_items(v, &p, out);
            }
        }
        _ => out.push(prefix.to_owned()),
    }
}

/// What a field of the application is called on the printed form, for pages that name a field
/// by its path (the counter's corrections): 「住所・連絡先 › 最寄り駅」, 「職歴 2 › 事業所名」.
/// `None` for a path no row prints.
pub fn label_of(tr: Tr, path: &str) -> Option<String> {
    let matches = |read: &str, p: &str| p == read || p.starts_with(&format!("{read}."));
    for section in SECTIONS {
        let (inner, heading) = match section.each {
            Some(list) => {
                if path == list {
                    return Some(tr.t(section.heading));
                }
                let Some(rest) = path.strip_prefix(&format!("{list}.")) else {
                    continue;
                };
                let Some((index, inner)) = rest.split_once('.') else {
                    continue;
                };
                let Ok(n) = index.parse::<usize>() else {
                    continue;
                };
                (inner, format!("{} {}", tr.t(section.heading), n + 1))
            }
            None => (path, tr.t(section.heading)),
        };
        if let Some(row) = section
            .rows
            .iter()
            .find(|r| r.item.reads().iter().any(|read| matches(read, inner)))
        {
            return Some(format!("{heading} › {}", tr.t(row.label)));
        }
    }
    None
}

/// What the form's head shows besides the application.
#[derive(Clone, Debug)]
pub struct FormHead {
    pub receipt: String,
    pub office_code: String,
    pub office_name: String,
    /// The 求職番号 once accepted.
    pub job_seeker_number: Option<String>,
    /// The day the form is printed (Japan time).
    pub printed_on: Date,
}

fn at<'v>(root: &'v Value, path: &str) -> Option<&'v Value> {
    path.split('.').try_fold(root, |v, key| match v {
        Value::Object(map) => map.get(key),
        Value::Array(items) => key.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => None,
    })
}

fn codes(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::String(s)) if !s.is_empty() => vec![s.clone()],
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        Some(Value::Bool(b)) => vec![b.to_string()],
        Some(Value::Number(n)) => vec![n.to_string()],
        _ => Vec::new(),
    }
}

/// 平成22年4月（2010年4月）, or the text as it is when it is not a year-month.
fn year_month_text(text: &str) -> String {
    let Some((year, month)) = era::parse_year_month(text) else {
        return text.to_owned();
    };
    let day = Month::try_from(month)
        .ok()
        .and_then(|m| Date::from_calendar_date(year, m, 1).ok());
    match day.and_then(EraYear::of) {
        Some(era_year) => format!("{era_year}{month}月（{year}年{month}月）"),
        None => format!("{year}年{month}月"),
    }
}

/// 平成31年（2019年）, as of the year's March; the text as it is when it is not a year.
fn year_text(text: &str) -> String {
    let Ok(year) = text.parse::<i32>() else {
        return text.to_owned();
    };
    match Date::from_calendar_date(year, Month::March, 31)
        .ok()
        .and_then(EraYear::of)
    {
        Some(era_year) if text.len() == 4 => format!("{era_year}（{year}年）"),
        _ => text.to_owned(),
    }
}

/// A value's serde code (`none-or-pending`).
fn code_of<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(code)) => code,
        _ => String::new(),
    }
}

/// The text of one item of `root` (the application, or one entry for a repeated section).
fn item_text(tr: Tr, app: &Application, root: &Value, item: Item) -> String {
    let text = |path: &str| at(root, path).map(madoguchi_core::correction::text_of);
    match item {
        Item::Text(path) => text(path).unwrap_or_default().replace(", ", "、"),
        Item::Joined(paths) => paths
            .iter()
            .filter_map(|p| text(p))
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
        Item::Choice(path, prefix) => codes(at(root, path))
            .iter()
            .map(|code| tr.t(&format!("{prefix}{code}")))
            .collect::<Vec<_>>()
            .join("、"),
        Item::Flag(path, yes, no) => match at(root, path) {
            Some(Value::Bool(true)) => tr.t(yes),
            Some(Value::Bool(false)) => tr.t(no),
            _ => String::new(),
        },
        Item::Occupations(path) => codes(at(root, path))
            .iter()
            .map(|code| format!("{code} {}", tr.occupation(code)))
            .collect::<Vec<_>>()
            .join("、"),
        Item::YearMonth(path) => year_month_text(&text(path).unwrap_or_default()),
        Item::Year(path) => year_text(&text(path).unwrap_or_default()),
        Item::BirthDate => view::birth_date_text(tr, app),
        Item::Address => view::address_text(app).trim().to_owned(),
        Item::Wage => {
            if app.desired_work.wage.amount.is_empty() {
                String::new()
            } else {
                view::wage_text(tr, app)
            }
        }
        Item::Day(path) => {
            match at(root, path)
                .and_then(|v| serde_json::from_value::<BirthDateInput>(v.clone()).ok())
            {
                Some(day)
                    if !(day.year.is_empty() && day.month.is_empty() && day.day.is_empty()) =>
                {
                    view::day_text(tr, &day)
                }
                _ => String::new(),
            }
        }
        Item::Amount(path, id, arg) => match text(path) {
            Some(digits) if !digits.is_empty() => tr.f(id, &[(arg, &digits)]),
            _ => String::new(),
        },
        Item::Residence => {
            let code = &app.basic.residence_status;
            match residence::status(code) {
                Some(s) => format!(
                    "{}（{}）",
                    tr.t(&format!("res-{}", s.code)),
                    tr.t(&format!("res-work-{}", s.work.code()))
                ),
                None => code.clone(),
            }
        }
        Item::Qualifications => app
            .education
            .qualifications
            .iter()
            .map(|q| view::qualification_text(tr, q))
            .collect::<Vec<_>>()
            .join("\n"),
        Item::Certificate => match app.disability.certificate {
            None => String::new(),
            Some(c) => {
                let name = tr.t(&format!("srv-certificate-{}", code_of(&c)));
                let grade = &app.disability.grade;
                if grade.is_empty() {
                    name
                } else if c == madoguchi_core::Certificate::Intellectual {
                    format!("{name} {grade}")
                } else {
                    format!("{name} {}", tr.f("srv-grade-level", &[("grade", grade)]))
                }
            }
        },
        Item::CardRead => {
            if app.my_number_card.is_some() {
                tr.t("srv-identity-from-card")
            } else {
                String::new()
            }
        }
        Item::Dependants => {
            let s = &app.situation;
            if s.dependants_unstated {
                tr.t("srv-unstated")
            } else if s.dependants.is_empty() {
                String::new()
            } else {
                tr.f("srv-people", &[("n", &s.dependants)])
            }
        }
        Item::Nationality => {
            let b = &app.basic;
            let mut out = b
                .nationality
                .map(|n| tr.t(&format!("srv-nationality-{}", code_of(&n))))
                .unwrap_or_default();
            if !b.country.is_empty() {
                out.push_str(&format!("（{}）", b.country));
            }
            out
        }
        Item::Week => {
            let d = &app.desired_work;
            let mut parts = Vec::new();
            if !d.weekly_hours.is_empty() {
                parts.push(tr.f("srv-hours-a-week", &[("hours", &d.weekly_hours)]));
            }
            if !d.days_per_week.is_empty() {
                parts.push(tr.f("srv-days-a-week", &[("days", &d.days_per_week)]));
            }
            parts.join(" ")
        }
        Item::Hours => {
            let h = &app.desired_work.hours;
            if h.start.is_empty() && h.end.is_empty() {
                String::new()
            } else {
                format!("{}〜{}", h.start, h.end)
            }
        }
    }
}

/// A section as printed: its heading and its (label, value) rows; a repeated section gives one
/// block per entry, headed `職歴 1`, `職歴 2`.
pub fn filled(tr: Tr, app: &Application) -> Vec<(String, Vec<(String, String)>)> {
    let root = serde_json::to_value(app).unwrap_or(Value::Null);
    let mut out = Vec::new();
    for section in SECTIONS {
        let heading = tr.t(section.heading);
        let rows_of = |entry: &Value| -> Vec<(String, String)> {
            section
                .rows
                .iter()
                .map(|r| (tr.t(r.label), item_text(tr, app, entry, r.item)))
                .collect()
        };
        match section.each {
            None => out.push((heading, rows_of(&root))),
            Some(list) => {
                let entries = at(&root, list)
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                if entries.is_empty() {
                    let none = vec![(tr.t("pdf-entries"), tr.t("srv-value-none"))];
                    out.push((heading.clone(), none));
                }
                for (i, entry) in entries.iter().enumerate() {
                    out.push((format!("{heading} {}", i + 1), rows_of(entry)));
                }
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Drawing

const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN: f32 = 42.0;
const LABEL_W: f32 = 132.0;
const TEXT: f32 = 10.5;
const SMALL: f32 = 8.5;
const LINE: f32 = 15.0;
const PAD: f32 = 5.0;
const HEADING_H: f32 = 20.0;
const FOOTER_Y: f32 = PAGE_H - 26.0;

/// One thing drawn on a page.
enum Op {
    Text {
        x: f32,
        y: f32,
        size: f32,
        serif: bool,
        text: String,
    },
    /// A box, filled grey when `shade`.
    Box { rect: [f32; 4], shade: Option<u8> },
}

/// Lays text into lines no wider than `width`, breaking anywhere (Japanese has no spaces to
/// break at) and at newlines.
fn wrap(face: &Face, text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut used = 0.0;
        for c in paragraph.chars() {
            let w = face.width(c.encode_utf8(&mut [0; 4]), size);
            if used + w > width && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                used = 0.0;
            }
            line.push(c);
            used += w;
        }
        lines.push(line);
    }
    lines
}

/// The pages: what each holds, laid out top to bottom, a new page when a block does not fit.
struct Layout<'f> {
    fonts: &'f FormFonts,
    pages: Vec<Vec<Op>>,
    y: f32,
    /// The heading of the section being laid out, repeated (with 「続き」) atop a new page.
    section: Option<String>,
    continued: String,
}

impl Layout<'_> {
    fn page(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn ensure(&mut self, height: f32) {
        if self.y + height > FOOTER_Y - 12.0 {
            self.pages.push(Vec::new());
            self.y = MARGIN;
            if let Some(heading) = self.section.take() {
                let again = format!("{heading}{}", self.continued);
                self.heading_bar(&again);
                self.section = Some(heading);
            }
        }
    }

    fn text(&mut self, x: f32, y: f32, size: f32, serif: bool, text: &str) {
        self.page().push(Op::Text {
            x,
            y,
            size,
            serif,
            text: text.to_owned(),
        });
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, shade: Option<u8>) {
        self.page().push(Op::Box {
            rect: [x, y, w, h],
            shade,
        });
    }

    fn heading(&mut self, text: &str) {
        self.section = None;
        self.ensure(HEADING_H + LINE + 2.0 * PAD);
        self.heading_bar(text);
        self.section = Some(text.to_owned());
    }

    fn heading_bar(&mut self, text: &str) {
        let y = self.y;
        self.rect(MARGIN, y, PAGE_W - 2.0 * MARGIN, HEADING_H, Some(220));
        self.text(MARGIN + PAD, y + HEADING_H - 6.0, 11.0, true, text);
        self.y += HEADING_H;
    }

    /// A label cell and a value cell, as tall as the value's lines.
    fn field(&mut self, label: &str, value: &str, min_lines: usize) {
        let value_w = PAGE_W - 2.0 * MARGIN - LABEL_W - 2.0 * PAD;
        let label_lines = wrap(&self.fonts.sans, label, SMALL, LABEL_W - 2.0 * PAD);
        let value_lines = wrap(&self.fonts.sans, value, TEXT, value_w);
        let lines = value_lines.len().max(label_lines.len()).max(min_lines);
        let h = lines as f32 * LINE + 2.0 * PAD;
        self.ensure(h);
        let y = self.y;
        self.rect(MARGIN, y, LABEL_W, h, Some(242));
        self.rect(
            MARGIN + LABEL_W,
            y,
            PAGE_W - 2.0 * MARGIN - LABEL_W,
            h,
            None,
        );
        for (i, l) in label_lines.iter().enumerate() {
            self.text(
                MARGIN + PAD,
                y + PAD + 11.0 + i as f32 * LINE,
                SMALL,
                false,
                l,
            );
        }
        for (i, l) in value_lines.iter().enumerate() {
            let x = MARGIN + LABEL_W + PAD;
            self.text(x, y + PAD + 11.0 + i as f32 * LINE, TEXT, false, l);
        }
        self.y += h;
    }
}

fn gray(level: u8) -> Fill {
    Fill {
        paint: rgb::Color::new(level, level, level).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

fn rect_path(rect: [f32; 4]) -> Option<krilla::geom::Path> {
    let [x, y, w, h] = rect;
    let mut builder = PathBuilder::new();
    builder.push_rect(Rect::from_xywh(x, y, w, h)?);
    builder.finish()
}

/// The 求職申込書 of `app` as a PDF, in the language of `tr` (Japanese at the counter).
pub fn render(
    fonts: &FormFonts,
    tr: Tr,
    app: &Application,
    head: &FormHead,
) -> Result<Vec<u8>, FormPdfError> {
    let mut layout = Layout {
        fonts,
        pages: Vec::new(),
        y: MARGIN,
        section: None,
        continued: tr.t("pdf-continued"),
    };
    let title = tr.t("pdf-title");
    let title_w = fonts.serif.width(&title, 20.0);
    layout.text((PAGE_W - title_w) / 2.0, MARGIN + 20.0, 20.0, true, &title);
    layout.y = MARGIN + 34.0;
    layout.heading(&tr.t("pdf-section-office"));
    layout.field(&tr.t("pdf-field-receipt"), &head.receipt, 1);
    if let Some(number) = &head.job_seeker_number {
        layout.field(
            &tr.t("pdf-field-job-seeker-number"),
            &view::job_seeker_number(number),
            1,
        );
    }
    let office = format!("{}（{}）", head.office_name, head.office_code);
    layout.field(&tr.t("pdf-field-office"), &office, 1);
    layout.field(
        &tr.t("pdf-field-printed-on"),
        &view::date_text(tr, head.printed_on),
        1,
    );
    for (heading, rows) in filled(tr, app) {
        layout.y += 8.0;
        layout.heading(&heading);
        for (label, value) in rows {
            layout.field(&label, &value, 1);
        }
    }
    layout.y += 8.0;
    layout.ensure(HEADING_H + 4.0 * LINE + 60.0);
    layout.heading(&tr.t("pdf-section-signature"));
    layout.field(&tr.t("pdf-field-declaration"), &tr.t("pdf-declaration"), 1);
    layout.field(&tr.t("pdf-field-signed-on"), &tr.t("pdf-date-blank"), 1);
    layout.field(&tr.t("pdf-field-signature"), "", 3);

    let total = layout.pages.len();
    let mut document = Document::new();
    for (n, ops) in layout.pages.iter().enumerate() {
        let settings = PageSettings::from_wh(PAGE_W, PAGE_H)
            .ok_or_else(|| FormPdfError::Pdf("page size".into()))?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for op in ops {
            match op {
                Op::Box { rect, shade } => {
                    let Some(path) = rect_path(*rect) else {
                        continue;
                    };
                    surface.set_fill(shade.map(gray));
                    surface.set_stroke(Some(Stroke {
                        paint: rgb::Color::new(60, 60, 60).into(),
                        width: 0.6,
                        ..Stroke::default()
                    }));
                    surface.draw_path(&path);
                }
                Op::Text {
                    x,
                    y,
                    size,
                    serif,
                    text,
                } => {
                    surface.set_stroke(None);
                    surface.set_fill(Some(gray(0)));
                    let face = if *serif { &fonts.serif } else { &fonts.sans };
                    surface.draw_text(
                        Point::from_xy(*x, *y),
                        face.font.clone(),
                        *size,
                        text,
                        false,
                        TextDirection::Auto,
                    );
                }
            }
        }
        let footer = tr.f(
            "pdf-footer",
            &[
                ("receipt", &head.receipt),
                ("page", &(n + 1).to_string()),
                ("pages", &total.to_string()),
            ],
        );
        let footer_w = fonts.sans.width(&footer, SMALL);
        surface.set_stroke(None);
        surface.set_fill(Some(gray(80)));
        surface.draw_text(
            Point::from_xy(PAGE_W - MARGIN - footer_w, FOOTER_Y + 10.0),
            fonts.sans.font.clone(),
            SMALL,
            &footer,
            false,
            TextDirection::Auto,
        );
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|e| FormPdfError::Pdf(format!("{e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_and_months_read_in_both_calendars() {
        assert_eq!(year_month_text("2010-04"), "平成22年4月（2010年4月）");
        assert_eq!(year_month_text("2019-05"), "令和元年5月（2019年5月）");
        assert_eq!(year_month_text("そのころ"), "そのころ");
        assert_eq!(year_text("2019"), "平成31年（2019年）");
        assert_eq!(year_text("1989"), "平成元年（1989年）");
        assert_eq!(year_text(""), "");
    }

    #[test]
    fn every_label_and_heading_is_in_every_language() {
        for lang in madoguchi_core::Language::all() {
            let tr = Tr::new(lang);
            for section in SECTIONS {
                assert_ne!(tr.t(section.heading), section.heading, "{lang:?}");
                for row in section.rows {
                    assert_ne!(tr.t(row.label), row.label, "{lang:?}");
                }
            }
        }
    }

    /// What the printed form leaves to the counter's screen: the kiosk's own bookkeeping.
    const NOT_PRINTED: &[&str] = &[
        "language",
        "confirmed_warnings",
        "basic.name_in_kana_only",
        "basic.single_name",
    ];

    #[test]
    fn every_item_of_the_application_is_printed() {
        let root = serde_json::to_value(Application::default()).unwrap_or(Value::Null);
        let mut all = Vec::new();
        application_items(&root, "", &mut all);
        let mut read: Vec<String> = Vec::new();
        for section in SECTIONS {
            for row in section.rows {
                for p in row.item.reads() {
                    read.push(match section.each {
                        Some(list) => format!("{list}.{p}"),
                        None => p.to_owned(),
                    });
                }
            }
        }
        for item in all.iter().filter(|i| !NOT_PRINTED.contains(&i.as_str())) {
            if item == "work_history" {
                continue;
            }
            assert!(
                read.iter()
                    .any(|p| p == item || item.starts_with(&format!("{p}."))),
                "the printed form has no row for {item}: add one to SECTIONS"
            );
        }
        let job = serde_json::to_value(madoguchi_core::Job::default()).unwrap_or(Value::Null);
        for key in job.as_object().into_iter().flat_map(|m| m.keys()) {
            let want = format!("work_history.{key}");
            assert!(
                read.contains(&want),
                "the printed form has no row for {want}"
            );
        }
    }

    #[test]
    fn the_new_items_print_as_the_counter_reads_them() {
        let mut app = Application::default();
        app.basic.nationality = Some(madoguchi_core::Nationality::Foreign);
        app.basic.country = "ベトナム".into();
        app.contact.commute_minutes = "30".into();
        app.disability.support = Some(madoguchi_core::DisabilitySupport::Wanted);
        app.disability.certificate = Some(madoguchi_core::Certificate::Mental);
        app.disability.grade = "2".into();
        app.self_pr.appeal = "接客10年".into();
        let tr = Tr::new(madoguchi_core::Language::JA);
        let rows: Vec<(String, String)> =
            filled(tr, &app).into_iter().flat_map(|(_, r)| r).collect();
        let value = |label: &str| {
            rows.iter()
                .find(|(l, _)| l == label)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        assert!(value(&tr.t("srv-field-nationality")).contains("（ベトナム）"));
        assert_eq!(
            value(&tr.t("srv-field-commute-minutes")),
            tr.f("srv-minutes", &[("minutes", "30")])
        );
        assert!(value(&tr.t("srv-field-certificate")).contains("精神障害者保健福祉手帳"));
        assert_eq!(value(&tr.t("srv-field-self-pr")), "接客10年");
        assert_eq!(value(&tr.t("srv-field-spouse")), "");
    }

    #[test]
    fn a_path_reads_as_its_section_and_row() {
        let tr = Tr::new(madoguchi_core::Language::JA);
        assert_eq!(
            label_of(tr, "contact.nearest_station").as_deref(),
            Some("住所・連絡先 › 最寄り駅")
        );
        assert_eq!(
            label_of(tr, "work_history.1.employer").as_deref(),
            Some("職歴 2 › 事業所名")
        );
        assert_eq!(
            label_of(tr, "desired_work.wage.kind").as_deref(),
            Some("希望する仕事 › 希望賃金")
        );
        assert_eq!(label_of(tr, "nothing.here"), None);
        // Every field the counter may correct has a name.
        let app = Application {
            work_history: vec![madoguchi_core::Job::default()],
            ..Application::default()
        };
        for f in madoguchi_core::correction::fields(&app) {
            if NOT_PRINTED.contains(&f.path.as_str()) {
                continue;
            }
            assert!(label_of(tr, &f.path).is_some(), "{} has no name", f.path);
        }
    }

    #[test]
    fn a_missing_font_names_the_file_and_the_package() {
        let Err(e) = FormFonts::load(Path::new("/nonexistent")) else {
            panic!("loaded fonts from nowhere");
        };
        let message = e.to_string();
        assert!(
            message.contains("/nonexistent/NotoSansCJK-Regular.ttc"),
            "{message}"
        );
        assert!(message.contains("fonts-noto-cjk"), "{message}");
    }
}
