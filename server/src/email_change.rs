//! My Page's change of email address. The address is also the My Page sign-in, so a new one is
//! taken only once a code mailed to it is typed back: until then it waits beside the
//! application (`pending_email`) and the old address keeps working. When the change is made, the
//! old address is told, so a visitor whose account was taken over learns of it.
//!
//! Asking for a change needs the My Page password as well as the session, so a phone left
//! signed in cannot hand the account to someone else. The address is normalised and checked
//! with core's rules for the contact screen, as on the kiosk; codes are the continuation's (six
//! digits, hashed, 15 minutes, five tries).

use madoguchi_core::finding::Step;
use madoguchi_core::{check, Application, Finding};
use rand_core::CryptoRng;

use crate::auth;
use crate::continuation::{self, code_hash, ContinuationError, VerifyOutcome};
use crate::i18n::Tr;
use crate::mail::Mail;
use crate::reference;
use crate::secret;
use crate::state::AppState;
use crate::storage::ApplicationRecord;

/// What asking for a new address led to.
#[derive(Debug)]
pub enum RequestOutcome {
    /// A code went to this (normalised) address.
    Sent { email: String },
    /// The address as the visitor already has it.
    Same,
    /// Core's check refused the address; the finding says why and how to fix it.
    Invalid(Finding),
    /// The My Page password typed with the request is not the visitor's: a session left open
    /// on a shared phone must not be enough to take the sign-in.
    WrongPassword,
}

/// The address after core's normalisation, or what is wrong with it.
pub fn normalised(app: &Application, typed: &str, today: time::Date) -> Result<String, Finding> {
    let mut next = app.clone();
    next.contact.email = typed.to_owned();
    let report = reference::with_context(today, |cx| check::step(&next, Step::Contact, cx));
    let email = report.application.contact.email.clone();
    if email.is_empty() {
        return Err(Finding::error("contact.email", "check-email-at"));
    }
    match report
        .findings
        .into_iter()
        .find(|f| f.field == "contact.email")
    {
        Some(finding) => Err(finding),
        None => Ok(email),
    }
}

/// Checks the visitor's password and the new address, and mails a code to it.
pub async fn request(
    state: &AppState,
    record: &ApplicationRecord,
    app: &Application,
    (typed, password): (&str, &str),
    rng: &mut impl CryptoRng,
) -> Result<RequestOutcome, ContinuationError> {
    if !auth::verify_password(password.to_owned(), record.password_hash.clone()).await {
        return Ok(RequestOutcome::WrongPassword);
    }
    let email = match normalised(app, typed, state.clock.today()) {
        Ok(email) => email,
        Err(finding) => return Ok(RequestOutcome::Invalid(finding)),
    };
    if email.to_lowercase() == app.contact.email.trim().to_lowercase() {
        return Ok(RequestOutcome::Same);
    }
    let code = secret::email_code(rng);
    let now = state.now();
    state
        .db
        .set_pending_email(
            &record.id,
            &email,
            &code_hash(state, &record.id, &code)?,
            now + state.settings.email_code_ttl.whole_seconds(),
            now,
        )
        .await?;
    let message = ("srv-mail-change-code-subject", "srv-mail-change-code-body");
    continuation::mail_code(state, app.language, &email, message, &code).await?;
    Ok(RequestOutcome::Sent { email })
}

/// What typing the code back led to.
#[derive(Debug, PartialEq, Eq)]
pub enum ConfirmOutcome {
    Changed {
        email: String,
    },
    Wrong {
        remaining: i64,
    },
    /// No change waiting, the code expired or was guessed at too often: ask for a new code.
    NeedNewCode,
}

/// Checks the code; when it is right, the application and the sign-in take the new address and
/// the old address gets a notice.
pub async fn confirm(
    state: &AppState,
    record: &ApplicationRecord,
    app: &Application,
    typed: &str,
) -> Result<ConfirmOutcome, ContinuationError> {
    let Some(email) = record.pending_email.clone() else {
        return Ok(ConfirmOutcome::NeedNewCode);
    };
    match continuation::check_code(state, record, typed).await? {
        VerifyOutcome::Wrong { remaining } => return Ok(ConfirmOutcome::Wrong { remaining }),
        VerifyOutcome::NeedNewCode => return Ok(ConfirmOutcome::NeedNewCode),
        VerifyOutcome::Verified => {}
    }
    let old = app.contact.email.trim().to_owned();
    let mut next = app.clone();
    next.contact.email = email.clone();
    let json =
        serde_json::to_string(&next).map_err(|e| ContinuationError::Corrupt(e.to_string()))?;
    let login = email.to_lowercase();
    if !state
        .db
        .change_email(&record.id, &email, &login, &json, state.now())
        .await?
    {
        return Ok(ConfirmOutcome::NeedNewCode);
    }
    tracing::info!(application = %record.id, "My Page email address changed");
    if !old.is_empty() {
        let tr = Tr::new(app.language);
        let notice = Mail {
            to: old,
            subject: tr.t("srv-mail-email-changed-subject"),
            body: tr.f("srv-mail-email-changed-body", &[("email", &email)]),
        };
        if let Err(e) = state.mailer.send(&notice).await {
            tracing::warn!(application = %record.id, "notice to the old address not sent: {e}");
        }
    }
    Ok(ConfirmOutcome::Changed { email })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> time::Date {
        time::macros::date!(2026 - 11 - 26)
    }

    #[test]
    fn addresses_are_normalised_as_on_the_kiosk() {
        let app = Application::default();
        assert_eq!(
            normalised(&app, " ｙａｍａｄａ＠Example。ＣＯＭ ", today()).as_deref(),
            Ok("yamada@example.com")
        );
    }

    #[test]
    fn wrong_addresses_say_what_to_fix() {
        let app = Application::default();
        for (typed, id) in [
            ("", "check-email-at"),
            ("yamada", "check-email-at"),
            ("yamada@example", "check-email-domain"),
            ("山田@example.com", "check-email-chars"),
        ] {
            let finding = normalised(&app, typed, today()).expect_err(typed);
            assert_eq!(finding.message, id, "{typed}");
        }
    }
}
