//! The records of a change the visitor made on My Page (who they are, where they live, their
//! 職歴, their answers about a disability): which field, what it was and what was asked, who
//! asked, and what the counter decided. Plain data shared by the rule
//! ([`crate::pending_change`]) and the database ([`crate::storage`]), so neither needs the other.

/// A part of the application whose changes on My Page are recorded. Only [`WAITING`] ones wait
/// for the counter after 受理; the others apply at once and are audited.
///
/// [`WAITING`]: ChangedField::WAITING
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangedField {
    /// 氏名 and フリガナ together.
    Name,
    BirthDate,
    /// 郵便番号 to 建物名.
    Address,
    /// One 職歴 entry: its values before and after (empty when added or removed).
    WorkHistory,
    /// 障害について: recorded without its values, which the visitor may take back entirely.
    Disability,
}

impl ChangedField {
    pub const ALL: [ChangedField; 5] = [
        ChangedField::Name,
        ChangedField::BirthDate,
        ChangedField::Address,
        ChangedField::WorkHistory,
        ChangedField::Disability,
    ];

    /// What staff saw proved at 受理 (an identity document): a change waits for them.
    pub const WAITING: [ChangedField; 3] = [
        ChangedField::Name,
        ChangedField::BirthDate,
        ChangedField::Address,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ChangedField::Name => "name",
            ChangedField::BirthDate => "birth-date",
            ChangedField::Address => "address",
            ChangedField::WorkHistory => "work-history",
            ChangedField::Disability => "disability",
        }
    }

    pub fn from_code(code: &str) -> Option<ChangedField> {
        ChangedField::ALL.into_iter().find(|f| f.code() == code)
    }

    /// The Fluent id of the field's label.
    pub fn label_id(self) -> &'static str {
        match self {
            ChangedField::Name => "srv-field-name",
            ChangedField::BirthDate => "srv-field-birth-date",
            ChangedField::Address => "srv-field-address",
            ChangedField::WorkHistory => "srv-field-work-history",
            ChangedField::Disability => "pdf-section-disability",
        }
    }
}

/// One field's change: old and new value as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    pub field: ChangedField,
    pub old: String,
    pub new: String,
}

/// Who made a change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Actor {
    /// The visitor, on My Page.
    Visitor,
    /// Staff at the counter, by login.
    Staff(String),
}

impl Actor {
    /// `(kind, login)` as stored.
    pub fn stored(&self) -> (&'static str, &str) {
        match self {
            Actor::Visitor => ("visitor", ""),
            Actor::Staff(login) => ("staff", login),
        }
    }

    pub fn from_stored(kind: &str, login: &str) -> Actor {
        match kind {
            "staff" => Actor::Staff(login.to_owned()),
            _ => Actor::Visitor,
        }
    }
}

/// What happened to a change, as the audit records it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuditAction {
    /// Applied at once (before 受理).
    Applied,
    /// Asked for after 受理; waits for the counter.
    Requested,
    Accepted,
    Refused,
}

impl AuditAction {
    pub fn code(self) -> &'static str {
        match self {
            AuditAction::Applied => "applied",
            AuditAction::Requested => "requested",
            AuditAction::Accepted => "accepted",
            AuditAction::Refused => "refused",
        }
    }

    pub fn from_code(code: &str) -> Option<AuditAction> {
        [
            AuditAction::Applied,
            AuditAction::Requested,
            AuditAction::Accepted,
            AuditAction::Refused,
        ]
        .into_iter()
        .find(|a| a.code() == code)
    }

    /// Within one second, a request comes before its decision.
    pub fn rank(self) -> u8 {
        match self {
            AuditAction::Applied | AuditAction::Requested => 0,
            AuditAction::Accepted | AuditAction::Refused => 1,
        }
    }
}

/// A change waiting for the counter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingChange {
    pub id: String,
    pub application_id: String,
    pub field: ChangedField,
    pub old: String,
    pub new: String,
    pub requested_at: i64,
}

/// One line of the audit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: i64,
    pub actor: Actor,
    pub action: AuditAction,
    pub field: ChangedField,
    pub old: String,
    pub new: String,
}
