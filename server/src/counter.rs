//! 求職申込みの受理 at the counter: finding today's kiosk applications by receipt number,
//! recording the identity check, and accepting (a 求職番号 is issued) or returning them.

use thiserror::Error;

use crate::storage::{ApplicationRecord, Db, Decision, Role, StorageError, User};

pub use madoguchi_core::receipt::{display_job_seeker_number, job_seeker_number};

/// What the counter may do, and to which office's applications.
#[derive(Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum CounterError {
    /// Not there, or in an office the user may not see (told apart to nobody).
    #[error("not found")]
    NotFound,
    #[error("not allowed")]
    Forbidden,
    /// The identity check must come first.
    #[error("identity not checked")]
    IdentityNotChecked,
    /// Already accepted or returned.
    #[error("already decided")]
    AlreadyDecided,
    #[error("the reason is missing or too long")]
    ReasonInvalid,
    #[error("unknown identity document")]
    DocumentInvalid,
    #[error("storage: {0}")]
    Storage(String),
}

impl From<StorageError> for CounterError {
    fn from(e: StorageError) -> CounterError {
        CounterError::Storage(e.to_string())
    }
}

/// Documents that prove identity at the counter (本人確認書類).
pub const IDENTITY_DOCUMENTS: [&str; 6] = [
    "my-number-card",
    "driving-licence",
    "residence-card",
    "passport",
    "health-insurance",
    "other",
];

/// The office a user works on: staff always their own; an admin the one asked for, if any.
pub fn office_scope(user: &User, requested: Option<&str>) -> Result<Option<String>, CounterError> {
    match user.role {
        Role::Staff => {
            let own = user.office_code.clone().ok_or(CounterError::Forbidden)?;
            match requested {
                Some(code) if !code.is_empty() && code != own => Err(CounterError::Forbidden),
                _ => Ok(Some(own)),
            }
        }
        Role::Admin => Ok(requested.filter(|c| !c.is_empty()).map(str::to_owned)),
    }
}

/// Whether a user may see applications of `office_code`.
pub fn may_see(user: &User, office_code: &str) -> bool {
    user.role == Role::Admin || user.office_code.as_deref() == Some(office_code)
}

/// An application, if the user may see it.
pub async fn application_for(
    db: &Db,
    user: &User,
    id: &str,
) -> Result<ApplicationRecord, CounterError> {
    match db.application(id).await? {
        Some(app) if may_see(user, &app.office_code) => Ok(app),
        _ => Err(CounterError::NotFound),
    }
}

/// 本人確認: records which document staff saw.
pub async fn check_identity(
    db: &Db,
    user: &User,
    id: &str,
    document: &str,
    now: i64,
) -> Result<(), CounterError> {
    if !IDENTITY_DOCUMENTS.contains(&document) {
        return Err(CounterError::DocumentInvalid);
    }
    let app = application_for(db, user, id).await?;
    if db
        .record_identity_check(id, &app.office_code, document, &user.login, now)
        .await?
    {
        Ok(())
    } else {
        Err(CounterError::AlreadyDecided)
    }
}

/// 受理: issues the 求職番号.
pub async fn accept(db: &Db, user: &User, id: &str, now: i64) -> Result<String, CounterError> {
    let app = application_for(db, user, id).await?;
    if app.identity_checked_at.is_none() && app.status == crate::storage::Status::Provisional {
        return Err(CounterError::IdentityNotChecked);
    }
    match db.accept(id, &app.office_code, &user.login, now).await? {
        Decision::Accepted { job_seeker_number } => {
            tracing::info!(application = %id, by = %user.login, "accepted");
            Ok(job_seeker_number)
        }
        Decision::NotFound => Err(CounterError::NotFound),
        Decision::NotAllowed | Decision::Returned => Err(CounterError::AlreadyDecided),
    }
}

/// 返戻: sends the application back with a reason the visitor will read on My Page.
pub async fn return_application(
    db: &Db,
    user: &User,
    id: &str,
    reason: &str,
    now: i64,
) -> Result<(), CounterError> {
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > 500 {
        return Err(CounterError::ReasonInvalid);
    }
    let app = application_for(db, user, id).await?;
    match db
        .return_application(id, &app.office_code, reason, &user.login, now)
        .await?
    {
        Decision::Returned => Ok(()),
        Decision::NotFound => Err(CounterError::NotFound),
        _ => Err(CounterError::AlreadyDecided),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(role: Role, office: Option<&str>) -> User {
        User {
            id: "usr_x".into(),
            login: "x".into(),
            display_name: "x".into(),
            role,
            office_code: office.map(str::to_owned),
            password_hash: String::new(),
        }
    }

    #[test]
    fn staff_are_held_to_their_office_and_admins_choose() {
        let staff = user(Role::Staff, Some("13010"));
        assert_eq!(office_scope(&staff, None), Ok(Some("13010".into())));
        assert_eq!(office_scope(&staff, Some("")), Ok(Some("13010".into())));
        assert_eq!(
            office_scope(&staff, Some("13010")),
            Ok(Some("13010".into()))
        );
        assert_eq!(
            office_scope(&staff, Some("27001")),
            Err(CounterError::Forbidden)
        );
        assert_eq!(
            office_scope(&user(Role::Staff, None), None),
            Err(CounterError::Forbidden)
        );
        let admin = user(Role::Admin, None);
        assert_eq!(office_scope(&admin, None), Ok(None));
        assert_eq!(
            office_scope(&admin, Some("27001")),
            Ok(Some("27001".into()))
        );
        assert!(may_see(&admin, "27001"));
        assert!(may_see(&staff, "13010"));
        assert!(!may_see(&staff, "27001"));
    }
}
