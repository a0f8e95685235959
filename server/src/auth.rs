//! Passwords and sessions, for staff at the counter and for visitors' My Pages.
//!
//! Passwords follow NIST SP 800-63B: at least 8 characters (15 suggested), up to 128, any
//! characters including spaces and kana, no composition rules, but not a commonly used or
//! trivially guessable one, and not the visitor's own email address. They are stored as
//! argon2id PHC strings (the crate's defaults: 19 MiB, 2 passes, 1 lane) and hashed off the
//! async threads. Sessions are random cookies stored as hashes, each with its own CSRF token.
//!
//! Sessions end at the latest after `session_ttl`, sooner after an idle time (30 minutes at the
//! counter, an hour on My Page), when the user is disabled, and when the password changes.
//! Sign-in is limited per client and per (client, login), so nobody can lock another person
//! out of their account by failing on purpose: failures on one login from everywhere together
//! only slow that login's sign-ins down ([`SignInGate`]).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use rand_core::CryptoRng;
use thiserror::Error;

use crate::ratelimit::Limit;
use crate::secret;
use crate::state::AppState;
use crate::storage::{Db, SessionKind, SessionRecord, StorageError};

pub const MIN_PASSWORD_CHARS: usize = 8;
pub const SUGGESTED_PASSWORD_CHARS: usize = 15;
pub const MAX_PASSWORD_CHARS: usize = 128;

/// Why a new password is refused; each has a Fluent message `srv-password-<code>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum PasswordProblem {
    #[error("shorter than {MIN_PASSWORD_CHARS} characters")]
    TooShort,
    #[error("longer than {MAX_PASSWORD_CHARS} characters")]
    TooLong,
    #[error("commonly used or easy to guess")]
    Common,
    #[error("contains the email address or login")]
    Personal,
    #[error("the two entries differ")]
    Mismatch,
}

impl PasswordProblem {
    pub fn code(self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "too-short",
            PasswordProblem::TooLong => "too-long",
            PasswordProblem::Common => "common",
            PasswordProblem::Personal => "personal",
            PasswordProblem::Mismatch => "mismatch",
        }
    }
}

/// Passwords seen again and again in breach corpora, lower-cased. Kept short on purpose: the
/// shape checks below catch the rest of the trivially guessable ones.
const COMMON: &[&str] = &[
    "password",
    "password1",
    "password12",
    "password123",
    "passw0rd",
    "p@ssw0rd",
    "p@ssword",
    "iloveyou",
    "sunshine",
    "princess",
    "football",
    "baseball",
    "welcome1",
    "welcome123",
    "qwertyui",
    "qwertyuiop",
    "asdfghjk",
    "asdfghjkl",
    "zxcvbnm1",
    "1qaz2wsx",
    "1q2w3e4r",
    "1q2w3e4r5t",
    "q1w2e3r4",
    "qazwsxedc",
    "abc12345",
    "abcd1234",
    "letmein1",
    "trustno1",
    "superman",
    "starwars",
    "dragon12",
    "monkey12",
    "master12",
    "shadow12",
    "computer",
    "internet",
    "whatever",
    "michelle",
    "jennifer",
    "jordan23",
    "pokemon1",
    "naruto12",
    "doraemon",
    "pikachu1",
    "sakura12",
    "tokyo123",
    "nippon12",
    "japan123",
    "hellowork",
    "hello123",
    "helloworld",
    "admin123",
    "administrator",
    "changeme",
    "default1",
    "secret12",
    "madoguchi",
    "mypage123",
    "aaaa1111",
    "aa123456",
    "a1234567",
    "a12345678",
    "12qwaszx",
    "11111111",
    "00000000",
    "12341234",
    "11223344",
    "87654321",
    "12344321",
    "20202020",
];

/// Whether a password is refused on its shape: one repeated character or a straight run.
fn trivially_guessable(lower: &str) -> bool {
    let chars: Vec<char> = lower.chars().collect();
    let Some(first) = chars.first() else {
        return true;
    };
    if chars.iter().all(|c| c == first) {
        return true;
    }
    let steps: Vec<i64> = chars
        .windows(2)
        .map(|w| i64::from(u32::from(w[1])) - i64::from(u32::from(w[0])))
        .collect();
    steps.iter().all(|s| *s == 1) || steps.iter().all(|s| *s == -1)
}

/// Checks a new password. `personal` lists words that must not be the password or part of
/// it (the email's local part, the login).
pub fn check_new_password(
    password: &str,
    confirm: &str,
    personal: &[&str],
) -> Result<(), PasswordProblem> {
    let length = password.chars().count();
    if length < MIN_PASSWORD_CHARS {
        return Err(PasswordProblem::TooShort);
    }
    if length > MAX_PASSWORD_CHARS {
        return Err(PasswordProblem::TooLong);
    }
    let lower = password.to_lowercase();
    if COMMON.contains(&lower.as_str()) || trivially_guessable(&lower) {
        return Err(PasswordProblem::Common);
    }
    for word in personal {
        let word = word.trim().to_lowercase();
        if word.chars().count() >= 4 && lower.contains(&word) {
            return Err(PasswordProblem::Personal);
        }
    }
    if password != confirm {
        return Err(PasswordProblem::Mismatch);
    }
    Ok(())
}

#[derive(Debug, Error)]
#[non_exhaustive]
pub enum AuthError {
    #[error("password hashing failed: {0}")]
    Hash(String),
    #[error("the hashing task failed: {0}")]
    Task(String),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// An argon2id PHC string for `password`.
pub fn hash_password_blocking(
    password: &str,
    rng: &mut impl CryptoRng,
) -> Result<String, AuthError> {
    let mut salt = [0u8; 16];
    rng.fill_bytes(&mut salt);
    let salt = SaltString::encode_b64(&salt).map_err(|e| AuthError::Hash(e.to_string()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AuthError::Hash(e.to_string()))
}

pub fn verify_password_blocking(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Hashes off the async threads (argon2 takes tens of milliseconds by design).
pub async fn hash_password(password: String) -> Result<String, AuthError> {
    tokio::task::spawn_blocking(move || hash_password_blocking(&password, &mut secret::os_rng()))
        .await
        .map_err(|e| AuthError::Task(e.to_string()))?
}

/// Verifies off the async threads. With no hash (unknown login) a dummy hash is checked, so
/// the answer takes as long either way.
pub async fn verify_password(password: String, phc: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || match phc {
        Some(phc) => verify_password_blocking(&password, &phc),
        None => {
            let _ = verify_password_blocking(&password, dummy_hash());
            false
        }
    })
    .await
    .unwrap_or(false)
}

fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| {
        hash_password_blocking("not a password at all", &mut secret::os_rng()).unwrap_or_default()
    })
}

/// A new session: the cookie value (only the client keeps it) and its CSRF token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewSession {
    pub cookie: String,
    pub csrf: String,
}

pub async fn start_session(
    db: &Db,
    kind: SessionKind,
    subject: &str,
    now: i64,
    ttl_seconds: i64,
    rng: &mut impl CryptoRng,
) -> Result<NewSession, StorageError> {
    let cookie = secret::token(rng);
    let csrf = secret::token(rng);
    db.create_session(
        &secret::hash(&cookie),
        kind,
        subject,
        &csrf,
        now,
        now + ttl_seconds,
    )
    .await?;
    Ok(NewSession { cookie, csrf })
}

/// The live session behind a cookie: not past its end and used within `idle_seconds`; looking
/// it up counts as using it.
pub async fn find_session(
    db: &Db,
    cookie: &str,
    kind: SessionKind,
    now: i64,
    idle_seconds: i64,
) -> Result<Option<SessionRecord>, StorageError> {
    if cookie.is_empty() || cookie.len() > 128 {
        return Ok(None);
    }
    db.session(&secret::hash(cookie), kind, now, idle_seconds)
        .await
}

pub async fn end_session(db: &Db, cookie: &str) -> Result<(), StorageError> {
    db.delete_session(&secret::hash(cookie)).await
}

/// Sets a staff user's password and ends all their sessions. `Ok(false)`: no such login.
pub async fn change_staff_password(
    db: &Db,
    login: &str,
    password: String,
) -> Result<bool, AuthError> {
    let hash = hash_password(password).await?;
    Ok(db.set_user_password(login, &hash).await?)
}

/// Disables a staff user; their sessions end at once (and a disabled user's session is refused
/// on lookup anyway). `Ok(false)`: no such login, or already disabled.
pub async fn disable_user(db: &Db, login: &str, now: i64) -> Result<bool, StorageError> {
    let done = db.disable_user(login, now).await?;
    if done {
        tracing::info!(user = %login, "user disabled; sessions ended");
    }
    Ok(done)
}

/// Revokes a kiosk by its configured id (or row id): its bearer token stops working for the API
/// at once. `Ok(false)`: no active kiosk by that name.
pub async fn revoke_kiosk(db: &Db, id: &str, now: i64) -> Result<bool, StorageError> {
    let revoked = db.revoke_kiosk(id, now).await?;
    if revoked > 0 {
        tracing::info!(kiosk = %id, "kiosk revoked");
    }
    Ok(revoked > 0)
}

/// The limits around one sign-in attempt. Entering takes a token per client and per (client,
/// login) and refuses when either is empty; a success gives both back, so signing in right costs
/// nothing; a failure also takes a token of the login's own bucket, shared by every client.
/// That bucket never refuses: when it is empty, attempts on the login wait
/// [`crate::Settings::sign_in_slowdown`] first. Strangers failing on someone's login therefore
/// slow it down a little but never keep its owner out.
pub struct SignInGate {
    client: String,
    pair: String,
    login: String,
}

impl SignInGate {
    /// `scope` tells the sign-ins apart (`staff`, `my`); `Err(seconds)` until a retry may work.
    pub async fn enter(
        state: &AppState,
        scope: &str,
        client: &str,
        login: &str,
    ) -> Result<SignInGate, u64> {
        let login = format!("{scope}:{login}");
        let pair = format!("{client}|{login}");
        state.limit(Limit::SignIn, client).await?;
        state.limit(Limit::SignInPair, &pair).await?;
        if state
            .limit_allows(Limit::SignInLogin, &login)
            .await
            .is_err()
        {
            tokio::time::sleep(state.settings.sign_in_slowdown).await;
        }
        Ok(SignInGate {
            client: client.to_owned(),
            pair,
            login,
        })
    }

    /// The password was right: the client's tokens come back.
    pub async fn succeeded(self, state: &AppState) {
        state.give_back(Limit::SignIn, &self.client).await;
        state.give_back(Limit::SignInPair, &self.pair).await;
    }

    /// The password was wrong: the login's shared bucket loses a token.
    pub async fn failed(self, state: &AppState) {
        let _ = state.limit(Limit::SignInLogin, &self.login).await;
    }
}

/// Compares a submitted CSRF token with the session's without early exit.
pub fn csrf_matches(expected: &str, submitted: &str) -> bool {
    let (a, b) = (expected.as_bytes(), submitted.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn passwords_follow_sp_800_63b() {
        let ok = |p: &str| check_new_password(p, p, &["yamada.haruo@example.jp", "yamada.haruo"]);
        assert_eq!(ok("short"), Err(PasswordProblem::TooShort));
        assert_eq!(ok("password"), Err(PasswordProblem::Common));
        assert_eq!(ok("PassWord123"), Err(PasswordProblem::Common));
        assert_eq!(ok("aaaaaaaaaa"), Err(PasswordProblem::Common));
        assert_eq!(ok("123456789"), Err(PasswordProblem::Common));
        assert_eq!(ok("abcdefghij"), Err(PasswordProblem::Common));
        assert_eq!(ok("my yamada.haruo pass"), Err(PasswordProblem::Personal));
        assert_eq!(ok(&"x1".repeat(65)), Err(PasswordProblem::TooLong));
        // No composition rules: spaces, kana and plain lower case are fine.
        assert_eq!(ok("correct horse battery staple"), Ok(()));
        assert_eq!(ok("さくらのはなびら"), Ok(()));
        assert_eq!(
            check_new_password("correct horse", "correct horsf", &[]),
            Err(PasswordProblem::Mismatch)
        );
    }

    #[test]
    fn argon2id_hashes_verify_and_differ() {
        let mut rng = secret::os_rng();
        let a = hash_password_blocking("correct horse battery", &mut rng).expect("hash");
        let b = hash_password_blocking("correct horse battery", &mut rng).expect("hash");
        assert!(a.starts_with("$argon2id$"));
        assert_ne!(a, b);
        assert!(verify_password_blocking("correct horse battery", &a));
        assert!(!verify_password_blocking("correct horse batterY", &a));
        assert!(!verify_password_blocking("x", "not a phc string"));
    }

    #[test]
    fn csrf_comparison() {
        assert!(csrf_matches("abc", "abc"));
        assert!(!csrf_matches("abc", "abd"));
        assert!(!csrf_matches("abc", "ab"));
    }

    proptest! {
        #[test]
        fn the_policy_never_panics(p in ".{0,200}", w in ".{0,20}") {
            let _ = check_new_password(&p, &p, &[&w]);
        }
    }
}
