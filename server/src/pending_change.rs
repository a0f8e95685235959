//! Changes to who the visitor is and where they live, after 受理.
//!
//! Once the counter has accepted an application (checked an identity document against it and
//! issued a 求職番号), the name, the birth date and the address on it are what staff saw proved.
//! A My Page edit of any of them then no longer applies: it becomes a pending change, shown on
//! the counter's application page, where staff accept it (it applies then) or refuse it. Before
//! 受理, edits apply at once, as before. Either way every change is written to the audit: who
//! (the visitor on My Page, or a staff login), which field, old and new value, and when.
//!
//! The 職歴 and the answers about a disability never wait: they are the visitor's own account,
//! not what a document proved, and a visitor who takes back an answer about a disability must
//! not have to wait for anyone. Their changes apply at once, before 受理 and after, and are
//! audited the same way: a 職歴 change with the entry before and after ([`job_change`]), a
//! change of 障害について without any value ([`disability_change`]), so that clearing the
//! answers leaves no copy of them in the audit.
//!
//! The rule is plain functions over [`Application`]s, so it is tested without a server; the
//! values travel as the JSON of the part of the application they stand for, so accepting applies
//! exactly what was asked for.

use madoguchi_core::{Application, BirthDateInput, Job};
use serde::{Deserialize, Serialize};
use thiserror::Error;

pub use crate::change_record::{
    Actor, AuditAction, AuditEntry, ChangedField, FieldChange, PendingChange,
};
use crate::counter::{self, CounterError};
use crate::i18n::Tr;
use crate::secret;
use crate::storage::{ChangeDecision, Db, StorageError, User};
use crate::view;

#[derive(Serialize, Deserialize, PartialEq, Eq)]
struct NameValue {
    family_name: String,
    given_name: String,
    family_kana: String,
    given_kana: String,
}

#[derive(Serialize, Deserialize, PartialEq, Eq)]
struct AddressValue {
    postcode: String,
    prefecture: String,
    city: String,
    town: String,
    street: String,
    building: String,
}

#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ChangeError {
    /// A stored value that is not the JSON of its field (never written by this module).
    #[error("a stored change is not readable: {0}")]
    Unreadable(#[from] serde_json::Error),
    /// A field whose changes apply at once (never a pending change).
    #[error("changes of {0} do not wait for the counter")]
    NotWaiting(&'static str),
}

/// The value of `field` in `app`, as stored with a change.
pub fn value_of(app: &Application, field: ChangedField) -> String {
    let text = match field {
        ChangedField::Name => serde_json::to_string(&NameValue {
            family_name: app.basic.family_name.clone(),
            given_name: app.basic.given_name.clone(),
            family_kana: app.basic.family_kana.clone(),
            given_kana: app.basic.given_kana.clone(),
        }),
        ChangedField::BirthDate => serde_json::to_string(&app.basic.birth_date),
        ChangedField::Address => serde_json::to_string(&AddressValue {
            postcode: app.contact.postcode.clone(),
            prefecture: app.contact.prefecture.clone(),
            city: app.contact.city.clone(),
            town: app.contact.town.clone(),
            street: app.contact.street.clone(),
            building: app.contact.building.clone(),
        }),
        // Recorded per entry (job_change) or without values (disability_change).
        ChangedField::WorkHistory | ChangedField::Disability => return String::new(),
    };
    // Plain strings and enums always serialise.
    text.unwrap_or_default()
}

/// Writes a stored value of `field` into `app`.
pub fn apply(app: &mut Application, field: ChangedField, value: &str) -> Result<(), ChangeError> {
    match field {
        ChangedField::Name => {
            let v: NameValue = serde_json::from_str(value)?;
            app.basic.family_name = v.family_name;
            app.basic.given_name = v.given_name;
            app.basic.family_kana = v.family_kana;
            app.basic.given_kana = v.given_kana;
        }
        ChangedField::BirthDate => {
            app.basic.birth_date = serde_json::from_str::<BirthDateInput>(value)?;
        }
        ChangedField::Address => {
            let v: AddressValue = serde_json::from_str(value)?;
            app.contact.postcode = v.postcode;
            app.contact.prefecture = v.prefecture;
            app.contact.city = v.city;
            app.contact.town = v.town;
            app.contact.street = v.street;
            app.contact.building = v.building;
        }
        ChangedField::WorkHistory | ChangedField::Disability => {
            return Err(ChangeError::NotWaiting(field.code()))
        }
    }
    Ok(())
}

/// A 職歴 entry as recorded: its JSON, or empty for none (before an addition, after a removal).
fn job_value(job: Option<&Job>) -> String {
    job.and_then(|j| serde_json::to_string(j).ok())
        .unwrap_or_default()
}

/// The record of one 職歴 entry added (`old` none), changed, or removed (`new` none).
pub fn job_change(old: Option<&Job>, new: Option<&Job>) -> FieldChange {
    FieldChange {
        field: ChangedField::WorkHistory,
        old: job_value(old),
        new: job_value(new),
    }
}

/// The record of a change of 障害について: that it changed, when and by whom, never what.
pub fn disability_change() -> FieldChange {
    FieldChange {
        field: ChangedField::Disability,
        old: String::new(),
        new: String::new(),
    }
}

/// A stored value as a reader sees it (`山田 春男（ヤマダ ハルオ）`, a date, an address).
pub fn display(tr: Tr, field: ChangedField, value: &str) -> String {
    match field {
        ChangedField::WorkHistory => {
            return match serde_json::from_str::<Job>(value) {
                Ok(job) => view::job_text(tr, &job),
                Err(_) => tr.t("srv-value-none"),
            }
        }
        ChangedField::Disability => return tr.t("srv-change-value-private"),
        _ => {}
    }
    let mut app = Application::default();
    if apply(&mut app, field, value).is_err() {
        return String::new();
    }
    match field {
        ChangedField::Name => {
            let b = &app.basic;
            format!(
                "{} {}（{} {}）",
                b.family_name, b.given_name, b.family_kana, b.given_kana
            )
        }
        ChangedField::BirthDate => view::birth_date_text(tr, &app),
        ChangedField::Address => view::address_text(&app),
        ChangedField::WorkHistory | ChangedField::Disability => String::new(),
    }
}

/// What a My Page edit does: the application to save now, and the fields that changed. After
/// 受理 (`accepted`) the application to save keeps the current name, birth date and address, and
/// the changes wait for the counter; before, they are in it.
pub fn split_edit(
    current: &Application,
    edited: &Application,
    accepted: bool,
) -> (Application, Vec<FieldChange>) {
    let mut save = edited.clone();
    let mut changes = Vec::new();
    for field in ChangedField::WAITING {
        let old = value_of(current, field);
        let new = value_of(edited, field);
        if old == new {
            continue;
        }
        if accepted {
            // The current value is the one just read back; it always applies.
            let _ = apply(&mut save, field, &old);
        }
        changes.push(FieldChange { field, old, new });
    }
    (save, changes)
}

/// Staff accept (the new value applies) or refuse a pending change of an application they may
/// see; another office's application is [`CounterError::NotFound`], as everywhere at the
/// counter. `Ok(false)`: the change was decided already (or replaced by a newer request).
pub async fn decide(
    db: &Db,
    staff: &User,
    application_id: &str,
    change_id: &str,
    accept: bool,
    now: i64,
    rng: &mut impl rand_core::CryptoRng,
) -> Result<bool, CounterError> {
    let record = counter::application_for(db, staff, application_id).await?;
    let decision = ChangeDecision {
        change_id,
        application_id: &record.id,
        accept,
        staff_login: &staff.login,
        now,
    };
    let decided = db
        .decide_change(decision, &secret::id("aud", rng), |json, change| {
            let mut app: Application =
                serde_json::from_str(json).map_err(|e| StorageError::Unreadable(e.to_string()))?;
            apply(&mut app, change.field, &change.new)
                .map_err(|e| StorageError::Unreadable(e.to_string()))?;
            serde_json::to_string(&app).map_err(|e| StorageError::Unreadable(e.to_string()))
        })
        .await?;
    if let Some(change) = &decided {
        tracing::info!(
            application = %record.id,
            field = change.field.code(),
            by = %staff.login,
            accepted = accept,
            "pending change decided"
        );
    }
    Ok(decided.is_some())
}

#[cfg(test)]
mod tests {
    use madoguchi_core::{Calendar, Language};

    use super::*;

    fn sample() -> Application {
        let mut a = Application::default();
        a.basic.family_name = "山田".into();
        a.basic.given_name = "春男".into();
        a.basic.family_kana = "ヤマダ".into();
        a.basic.given_kana = "ハルオ".into();
        a.basic.birth_date = BirthDateInput {
            calendar: Calendar::Showa,
            year: "60".into(),
            month: "4".into(),
            day: "1".into(),
        };
        a.contact.postcode = "1000001".into();
        a.contact.prefecture = "東京都".into();
        a.contact.city = "千代田区".into();
        a.contact.town = "千代田".into();
        a.contact.street = "1-1".into();
        a.contact.phone = "0312345678".into();
        a
    }

    #[test]
    fn after_acceptance_protected_fields_wait_and_others_apply() {
        let current = sample();
        let mut edited = current.clone();
        edited.basic.family_name = "佐藤".into();
        edited.contact.street = "2-2".into();
        edited.contact.phone = "0399999999".into();
        let (save, changes) = split_edit(&current, &edited, true);
        assert_eq!(save.basic.family_name, "山田");
        assert_eq!(save.contact.street, "1-1");
        assert_eq!(
            save.contact.phone, "0399999999",
            "the phone is not protected"
        );
        let fields: Vec<ChangedField> = changes.iter().map(|c| c.field).collect();
        assert_eq!(fields, [ChangedField::Name, ChangedField::Address]);
        // Accepting the change later gives the edited values.
        let mut later = save.clone();
        for c in &changes {
            apply(&mut later, c.field, &c.new).expect("apply");
        }
        assert_eq!(later.basic.family_name, "佐藤");
        assert_eq!(later.contact.street, "2-2");
    }

    #[test]
    fn before_acceptance_edits_apply_and_are_still_listed() {
        let current = sample();
        let mut edited = current.clone();
        edited.basic.birth_date.day = "2".into();
        let (save, changes) = split_edit(&current, &edited, false);
        assert_eq!(save.basic.birth_date.day, "2");
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].field, ChangedField::BirthDate);
        let (_, none) = split_edit(&current, &current, true);
        assert!(none.is_empty());
    }

    #[test]
    fn values_read_back_and_display() {
        let app = sample();
        let tr = Tr::new(Language::JA);
        for field in ChangedField::WAITING {
            let mut blank = Application::default();
            apply(&mut blank, field, &value_of(&app, field)).expect("apply");
            assert_eq!(value_of(&blank, field), value_of(&app, field));
            assert_eq!(ChangedField::from_code(field.code()), Some(field));
        }
        assert_eq!(
            display(tr, ChangedField::Name, &value_of(&app, ChangedField::Name)),
            "山田 春男（ヤマダ ハルオ）"
        );
        assert!(apply(&mut Application::default(), ChangedField::Name, "not json").is_err());
        for field in ChangedField::ALL {
            assert_eq!(ChangedField::from_code(field.code()), Some(field));
        }
    }

    #[test]
    fn jobs_are_recorded_by_entry_and_the_disability_without_values() {
        let tr = Tr::new(Language::JA);
        let job = Job {
            employer: "株式会社ミナト".into(),
            from: "2010-04".into(),
            to: "2020-03".into(),
            ..Job::default()
        };
        let added = job_change(None, Some(&job));
        assert_eq!(added.old, "");
        let shown = display(tr, ChangedField::WorkHistory, &added.new);
        assert!(
            shown.contains("株式会社ミナト") && shown.contains("2010-04"),
            "{shown}"
        );
        assert_eq!(display(tr, ChangedField::WorkHistory, ""), "（なし）");
        let d = disability_change();
        assert_eq!((d.old.as_str(), d.new.as_str()), ("", ""));
        assert!(apply(&mut sample(), ChangedField::Disability, "").is_err());
        // Neither waits for the counter after 受理.
        let mut edited = sample();
        edited.work_history = vec![job];
        let (save, changes) = split_edit(&sample(), &edited, true);
        assert!(changes.is_empty());
        assert_eq!(save.work_history.len(), 1);
    }
}
