//! Corrections at the counter: staff of the application's office change one field of a
//! received application (a katakana name written in kanji, a missing item added, a choice
//! changed), judged by core's checks as the kiosk judges the visitor.
//!
//! The field is named by its path in the application's serde form ([`madoguchi_core::correction`]),
//! so a field added to the form can be corrected without a change here. After the value is
//! written, the whole application is normalised and checked again: a red finding the
//! correction brings refuses it with that finding's message; orange ones are kept with the
//! application and shown. The corrected version is what the counter, the printed 求職申込書 and
//! the export read; the visitor's version as received is kept at the first correction, and every
//! correction is recorded with who, when (Japan time on the page), the field, old and new.

use madoguchi_core::correction::{self, CorrectionError};
use madoguchi_core::{check, Application, Finding, Severity};
use rand_core::CryptoRng;
use thiserror::Error;
use time::Date;

use crate::counter::{application_for, CounterError};
use crate::intake::open_findings;
use crate::reference;
use crate::storage::{Db, NewCorrection, StorageError, User};

/// Why a correction was not made. Each has one Fluent id at the counter.
#[derive(Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum CorrectionRefused {
    /// Not there, or another office's (told apart to nobody).
    #[error("not found")]
    NotFound,
    #[error("{0}")]
    Field(#[from] CorrectionError),
    /// The corrected application breaks a rule the kiosk would not let through.
    #[error("red findings: {0:?}")]
    Red(Vec<Finding>),
    /// Someone changed the application since the form was opened.
    #[error("the application changed meanwhile")]
    Stale,
    #[error("storage: {0}")]
    Storage(String),
}

impl From<StorageError> for CorrectionRefused {
    fn from(e: StorageError) -> CorrectionRefused {
        CorrectionRefused::Storage(e.to_string())
    }
}

impl From<CounterError> for CorrectionRefused {
    fn from(e: CounterError) -> CorrectionRefused {
        match e {
            CounterError::Storage(detail) => CorrectionRefused::Storage(detail),
            _ => CorrectionRefused::NotFound,
        }
    }
}

impl CorrectionRefused {
    /// The Fluent id of the sentence the counter shows.
    pub fn message_id(&self) -> &'static str {
        match self {
            CorrectionRefused::NotFound => "srv-correct-not-found",
            CorrectionRefused::Field(CorrectionError::UnknownField(_)) => {
                "srv-correct-unknown-field"
            }
            CorrectionRefused::Field(CorrectionError::Unchanged(_)) => "srv-correct-unchanged",
            CorrectionRefused::Field(_) => "srv-correct-not-accepted",
            CorrectionRefused::Red(_) => "srv-correct-red",
            CorrectionRefused::Stale => "srv-correct-stale",
            CorrectionRefused::Storage(_) => "srv-error-internal",
        }
    }
}

/// One correction as staff ask for it.
pub struct Request<'a> {
    pub application_id: &'a str,
    pub field: &'a str,
    pub value: &'a str,
    /// The application's `updated_at` shown with the form.
    pub version: i64,
}

/// A correction made: the field's value before and after (normalised) and the orange
/// findings now on that field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Corrected {
    pub old: String,
    pub new: String,
    pub warnings: Vec<Finding>,
}

/// Whether finding `f` is about the field at `path` or a part of it.
pub fn concerns(f: &Finding, path: &str) -> bool {
    f.field == path
        || f.field
            .strip_prefix(path)
            .is_some_and(|rest| rest.starts_with('.'))
}

fn reds(findings: &[Finding]) -> impl Iterator<Item = &Finding> {
    findings.iter().filter(|f| f.severity == Severity::Error)
}

/// The application as the counter reads it (the corrected version where there is one).
pub fn application_of(json: &str) -> Application {
    serde_json::from_str(json).unwrap_or_default()
}

/// Corrects one field of an application `user` may see, checked as of `today`.
pub async fn correct(
    db: &Db,
    user: &User,
    request: &Request<'_>,
    today: Date,
    now: i64,
    rng: &mut impl CryptoRng,
) -> Result<Corrected, CorrectionRefused> {
    let write = |before: &Application| correction::correct(before, request.field, request.value);
    let (record, before, written) = open(db, user, request, write).await?;
    let new_text = |app: &Application| correction::text_at(app, request.field);
    store(
        db,
        user,
        request.field,
        &record,
        &before,
        written,
        new_text,
        today,
        now,
        rng,
    )
    .await
}

/// Adds an entry (a job the visitor left out) to the list `request.field` (`work_history`) of
/// an application `user` may see, its fields from `values`, checked as of `today`. The history
/// records it under the new entry's path (`work_history.2`).
pub async fn add_entry(
    db: &Db,
    user: &User,
    request: &Request<'_>,
    values: &[(&str, &str)],
    today: Date,
    now: i64,
    rng: &mut impl CryptoRng,
) -> Result<Corrected, CorrectionRefused> {
    let write = |before: &Application| correction::add_entry(before, request.field, values);
    let (record, before, written) = open(db, user, request, write).await?;
    // The new entry is the list's last: its path is the list's length before.
    let index = serde_json::to_value(&before)
        .ok()
        .and_then(|v| {
            request
                .field
                .split('.')
                .try_fold(&v, |v, key| v.get(key))
                .and_then(serde_json::Value::as_array)
                .map(Vec::len)
        })
        .unwrap_or(0);
    let path = format!("{}.{index}", request.field);
    let added = written.new.clone();
    let new_text = |_: &Application| added.clone();
    store(
        db, user, &path, &record, &before, written, new_text, today, now, rng,
    )
    .await
}

/// The application as stored, after the version check, with `write` applied.
async fn open(
    db: &Db,
    user: &User,
    request: &Request<'_>,
    write: impl Fn(&Application) -> Result<correction::Corrected, CorrectionError>,
) -> Result<
    (
        crate::storage::ApplicationRecord,
        Application,
        correction::Corrected,
    ),
    CorrectionRefused,
> {
    let record = application_for(db, user, request.application_id).await?;
    if record.updated_at != request.version {
        return Err(CorrectionRefused::Stale);
    }
    let before: Application = serde_json::from_str(&record.application_json)
        .map_err(|e| CorrectionRefused::Storage(e.to_string()))?;
    let written = write(&before)?;
    Ok((record, before, written))
}

/// Checks the written application as the kiosk would (refusing red findings it brings) and
/// records the correction under `field`.
#[allow(clippy::too_many_arguments)]
async fn store(
    db: &Db,
    user: &User,
    field: &str,
    record: &crate::storage::ApplicationRecord,
    before: &Application,
    written: correction::Corrected,
    new_text: impl Fn(&Application) -> String,
    today: Date,
    now: i64,
    rng: &mut impl CryptoRng,
) -> Result<Corrected, CorrectionRefused> {
    let (was, report) = reference::with_context(today, |cx| {
        (
            check::application(before, cx),
            check::application(&written.application, cx),
        )
    });
    let brought: Vec<Finding> = reds(&report.findings)
        .filter(|f| !reds(&was.findings).any(|old| old.key() == f.key()))
        .cloned()
        .collect();
    if !brought.is_empty() {
        return Err(CorrectionRefused::Red(brought));
    }
    let new = new_text(&report.application);
    if new == written.old {
        return Err(CorrectionError::Unchanged(field.to_owned()).into());
    }
    let findings = open_findings(&report);
    let id = crate::secret::id("cor", rng);
    let stored = db
        .record_correction(&NewCorrection {
            id: &id,
            application_id: &record.id,
            version: record.updated_at,
            staff_login: &user.login,
            now,
            field,
            old: &written.old,
            new: &new,
            before_json: &record.application_json,
            after_json: &json(&report.application)?,
            findings_json: &json(&findings)?,
        })
        .await?;
    if !stored {
        return Err(CorrectionRefused::Stale);
    }
    // Ids only: the values are personal.
    tracing::info!(application = %record.id, by = %user.login, field = %field, "corrected");
    Ok(Corrected {
        old: written.old,
        new,
        warnings: findings
            .into_iter()
            .filter(|f| f.severity == Severity::Warning && concerns(f, field))
            .collect(),
    })
}

/// JSON of what a correction stores; a failure is the storage's.
fn json<T: serde::Serialize>(value: &T) -> Result<String, CorrectionRefused> {
    serde_json::to_string(value).map_err(|e| CorrectionRefused::Storage(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_finding_concerns_its_field_and_the_fields_under_it() {
        let f = Finding::error("basic.birth_date.year", "x");
        assert!(concerns(&f, "basic.birth_date.year"));
        assert!(concerns(&f, "basic.birth_date"));
        assert!(!concerns(&f, "basic.birth"));
        assert!(!concerns(&f, "contact"));
    }
}
