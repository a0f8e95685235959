//! The export: an office's applications accepted (受理) on one day (Japan time), for keying
//! into or importing to the office's own system. CSV in UTF-8 with a byte-order mark, CSV in
//! Shift_JIS (what older office tools still expect) and JSON, all with the columns of
//! [`COLUMNS`], documented one by one in `docs/export.md`.
//!
//! Shift_JIS cannot hold every name (𠮷 is outside it). Such a character is written as
//! [`SJIS_MARKER`] (〓, the 下駄記号 Japanese print uses for a character it cannot set) and
//! counted, and the export says how many and in which rows and columns, never which
//! characters (they are personal). The file name holds the office and the day only, and
//! nothing personal is logged.
//!
//! Values are read by path from the corrected application's serde form, like the printed form
//! ([`crate::form_pdf`]): a new item of the application is exported by adding its column to
//! [`COLUMNS`] and its line to `docs/export.md`.

use std::fmt;

use madoguchi_core::correction::text_of;
use madoguchi_core::my_number_card::CardMark;
use madoguchi_core::{era, BirthDateInput, Qualification};
use serde_json::{Map, Value};
use thiserror::Error;
use time::Date;

use crate::clock::{day_bounds, local};
use crate::correction::application_of;
use crate::storage::{ApplicationRecord, Db, StorageError};

/// What stands in the Shift_JIS export for a character Shift_JIS does not have.
pub const SJIS_MARKER: char = '〓';

/// Work history entries given their own columns; the JSON export holds every entry.
pub const JOB_COLUMNS: usize = 5;

/// Which file the export writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// CSV, UTF-8 with a byte-order mark (so spreadsheet programs read it as UTF-8).
    Csv,
    /// CSV in Shift_JIS (Windows-31J), characters outside it as [`SJIS_MARKER`].
    CsvSjis,
    Json,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Csv, Format::CsvSjis, Format::Json];

    pub fn code(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::CsvSjis => "csv-sjis",
            Format::Json => "json",
        }
    }

    pub fn from_code(code: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.code() == code)
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::CsvSjis => "text/csv; charset=shift_jis",
            Format::Json => "application/json",
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Format::Csv | Format::CsvSjis => "csv",
            Format::Json => "json",
        }
    }
}

/// The file name: office, day and format, nothing personal.
pub fn file_name(office_code: &str, day: Date, format: Format) -> String {
    let variant = if format == Format::CsvSjis {
        "-sjis"
    } else {
        ""
    };
    format!(
        "madoguchi-{office_code}-{day}{variant}.{}",
        format.extension()
    )
}

#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ExportError {
    #[error("storage: {0}")]
    Storage(#[from] StorageError),
    #[error("the file could not be written: {0}")]
    Write(String),
}

/// Where a column's value comes from.
#[derive(Clone, Copy, Debug)]
pub enum Source {
    Receipt,
    JobSeekerNumber,
    Office,
    /// Received from the kiosk, Japan time, `YYYY-MM-DDTHH:MM:SS+09:00`.
    ReceivedAt,
    AcceptedAt,
    AcceptedBy,
    IdentityDocument,
    /// The birth date in 西暦, `YYYY-MM-DD`; empty when it is not a day.
    BirthDate,
    /// The birth date in 和暦, `昭和60年4月1日`.
    BirthDateJapanese,
    /// The value at a path of the application: text as it is, a list with `;` between items,
    /// a flag as `true`/`false`.
    Path(&'static str),
    /// A date as the visitor entered it (和暦 or 西暦) at a path, in 西暦 `YYYY-MM-DD`; empty
    /// when the fields do not make a day.
    Date(&'static str),
    /// 免許・資格: each entry's name, its score or grade in （）, and its year, `;`-separated.
    Qualifications,
    /// 免許・資格: the `data/licences.tsv` code of each entry (empty for free text), `;`-separated
    /// in the same order as [`Source::Qualifications`].
    QualificationCodes,
    /// Whether 氏名・生年月日・性別・住所 were read from the My Number card (`true`/`false`).
    CardRead,
    /// Which of them still hold what the card said (`name`, `address`, `birth-date`, `sex`,
    /// `;`-separated); empty when nothing was read from a card.
    CardAsRead,
    /// A field of the n-th (from 0) work history entry.
    Job(usize, &'static str),
    /// How many work history entries there are.
    JobCount,
}

/// One column of the export.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    pub name: &'static str,
    pub source: Source,
}

const fn col(name: &'static str, source: Source) -> Column {
    Column { name, source }
}

const fn path(name: &'static str, p: &'static str) -> Column {
    col(name, Source::Path(p))
}

/// The columns, in order. `docs/export.md` describes each; a test keeps the two together.
pub const COLUMNS: &[Column] = &[
    col("receipt", Source::Receipt),
    col("job_seeker_number", Source::JobSeekerNumber),
    col("office_code", Source::Office),
    col("received_at", Source::ReceivedAt),
    col("accepted_at", Source::AcceptedAt),
    col("accepted_by", Source::AcceptedBy),
    col("identity_document", Source::IdentityDocument),
    path("language", "language"),
    path("family_name", "basic.family_name"),
    path("given_name", "basic.given_name"),
    path("family_kana", "basic.family_kana"),
    path("given_kana", "basic.given_kana"),
    path("name_in_kana_only", "basic.name_in_kana_only"),
    path("single_name", "basic.single_name"),
    path("card_name", "basic.card_name"),
    col("identity_from_card", Source::CardRead),
    col("card_fields_as_read", Source::CardAsRead),
    col("birth_date", Source::BirthDate),
    col("birth_date_japanese", Source::BirthDateJapanese),
    path("sex", "basic.sex"),
    path("nationality", "basic.nationality"),
    path("country", "basic.country"),
    path("residence_status", "basic.residence_status"),
    col("residence_expiry", Source::Date("basic.residence_expiry")),
    path("postcode", "contact.postcode"),
    path("prefecture", "contact.prefecture"),
    path("city", "contact.city"),
    path("town", "contact.town"),
    path("street", "contact.street"),
    path("building", "contact.building"),
    path("phone", "contact.phone"),
    path("email", "contact.email"),
    path("nearest_station", "contact.nearest_station"),
    path("commute", "contact.commute"),
    path("commute_minutes", "contact.commute_minutes"),
    path("publication", "disclosure.publication"),
    path("contact_methods", "disclosure.contact_methods"),
    path("avoid_times", "disclosure.avoid_times"),
    path("occupations", "desired_work.occupations"),
    path("employment_types", "desired_work.employment_types"),
    path("work_styles", "desired_work.work_styles"),
    path("work_locations", "desired_work.work_locations"),
    path("wage_kind", "desired_work.wage.kind"),
    path("wage_amount", "desired_work.wage.amount"),
    path("hours_start", "desired_work.hours.start"),
    path("hours_end", "desired_work.hours.end"),
    path("work_days", "desired_work.hours.days"),
    path("holidays", "desired_work.holidays"),
    path("days_off", "desired_work.days_off"),
    path("weekly_hours", "desired_work.weekly_hours"),
    path("days_per_week", "desired_work.days_per_week"),
    path("employment_now", "situation.employment"),
    path("unemployment_insurance", "situation.unemployment_insurance"),
    col("left_on", Source::Date("situation.left_on")),
    path("leaving_reason", "situation.leaving_reason"),
    path("spouse", "situation.spouse"),
    path("dependants", "situation.dependants"),
    path("dependants_unstated", "situation.dependants_unstated"),
    path("education_level", "education.final_level"),
    path("school_name", "education.school_name"),
    path("department", "education.department"),
    path("completion", "education.completion"),
    path("graduation_year", "education.graduation_year"),
    col("qualifications", Source::Qualifications),
    col("qualification_codes", Source::QualificationCodes),
    path("disability_support", "disability.support"),
    path("disability_certificate", "disability.certificate"),
    path("disability_grade", "disability.grade"),
    path("disability_needs", "disability.needs"),
    path("disability_needs_text", "disability.needs_text"),
    path("self_pr", "self_pr.appeal"),
    path("notes", "self_pr.notes"),
    path("my_page_wanted", "my_page.wanted"),
    col("work_history_count", Source::JobCount),
    col("job1_employer", Source::Job(0, "employer")),
    col("job1_duties", Source::Job(0, "duties")),
    col("job1_from", Source::Job(0, "from")),
    col("job1_to", Source::Job(0, "to")),
    col("job1_employment_type", Source::Job(0, "employment_type")),
    col("job1_occupation", Source::Job(0, "occupation")),
    col("job1_leaving_reason", Source::Job(0, "leaving_reason")),
    col("job2_employer", Source::Job(1, "employer")),
    col("job2_duties", Source::Job(1, "duties")),
    col("job2_from", Source::Job(1, "from")),
    col("job2_to", Source::Job(1, "to")),
    col("job2_employment_type", Source::Job(1, "employment_type")),
    col("job2_occupation", Source::Job(1, "occupation")),
    col("job2_leaving_reason", Source::Job(1, "leaving_reason")),
    col("job3_employer", Source::Job(2, "employer")),
    col("job3_duties", Source::Job(2, "duties")),
    col("job3_from", Source::Job(2, "from")),
    col("job3_to", Source::Job(2, "to")),
    col("job3_employment_type", Source::Job(2, "employment_type")),
    col("job3_occupation", Source::Job(2, "occupation")),
    col("job3_leaving_reason", Source::Job(2, "leaving_reason")),
    col("job4_employer", Source::Job(3, "employer")),
    col("job4_duties", Source::Job(3, "duties")),
    col("job4_from", Source::Job(3, "from")),
    col("job4_to", Source::Job(3, "to")),
    col("job4_employment_type", Source::Job(3, "employment_type")),
    col("job4_occupation", Source::Job(3, "occupation")),
    col("job4_leaving_reason", Source::Job(3, "leaving_reason")),
    col("job5_employer", Source::Job(4, "employer")),
    col("job5_duties", Source::Job(4, "duties")),
    col("job5_from", Source::Job(4, "from")),
    col("job5_to", Source::Job(4, "to")),
    col("job5_employment_type", Source::Job(4, "employment_type")),
    col("job5_occupation", Source::Job(4, "occupation")),
    col("job5_leaving_reason", Source::Job(4, "leaving_reason")),
];

fn at<'v>(root: &'v Value, path: &str) -> Option<&'v Value> {
    path.split('.').try_fold(root, |v, key| match v {
        Value::Object(map) => map.get(key),
        Value::Array(items) => key.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => None,
    })
}

fn cell(value: Option<&Value>) -> String {
    match value {
        Some(Value::Array(items)) => items.iter().map(text_of).collect::<Vec<_>>().join(";"),
        Some(v) => text_of(v),
        None => String::new(),
    }
}

fn time_text(at: i64) -> String {
    local(at)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// One accepted application, ready to write: its record and the corrected application's
/// serde form.
pub struct Line {
    record: ApplicationRecord,
    application: madoguchi_core::Application,
    app: Value,
    birth: Option<Date>,
}

impl Line {
    pub fn new(record: ApplicationRecord) -> Line {
        let application = application_of(&record.application_json);
        let birth = era::birth_date(&application.basic.birth_date).ok();
        Line {
            app: serde_json::to_value(&application).unwrap_or(Value::Null),
            application,
            record,
            birth,
        }
    }

    pub fn receipt(&self) -> &str {
        &self.record.receipt
    }

    fn value(&self, source: Source) -> String {
        let r = &self.record;
        match source {
            Source::Receipt => r.receipt.clone(),
            Source::JobSeekerNumber => r.job_seeker_number.clone().unwrap_or_default(),
            Source::Office => r.office_code.clone(),
            Source::ReceivedAt => time_text(r.received_at),
            Source::AcceptedAt => r.decided_at.map(time_text).unwrap_or_default(),
            Source::AcceptedBy => r.decided_by.clone().unwrap_or_default(),
            Source::IdentityDocument => r.identity_document.clone().unwrap_or_default(),
            Source::BirthDate => self.birth.map(|d| d.to_string()).unwrap_or_default(),
            Source::BirthDateJapanese => self.birth.map(era::format_japanese).unwrap_or_default(),
            Source::Path(p) => cell(at(&self.app, p)),
            Source::Date(p) => at(&self.app, p)
                .and_then(|v| serde_json::from_value::<BirthDateInput>(v.clone()).ok())
                .and_then(|input| era::birth_date(&input).ok())
                .map(|d| d.to_string())
                .unwrap_or_default(),
            Source::Qualifications => self
                .qualifications()
                .map(|q| {
                    let mut text = q.name.trim().to_owned();
                    if !q.score.trim().is_empty() {
                        text.push_str(&format!("（{}）", q.score.trim()));
                    }
                    if !q.year.trim().is_empty() {
                        text.push_str(&format!(" {}", q.year.trim()));
                    }
                    text
                })
                .collect::<Vec<_>>()
                .join(";"),
            Source::CardRead => self.application.my_number_card.is_some().to_string(),
            Source::CardAsRead => self
                .application
                .my_number_card
                .as_ref()
                .map(|reading| {
                    reading
                        .marks(&self.application)
                        .into_iter()
                        .filter(|(_, mark)| *mark == CardMark::AsRead)
                        .map(|(field, _)| match serde_json::to_value(field) {
                            Ok(Value::String(code)) => code,
                            _ => String::new(),
                        })
                        .collect::<Vec<_>>()
                        .join(";")
                })
                .unwrap_or_default(),
            Source::QualificationCodes => self
                .qualifications()
                .map(|q| q.licence)
                .collect::<Vec<_>>()
                .join(";"),
            Source::Job(i, field) => cell(at(&self.app, &format!("work_history.{i}.{field}"))),
            Source::JobCount => at(&self.app, "work_history")
                .and_then(Value::as_array)
                .map_or(0, Vec::len)
                .to_string(),
        }
    }

    fn qualifications(&self) -> impl Iterator<Item = Qualification> + '_ {
        at(&self.app, "education.qualifications")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|v| serde_json::from_value::<Qualification>(v.clone()).ok())
    }

    /// The values in [`COLUMNS`] order.
    pub fn values(&self) -> Vec<String> {
        COLUMNS.iter().map(|c| self.value(c.source)).collect()
    }
}

/// A character Shift_JIS could not hold: where, never what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replaced {
    pub receipt: String,
    pub column: &'static str,
    pub count: usize,
}

/// A finished export.
pub struct Export {
    pub bytes: Vec<u8>,
    pub rows: usize,
    /// Shift_JIS only: the cells where a character became [`SJIS_MARKER`].
    pub replaced: Vec<Replaced>,
}

impl Export {
    pub fn replaced_total(&self) -> usize {
        self.replaced.iter().map(|r| r.count).sum()
    }
}

impl fmt::Display for Replaced {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} ×{}", self.receipt, self.column, self.count)
    }
}

/// `text` with every character Shift_JIS lacks replaced by [`SJIS_MARKER`], and how many.
pub fn to_sjis_repertoire(text: &str) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut replaced = 0;
    let mut buf = [0u8; 4];
    for c in text.chars() {
        let (_, _, unmappable) = encoding_rs::SHIFT_JIS.encode(c.encode_utf8(&mut buf));
        if unmappable {
            out.push(SJIS_MARKER);
            replaced += 1;
        } else {
            out.push(c);
        }
    }
    (out, replaced)
}

fn csv(lines: &[Line], sjis: bool) -> Result<Export, ExportError> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let write_err = |e: csv::Error| ExportError::Write(e.to_string());
    writer
        .write_record(COLUMNS.iter().map(|c| c.name))
        .map_err(write_err)?;
    let mut replaced = Vec::new();
    for line in lines {
        let mut values = line.values();
        if sjis {
            for (value, column) in values.iter_mut().zip(COLUMNS) {
                let (kept, count) = to_sjis_repertoire(value);
                if count > 0 {
                    *value = kept;
                    replaced.push(Replaced {
                        receipt: line.receipt().to_owned(),
                        column: column.name,
                        count,
                    });
                }
            }
        }
        writer.write_record(&values).map_err(write_err)?;
    }
    let text = writer
        .into_inner()
        .map_err(|e| ExportError::Write(e.to_string()))?;
    let text = String::from_utf8(text).map_err(|e| ExportError::Write(e.to_string()))?;
    let bytes = if sjis {
        // Every character is in the repertoire now, so nothing is replaced again here.
        encoding_rs::SHIFT_JIS.encode(&text).0.into_owned()
    } else {
        let mut bytes = "\u{feff}".as_bytes().to_vec();
        bytes.extend_from_slice(text.as_bytes());
        bytes
    };
    Ok(Export {
        bytes,
        rows: lines.len(),
        replaced,
    })
}

fn json(lines: &[Line]) -> Result<Export, ExportError> {
    let rows: Vec<Value> = lines
        .iter()
        .map(|line| {
            let mut object: Map<String, Value> = COLUMNS
                .iter()
                .zip(line.values())
                .map(|(c, v)| (c.name.to_owned(), Value::String(v)))
                .collect();
            object.insert("application".to_owned(), line.app.clone());
            Value::Object(object)
        })
        .collect();
    let bytes = serde_json::to_vec_pretty(&rows).map_err(|e| ExportError::Write(e.to_string()))?;
    Ok(Export {
        bytes,
        rows: lines.len(),
        replaced: Vec::new(),
    })
}

/// Writes `lines` in `format`.
pub fn write(lines: &[Line], format: Format) -> Result<Export, ExportError> {
    match format {
        Format::Csv => csv(lines, false),
        Format::CsvSjis => csv(lines, true),
        Format::Json => json(lines),
    }
}

/// The export of `office_code`'s applications accepted on `day` (Japan time).
pub async fn export(
    db: &Db,
    office_code: &str,
    day: Date,
    format: Format,
) -> Result<Export, ExportError> {
    let (from, to) = day_bounds(day);
    let records = db.applications_accepted(office_code, from, to).await?;
    let lines: Vec<Line> = records.into_iter().map(Line::new).collect();
    let done = write(&lines, format)?;
    // Counts only: the rows are personal.
    tracing::info!(
        office = %office_code,
        day = %day,
        format = format.code(),
        rows = done.rows,
        replaced = done.replaced_total(),
        "export written"
    );
    Ok(done)
}

/// Where the Shift_JIS export of `office_code`'s `day` would replace characters.
pub async fn sjis_replacements(
    db: &Db,
    office_code: &str,
    day: Date,
) -> Result<Vec<Replaced>, ExportError> {
    let (from, to) = day_bounds(day);
    let records = db.applications_accepted(office_code, from, to).await?;
    let lines: Vec<Line> = records.into_iter().map(Line::new).collect();
    Ok(csv(&lines, true)?.replaced)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn shift_jis_keeps_what_it_has_and_marks_the_rest() {
        assert_eq!(to_sjis_repertoire("山田 髙橋"), ("山田 髙橋".to_owned(), 0));
        assert_eq!(to_sjis_repertoire("𠮷田"), ("〓田".to_owned(), 1));
        assert_eq!(to_sjis_repertoire("𠮷𠮷"), ("〓〓".to_owned(), 2));
    }

    #[test]
    fn file_names_hold_office_day_and_format_only() {
        let day = time::macros::date!(2026 - 12 - 05);
        assert_eq!(
            file_name("13010", day, Format::Csv),
            "madoguchi-13010-2026-12-05.csv"
        );
        assert_eq!(
            file_name("13010", day, Format::CsvSjis),
            "madoguchi-13010-2026-12-05-sjis.csv"
        );
        assert_eq!(
            file_name("13010", day, Format::Json),
            "madoguchi-13010-2026-12-05.json"
        );
        for f in Format::ALL {
            assert_eq!(Format::from_code(f.code()), Some(f));
        }
    }

    #[test]
    fn every_column_is_documented_in_order() {
        let doc = include_str!("../../docs/export.md");
        let documented: Vec<&str> = doc
            .lines()
            .filter_map(|l| l.strip_prefix("| `"))
            .filter_map(|l| l.split('`').next())
            .collect();
        let names: Vec<&str> = COLUMNS.iter().map(|c| c.name).collect();
        assert_eq!(documented, names);
    }

    #[test]
    fn every_path_column_names_a_field_of_the_application() {
        let app = madoguchi_core::Application {
            work_history: vec![Default::default(); JOB_COLUMNS],
            ..Default::default()
        };
        let root = serde_json::to_value(&app).unwrap_or(Value::Null);
        for c in COLUMNS {
            let p = match c.source {
                Source::Path(p) => p.to_owned(),
                Source::Job(i, f) => format!("work_history.{i}.{f}"),
                _ => continue,
            };
            assert!(
                at(&root, &p).is_some(),
                "{} reads {p}, which is not there",
                c.name
            );
        }
    }

    /// The paths a column reads (a special column: the item it stands for).
    fn column_path(source: Source) -> Option<String> {
        match source {
            Source::Path(p) | Source::Date(p) => Some(p.to_owned()),
            Source::BirthDate | Source::BirthDateJapanese => Some("basic.birth_date".into()),
            Source::CardRead | Source::CardAsRead => Some("my_number_card".into()),
            Source::Qualifications | Source::QualificationCodes => {
                Some("education.qualifications".into())
            }
            Source::JobCount => Some("work_history".into()),
            Source::Job(i, f) => Some(format!("work_history.{i}.{f}")),
            _ => None,
        }
    }

    #[test]
    fn every_item_of_the_application_is_exported() {
        let root =
            serde_json::to_value(madoguchi_core::Application::default()).unwrap_or(Value::Null);
        let mut all = Vec::new();
        crate::form_pdf::application_items(&root, "", &mut all);
        let read: Vec<String> = COLUMNS
            .iter()
            .filter_map(|c| column_path(c.source))
            .collect();
        for item in all.iter().filter(|i| *i != "confirmed_warnings") {
            assert!(
                read.iter()
                    .any(|p| p == item || item.starts_with(&format!("{p}."))),
                "no column exports {item}: add one to COLUMNS and docs/export.md"
            );
        }
        let job = serde_json::to_value(madoguchi_core::Job::default()).unwrap_or(Value::Null);
        for key in job.as_object().into_iter().flat_map(|m| m.keys()) {
            for i in 0..JOB_COLUMNS {
                let want = format!("work_history.{i}.{key}");
                assert!(read.contains(&want), "no column exports {want}");
            }
        }
    }

    #[test]
    fn dates_and_qualifications_read_as_an_office_keys_them() {
        let mut app = madoguchi_core::Application::default();
        app.basic.residence_expiry = madoguchi_core::BirthDateInput {
            calendar: madoguchi_core::Calendar::Reiwa,
            year: "10".into(),
            month: "3".into(),
            day: "31".into(),
        };
        app.education.qualifications = vec![
            Qualification {
                licence: "0101".into(),
                name: "普通自動車免許".into(),
                score: String::new(),
                year: "2015".into(),
            },
            Qualification {
                licence: String::new(),
                name: "TOEIC".into(),
                score: "800".into(),
                year: String::new(),
            },
        ];
        let line = Line::new(record(&app));
        let values = line.values();
        let value = |name: &str| {
            let i = COLUMNS
                .iter()
                .position(|c| c.name == name)
                .unwrap_or(usize::MAX);
            values.get(i).cloned().unwrap_or_default()
        };
        assert_eq!(value("residence_expiry"), "2028-03-31");
        assert_eq!(value("left_on"), "");
        assert_eq!(value("qualifications"), "普通自動車免許 2015;TOEIC（800）");
        assert_eq!(value("qualification_codes"), "0101;");
    }

    fn record(app: &madoguchi_core::Application) -> ApplicationRecord {
        ApplicationRecord {
            id: "app_1".into(),
            kiosk_id: "kiosk".into(),
            office_code: "13010".into(),
            receipt: "K7AXP3".into(),
            token_expires_at: 0,
            language: "ja".into(),
            application_json: serde_json::to_string(app).unwrap_or_default(),
            findings_json: "[]".into(),
            submitted_at: String::new(),
            received_at: 1_795_000_000,
            status: crate::storage::Status::Accepted,
            identity_checked_at: None,
            identity_document: Some("passport".into()),
            identity_checked_by: None,
            decided_at: Some(1_795_000_600),
            decided_by: Some("suzuki".into()),
            job_seeker_number: Some("1301000000001".into()),
            return_reason: None,
            email_code_hash: None,
            email_code_expires_at: None,
            email_code_attempts: 0,
            email_verified_at: None,
            login_email: None,
            password_hash: None,
            my_page_opened_at: None,
            pending_email: None,
            updated_at: 0,
        }
    }

    #[test]
    fn commas_quotes_and_line_breaks_are_quoted_and_read_back() {
        let mut app = madoguchi_core::Application::default();
        app.basic.family_name = "𠮷田".into();
        app.contact.building = "ハイツ\"A\",1\n号".into();
        app.desired_work.occupations = vec!["033".into(), "044".into()];
        let done = write(&[Line::new(record(&app))], Format::Csv).unwrap_or_else(|e| panic!("{e}"));
        assert!(done.bytes.starts_with(b"\xEF\xBB\xBF"));
        let text = String::from_utf8_lossy(&done.bytes[3..]).into_owned();
        assert!(text.contains("\"ハイツ\"\"A\"\",1\n号\""), "{text}");
        assert!(text.ends_with("\r\n"));
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let row = reader
            .records()
            .next()
            .and_then(Result::ok)
            .unwrap_or_default();
        let cell = |name: &str| {
            let i = COLUMNS
                .iter()
                .position(|c| c.name == name)
                .unwrap_or(usize::MAX);
            row.get(i).unwrap_or_default().to_owned()
        };
        assert_eq!(cell("building"), "ハイツ\"A\",1\n号");
        assert_eq!(cell("family_name"), "𠮷田");
        assert_eq!(cell("occupations"), "033;044");
        assert_eq!(cell("accepted_at"), "2026-11-18T20:16:40+09:00");
        assert_eq!(cell("work_history_count"), "0");

        let sjis =
            write(&[Line::new(record(&app))], Format::CsvSjis).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            sjis.replaced,
            [Replaced {
                receipt: "K7AXP3".into(),
                column: "family_name",
                count: 1
            }]
        );
        let (decoded, _, bad) = encoding_rs::SHIFT_JIS.decode(&sjis.bytes);
        assert!(!bad && decoded.contains("〓田") && !decoded.starts_with('\u{feff}'));
    }

    proptest! {
        /// Whatever the text, the result holds only characters Shift_JIS has, and as many
        /// characters as the text.
        #[test]
        fn the_repertoire_is_shift_jis(text in "\\PC{0,30}") {
            let (kept, count) = to_sjis_repertoire(&text);
            prop_assert_eq!(kept.chars().count(), text.chars().count());
            let (_, _, unmappable) = encoding_rs::SHIFT_JIS.encode(&kept);
            prop_assert!(!unmappable);
            prop_assert!(count <= text.chars().count());
        }
    }
}
