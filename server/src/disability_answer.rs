//! 障害について on My Page: the visitor changes their answers or takes them back entirely.
//!
//! The answers are 任意 and private. They are judged by core's checks for the 障害について
//! screen ([`check::step`] with [`Step::Disability`]), as on the kiosk: unless support is wanted,
//! core keeps nothing but the answer itself, and a grade must be one the certificate has.
//!
//! A change applies at once, before 受理 and after: the visitor must never wait for anyone to
//! take an answer back (see [`crate::pending_change`]). It is audited without any value
//! ([`pending_change::disability_change`]). When the details go ([`DisabilityEdit::forgets`]:
//! the answers cleared, or support no longer wanted), no copy of them is kept either: the
//! storage also rewrites the version as received at the counter and blanks the values of staff
//! corrections of these answers ([`crate::storage::Db::save_my_page_disability`]).

use madoguchi_core::check::{self, Context};
use madoguchi_core::{
    Application, Certificate, Disability, DisabilitySupport, Finding, Severity, Step, SupportNeed,
};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use thiserror::Error;

use crate::pending_change::{self, FieldChange};

/// The answers to 「障害のある方としての登録や支援を希望しますか」, in the form's order.
pub const SUPPORTS: [DisabilitySupport; 3] = [
    DisabilitySupport::Wanted,
    DisabilitySupport::NotWanted,
    DisabilitySupport::Unstated,
];

/// The kinds of help with the form's checkbox names.
pub const NEEDS: [(SupportNeed, &str); 6] = [
    (SupportNeed::SpecialistDesk, "need_specialist_desk"),
    (SupportNeed::Hours, "need_hours"),
    (SupportNeed::Hospital, "need_hospital"),
    (SupportNeed::Facilities, "need_facilities"),
    (SupportNeed::Communication, "need_communication"),
    (SupportNeed::Instructions, "need_instructions"),
];

/// The answers as the page posts them: choices as their serde codes (`wanted`, `mental`), one
/// checkbox per kind of help (a repeated name does not survive the CSRF wrapper's flattening).
#[derive(Deserialize, Default, Clone, Debug)]
pub struct DisabilityForm {
    #[serde(default)]
    pub support: String,
    #[serde(default)]
    pub certificate: String,
    #[serde(default)]
    pub grade: String,
    #[serde(default)]
    pub need_specialist_desk: Option<String>,
    #[serde(default)]
    pub need_hours: Option<String>,
    #[serde(default)]
    pub need_hospital: Option<String>,
    #[serde(default)]
    pub need_facilities: Option<String>,
    #[serde(default)]
    pub need_communication: Option<String>,
    #[serde(default)]
    pub need_instructions: Option<String>,
    #[serde(default)]
    pub needs_text: String,
}

impl DisabilityForm {
    /// The kinds of help ticked, in the form's order.
    pub fn needs(&self) -> Vec<SupportNeed> {
        [
            (SupportNeed::SpecialistDesk, &self.need_specialist_desk),
            (SupportNeed::Hours, &self.need_hours),
            (SupportNeed::Hospital, &self.need_hospital),
            (SupportNeed::Facilities, &self.need_facilities),
            (SupportNeed::Communication, &self.need_communication),
            (SupportNeed::Instructions, &self.need_instructions),
        ]
        .into_iter()
        .filter(|(_, on)| on.is_some())
        .map(|(need, _)| need)
        .collect()
    }
}

impl DisabilityForm {
    /// The answers as typed, for the form shown again: a code no choice has reads as none.
    pub fn typed(&self) -> Disability {
        Disability {
            support: choice(&self.support).ok().flatten(),
            certificate: choice(&self.certificate).ok().flatten(),
            grade: self.grade.clone(),
            needs: self.needs(),
            needs_text: self.needs_text.clone(),
        }
    }
}

/// Why the answers were not changed.
#[derive(Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum DisabilityRefused {
    /// Red findings, each naming its field (`disability.grade`).
    #[error("findings: {0:?}")]
    Findings(Vec<Finding>),
}

/// A change of the answers ready to save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisabilityEdit {
    pub application: Application,
    pub change: FieldChange,
    /// The details are gone: no copy of the old answers may stay anywhere.
    pub forgets: bool,
}

/// A choice from its serde code: none for empty, `Err` for a code no choice has.
fn choice<T: DeserializeOwned>(code: &str) -> Result<Option<T>, ()> {
    let code = code.trim();
    if code.is_empty() {
        return Ok(None);
    }
    serde_json::from_value(serde_json::Value::String(code.to_owned()))
        .map(Some)
        .map_err(|_| ())
}

fn finishing(current: &Application, application: Application) -> DisabilityEdit {
    let forgets = application.disability.support != Some(DisabilitySupport::Wanted)
        && application.disability != current.disability;
    DisabilityEdit {
        application,
        change: pending_change::disability_change(),
        forgets,
    }
}

/// The answers of `form` written into `current`, normalised and judged by core's checks.
pub fn edit(
    current: &Application,
    form: &DisabilityForm,
    cx: &Context,
) -> Result<DisabilityEdit, DisabilityRefused> {
    let not_accepted = |field: &str| {
        DisabilityRefused::Findings(vec![Finding::error(field, "srv-my-choice-not-accepted")])
    };
    let support = choice::<DisabilitySupport>(&form.support)
        .map_err(|()| not_accepted("disability.support"))?;
    let certificate = choice::<Certificate>(&form.certificate)
        .map_err(|()| not_accepted("disability.certificate"))?;
    let mut written = current.clone();
    written.disability = Disability {
        support,
        certificate,
        grade: form.grade.clone(),
        needs: form.needs(),
        needs_text: form.needs_text.clone(),
    };
    let report = check::step(&written, Step::Disability, cx);
    let reds: Vec<Finding> = report
        .findings
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    if !reds.is_empty() {
        return Err(DisabilityRefused::Findings(reds));
    }
    Ok(finishing(current, report.application))
}

/// Every answer taken back: as if the question had been skipped.
pub fn clear(current: &Application) -> DisabilityEdit {
    let mut application = current.clone();
    application.disability = Disability::default();
    let mut done = finishing(current, application);
    done.forgets = true;
    done
}

/// An application's JSON (a copy such as the version as received) with its answers about a
/// disability replaced by `kept`.
pub fn rewritten(json: &str, kept: &Disability) -> Result<String, serde_json::Error> {
    let mut app: Application = serde_json::from_str(json)?;
    app.disability = kept.clone();
    serde_json::to_string(&app)
}

/// The form's field a finding names (`disability.grade` → `grade`).
pub fn form_field(finding: &Finding) -> &str {
    finding
        .field
        .strip_prefix("disability.")
        .unwrap_or("support")
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

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

    fn answered() -> Application {
        Application {
            disability: Disability {
                support: Some(DisabilitySupport::Wanted),
                certificate: Some(Certificate::Mental),
                grade: "2".into(),
                needs: vec![SupportNeed::Hospital],
                needs_text: "月に一度通院".into(),
            },
            ..Application::default()
        }
    }

    fn form(support: &str, certificate: &str, grade: &str) -> DisabilityForm {
        DisabilityForm {
            support: support.into(),
            certificate: certificate.into(),
            grade: grade.into(),
            need_hours: Some("on".into()),
            needs_text: " 午前は通院 ".into(),
            ..DisabilityForm::default()
        }
    }

    #[test]
    fn answers_are_written_normalised_and_checked() {
        let done = edit(&answered(), &form("wanted", "physical", "３級"), &cx()).expect("ok");
        let d = &done.application.disability;
        assert_eq!(d.certificate, Some(Certificate::Physical));
        assert_eq!(d.grade, "3");
        assert_eq!(d.needs, vec![SupportNeed::Hours]);
        assert_eq!(d.needs_text, "午前は通院");
        assert!(!done.forgets);
        assert_eq!(done.change.old, "");

        let bad = edit(&answered(), &form("wanted", "mental", "5"), &cx());
        match bad {
            Err(DisabilityRefused::Findings(f)) => {
                assert_eq!(f[0].message, "check-disability-grade");
                assert_eq!(form_field(&f[0]), "grade");
            }
            other => panic!("{other:?}"),
        }
        let forged = edit(&answered(), &form("maybe", "", ""), &cx());
        assert!(
            matches!(forged, Err(DisabilityRefused::Findings(f)) if f[0].field == "disability.support")
        );
    }

    #[test]
    fn taking_support_back_or_clearing_forgets_the_details() {
        let not_wanted = edit(&answered(), &form("not-wanted", "mental", "2"), &cx()).expect("ok");
        assert_eq!(
            not_wanted.application.disability,
            Disability {
                support: Some(DisabilitySupport::NotWanted),
                ..Disability::default()
            }
        );
        assert!(not_wanted.forgets);
        let cleared = clear(&answered());
        assert_eq!(cleared.application.disability, Disability::default());
        assert!(cleared.forgets);
        let json = serde_json::to_string(&answered()).expect("json");
        let copy = rewritten(&json, &Disability::default()).expect("rewritten");
        assert!(
            !copy.contains("月に一度通院") && !copy.contains("mental"),
            "{copy}"
        );
    }
}
