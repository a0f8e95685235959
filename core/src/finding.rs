//! What checking a field or a screen found: red findings block, orange ones warn.
//!
//! The official form has the same two colours. A finding names the field by its path in
//! [`crate::Application`] (`"basic.family_name"`, `"work_history.0.from"`) and carries a Fluent
//! message id plus arguments, never a sentence, so every language says it its own way.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::application::Application;

#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Red: blocks until fixed.
    Error,
    /// Orange: shown once; the visitor may confirm and go on.
    Warning,
}

#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Path of the field in the application, e.g. `contact.postcode`.
    pub field: String,
    pub severity: Severity,
    /// Fluent message id, e.g. `check-postcode-digits`.
    pub message: String,
    /// Fluent arguments of the message.
    pub args: BTreeMap<String, String>,
}

impl Finding {
    pub fn error(field: impl Into<String>, message: impl Into<String>) -> Finding {
        Finding {
            field: field.into(),
            severity: Severity::Error,
            message: message.into(),
            args: BTreeMap::new(),
        }
    }

    pub fn warning(field: impl Into<String>, message: impl Into<String>) -> Finding {
        Finding {
            severity: Severity::Warning,
            ..Finding::error(field, message)
        }
    }

    pub fn with_arg(mut self, name: &str, value: impl ToString) -> Finding {
        self.args.insert(name.to_owned(), value.to_string());
        self
    }

    /// Stable key of a warning, stored in `Application::confirmed_warnings` once confirmed.
    pub fn key(&self) -> String {
        format!("{}:{}", self.field, self.message)
    }
}

/// One screen of the form, in the order the kiosk shows them.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    Basic,
    Contact,
    /// 求職情報の提供等.
    Disclosure,
    DesiredWork,
    Situation,
    Education,
    WorkHistory,
    /// 障害について (任意).
    Disability,
    /// 自己PR・特記事項 (任意).
    SelfPr,
    MyPage,
}

impl Step {
    pub const ALL: [Step; 10] = [
        Step::Basic,
        Step::Contact,
        Step::Disclosure,
        Step::DesiredWork,
        Step::Situation,
        Step::Education,
        Step::WorkHistory,
        Step::Disability,
        Step::SelfPr,
        Step::MyPage,
    ];
}

/// The application after normalisation, with everything checking found.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub application: Application,
    pub findings: Vec<Finding>,
}

impl Report {
    /// True when the visitor may go on: no red finding and every orange one confirmed.
    pub fn passes(&self) -> bool {
        self.findings.iter().all(|f| match f.severity {
            Severity::Error => false,
            Severity::Warning => self.application.confirmed_warnings.contains(&f.key()),
        })
    }
}
