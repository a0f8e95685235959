//! Corrections at the counter: staff change one field of a received application, named by its
//! path in the application's serde form (`basic.family_name`, `work_history.0.employer`).
//!
//! Working over the serde form rather than over each struct means a field added to
//! [`Application`] can be corrected the day it exists, with no code here: [`fields`] lists every
//! leaf the application has, [`correct`] writes a typed value into one and reads the whole back
//! through serde, so a value the type does not accept (an unknown choice, a word where a number
//! belongs) is refused by the same rules that read the kiosk's envelope. Judging the result is
//! left to [`crate::check`]: the caller normalises and checks the corrected application as the
//! kiosk would have.
//!
//! The choices of an enum field are discovered the same way, by offering serde a value no
//! variant has and reading the variants from its refusal (`unknown variant …, expected one of
//! …`), so the counter's select follows the type without a list kept beside it.

use serde_json::Value;
use thiserror::Error;

use crate::application::Application;

/// Paths staff never edit: what the visitor confirmed and what the My Number card said are
/// records of the kiosk, not fields.
const NOT_CORRECTED: [&str; 2] = ["confirmed_warnings", "my_number_card"];

/// Separators accepted between the items of a list field (`033, 044` or one per line).
const LIST_SEPARATORS: [char; 4] = [',', '、', '，', '\n'];

/// What a correction was refused for. Each maps to one Fluent id at the counter.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CorrectionError {
    /// No such field in the application, or one staff may not edit.
    #[error("unknown field {0}")]
    UnknownField(String),
    /// The value does not fit the field's type (an unknown choice, text for a number).
    #[error("the value does not fit field {0}")]
    NotAccepted(String),
    /// The value is the one already there.
    #[error("field {0} already holds this value")]
    Unchanged(String),
}

/// How a field's value is typed in at the counter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// Free text.
    Text,
    /// A yes/no flag.
    Flag,
    /// A number.
    Number,
    /// One of the listed codes, or none where the field may be empty.
    Choice { codes: Vec<String>, optional: bool },
    /// Several items, separated by commas or lines; `codes` when each item is one of them.
    List { codes: Vec<String> },
}

/// One field of an application as the counter lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The path, e.g. `basic.family_name`.
    pub path: String,
    /// The value as staff read it (see [`text_of`]).
    pub text: String,
    pub entry: Entry,
}

/// The outcome of a correction: the application with the new value, and the field's value
/// before and after as text (what the history records).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Corrected {
    pub application: Application,
    pub old: String,
    pub new: String,
}

fn to_value(app: &Application) -> Value {
    // Application is plain data with string keys: serialising it cannot fail.
    serde_json::to_value(app).unwrap_or(Value::Null)
}

fn from_value(value: Value) -> Result<Application, serde_json::Error> {
    serde_json::from_value(value)
}

/// A value as staff read it: text as it is, lists joined with `, `, nothing as empty.
pub fn text_of(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => items.iter().map(text_of).collect::<Vec<_>>().join(", "),
        Value::Object(_) => value.to_string(),
    }
}

/// The value at `path` (dot-separated keys, numbers for list positions).
fn at<'v>(root: &'v Value, path: &str) -> Option<&'v Value> {
    path.split('.').try_fold(root, |v, key| match v {
        Value::Object(map) => map.get(key),
        Value::Array(items) => key.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => None,
    })
}

fn at_mut<'v>(root: &'v mut Value, path: &str) -> Option<&'v mut Value> {
    path.split('.').try_fold(root, |v, key| match v {
        Value::Object(map) => map.get_mut(key),
        Value::Array(items) => key.parse::<usize>().ok().and_then(|i| items.get_mut(i)),
        _ => None,
    })
}

/// The variants serde names when it refuses `probe` at `path`, if the field is an enum.
fn variants_at(root: &Value, path: &str, probe: Value) -> Vec<String> {
    let mut trial = root.clone();
    let Some(slot) = at_mut(&mut trial, path) else {
        return Vec::new();
    };
    *slot = probe;
    match from_value(trial) {
        Ok(_) => Vec::new(),
        Err(e) => variants_in(&e.to_string()),
    }
}

/// The codes in serde's `unknown variant `x`, expected one of `a`, `b`` (or `expected `a` or
/// `b``); none when the message is about something else.
fn variants_in(message: &str) -> Vec<String> {
    let Some(rest) = message
        .strip_prefix("unknown variant `")
        .and_then(|m| m.split_once("`, expected "))
        .map(|(_, rest)| rest)
    else {
        return Vec::new();
    };
    rest.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// A probe no enum of ours names.
fn probe() -> Value {
    Value::String("\u{1}".to_owned())
}

fn entry_of(root: &Value, path: &str, value: &Value) -> Entry {
    match value {
        Value::Bool(_) => Entry::Flag,
        Value::Number(_) => Entry::Number,
        Value::Array(_) => Entry::List {
            codes: variants_at(root, path, Value::Array(vec![probe()])),
        },
        Value::String(_) | Value::Null => {
            let codes = variants_at(root, path, probe());
            if codes.is_empty() {
                Entry::Text
            } else {
                // An enum that also takes null is optional.
                let mut trial = root.clone();
                if let Some(slot) = at_mut(&mut trial, path) {
                    *slot = Value::Null;
                }
                Entry::Choice {
                    codes,
                    optional: from_value(trial).is_ok(),
                }
            }
        }
        Value::Object(_) => Entry::Text,
    }
}

fn collect(root: &Value, prefix: &str, value: &Value, out: &mut Vec<Field>) {
    let descend = |key: &str| {
        if prefix.is_empty() {
            key.to_owned()
        } else {
            format!("{prefix}.{key}")
        }
    };
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let path = descend(key);
                if !NOT_CORRECTED.contains(&path.as_str()) {
                    collect(root, &path, v, out);
                }
            }
        }
        // A list of records (the work history) is a list of fields; a list of codes or words
        // is one field.
        Value::Array(items) if items.iter().any(Value::is_object) => {
            for (i, v) in items.iter().enumerate() {
                collect(root, &descend(&i.to_string()), v, out);
            }
        }
        _ => out.push(Field {
            path: prefix.to_owned(),
            text: text_of(value),
            entry: entry_of(root, prefix, value),
        }),
    }
}

/// Every field of `app` staff may correct, sorted by path (`basic.…` before `contact.…`).
pub fn fields(app: &Application) -> Vec<Field> {
    let root = to_value(app);
    let mut out = Vec::new();
    collect(&root, "", &root, &mut out);
    out
}

/// The field at `path`, if staff may correct it.
pub fn field(app: &Application, path: &str) -> Option<Field> {
    fields(app).into_iter().find(|f| f.path == path)
}

/// The typed values `input` may stand for in a field whose value is now `current`, most
/// likely first.
fn candidates(current: &Value, input: &str) -> Vec<Value> {
    let trimmed = input.trim();
    let text = Value::String(input.to_owned());
    match current {
        Value::String(_) => vec![text],
        Value::Bool(_) => match trimmed {
            "true" | "yes" | "はい" => vec![Value::Bool(true)],
            "false" | "no" | "いいえ" => vec![Value::Bool(false)],
            _ => Vec::new(),
        },
        Value::Number(_) => serde_json::from_str::<serde_json::Number>(trimmed)
            .map(|n| vec![Value::Number(n)])
            .unwrap_or_default(),
        Value::Array(_) => vec![Value::Array(
            trimmed
                .split(LIST_SEPARATORS)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| Value::String(s.to_owned()))
                .collect(),
        )],
        // Nothing there yet: empty stays empty; a number or flag if it reads as one, else text.
        Value::Null | Value::Object(_) => {
            if trimmed.is_empty() {
                return vec![Value::Null];
            }
            let mut out = Vec::new();
            if let Ok(v @ (Value::Number(_) | Value::Bool(_))) = serde_json::from_str(trimmed) {
                out.push(v);
            }
            out.push(Value::String(trimmed.to_owned()));
            out
        }
    }
}

/// Writes `input` into the field at `path` of `app`. An empty input clears an optional choice.
/// The result is not yet normalised or checked: that is [`crate::check`]'s work.
pub fn correct(app: &Application, path: &str, input: &str) -> Result<Corrected, CorrectionError> {
    let unknown = || CorrectionError::UnknownField(path.to_owned());
    let field = field(app, path).ok_or_else(unknown)?;
    let root = to_value(app);
    let current = at(&root, path).cloned().ok_or_else(unknown)?;
    let mut tries = candidates(&current, input);
    if input.trim().is_empty() && matches!(field.entry, Entry::Choice { optional: true, .. }) {
        tries.insert(0, Value::Null);
    }
    for value in tries {
        if value == current {
            return Err(CorrectionError::Unchanged(path.to_owned()));
        }
        let mut next = root.clone();
        let Some(slot) = at_mut(&mut next, path) else {
            return Err(unknown());
        };
        *slot = value.clone();
        if let Ok(application) = from_value(next) {
            return Ok(Corrected {
                application,
                old: field.text,
                new: text_of(&value),
            });
        }
    }
    Err(CorrectionError::NotAccepted(path.to_owned()))
}

/// A new, empty entry of a list staff may add to at the counter (the work history, the
/// qualifications), in serde form; `None` for any other path.
fn new_entry(list: &str) -> Option<Value> {
    match list {
        "work_history" => serde_json::to_value(crate::application::Job::default()).ok(),
        "education.qualifications" => {
            serde_json::to_value(crate::application::Qualification::default()).ok()
        }
        _ => None,
    }
}

/// Adds an entry to the list at `list` (`work_history`), its fields written from `values`
/// (`employer`, `from`, …) as [`correct`] writes one field; empty values are left empty. The
/// result's `old` is empty and `new` the entry's values, as the history shows them.
pub fn add_entry(
    app: &Application,
    list: &str,
    values: &[(&str, &str)],
) -> Result<Corrected, CorrectionError> {
    write_entry(app, list, None, values)
}

/// Writes the entry at `index` of the list at `list` anew from `values`, as [`add_entry`] writes
/// a new one: a field `values` leaves empty (or does not name) is empty afterwards. `old` and
/// `new` are the entry's values before and after, as the history shows them.
pub fn replace_entry(
    app: &Application,
    list: &str,
    index: usize,
    values: &[(&str, &str)],
) -> Result<Corrected, CorrectionError> {
    write_entry(app, list, Some(index), values)
}

/// The text of the fields `keys` of the entry at `entry`, non-empty ones joined with ` / `.
fn entry_text(entry: &Value, keys: &[&str]) -> String {
    keys.iter()
        .filter_map(|key| entry.get(*key).map(text_of))
        .filter(|text| !text.is_empty())
        .collect::<Vec<_>>()
        .join(" / ")
}

/// [`add_entry`] (`index` none) and [`replace_entry`]: a fresh entry at the end or in place
/// of entry `index`, then each value written through [`correct`].
fn write_entry(
    app: &Application,
    list: &str,
    index: Option<usize>,
    values: &[(&str, &str)],
) -> Result<Corrected, CorrectionError> {
    let unknown = || CorrectionError::UnknownField(list.to_owned());
    let entry = new_entry(list).ok_or_else(unknown)?;
    let mut root = to_value(app);
    let items = at_mut(&mut root, list)
        .and_then(Value::as_array_mut)
        .ok_or_else(unknown)?;
    let keys: Vec<&str> = values.iter().map(|(key, _)| *key).collect();
    let (index, old) = match index {
        None => {
            items.push(entry);
            (items.len() - 1, String::new())
        }
        Some(i) => {
            let slot = items
                .get_mut(i)
                .ok_or_else(|| CorrectionError::UnknownField(format!("{list}.{i}")))?;
            let old = entry_text(slot, &keys);
            *slot = entry;
            (i, old)
        }
    };
    let mut next = from_value(root).map_err(|_| CorrectionError::NotAccepted(list.to_owned()))?;
    let mut written = Vec::new();
    for (key, value) in values {
        if value.trim().is_empty() {
            continue;
        }
        let path = format!("{list}.{index}.{key}");
        match correct(&next, &path, value) {
            Ok(c) => {
                next = c.application;
                written.push(c.new);
            }
            Err(CorrectionError::Unchanged(_)) => {}
            Err(e) => return Err(e),
        }
    }
    if written.is_empty() {
        return Err(CorrectionError::NotAccepted(list.to_owned()));
    }
    Ok(Corrected {
        application: next,
        old,
        new: written.join(" / "),
    })
}

/// The text of the field at `path` of `app` (empty when there is none).
pub fn text_at(app: &Application, path: &str) -> String {
    at(&to_value(app), path).map(text_of).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::application::{Job, Sex};
    use proptest::prelude::*;

    fn sample() -> Application {
        let mut app = Application::default();
        app.basic.family_name = "ヤマダ".into();
        app.basic.given_name = "タロウ".into();
        app.desired_work.occupations = vec!["033".into()];
        app.work_history = vec![Job {
            employer: "株式会社ミナト".into(),
            duties: "事務".into(),
            from: "2010-04".into(),
            to: "2020-03".into(),
            employment_type: None,
            occupation: String::new(),
            leaving_reason: None,
        }];
        app
    }

    #[test]
    fn every_leaf_is_listed_but_the_confirmed_warnings() {
        let paths: Vec<String> = fields(&sample()).into_iter().map(|f| f.path).collect();
        for expected in [
            "language",
            "basic.family_name",
            "basic.birth_date.year",
            "basic.sex",
            "contact.postcode",
            "desired_work.occupations",
            "desired_work.wage.kind",
            "work_history.0.employer",
            "work_history.0.employment_type",
            "my_page.wanted",
        ] {
            assert!(paths.iter().any(|p| p == expected), "{expected} missing");
        }
        assert!(!paths.iter().any(|p| p.starts_with("confirmed_warnings")));
        assert!(!paths.iter().any(|p| p.starts_with("my_number_card")));
    }

    #[test]
    fn choices_come_from_the_type() {
        let app = sample();
        let sex = field(&app, "basic.sex").map(|f| f.entry);
        assert_eq!(
            sex,
            Some(Entry::Choice {
                codes: vec!["female".into(), "male".into(), "unstated".into()],
                optional: true
            })
        );
        let wage = field(&app, "desired_work.wage.kind").map(|f| f.entry);
        assert_eq!(
            wage,
            Some(Entry::Choice {
                codes: vec!["monthly".into(), "hourly".into()],
                optional: false
            })
        );
        let days = field(&app, "desired_work.hours.days").map(|f| f.entry);
        assert!(matches!(days, Some(Entry::List { codes }) if codes.len() == 7));
        let name = field(&app, "basic.family_name").map(|f| f.entry);
        assert_eq!(name, Some(Entry::Text));
        assert_eq!(
            field(&app, "my_page.wanted").map(|f| f.entry),
            Some(Entry::Flag)
        );
    }

    #[test]
    fn a_katakana_name_becomes_kanji() {
        let done = correct(&sample(), "basic.family_name", "山田").expect("corrected");
        assert_eq!(done.application.basic.family_name, "山田");
        assert_eq!((done.old.as_str(), done.new.as_str()), ("ヤマダ", "山田"));
        assert_eq!(done.application.basic.given_name, "タロウ");
    }

    #[test]
    fn a_missing_choice_is_added_and_cleared() {
        let app = sample();
        let done = correct(&app, "basic.sex", "female").expect("added");
        assert_eq!(done.application.basic.sex, Some(Sex::Female));
        assert_eq!(done.old, "");
        let cleared = correct(&done.application, "basic.sex", "").expect("cleared");
        assert_eq!(cleared.application.basic.sex, None);
    }

    #[test]
    fn lists_split_on_commas_and_lines() {
        let done =
            correct(&sample(), "desired_work.occupations", "033、044\n 050").expect("corrected");
        assert_eq!(
            done.application.desired_work.occupations,
            ["033", "044", "050"]
        );
        assert_eq!(done.new, "033, 044, 050");
        let days = correct(&sample(), "desired_work.hours.days", "mon, fri").expect("days");
        assert_eq!(days.application.desired_work.hours.days.len(), 2);
    }

    #[test]
    fn what_the_type_refuses_is_refused() {
        let app = sample();
        assert_eq!(
            correct(&app, "basic.sex", "tall"),
            Err(CorrectionError::NotAccepted("basic.sex".into()))
        );
        assert_eq!(
            correct(&app, "desired_work.hours.days", "mon, someday"),
            Err(CorrectionError::NotAccepted(
                "desired_work.hours.days".into()
            ))
        );
        assert_eq!(
            correct(&app, "my_page.wanted", "perhaps"),
            Err(CorrectionError::NotAccepted("my_page.wanted".into()))
        );
        assert_eq!(
            correct(&app, "basic.nickname", "x"),
            Err(CorrectionError::UnknownField("basic.nickname".into()))
        );
        assert_eq!(
            correct(&app, "confirmed_warnings", "x"),
            Err(CorrectionError::UnknownField("confirmed_warnings".into()))
        );
        assert_eq!(
            correct(&app, "basic.family_name", "ヤマダ"),
            Err(CorrectionError::Unchanged("basic.family_name".into()))
        );
        assert_eq!(
            correct(&app, "work_history.3.employer", "x"),
            Err(CorrectionError::UnknownField(
                "work_history.3.employer".into()
            ))
        );
    }

    #[test]
    fn serde_refusals_name_their_variants() {
        assert_eq!(
            variants_in("unknown variant `x`, expected one of `a`, `b`, `c`"),
            ["a", "b", "c"]
        );
        assert_eq!(
            variants_in("unknown variant `x`, expected `a` or `b`"),
            ["a", "b"]
        );
        assert!(variants_in("invalid type: string, expected a boolean").is_empty());
    }

    #[test]
    fn staff_add_a_job_the_visitor_left_out() {
        let app = Application::default();
        let added = add_entry(
            &app,
            "work_history",
            &[
                ("employer", "株式会社みどり"),
                ("from", "2015-04"),
                ("to", ""),
                ("employment_type", "full-time"),
            ],
        )
        .expect("added");
        let job = &added.application.work_history[0];
        assert_eq!(job.employer, "株式会社みどり");
        assert_eq!(job.from, "2015-04");
        assert_eq!(job.to, "");
        assert_eq!(added.old, "");
        assert_eq!(added.new, "株式会社みどり / 2015-04 / full-time");
        // A value the type refuses refuses the whole entry; nothing at all is not an entry.
        assert_eq!(
            add_entry(&app, "work_history", &[("employment_type", "boss")]),
            Err(CorrectionError::NotAccepted(
                "work_history.0.employment_type".into()
            ))
        );
        assert!(add_entry(&app, "work_history", &[("employer", " ")]).is_err());
        assert_eq!(
            add_entry(&app, "basic", &[("family_name", "山田")]),
            Err(CorrectionError::UnknownField("basic".into()))
        );
    }

    #[test]
    fn an_entry_is_written_anew_in_place() {
        let app = sample();
        let done = replace_entry(
            &app,
            "work_history",
            0,
            &[
                ("employer", "株式会社ミナト"),
                ("from", "2010-04"),
                ("to", "2021-03"),
                ("employment_type", "contract"),
                ("duties", ""),
            ],
        )
        .expect("replaced");
        let job = &done.application.work_history[0];
        assert_eq!(job.to, "2021-03");
        assert_eq!(job.duties, "", "a value left empty is empty afterwards");
        assert_eq!(
            job.employment_type,
            Some(crate::application::EmploymentType::Contract)
        );
        assert_eq!(done.old, "株式会社ミナト / 2010-04 / 2020-03 / 事務");
        assert_eq!(done.application.work_history.len(), 1);
        assert_eq!(done.application.basic, app.basic);
        assert_eq!(
            replace_entry(&app, "work_history", 1, &[("employer", "x")]),
            Err(CorrectionError::UnknownField("work_history.1".into()))
        );
        assert_eq!(
            replace_entry(&app, "work_history", 0, &[("leaving_reason", "fired")]),
            Err(CorrectionError::NotAccepted(
                "work_history.0.leaving_reason".into()
            ))
        );
    }

    proptest! {
        /// Whatever text is written into a text field comes back as written, and nothing else
        /// of the application moves.
        #[test]
        fn text_fields_keep_what_is_written(text in "\\PC{1,40}") {
            let app = sample();
            match correct(&app, "basic.given_name", &text) {
                Ok(done) => {
                    prop_assert_eq!(&done.application.basic.given_name, &text);
                    let mut back = done.application.clone();
                    back.basic.given_name = app.basic.given_name.clone();
                    prop_assert_eq!(back, app);
                }
                Err(e) => prop_assert_eq!(e, CorrectionError::Unchanged("basic.given_name".into())),
            }
        }
    }
}
