//! The visitor's phone after the kiosk: the QR's token opens a page that proves the visitor,
//! then shows what was received and sets a password once, which opens the My Page
//! (求職者マイページ).
//!
//! The token is a bearer secret that anyone in the lobby may have photographed, so it opens
//! nothing personal by itself (issue 11). Promises:
//! - Before proof the page shows only the receipt number and what to do next. Proof is the
//!   six-digit code mailed to the application's address, or, where the application has no
//!   address, the visitor's birth date (typed in any common form: 全角, 和暦, separators). The
//!   receipt number is the token's own, already on the page, so it adds nothing to type back:
//!   the birth date is the secret. Birth dates are limited per application (stored) and per
//!   client (the shared guess limit); past the limit the page sends the visitor to the counter.
//! - A proof binds the browser that made it: a random secret in a short-lived cookie, its hash
//!   stored with the application ([`Binding`]). Only that browser sees the details and sets the
//!   password; a second browser with the same token gets the proof step, never the data, and
//!   the password is refused in the same statement that would set it unless the binding is the
//!   live one. Cookie secrets are compared by hash in constant time.
//! - The token lives a short time from receipt at the server (`token_ttl`, 2 hours by default);
//!   a proof within it keeps the page open for the bound browser until the binding ends
//!   (`phone_binding_ttl`, 30 minutes). Once the password is set the token is spent and only
//!   points to the My Page sign-in. A well-formed token the server does not know yet is most
//!   likely an application still in the kiosk's outbox, so the page says it is on its way and
//!   reloads itself, rather than calling the link wrong.
//!
//! Email codes are six digits, stored hashed with the application id, valid 15 minutes, and
//! void after five wrong tries; sending is rate limited per application.

use madoguchi_core::application::{BirthDateInput, Calendar};
use madoguchi_core::era::{self, Era};
use madoguchi_core::receipt::ContinuationToken;
use madoguchi_core::{Application, Language};
use rand_core::CryptoRng;
use thiserror::Error;
use time::Date;

use crate::auth::{self, PasswordProblem};
use crate::i18n::Tr;
use crate::mail::{Mail, MailError};
use crate::sealed::Lookup;
use crate::secret;
use crate::state::AppState;
use crate::storage::{ApplicationRecord, PhoneProof, StorageError};

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
    /// Older than the token's lifetime, and no browser proved itself in time (or its binding
    /// has ended).
    Expired(Box<ApplicationRecord>),
    /// The password is set; the My Page is open.
    Spent(Box<ApplicationRecord>),
    /// Live: within the token's lifetime, or a browser's binding still runs. What a given
    /// browser may see is [`access`].
    Open(Box<Live>),
}

/// A live token's application and what has been proven for it.
#[derive(Debug)]
pub struct Live {
    pub record: ApplicationRecord,
    pub proof: PhoneProof,
}

impl TokenState {
    pub fn language(&self) -> Option<Language> {
        let record = match self {
            TokenState::OnItsWay => return None,
            TokenState::Expired(a) | TokenState::Spent(a) => a,
            TokenState::Open(live) => &live.record,
        };
        Language::from_code(&record.language)
    }
}

pub async fn lookup(
    state: &AppState,
    token: &ContinuationToken,
) -> Result<TokenState, StorageError> {
    let Some(app) = state.db.application_by_token(&token.hash()).await? else {
        return Ok(TokenState::OnItsWay);
    };
    if app.password_hash.is_some() {
        return Ok(TokenState::Spent(Box::new(app)));
    }
    let now = state.now();
    let proof = state.db.phone_proof(&app.id).await?;
    Ok(
        if app.token_expires_at <= now && !binding_live(&proof, now) {
            TokenState::Expired(Box::new(app))
        } else {
            TokenState::Open(Box::new(Live { record: app, proof }))
        },
    )
}

/// How one browser stands with a live token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// This browser proved itself and its binding runs: it sees the details and may set the
    /// password.
    Bound,
    /// Within the token's lifetime, nothing proven by this browser: the proof step only.
    Unproven,
    /// The token's lifetime is over and this browser is not the bound one.
    Expired,
}

/// Whether a browser's binding is still running for this application.
pub fn binding_live(proof: &PhoneProof, now: i64) -> bool {
    proof.binding_hash.is_some() && proof.binding_expires_at.is_some_and(|t| t > now)
}

/// What the browser carrying `cookie` (the binding secret, if any) may see of a live token.
pub fn access(live: &Live, cookie: Option<&str>, now: i64) -> Access {
    let bound = match (cookie, &live.proof.binding_hash) {
        (Some(secret), Some(stored)) if binding_live(&live.proof, now) => {
            auth::csrf_matches(stored, &binding_hash(&live.record.id, secret))
        }
        _ => false,
    };
    if bound {
        Access::Bound
    } else if live.record.token_expires_at <= now {
        Access::Expired
    } else {
        Access::Unproven
    }
}

/// The browser binding made by a proof: the secret for its cookie, and how long it runs.
#[derive(Debug)]
pub struct Binding {
    pub secret: String,
    pub max_age_seconds: i64,
}

/// A binding's secret is stored only as this hash, tied to the application (and so to its
/// token): a cookie from another application's page binds nothing here.
fn binding_hash(application_id: &str, secret: &str) -> String {
    secret::hash(&format!("phone:{application_id}:{secret}"))
}

/// Binds a fresh secret to the application, replacing any earlier binding.
async fn bind(
    state: &AppState,
    record: &ApplicationRecord,
    rng: &mut impl CryptoRng,
) -> Result<Binding, StorageError> {
    let secret = secret::token(rng);
    let now = state.now();
    let ttl = state.settings.phone_binding_ttl.whole_seconds();
    state
        .db
        .bind_phone(
            &record.id,
            &binding_hash(&record.id, &secret),
            now + ttl,
            now,
        )
        .await?;
    Ok(Binding {
        secret,
        max_age_seconds: ttl,
    })
}

pub fn application_of(record: &ApplicationRecord) -> Result<Application, ContinuationError> {
    serde_json::from_str(&record.application_json)
        .map_err(|e| ContinuationError::Corrupt(e.to_string()))
}

pub(crate) fn code_hash(
    state: &AppState,
    application_id: &str,
    code: &str,
) -> Result<String, StorageError> {
    state
        .db
        .lookup_hash(Lookup::EmailCode, &format!("{application_id}:{code}"))
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
            &code_hash(state, &record.id, &code)?,
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

/// What typing the mailed code on the token page did.
#[derive(Debug)]
pub enum CodeProof {
    /// Right: the address is proven and this browser is bound.
    Bound(Binding),
    /// Wrong, or no live code: [`VerifyOutcome::Wrong`] or [`VerifyOutcome::NeedNewCode`].
    Refused(VerifyOutcome),
}

/// Checks a code typed on the phone and, when it is right, marks the address proven and binds
/// the browser that typed it.
pub async fn verify_code(
    state: &AppState,
    record: &ApplicationRecord,
    typed: &str,
    rng: &mut impl CryptoRng,
) -> Result<CodeProof, StorageError> {
    let outcome = check_code(state, record, typed).await?;
    if outcome != VerifyOutcome::Verified {
        return Ok(CodeProof::Refused(outcome));
    }
    state
        .db
        .mark_email_verified(&record.id, state.now())
        .await?;
    Ok(CodeProof::Bound(bind(state, record, rng).await?))
}

/// What typing the birth date on the token page did.
#[derive(Debug)]
pub enum BirthProof {
    /// Right: this browser is bound.
    Bound(Binding),
    /// Not a day we can read: nothing was counted.
    NotADate,
    Wrong {
        remaining: i64,
    },
    /// The application's tries are used up: only the counter helps now.
    TooManyTries,
    /// The application has an email address: the mailed code is the proof there.
    NotOffered,
}

/// Whether the birth-date proof can still be tried for this application.
pub fn birth_tries_left(state: &AppState, proof: &PhoneProof) -> i64 {
    (state.settings.birth_date_attempts - proof.birth_attempts).max(0)
}

/// Checks a birth date typed on the phone against the application's, counting the attempt
/// first (so parallel guesses cannot pass the limit), and binds the browser when it matches.
/// Offered only to applications without an email address.
pub async fn prove_birth_date(
    state: &AppState,
    live: &Live,
    typed: &str,
    rng: &mut impl CryptoRng,
) -> Result<BirthProof, ContinuationError> {
    let record = &live.record;
    let application = application_of(record)?;
    if !application.contact.email.trim().is_empty() {
        return Ok(BirthProof::NotOffered);
    }
    let limit = state.settings.birth_date_attempts;
    if live.proof.birth_attempts >= limit {
        return Ok(BirthProof::TooManyTries);
    }
    let Some(typed) = typed_birth_date(typed) else {
        return Ok(BirthProof::NotADate);
    };
    let attempts = state
        .db
        .count_birth_attempt(&record.id, state.now())
        .await?;
    if attempts > limit {
        return Ok(BirthProof::TooManyTries);
    }
    // A stored date that does not read (it passed core's check at the kiosk) proves nothing.
    let right = era::birth_date(&application.basic.birth_date).is_ok_and(|d| d == typed);
    if right {
        tracing::info!(application = %record.id, "phone proven by birth date");
        return Ok(BirthProof::Bound(bind(state, record, rng).await?));
    }
    Ok(if attempts >= limit {
        BirthProof::TooManyTries
    } else {
        BirthProof::Wrong {
            remaining: limit - attempts,
        }
    })
}

/// A birth date as typed into one field, forgiven the way the kiosk forgives it: 全角 digits,
/// spaces, any separators (`1985/4/1`, `1985-04-01`, `1985年4月1日`, `19850401`), and 和暦 with
/// the era's name or initial (`昭和60年4月1日`, `S60.4.1`, `平成元年1月8日`, `H010108`). `None`
/// when no real day can be read (an era year outside its era included).
pub fn typed_birth_date(text: &str) -> Option<Date> {
    let text = madoguchi_core::normalize::compact(text);
    let (calendar, rest) = match Era::split_prefix(&text) {
        Some((era, rest)) => (era.calendar(), rest),
        None => (Calendar::Western, text.as_str()),
    };
    let mut groups: Vec<String> = Vec::new();
    let mut digits = String::new();
    for c in rest.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if !digits.is_empty() {
            groups.push(std::mem::take(&mut digits));
        }
        if c == '元' && groups.is_empty() && calendar != Calendar::Western {
            groups.push("1".to_owned());
        }
    }
    if !digits.is_empty() {
        groups.push(digits);
    }
    let (year, month, day) = match groups.as_slice() {
        [y, m, d] => (y.clone(), m.clone(), d.clone()),
        // Run together: yyyymmdd, or yymmdd after an era.
        [all] if all.len() == 8 && calendar == Calendar::Western => (
            all[..4].to_owned(),
            all[4..6].to_owned(),
            all[6..].to_owned(),
        ),
        [all] if all.len() == 6 && calendar != Calendar::Western => (
            all[..2].to_owned(),
            all[2..4].to_owned(),
            all[4..].to_owned(),
        ),
        _ => return None,
    };
    // A Western year is written in full: "85" is not read as the year 85.
    if calendar == Calendar::Western && year.len() != 4 {
        return None;
    }
    era::birth_date(&BirthDateInput {
        calendar,
        year,
        month,
        day,
    })
    .ok()
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
    if auth::csrf_matches(stored, &code_hash(state, &record.id, &typed)?) {
        Ok(VerifyOutcome::Verified)
    } else if attempts >= limit {
        Ok(VerifyOutcome::NeedNewCode)
    } else {
        Ok(VerifyOutcome::Wrong {
            remaining: limit - attempts,
        })
    }
}

/// Sets the password once, for the bound browser only (`secret` is its cookie's). `Ok(Err(problem))`
/// is a password the policy refuses; `Ok(Ok(false))` means the token was spent meanwhile
/// (another tab), the email is not proven, or `secret` is not the live binding.
pub async fn set_password(
    state: &AppState,
    record: &ApplicationRecord,
    secret: &str,
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
        .open_my_page(
            &record.id,
            &email,
            &hash,
            &binding_hash(&record.id, secret),
            state.now(),
        )
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

    use proptest::prelude::*;

    #[test]
    fn binding_hashes_depend_on_the_application() {
        assert_ne!(binding_hash("app_a", "s"), binding_hash("app_b", "s"));
    }

    fn day(y: i32, m: u8, d: u8) -> Date {
        Date::from_calendar_date(y, time::Month::try_from(m).expect("month"), d).expect("day")
    }

    #[test]
    fn birth_dates_are_read_as_people_type_them() {
        let cases = [
            ("1985/4/1", day(1985, 4, 1)),
            ("1985-04-01", day(1985, 4, 1)),
            ("1985.4.1", day(1985, 4, 1)),
            ("１９８５年４月１日", day(1985, 4, 1)),
            (" 1985 年 4 月 1 日 ", day(1985, 4, 1)),
            ("19850401", day(1985, 4, 1)),
            ("昭和60年4月1日", day(1985, 4, 1)),
            ("昭和６０年４月１日", day(1985, 4, 1)),
            ("S60.4.1", day(1985, 4, 1)),
            ("s60/04/01", day(1985, 4, 1)),
            ("S600401", day(1985, 4, 1)),
            ("平成元年1月8日", day(1989, 1, 8)),
            ("H1.1.8", day(1989, 1, 8)),
            ("令和2年2月29日", day(2020, 2, 29)),
        ];
        for (typed, want) in cases {
            assert_eq!(typed_birth_date(typed), Some(want), "{typed}");
        }
        for wrong in [
            "",
            "1985",
            "1985/4",
            "1985/2/30",
            "昭和65年1月1日",
            "平成31年5月1日",
            "yesterday",
            "1985/4/1/2",
            "198541",
            "85/4/1",
        ] {
            assert_eq!(typed_birth_date(wrong), None, "{wrong}");
        }
    }

    proptest! {
        #[test]
        fn every_day_reads_back_in_every_form(offset in 0i64..60_000, era_form in 0usize..3) {
            let date = day(1900, 1, 1) + time::Duration::days(offset);
            let (y, m, d) = (date.year(), u8::from(date.month()), date.day());
            let western = [
                format!("{y}/{m}/{d}"),
                format!("{y}-{m:02}-{d:02}"),
                format!("{y}{m:02}{d:02}"),
                format!("{y}年{m}月{d}日"),
            ];
            for typed in western {
                prop_assert_eq!(typed_birth_date(&typed), Some(date), "{}", typed);
            }
            if let Some(era_year) = era::EraYear::of(date) {
                let n = era_year.year;
                let typed = match era_form {
                    0 => format!("{}{n}年{m}月{d}日", era_year.era.name()),
                    1 => format!("{}{n}.{m}.{d}", era_year.era.letter()),
                    _ => format!("{}{n:02}{m:02}{d:02}", era_year.era.letter()),
                };
                prop_assert_eq!(typed_birth_date(&typed), Some(date), "{}", typed);
            }
        }

        #[test]
        fn reading_a_birth_date_never_panics(text in ".{0,40}") {
            let _ = typed_birth_date(&text);
        }
    }
}
