//! The visitor's phone after the kiosk: the QR's token opens a page that proves the email
//! address with a mailed code and sets a password once, which opens the My Page (求職者マイページ).
//!
//! The token is a bearer secret: only its SHA-256 is stored, it expires (14 days by default,
//! from receipt at the server), and it is spent when the password is set: after that the page
//! only points to the My Page sign-in. A well-formed token the server does not know yet is most
//! likely an application still in the kiosk's outbox, so the page says it is on its way and
//! reloads itself, rather than calling the link wrong.
//!
//! Email codes are six digits, stored hashed with the application id, valid 15 minutes, and
//! void after five wrong tries; sending is rate limited per application.

use madoguchi_core::receipt::ContinuationToken;
use madoguchi_core::{Application, Language};
use rand_core::CryptoRng;
use thiserror::Error;

use crate::auth::{self, PasswordProblem};
use crate::i18n::Tr;
use crate::mail::{Mail, MailError};
use crate::secret;
use crate::state::AppState;
use crate::storage::{ApplicationRecord, StorageError};

#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ContinuationError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Mail(#[from] MailError),
    #[error(transparent)]
    Auth(#[from] auth::AuthError),
    #[error("the stored application does not parse: {0}")]
    Corrupt(String),
}

/// What a token leads to right now.
#[derive(Debug)]
pub enum TokenState {
    /// Well-formed but unknown: not synced from the kiosk yet (or never will be).
    OnItsWay,
    /// Older than the token's lifetime and never used.
    Expired(Box<ApplicationRecord>),
    /// The password is set; the My Page is open.
    Spent(Box<ApplicationRecord>),
    Open(Box<ApplicationRecord>),
}

impl TokenState {
    pub fn language(&self) -> Option<Language> {
        match self {
            TokenState::OnItsWay => None,
            TokenState::Expired(a) | TokenState::Spent(a) | TokenState::Open(a) => {
                Language::from_code(&a.language)
            }
        }
    }
}

pub async fn lookup(
    state: &AppState,
    token: &ContinuationToken,
) -> Result<TokenState, StorageError> {
    let Some(app) = state.db.application_by_token(&token.hash()).await? else {
        return Ok(TokenState::OnItsWay);
    };
    Ok(if app.password_hash.is_some() {
        TokenState::Spent(Box::new(app))
    } else if app.token_expires_at <= state.now() {
        TokenState::Expired(Box::new(app))
    } else {
        TokenState::Open(Box::new(app))
    })
}

pub fn application_of(record: &ApplicationRecord) -> Result<Application, ContinuationError> {
    serde_json::from_str(&record.application_json)
        .map_err(|e| ContinuationError::Corrupt(e.to_string()))
}

pub(crate) fn code_hash(application_id: &str, code: &str) -> String {
    secret::hash(&format!("{application_id}:{code}"))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SendOutcome {
    Sent,
    /// The application has no email address: My Page needs one, so the counter helps.
    NoEmail,
}

/// Mails a fresh code to the application's address.
pub async fn send_code(
    state: &AppState,
    record: &ApplicationRecord,
    rng: &mut impl CryptoRng,
) -> Result<SendOutcome, ContinuationError> {
    let application = application_of(record)?;
    let email = application.contact.email.trim();
    if email.is_empty() {
        return Ok(SendOutcome::NoEmail);
    }
    let code = secret::email_code(rng);
    let now = state.now();
    state
        .db
        .set_email_code(
            &record.id,
            &code_hash(&record.id, &code),
            now + state.settings.email_code_ttl.whole_seconds(),
            now,
        )
        .await?;
    let message = ("srv-mail-code-subject", "srv-mail-code-body");
    mail_code(state, application.language, email, message, &code).await?;
    Ok(SendOutcome::Sent)
}

/// Mails `code` in `language`: `message` is the subject's and the body's message ids (the body
/// gets `code` and `minutes`, the code's lifetime).
pub(crate) async fn mail_code(
    state: &AppState,
    language: Language,
    to: &str,
    (subject, body): (&str, &str),
    code: &str,
) -> Result<(), MailError> {
    let tr = Tr::new(language);
    let minutes = state.settings.email_code_ttl.whole_minutes().to_string();
    let mail = Mail {
        to: to.to_owned(),
        subject: tr.t(subject),
        body: tr.f(body, &[("code", code), ("minutes", &minutes)]),
    };
    state.mailer.send(&mail).await
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerifyOutcome {
    Verified,
    Wrong {
        remaining: i64,
    },
    /// No code sent, expired, or too many wrong tries: a new one must be sent.
    NeedNewCode,
}

/// Whether the application has a mailed code that can still be typed: sent, not expired, not
/// worn out by wrong tries.
pub fn code_live(state: &AppState, record: &ApplicationRecord) -> bool {
    record.email_code_hash.is_some()
        && record
            .email_code_expires_at
            .is_some_and(|t| t > state.now())
        && record.email_code_attempts < state.settings.email_code_attempts
}

/// Checks a code typed on the phone and, when it is right, marks the address proven.
pub async fn verify_code(
    state: &AppState,
    record: &ApplicationRecord,
    typed: &str,
) -> Result<VerifyOutcome, StorageError> {
    let outcome = check_code(state, record, typed).await?;
    if outcome == VerifyOutcome::Verified {
        state
            .db
            .mark_email_verified(&record.id, state.now())
            .await?;
    }
    Ok(outcome)
}

/// Compares a typed code with the one last mailed for this application, counting the attempt;
/// `Verified` changes nothing else, so each caller records what the code proved.
pub(crate) async fn check_code(
    state: &AppState,
    record: &ApplicationRecord,
    typed: &str,
) -> Result<VerifyOutcome, StorageError> {
    let now = state.now();
    let typed: String = madoguchi_core::normalize::width(typed)
        .chars()
        .filter(|c| c.is_ascii_digit())
        .collect();
    let (Some(stored), Some(expires_at)) = (&record.email_code_hash, record.email_code_expires_at)
    else {
        return Ok(VerifyOutcome::NeedNewCode);
    };
    let limit = state.settings.email_code_attempts;
    if expires_at <= now || record.email_code_attempts >= limit {
        return Ok(VerifyOutcome::NeedNewCode);
    }
    let attempts = state.db.count_email_attempt(&record.id, now).await?;
    if attempts > limit {
        return Ok(VerifyOutcome::NeedNewCode);
    }
    if auth::csrf_matches(stored, &code_hash(&record.id, &typed)) {
        Ok(VerifyOutcome::Verified)
    } else if attempts >= limit {
        Ok(VerifyOutcome::NeedNewCode)
    } else {
        Ok(VerifyOutcome::Wrong {
            remaining: limit - attempts,
        })
    }
}

/// Sets the password once. `Ok(Err(problem))` is a password the policy refuses; `Ok(Ok(false))`
/// means the token was spent meanwhile (another tab) or the email is not proven.
pub async fn set_password(
    state: &AppState,
    record: &ApplicationRecord,
    password: &str,
    confirm: &str,
) -> Result<Result<bool, PasswordProblem>, ContinuationError> {
    let application = application_of(record)?;
    let email = application.contact.email.trim().to_lowercase();
    let local = email.split('@').next().unwrap_or_default().to_owned();
    if let Err(problem) = auth::check_new_password(password, confirm, &[&email, &local]) {
        return Ok(Err(problem));
    }
    let hash = auth::hash_password(password.to_owned()).await?;
    let opened = state
        .db
        .open_my_page(&record.id, &email, &hash, state.now())
        .await?;
    if opened {
        tracing::info!(application = %record.id, "My Page opened");
    }
    Ok(Ok(opened))
}

/// Signs in to My Page by email and password: the newest application with that login whose
/// password matches.
pub async fn sign_in(
    state: &AppState,
    email: &str,
    password: &str,
) -> Result<Option<ApplicationRecord>, StorageError> {
    let login = email.trim().to_lowercase();
    let candidates = if login.is_empty() {
        Vec::new()
    } else {
        state.db.applications_by_login(&login).await?
    };
    if candidates.is_empty() {
        let _ = auth::verify_password(password.to_owned(), None).await;
        return Ok(None);
    }
    for candidate in candidates {
        if auth::verify_password(password.to_owned(), candidate.password_hash.clone()).await {
            return Ok(Some(candidate));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_hashes_depend_on_the_application() {
        assert_ne!(code_hash("app_a", "123456"), code_hash("app_b", "123456"));
    }
}
