//! 職歴 entries as the pages write them: the posted shape of one job ([`JobForm`]), which the
//! counter's 「職歴を追加する」 and My Page's 職歴 pages share, and My Page's edits of the list
//! (change one entry, add one, remove one).
//!
//! A job is written through core's [`correction`] (each value typed by the application's own
//! serde form, as at the counter) and then judged by core's checks for the 職歴 screen
//! ([`check::step`] with [`Step::WorkHistory`]), exactly as the kiosk judges it. Only red findings
//! about the entry being written (or about the list, such as too many jobs) refuse an edit;
//! they come back with the entry as typed, so nothing the visitor wrote is lost.
//!
//! Entries are named by their position. So that a position taken from an older page (a second
//! tab, a correction at the counter meanwhile) never changes or removes another job, each form
//! carries the entry's [`fingerprint`], and a different entry in that place refuses the edit
//! ([`JobRefused::Changed`]).
//!
//! Changes apply at once, before 受理 and after (see [`crate::pending_change`]), and each is
//! audited with the entry before and after ([`pending_change::job_change`]).

use madoguchi_core::check::{self, Context};
use madoguchi_core::correction::{self, CorrectionError};
use madoguchi_core::{Application, EmploymentType, Finding, Job, LeavingReason, Severity, Step};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use thiserror::Error;

use crate::correction::concerns;
use crate::pending_change::{self, FieldChange};

/// The list's path in the application.
pub const LIST: &str = "work_history";

/// The 雇用形態 a past job may have had, in the form's order.
pub const EMPLOYMENT_TYPES: [EmploymentType; 6] = [
    EmploymentType::FullTime,
    EmploymentType::PartTime,
    EmploymentType::Dispatch,
    EmploymentType::Contract,
    EmploymentType::Casual,
    EmploymentType::Other,
];

/// The 離職理由 in the form's order.
pub const LEAVING_REASONS: [LeavingReason; 5] = [
    LeavingReason::Employer,
    LeavingReason::Own,
    LeavingReason::ContractEnd,
    LeavingReason::Retirement,
    LeavingReason::Other,
];

/// One job as a page posts it: the names of the application's own fields, every value as
/// typed (choices as their serde codes, `full-time`, `contract-end`). A field a form does not
/// have (the counter's form has no 職種 or 離職理由) is empty.
#[derive(Deserialize, Default, Clone, Debug, PartialEq, Eq)]
pub struct JobForm {
    #[serde(default)]
    pub employer: String,
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    #[serde(default)]
    pub employment_type: String,
    #[serde(default)]
    pub occupation: String,
    #[serde(default)]
    pub duties: String,
    #[serde(default)]
    pub leaving_reason: String,
}

/// The serde code of a choice (`contract-end`), or empty.
pub fn code_of<T: Serialize>(value: Option<&T>) -> String {
    match value.map(serde_json::to_value) {
        Some(Ok(serde_json::Value::String(code))) => code,
        _ => String::new(),
    }
}

impl JobForm {
    /// The values by the field each is written to, in the form's order.
    pub fn values(&self) -> [(&'static str, &str); 7] {
        [
            ("employer", self.employer.as_str()),
            ("from", self.from.as_str()),
            ("to", self.to.as_str()),
            ("employment_type", self.employment_type.as_str()),
            ("occupation", self.occupation.as_str()),
            ("duties", self.duties.as_str()),
            ("leaving_reason", self.leaving_reason.as_str()),
        ]
    }

    /// The form filled with a stored job.
    pub fn of(job: &Job) -> JobForm {
        JobForm {
            employer: job.employer.clone(),
            from: job.from.clone(),
            to: job.to.clone(),
            employment_type: code_of(job.employment_type.as_ref()),
            occupation: job.occupation.clone(),
            duties: job.duties.clone(),
            leaving_reason: code_of(job.leaving_reason.as_ref()),
        }
    }

    /// Nothing typed at all.
    pub fn is_blank(&self) -> bool {
        self.values().iter().all(|(_, v)| v.trim().is_empty())
    }
}

/// A short digest of a stored job: what a form's position stands for.
pub fn fingerprint(job: &Job) -> String {
    let json = serde_json::to_vec(job).unwrap_or_default();
    Sha256::digest(&json)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The application with its 職歴 normalised as the check does (entries left blank dropped), so
/// that positions on a page and in an edit agree.
pub fn normalised(app: &Application) -> Application {
    let mut app = app.clone();
    check::normalize_step(&mut app, Step::WorkHistory);
    app
}

/// Why an edit of the 職歴 was not made.
#[derive(Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum JobRefused {
    /// No entry at that position.
    #[error("no such entry")]
    NotFound,
    /// Another entry is at that position now (changed elsewhere since the page was opened).
    #[error("the entry changed meanwhile")]
    Changed,
    /// Red findings about the entry (its fields named `work_history.<i>.<field>`) or, for a job
    /// added, the list (too many jobs).
    #[error("findings: {0:?}")]
    Findings(Vec<Finding>),
}

impl JobRefused {
    /// The Fluent id of the sentence the visitor sees (findings speak for themselves).
    pub fn message_id(&self) -> &'static str {
        match self {
            JobRefused::NotFound => "srv-error-not-found",
            JobRefused::Changed => "srv-my-job-changed",
            JobRefused::Findings(_) => "srv-form-errors",
        }
    }
}

/// A 職歴 edit ready to save: the application and the change to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobEdit {
    pub application: Application,
    pub change: FieldChange,
    /// The entry's position after the edit (a new one is the last).
    pub index: usize,
}

/// Which entry an edit writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot<'a> {
    New,
    /// The entry at this position, as its [`fingerprint`] said when the page was opened.
    At(usize, &'a str),
}

/// The entry at `index` of `app` (normalised), if it is still the one `seen` names.
fn entry<'a>(app: &'a Application, index: usize, seen: &str) -> Result<&'a Job, JobRefused> {
    let job = app.work_history.get(index).ok_or(JobRefused::NotFound)?;
    if fingerprint(job) != seen {
        return Err(JobRefused::Changed);
    }
    Ok(job)
}

/// Writes the job `form` into `current` (normalised with [`normalised`]) at `slot`, judged by
/// core's checks for the 職歴 screen as of `cx`. `Err(Findings)` keeps nothing; the caller
/// shows the form again as typed.
pub fn edit(
    current: &Application,
    slot: Slot<'_>,
    form: &JobForm,
    cx: &Context,
) -> Result<JobEdit, JobRefused> {
    let (index, old) = match slot {
        Slot::New => (current.work_history.len(), None),
        Slot::At(i, seen) => (i, Some(entry(current, i, seen)?)),
    };
    let path = format!("{LIST}.{index}");
    if form.is_blank() {
        // Core drops an entry left blank; here it is a job the visitor meant to write.
        let missing = Finding::error(format!("{path}.employer"), "check-employer-required");
        return Err(JobRefused::Findings(vec![missing]));
    }
    let written = match slot {
        Slot::New => correction::add_entry(current, LIST, &form.values()),
        Slot::At(i, _) => correction::replace_entry(current, LIST, i, &form.values()),
    };
    let written = written.map_err(|e| match e {
        // A choice no select offers (a forged form).
        CorrectionError::NotAccepted(field) | CorrectionError::UnknownField(field) => {
            JobRefused::Findings(vec![Finding::error(field, "srv-my-choice-not-accepted")])
        }
        _ => JobRefused::NotFound,
    })?;
    let report = check::step(&written.application, Step::WorkHistory, cx);
    let reds: Vec<Finding> = report
        .findings
        .into_iter()
        // The list's own finding (too many jobs) only refuses a job added, never a change.
        .filter(|f| {
            f.severity == Severity::Error
                && (concerns(f, &path) || (f.field == LIST && slot == Slot::New))
        })
        .collect();
    if !reds.is_empty() {
        return Err(JobRefused::Findings(reds));
    }
    let change = pending_change::job_change(old, report.application.work_history.get(index));
    Ok(JobEdit {
        application: report.application,
        change,
        index,
    })
}

/// Removes the entry at `index` of `current` (normalised), if it is still the one `seen` names.
pub fn remove(current: &Application, index: usize, seen: &str) -> Result<JobEdit, JobRefused> {
    let old = entry(current, index, seen)?.clone();
    let mut application = current.clone();
    application.work_history.remove(index);
    Ok(JobEdit {
        application,
        change: pending_change::job_change(Some(&old), None),
        index,
    })
}

/// The form's fields a finding's path names (`work_history.2.from` → `from`), or none.
pub fn form_field(finding: &Finding) -> Option<&str> {
    finding
        .field
        .strip_prefix(LIST)
        .and_then(|rest| rest.strip_prefix('.'))
        .and_then(|rest| rest.split_once('.'))
        .map(|(_, field)| field.split('.').next().unwrap_or(field))
}

#[cfg(test)]
mod tests {
    use madoguchi_core::check::Context;
    use time::macros::date;

    use super::*;

    fn app() -> Application {
        Application {
            work_history: vec![Job {
                employer: "株式会社ミナト".into(),
                duties: "事務".into(),
                from: "2010-04".into(),
                to: "2020-03".into(),
                employment_type: Some(EmploymentType::FullTime),
                ..Job::default()
            }],
            ..Application::default()
        }
    }

    fn form(employer: &str, from: &str, to: &str) -> JobForm {
        JobForm {
            employer: employer.into(),
            from: from.into(),
            to: to.into(),
            employment_type: "part-time".into(),
            leaving_reason: "own".into(),
            ..JobForm::default()
        }
    }

    fn known(_: &str) -> bool {
        true
    }

    fn cx() -> Context<'static> {
        Context {
            today: date!(2026 - 12 - 06),
            postcode_known: &known,
            occupation_known: &known,
        }
    }

    #[test]
    fn a_form_round_trips_through_a_job() {
        let job = &app().work_history[0];
        let f = JobForm::of(job);
        assert_eq!(f.employment_type, "full-time");
        let done = edit(&app(), Slot::At(0, &fingerprint(job)), &f, &cx()).expect("same job");
        assert_eq!(&done.application.work_history[0], job);
    }

    #[test]
    fn an_edit_is_checked_and_recorded_by_entry() {
        let current = app();
        let seen = fingerprint(&current.work_history[0]);
        let done = edit(
            &current,
            Slot::At(0, &seen),
            &form("株式会社ミナト", "平成22年4月", "2021/3"),
            &cx(),
        )
        .expect("edited");
        let job = &done.application.work_history[0];
        assert_eq!((job.from.as_str(), job.to.as_str()), ("2010-04", "2021-03"));
        assert_eq!(job.leaving_reason, Some(LeavingReason::Own));
        assert!(done.change.old.contains("2020-03") && done.change.new.contains("2021-03"));

        let bad = edit(
            &current,
            Slot::At(0, &seen),
            &form("ミナト", "2010-04", "2010-13"),
            &cx(),
        );
        match bad {
            Err(JobRefused::Findings(f)) => {
                assert_eq!(f.len(), 1, "{f:?}");
                assert_eq!(f[0].field, "work_history.0.to");
                assert_eq!(f[0].message, "check-year-month-format");
                assert_eq!(form_field(&f[0]), Some("to"));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            edit(
                &current,
                Slot::At(0, "0000"),
                &form("x", "2010-04", ""),
                &cx()
            ),
            Err(JobRefused::Changed)
        );
        assert_eq!(
            edit(
                &current,
                Slot::At(3, &seen),
                &form("x", "2010-04", ""),
                &cx()
            ),
            Err(JobRefused::NotFound)
        );
    }

    #[test]
    fn jobs_are_added_and_removed_and_a_blank_or_forged_form_is_refused() {
        let current = app();
        let added = edit(
            &current,
            Slot::New,
            &form("みどり商店", "2021-04", ""),
            &cx(),
        )
        .expect("added");
        assert_eq!(added.index, 1);
        assert_eq!(added.application.work_history.len(), 2);
        assert_eq!(added.change.old, "");
        let seen = fingerprint(&added.application.work_history[0]);
        let removed = remove(&added.application, 0, &seen).expect("removed");
        assert_eq!(removed.application.work_history.len(), 1);
        assert_eq!(removed.application.work_history[0].employer, "みどり商店");
        assert_eq!(removed.change.new, "");
        assert_eq!(remove(&current, 0, "0000"), Err(JobRefused::Changed));

        let mut full = current.clone();
        full.work_history = vec![current.work_history[0].clone(); check::MAX_JOBS];
        let more = edit(&full, Slot::New, &form("みどり商店", "2021-04", ""), &cx());
        assert!(
            matches!(&more, Err(JobRefused::Findings(f)) if f[0].message == "check-jobs-too-many"),
            "{more:?}"
        );
        let seen = fingerprint(&full.work_history[3]);
        assert!(edit(
            &full,
            Slot::At(3, &seen),
            &form("ミナト", "2010-04", "2011-03"),
            &cx()
        )
        .is_ok());

        let blank = edit(&current, Slot::New, &JobForm::default(), &cx());
        assert!(
            matches!(blank, Err(JobRefused::Findings(f)) if f[0].field == "work_history.1.employer")
        );
        let mut forged = form("x", "2020-01", "");
        forged.employment_type = "boss".into();
        let refused = edit(&current, Slot::New, &forged, &cx());
        assert!(
            matches!(&refused, Err(JobRefused::Findings(f)) if f[0].field == "work_history.1.employment_type"),
            "{refused:?}"
        );
    }
}
