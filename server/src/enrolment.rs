//! Kiosk enrolment: an administrator makes a one-time code on the server, the kiosk trades it
//! for a bearer token and learns the server's public key.
//!
//! The code is short enough to type on a kiosk (12 characters, no look-alikes) and lives a
//! week; it and the token are stored only as hashes. A kiosk id re-enrolled at the same office
//! replaces its old token (a reinstalled kiosk keeps its id, so its idempotency keys stay
//! valid); at another office it is refused.

use madoguchi_core::contract::Enrolled;
use madoguchi_core::envelope::PublicKey;
use rand_core::CryptoRng;
use time::Duration;

use crate::problem::ApiError;
use crate::secret;
use crate::state::AppState;
use crate::storage::{Db, Enrolment, StorageError};

/// How long an enrolment code may be used.
pub const CODE_TTL: Duration = Duration::days(7);

/// What `kiosk add` made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewKiosk {
    pub id: String,
    pub code: String,
    pub expires_at: i64,
}

/// Registers a kiosk at an office (created if missing) and returns its one-time code.
pub async fn add_kiosk(
    db: &Db,
    office_code: &str,
    office_name: Option<&str>,
    name: &str,
    now: i64,
    rng: &mut impl CryptoRng,
) -> Result<NewKiosk, StorageError> {
    db.ensure_office(office_code, office_name.unwrap_or(office_code), now)
        .await?;
    let id = secret::id("ksk", rng);
    let code = secret::enrolment_code(rng);
    let expires_at = now + CODE_TTL.whole_seconds();
    db.add_kiosk(
        &id,
        office_code,
        name,
        &secret::hash(&secret::normalize_enrolment_code(&code)),
        expires_at,
        now,
    )
    .await?;
    Ok(NewKiosk {
        id,
        code,
        expires_at,
    })
}

/// Whether a kiosk's configured id may be used: 1–64 of `A–Z a–z 0–9 . _ -`.
pub fn kiosk_id_is_valid(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// Trades an enrolment code for a kiosk token.
pub async fn enrol(
    state: &AppState,
    code: &str,
    kiosk_id: &str,
    rng: &mut impl CryptoRng,
) -> Result<Enrolled, ApiError> {
    if !kiosk_id_is_valid(kiosk_id) {
        return Err(ApiError::KioskIdInvalid);
    }
    let code_hash = secret::hash(&secret::normalize_enrolment_code(code));
    let token = secret::token(rng);
    match state
        .db
        .enrol(&code_hash, kiosk_id, &secret::hash(&token), state.now())
        .await?
    {
        Enrolment::Enrolled { office_code } => {
            tracing::info!(kiosk = kiosk_id, office = %office_code, "kiosk enrolled");
            Ok(Enrolled {
                kiosk_token: token,
                server_public_key: public_key(state).to_base64(),
                continuation_base_url: state.settings.public_url.clone(),
                office_code,
            })
        }
        Enrolment::CodeInvalid => Err(ApiError::EnrolmentCodeInvalid),
        Enrolment::KioskIdTaken => Err(ApiError::KioskIdTaken),
    }
}

pub fn public_key(state: &AppState) -> PublicKey {
    state.key.public_key()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kiosk_ids_are_plain_ascii() {
        assert!(kiosk_id_is_valid("kiosk-13001-01"));
        assert!(kiosk_id_is_valid("a"));
        assert!(!kiosk_id_is_valid(""));
        assert!(!kiosk_id_is_valid("has space"));
        assert!(!kiosk_id_is_valid("nul\0byte"));
        assert!(!kiosk_id_is_valid(&"x".repeat(65)));
        assert!(!kiosk_id_is_valid("キオスク"));
    }
}
