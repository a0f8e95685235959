//! The staff PIN: kept as an argon2 hash in the configuration, checked in the shell, and guarded
//! by a lock that grows with every round of wrong guesses.
//!
//! Promises:
//! - Neither the PIN nor its hash ever leaves the shell: the web UI sends the digits typed and
//!   gets back a status or an error code, nothing more.
//! - The comparison is argon2's own verification, which compares the derived hashes in constant
//!   time; a guess costs the guesser tens of milliseconds of argon2 work.
//! - After [`TRIES_PER_ROUND`] wrong PINs in a row staff mode is locked, for 1 minute, then 2, 4 …
//!   up to [`LONGEST_LOCK`] for each further round; a right PIN ends the series. While locked no
//!   PIN is checked at all, so a right guess during the lock tells nothing. The lock lives in
//!   the shell's memory (a restart of the kiosk forgets it, and takes far longer than a round
//!   of guesses on a kiosk whose restart needs the administrator); the clock comes in as an
//!   argument so it is tested without waiting.

use std::time::{Duration, Instant};

use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier as _, SaltString};
use argon2::Argon2;
use madoguchi_core::kiosk_api::CommandError;
use rand_core::CryptoRng;
use thiserror::Error;

/// Wrong PINs in a row that lock staff mode.
pub const TRIES_PER_ROUND: u32 = 5;
/// The first lock; each further round doubles it.
pub const FIRST_LOCK: Duration = Duration::from_secs(60);
/// The longest lock.
pub const LONGEST_LOCK: Duration = Duration::from_secs(60 * 60);

/// A PIN is 4 to 8 ASCII digits.
pub fn is_pin(text: &str) -> bool {
    (4..=8).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a configured `staff_pin` is an argon2 PHC string (`$argon2id$v=19$m=…`).
pub fn is_argon2_phc(text: &str) -> bool {
    PasswordHash::new(text).is_ok_and(|h| h.algorithm.as_str().starts_with("argon2"))
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum HashPinError {
    /// What was read is not 4 to 8 digits.
    #[error("a staff PIN is 4 to 8 digits")]
    NotAPin,
    #[error("cannot hash the PIN: {0}")]
    Hash(String),
}

impl HashPinError {
    /// The Fluent id that says this to an administrator (locales/*/shell.ftl).
    pub fn message_id(&self) -> &'static str {
        match self {
            HashPinError::NotAPin => "hash-pin-not-a-pin",
            HashPinError::Hash(_) => "hash-pin-failed",
        }
    }
}

/// `madoguchi-kiosk hash-pin`: the PHC string to put in `staff_pin` for `typed` (surrounding
/// whitespace, such as the newline from stdin, is ignored).
pub fn hash_pin(typed: &str, rng: &mut impl CryptoRng) -> Result<String, HashPinError> {
    let pin = typed.trim();
    if !is_pin(pin) {
        return Err(HashPinError::NotAPin);
    }
    let mut salt = [0u8; 16];
    rng.fill_bytes(&mut salt);
    let salt = SaltString::encode_b64(&salt).map_err(|e| HashPinError::Hash(e.to_string()))?;
    Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| HashPinError::Hash(e.to_string()))
}

/// Whether `pin` is the one `phc` was made from. The parameters come from the PHC string.
pub fn verify_pin(pin: &str, phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(pin.as_bytes(), &parsed)
            .is_ok()
    })
}

/// Wrong guesses so far and the lock they earned; one per kiosk, in memory.
#[derive(Debug, Default)]
pub struct StaffLock {
    /// Wrong PINs since the last right one or the last lock.
    wrong: u32,
    /// Locks so far in this series of wrong guesses.
    rounds: u32,
    locked_until: Option<Instant>,
}

/// Whole minutes left, rounded up, so the screen never says 0 while still locked.
fn minutes_left(left: Duration) -> u64 {
    left.as_secs().div_ceil(60).max(1)
}

fn locked(left: Duration) -> CommandError {
    CommandError::new("staff-locked").with_arg("minutes", minutes_left(left))
}

impl StaffLock {
    /// How long the lock after `rounds` rounds lasts: 1, 2, 4 … minutes, at most an hour.
    pub fn lock_for(rounds: u32) -> Duration {
        let doublings = rounds.saturating_sub(1).min(16);
        FIRST_LOCK
            .saturating_mul(1u32 << doublings)
            .min(LONGEST_LOCK)
    }

    /// The time left on the lock at `now`, if staff mode is locked.
    pub fn locked_for(&self, now: Instant) -> Option<Duration> {
        self.locked_until
            .and_then(|until| until.checked_duration_since(now))
            .filter(|left| !left.is_zero())
    }

    /// Checks a typed PIN at `now` with `verify` (called only when not locked). `Ok` for the right
    /// PIN; `staff-wrong-pin` (with `tries-left`) or `staff-locked` (with `minutes`) otherwise.
    pub fn attempt(
        &mut self,
        now: Instant,
        verify: impl FnOnce() -> bool,
    ) -> Result<(), CommandError> {
        if let Some(left) = self.locked_for(now) {
            return Err(locked(left));
        }
        if verify() {
            *self = StaffLock::default();
            return Ok(());
        }
        self.wrong += 1;
        if self.wrong < TRIES_PER_ROUND {
            return Err(CommandError::new("staff-wrong-pin")
                .with_arg("tries-left", TRIES_PER_ROUND - self.wrong));
        }
        self.wrong = 0;
        self.rounds = self.rounds.saturating_add(1);
        let length = StaffLock::lock_for(self.rounds);
        self.locked_until = now.checked_add(length);
        Err(locked(length))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use argon2::{Algorithm, Params, Version};
    use rand_core::{OsRng, TryRngCore as _};

    use super::*;

    /// A cheap hash for tests (the parameters travel in the PHC string).
    pub(crate) fn cheap_hash(pin: &str) -> String {
        let params = Params::new(256, 1, 1, None).unwrap_or_default();
        let salt = SaltString::encode_b64(b"0123456789abcdef").map_err(|e| e.to_string());
        let salt = salt.unwrap_or_else(|e| panic!("{e}"));
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password(pin.as_bytes(), &salt)
            .map(|h| h.to_string())
            .unwrap_or_default()
    }

    #[test]
    fn hash_pin_makes_an_argon2id_phc_that_verifies() {
        let phc = hash_pin("2468\n", &mut OsRng.unwrap_err()).expect("hash");
        assert!(phc.starts_with("$argon2id$"), "{phc}");
        assert!(is_argon2_phc(&phc));
        assert!(verify_pin("2468", &phc));
        assert!(!verify_pin("2469", &phc));
        assert!(!verify_pin("", &phc));
        let again = hash_pin("2468", &mut OsRng.unwrap_err()).expect("hash");
        assert_ne!(phc, again, "salted");
    }

    #[test]
    fn hash_pin_takes_only_a_pin() {
        for typed in ["", "123", "123456789", "12a4", "１２３４"] {
            assert_eq!(
                hash_pin(typed, &mut OsRng.unwrap_err()),
                Err(HashPinError::NotAPin),
                "{typed:?}"
            );
        }
    }

    #[test]
    fn plain_pins_and_other_hashes_are_not_argon2() {
        assert!(!is_argon2_phc("2468"));
        assert!(!is_argon2_phc("$5$rounds=5000$abc$def"));
        assert!(is_argon2_phc(&cheap_hash("2468")));
        assert!(!verify_pin("2468", "2468"), "a plain PIN is never a hash");
    }

    #[test]
    fn five_wrong_pins_lock_for_a_growing_time() {
        let start = Instant::now();
        let mut lock = StaffLock::default();
        let mut now = start;
        let mut lengths = Vec::new();
        for _round in 0..8 {
            for attempt in 1..=TRIES_PER_ROUND {
                let e = lock.attempt(now, || false).expect_err("wrong");
                if attempt < TRIES_PER_ROUND {
                    assert_eq!(e.code, "staff-wrong-pin");
                    let left = (TRIES_PER_ROUND - attempt).to_string();
                    assert_eq!(e.args.get("tries-left"), Some(&left));
                } else {
                    assert_eq!(e.code, "staff-locked");
                    lengths.push(e.args.get("minutes").cloned().unwrap_or_default());
                }
            }
            let left = lock.locked_for(now).expect("locked");
            // While locked even the right PIN is refused, and it is not even checked.
            let e = lock
                .attempt(now + left - Duration::from_secs(1), || {
                    panic!("checked while locked")
                })
                .expect_err("locked");
            assert_eq!(e.code, "staff-locked");
            assert_eq!(e.args.get("minutes").map(String::as_str), Some("1"));
            now += left;
        }
        assert_eq!(lengths, ["1", "2", "4", "8", "16", "32", "60", "60"]);
    }

    #[test]
    fn the_minutes_shown_count_down_and_the_right_pin_resets() {
        let start = Instant::now();
        let mut lock = StaffLock::default();
        for _ in 0..TRIES_PER_ROUND * 2 {
            let _ = lock.attempt(lock_end(&lock, start), || false);
        }
        // Second round: two minutes.
        let now = start + Duration::from_secs(61);
        let left = lock.locked_for(now).expect("locked");
        assert!(left <= Duration::from_secs(120));
        let e = lock.attempt(now, || true).expect_err("locked");
        assert_eq!(e.args.get("minutes").map(String::as_str), Some("2"));
        let later = now + left;
        assert!(lock.locked_for(later).is_none());
        assert_eq!(lock.attempt(later, || true), Ok(()));
        // After a right PIN the series starts again: four wrong ones do not lock.
        for _ in 1..TRIES_PER_ROUND {
            let e = lock.attempt(later, || false).expect_err("wrong");
            assert_eq!(e.code, "staff-wrong-pin");
        }
        let e = lock.attempt(later, || false).expect_err("locked");
        assert_eq!(e.args.get("minutes").map(String::as_str), Some("1"));
    }

    fn lock_end(lock: &StaffLock, start: Instant) -> Instant {
        lock.locked_for(start).map_or(start, |left| start + left)
    }

    #[test]
    fn lock_lengths_are_capped() {
        assert_eq!(StaffLock::lock_for(1), Duration::from_secs(60));
        assert_eq!(StaffLock::lock_for(3), Duration::from_secs(240));
        assert_eq!(StaffLock::lock_for(u32::MAX), LONGEST_LOCK);
    }
}
