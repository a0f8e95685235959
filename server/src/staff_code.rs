//! Staff codes, one per person: the code a member of staff types at a kiosk to open the assist
//! layer over the visitor's form (switch language, enlarge text, go to a step, explain a field,
//! hand back), without wiping it.
//!
//! The server makes the code (8 random digits, shown once), keeps only its argon2 hash, and
//! gives the hashes of an office's codes in force to that office's kiosks in their heartbeat
//! answer; the kiosk checks a typed code against them under its lock for wrong guesses. A
//! departed person's code is revoked here and leaves the kiosks with their next heartbeat. Each
//! assist the kiosks report is logged (code, kiosk, time), never the visitor's data.

use madoguchi_core::contract::{AssistRequest, StaffCodeHash};
use rand_core::{CryptoRng, OsRng, TryRngCore as _};
use thiserror::Error;

use crate::auth;
use crate::counter;
use crate::secret;
use crate::storage::{AssistRecord, Db, Role, StaffCodeRecord, StorageError, User};

/// Digits in a staff code.
pub const CODE_DIGITS: usize = 8;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum StaffCodeError {
    #[error("the name must be 1 to 40 characters on one line")]
    NameInvalid,
    #[error("no office chosen")]
    OfficeMissing,
    #[error("not found")]
    NotFound,
    #[error("the assist names an unknown staff code or a bad time")]
    AssistInvalid,
    #[error("storage: {0}")]
    Storage(String),
}

impl From<StorageError> for StaffCodeError {
    fn from(e: StorageError) -> StaffCodeError {
        StaffCodeError::Storage(e.to_string())
    }
}

/// A fresh code: [`CODE_DIGITS`] uniformly random digits.
pub fn new_code(rng: &mut impl CryptoRng) -> String {
    (0..CODE_DIGITS)
        .map(|_| loop {
            // Rejection sampling: 250 is the largest multiple of 10 below 256.
            let mut b = [0u8; 1];
            rng.fill_bytes(&mut b);
            if b[0] < 250 {
                break char::from(b'0' + b[0] % 10);
            }
        })
        .collect()
}

fn name_ok(name: &str) -> bool {
    let n = name.chars().count();
    (1..=40).contains(&n) && !name.chars().any(char::is_control)
}

/// Adds a code for `name` at `office` (staff: their own office); the record and the code itself,
/// which is shown once and never again.
pub async fn add(
    db: &Db,
    user: &User,
    office: Option<&str>,
    name: &str,
    now: i64,
) -> Result<(StaffCodeRecord, String), StaffCodeError> {
    let name = name.trim();
    if !name_ok(name) {
        return Err(StaffCodeError::NameInvalid);
    }
    let office = counter::office_scope(user, office)
        .map_err(|_| StaffCodeError::NotFound)?
        .ok_or(StaffCodeError::OfficeMissing)?;
    let mut rng = OsRng.unwrap_err();
    let code = new_code(&mut rng);
    let hash = auth::hash_password(code.clone())
        .await
        .map_err(|e| StaffCodeError::Storage(e.to_string()))?;
    let record = StaffCodeRecord {
        id: secret::id("sc", &mut rng),
        office_code: office,
        name: name.to_owned(),
        code_hash: hash,
        created_by: user.id.clone(),
        created_at: now,
        revoked_at: None,
    };
    db.add_staff_code(&record).await?;
    tracing::info!(code = %record.id, user = %user.login, "staff code added");
    Ok((record, code))
}

/// The codes `user` manages: their office's (an admin's: every office's).
pub async fn list(db: &Db, user: &User) -> Result<Vec<StaffCodeRecord>, StaffCodeError> {
    let office = counter::office_scope(user, None).map_err(|_| StaffCodeError::NotFound)?;
    Ok(db.staff_codes(&office.unwrap_or_default()).await?)
}

/// Revokes a code of `user`'s office.
pub async fn revoke(db: &Db, user: &User, id: &str, now: i64) -> Result<(), StaffCodeError> {
    let code = db
        .staff_code(id)
        .await?
        .filter(|c| user.role == Role::Admin || counter::may_see(user, &c.office_code))
        .ok_or(StaffCodeError::NotFound)?;
    if db.revoke_staff_code(&code.id, now).await? {
        tracing::info!(code = %code.id, user = %user.login, "staff code revoked");
    }
    Ok(())
}

/// What the office's kiosks receive: the codes in force.
pub async fn for_kiosks(db: &Db, office: &str) -> Result<Vec<StaffCodeHash>, StaffCodeError> {
    Ok(db
        .staff_codes(office)
        .await?
        .into_iter()
        .filter(|c| c.revoked_at.is_none())
        .map(|c| StaffCodeHash {
            id: c.id,
            hash: c.code_hash,
        })
        .collect())
}

/// Logs an assist reported by a kiosk of `office`; `true` when new.
pub async fn log_assist(
    db: &Db,
    office: &str,
    kiosk_id: &str,
    request: &AssistRequest,
    now: i64,
) -> Result<bool, StaffCodeError> {
    let known = db
        .staff_code(&request.staff_id)
        .await?
        .is_some_and(|c| c.office_code == office);
    // A kiosk's clock may be off, but not by a day, and never before 2026.
    let plausible = request.at > 1_767_225_600 && request.at < now + 86_400;
    if !known || !plausible {
        return Err(StaffCodeError::AssistInvalid);
    }
    let assist = AssistRecord {
        kiosk_id: kiosk_id.to_owned(),
        staff_code_id: request.staff_id.clone(),
        assisted_at: request.at,
    };
    let id = secret::id("as", &mut OsRng.unwrap_err());
    let new = db.log_assist(&id, office, &assist, now).await?;
    if new {
        tracing::info!(kiosk = kiosk_id, code = %request.staff_id, "staff assisted at a kiosk");
    }
    Ok(new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_eight_digits_and_differ() {
        let mut rng = OsRng.unwrap_err();
        let a = new_code(&mut rng);
        let b = new_code(&mut rng);
        assert_eq!(a.len(), CODE_DIGITS);
        assert!(a.bytes().all(|b| b.is_ascii_digit()), "{a}");
        assert_ne!(a, b);
    }

    #[test]
    fn names_are_checked() {
        assert!(name_ok("窓口係・北村"));
        assert!(!name_ok(""));
        assert!(!name_ok("北村\n"));
        assert!(!name_ok(&"あ".repeat(41)));
    }
}
