//! The types that cross between the kiosk's web UI and its shell (Tauri commands).
//!
//! They are written once here and generated into `ui/src/generated/` by ts-rs, together with
//! the kiosk–server contract ([`crate::contract`]) and `lists.ts`, the ordered lists of the
//! generated unions (the form's steps, the survey's reasons) that TypeScript cannot derive from
//! a type; the test `generated_types_are_fresh` fails when the checked-in TypeScript is stale.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::application::Language;

/// What the UI needs to know about this kiosk at start.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
pub struct KioskInfo {
    pub kiosk_id: String,
    pub office_code: String,
    pub office_name: String,
    /// Languages offered on the attract screen, in order.
    pub languages: Vec<Language>,
    /// Seconds without a touch before the 「操作を続けますか？」 warning.
    pub idle_seconds: u32,
    /// Seconds the warning counts down before the session is wiped.
    pub countdown_seconds: u32,
    /// Seconds the done screen stays before returning to the attract screen.
    pub done_seconds: u32,
    /// False while the kiosk cannot take applications (e.g. not enrolled); the UI shows 準備中.
    pub ready: bool,
    /// A receipt printer is configured: 完了 prints the slip.
    pub printer: bool,
    /// Seconds without a touch before the attract screen sleeps while the office is closed
    /// (ask `office_closed`); `None`: the kiosk has no closed hours and never sleeps.
    pub sleep_after_seconds: Option<u32>,
}

/// How the page's start went, each time in milliseconds on the page's own clock (0 when the
/// webview began to load it): the UI sends it with `ui_ready` and the shell logs it, so a slow
/// start can be split into fetching and compiling the bundle, running its modules, mounting,
/// waiting for the shell and painting. No personal data: there is none before the first screen.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Default)]
pub struct PageStart {
    /// The first module began to run: the page and its bundle were fetched and compiled.
    pub script_ms: f64,
    /// Every module had run (the screens' code, the first language's text).
    pub evaluated_ms: f64,
    /// The app was mounted.
    pub mounted_ms: f64,
    /// The kiosk's info was in hand (handed over with the page, or answered by `kiosk_info`).
    pub info_ms: f64,
    /// One frame after the attract screen was drawn.
    pub painted_ms: f64,
}

/// One address a postcode stands for (a code may stand for several towns).
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
pub struct Address {
    pub prefecture: String,
    pub city: String,
    /// 町域; empty where the code covers the whole municipality.
    pub town: String,
}

#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
pub struct PostcodeLookup {
    /// The seven digits, normalised.
    pub postcode: String,
    pub addresses: Vec<Address>,
}

/// A major group of the occupation classification with its middle groups. Names come from
/// Fluent (`occ-<code>`) in the visitor's language; the table's own Japanese names travel too,
/// for the groups of a replacement table that the locales do not name yet.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
pub struct OccupationGroup {
    pub code: String,
    pub middles: Vec<String>,
    /// Code → the table's Japanese name, for this major group and each of its middle groups.
    pub names: std::collections::BTreeMap<String, String>,
}

/// What the visitor takes away: the receipt number and the QR to continue on the phone.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
pub struct Submission {
    /// Six characters from an alphabet without look-alikes, shown at the counter.
    pub receipt: String,
    /// `<continuation base URL>/c/<token>`, encoded in the QR.
    pub continuation_url: String,
    /// The QR code as an SVG document.
    pub qr_svg: String,
}

/// What staff see in staff mode: delivery health of this kiosk, no personal data.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
pub struct StaffStatus {
    pub kiosk_id: String,
    pub office_code: String,
    pub version: String,
    /// False until `madoguchi-kiosk enroll` has been run; applications then stay queued.
    pub enrolled: bool,
    pub server_url: String,
    /// Applications waiting for delivery.
    pub queue_depth: u64,
    /// Applications the server refused for good (kept for support).
    pub refused: u64,
    /// RFC 3339 time of the last acknowledged delivery.
    pub last_success: Option<String>,
    /// Short code of the last delivery failure.
    pub last_error: Option<String>,
}

/// The assist layer is open for this member of staff.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
pub struct AssistOpened {
    /// The staff code's id (no name: the kiosk knows none).
    pub staff_id: String,
}

/// What became of the done screen's receipt slip: the visitor's message (kiosk.ftl
/// `receipt-printed`, `receipt-print-incomplete` when the printer stopped mid-slip, or
/// `receipt-print-failed`).
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
pub struct ReceiptPrinted {
    pub printed: bool,
    pub message: String,
}

/// The receipt printer as staff mode shows it: a kiosk.ftl id (`staff-printer-*`) and its
/// arguments; `staff-printer-none` when no printer is configured.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
pub struct PrinterState {
    pub message: String,
    pub args: BTreeMap<String, String>,
}

/// One utterance of the spoken guidance (音声案内), as the UI asked for it: the spoken-text log
/// that the shell keeps in memory until the reset, read by the end-to-end tests. The text is
/// personal data when it reads a field's value.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
pub struct SpokenLine {
    pub text: String,
    pub language: Language,
}

/// Where the visitor's call for staff stands.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "kebab-case")]
pub enum StaffCallState {
    /// No call.
    #[default]
    None,
    /// Called, but the server has not heard yet (offline): the visitor is told to speak to
    /// staff nearby.
    Waiting,
    /// The counter has been told.
    Sent,
    /// Staff said they are on their way.
    Acknowledged,
}

/// An error as the UI sees it: a Fluent message id and its arguments, never a sentence.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
pub struct CommandError {
    pub code: String,
    pub args: BTreeMap<String, String>,
}

impl CommandError {
    pub fn new(code: impl Into<String>) -> CommandError {
        CommandError {
            code: code.into(),
            args: BTreeMap::new(),
        }
    }

    pub fn with_arg(mut self, name: &str, value: impl ToString) -> CommandError {
        self.args.insert(name.to_owned(), value.to_string());
        self
    }
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use ts_rs::TS;

    use super::*;
    use crate::{contract, Application, Report};

    fn export_all(dir: &Path) {
        let cfg = ts_rs::Config::new().with_out_dir(dir);
        Application::export_all(&cfg).expect("export Application");
        Report::export_all(&cfg).expect("export Report");
        crate::Step::export_all(&cfg).expect("export Step");
        KioskInfo::export_all(&cfg).expect("export KioskInfo");
        PageStart::export_all(&cfg).expect("export PageStart");
        PostcodeLookup::export_all(&cfg).expect("export PostcodeLookup");
        OccupationGroup::export_all(&cfg).expect("export OccupationGroup");
        Submission::export_all(&cfg).expect("export Submission");
        CommandError::export_all(&cfg).expect("export CommandError");
        StaffStatus::export_all(&cfg).expect("export StaffStatus");
        StaffCallState::export_all(&cfg).expect("export StaffCallState");
        AssistOpened::export_all(&cfg).expect("export AssistOpened");
        ReceiptPrinted::export_all(&cfg).expect("export ReceiptPrinted");
        PrinterState::export_all(&cfg).expect("export PrinterState");
        SpokenLine::export_all(&cfg).expect("export SpokenLine");
        contract::EnrollRequest::export_all(&cfg).expect("export EnrollRequest");
        contract::EnrollAnswer::export_all(&cfg).expect("export EnrollAnswer");
        contract::ApplicationRequest::export_all(&cfg).expect("export ApplicationRequest");
        contract::Received::export_all(&cfg).expect("export Received");
        contract::SurveyRequest::export_all(&cfg).expect("export SurveyRequest");
        contract::SurveyRecorded::export_all(&cfg).expect("export SurveyRecorded");
        contract::HeartbeatRequest::export_all(&cfg).expect("export HeartbeatRequest");
        contract::HeartbeatAck::export_all(&cfg).expect("export HeartbeatAck");
        contract::KioskCommand::export_all(&cfg).expect("export KioskCommand");
        contract::CommandAction::export_all(&cfg).expect("export CommandAction");
        contract::CommandAck::export_all(&cfg).expect("export CommandAck");
        contract::Health::export_all(&cfg).expect("export Health");
        contract::Problem::export_all(&cfg).expect("export Problem");
        contract::ProblemCode::export_all(&cfg).expect("export ProblemCode");
        contract::SurveyReason::export_all(&cfg).expect("export SurveyReason");
        crate::conversion::Conversion::export_all(&cfg).expect("export Conversion");
        crate::ink::Ink::export_all(&cfg).expect("export Ink");
        crate::ink::PadScript::export_all(&cfg).expect("export PadScript");
        crate::conversion::Vocabulary::export_all(&cfg).expect("export Vocabulary");
        std::fs::create_dir_all(dir).expect("generated dir");
        std::fs::write(dir.join("lists.ts"), lists_ts()).expect("write lists.ts");
    }

    /// A string list as TypeScript, each member as serde writes it.
    fn ts_list<T: serde::Serialize>(items: &[T]) -> String {
        let members: Vec<String> = items
            .iter()
            .map(|i| serde_json::to_string(i).expect("serialises"))
            .collect();
        format!("[{}]", members.join(", "))
    }

    /// The ordered lists the UI walks, from the Rust constants that define the order.
    fn lists_ts() -> String {
        format!(
            "// Generated by madoguchi-core (kiosk_api::tests::generated_types_are_fresh). Do not edit this file manually.\n\
             \n\
             import type {{ Certificate }} from \"./Certificate\";\n\
             import type {{ Step }} from \"./Step\";\n\
             import type {{ SurveyReason }} from \"./SurveyReason\";\n\
             \n\
             /** Every step of the form, in the order the kiosk shows them (`Step::ALL`). */\n\
             export const STEPS: readonly Step[] = {};\n\
             \n\
             /** The survey reasons a visitor can tap, in the order shown (`SurveyReason::OFFERED`). */\n\
             export const SURVEY_REASONS: readonly Exclude<SurveyReason, \"\">[] = {};\n\
             \n\
             /** Codes of the statuses of residence, in the agency's order (`data/residence-statuses.tsv`; names `res-<code>`). */\n\
             export const RESIDENCE_STATUSES: readonly string[] = {};\n\
             \n\
             /** Codes of the listed licences that take a score (`data/licences.tsv`). */\n\
             export const SCORED_LICENCES: readonly string[] = {};\n\
             \n\
             /** Most 職歴 entries (`check::MAX_JOBS`) and 免許・資格 entries (`check::MAX_QUALIFICATIONS`). */\n\
             export const MAX_JOBS = {};\n\
             export const MAX_QUALIFICATIONS = {};\n\
             \n\
             /** The grades of each 障害者手帳, most severe first (`Certificate::grades`). */\n\
             export const CERTIFICATE_GRADES: Readonly<Record<Certificate, readonly string[]>> = {{ {} }};\n",
            ts_list(&crate::Step::ALL),
            ts_list(&crate::contract::SurveyReason::OFFERED),
            ts_list(
                &crate::residence::statuses()
                    .iter()
                    .map(|s| s.code.as_str())
                    .collect::<Vec<_>>()
            ),
            ts_list(
                &crate::licence::licences()
                    .iter()
                    .filter(|l| l.scored)
                    .map(|l| l.code.as_str())
                    .collect::<Vec<_>>()
            ),
            crate::check::MAX_JOBS,
            crate::check::MAX_QUALIFICATIONS,
            crate::Certificate::ALL
                .iter()
                .map(|c| format!(
                    "{}: {}",
                    serde_json::to_string(c).expect("serialises"),
                    ts_list(c.grades())
                ))
                .collect::<Vec<_>>()
                .join(", "),
        )
    }

    fn read_dir(dir: &Path) -> BTreeMap<String, String> {
        std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter(|e| e.path().extension().is_some_and(|x| x == "ts"))
                    .map(|e| {
                        let text = std::fs::read_to_string(e.path()).unwrap_or_default();
                        (e.file_name().to_string_lossy().into_owned(), text)
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// `UPDATE_TS=1 cargo test -p madoguchi-core generated` rewrites the checked-in types.
    #[test]
    fn generated_types_are_fresh() {
        let committed: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/generated");
        if std::env::var_os("UPDATE_TS").is_some() {
            let _ = std::fs::remove_dir_all(&committed);
            export_all(&committed);
            return;
        }
        let fresh = std::env::temp_dir().join(format!("madoguchi-ts-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&fresh);
        export_all(&fresh);
        let (want, got) = (read_dir(&fresh), read_dir(&committed));
        let _ = std::fs::remove_dir_all(&fresh);
        assert_eq!(
            want.keys().collect::<Vec<_>>(),
            got.keys().collect::<Vec<_>>(),
            "ui/src/generated is stale: run UPDATE_TS=1 cargo test -p madoguchi-core generated"
        );
        for (name, text) in &want {
            assert_eq!(Some(text), got.get(name), "ui/src/generated/{name} is stale: run UPDATE_TS=1 cargo test -p madoguchi-core generated");
        }
    }
}
