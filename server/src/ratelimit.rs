//! Rate limits: a token bucket per (kind of request, client).
//!
//! Buckets refill continuously and are measured with the server's [`Clock`], so tests move time
//! instead of sleeping. The limits that make guessing slow (sign-in, email codes, enrolment) are
//! [`Limit::shared`]: their buckets live in the database, so several server processes behind one
//! address share them and a restart does not refill them (see [`crate::state::AppState::limit`]).
//! The flood limits (token pages, the kiosk API) stay in each process's memory, where checking
//! costs nothing.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::clock::Clock;

/// What is being limited, each with its own burst and rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Limit {
    /// Wrong codes at `POST /api/v1/kiosks/enroll`, per client address.
    Enrolment,
    /// Staff and My Page sign-in, per client address: a client trying many logins is refused.
    SignIn,
    /// Staff and My Page sign-in, per (client address, login): a client guessing one login's
    /// password is refused.
    SignInPair,
    /// Staff and My Page sign-in failures, per login name, from every client together. Never a
    /// refusal (strangers could lock the owner out with it): an empty bucket only slows the next
    /// attempts on that login down (see [`crate::auth::SignInGate`]).
    SignInLogin,
    /// Email codes sent, per application.
    EmailCodeSend,
    /// Email code guesses, per client address.
    EmailCodeGuess,
    /// `/c/{token}` pages, per client address.
    TokenPage,
    /// Kiosk API calls, per kiosk.
    KioskApi,
    /// Web survey answers, per client address: a flood of made-up answers is refused.
    Survey,
}

impl Limit {
    /// Kept in the database, shared by every server process.
    pub fn shared(self) -> bool {
        !matches!(self, Limit::TokenPage | Limit::KioskApi | Limit::Survey)
    }

    /// The name the database keeps the buckets under.
    pub fn code(self) -> &'static str {
        match self {
            Limit::Enrolment => "enrolment",
            Limit::SignIn => "sign-in",
            Limit::SignInPair => "sign-in-pair",
            Limit::SignInLogin => "sign-in-login",
            Limit::EmailCodeSend => "email-code-send",
            Limit::EmailCodeGuess => "email-code-guess",
            Limit::TokenPage => "token-page",
            Limit::KioskApi => "kiosk-api",
            Limit::Survey => "survey",
        }
    }

    /// (burst, tokens per hour).
    fn shape(self) -> (f64, f64) {
        match self {
            Limit::Enrolment => (5.0, 20.0),
            Limit::SignIn => (10.0, 60.0),
            Limit::SignInPair => (5.0, 20.0),
            Limit::SignInLogin => (5.0, 20.0),
            Limit::EmailCodeSend => (3.0, 6.0),
            Limit::EmailCodeGuess => (10.0, 60.0),
            Limit::TokenPage => (60.0, 1200.0),
            Limit::KioskApi => (600.0, 36_000.0),
            Limit::Survey => (5.0, 20.0),
        }
    }
}

/// A bucket's state: tokens left and when they were counted (Unix nanoseconds).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bucket {
    pub tokens: f64,
    pub at: i128,
}

/// Shared buckets untouched this long are deleted: every shared limit is full again by then.
pub const SHARED_BUCKET_FORGET_NS: i128 = 2 * 3_600 * 1_000_000_000;

impl Bucket {
    /// From the database's columns: (millionths of a token, Unix nanoseconds).
    pub fn from_stored((tokens_micro, at_ns): (i64, i64)) -> Bucket {
        Bucket {
            tokens: tokens_micro as f64 / 1e6,
            at: i128::from(at_ns),
        }
    }

    /// To the database's columns.
    pub fn to_stored(self) -> (i64, i64) {
        let at = i64::try_from(self.at).unwrap_or(i64::MAX);
        ((self.tokens * 1e6).round() as i64, at)
    }
}

impl Limit {
    /// A full bucket at `now`.
    pub fn full(self, now: i128) -> Bucket {
        Bucket {
            tokens: self.shape().0,
            at: now,
        }
    }

    /// Refills `bucket` up to `now` and takes one token: the bucket to keep, and `Err(seconds)`
    /// until the next token where none is left.
    pub fn take(self, bucket: Bucket, now: i128) -> (Bucket, Result<(), u64>) {
        let (burst, per_hour) = self.shape();
        let per_nano = per_hour / 3_600e9;
        let elapsed = (now - bucket.at).max(0) as f64;
        let tokens = (bucket.tokens + elapsed * per_nano).min(burst);
        if tokens >= 1.0 {
            let kept = Bucket {
                tokens: tokens - 1.0,
                at: now,
            };
            (kept, Ok(()))
        } else {
            // Less a microsecond, so float noise never adds a whole second.
            let wait = (1.0 - tokens) / per_nano / 1e9 - 1e-6;
            let kept = Bucket { tokens, at: now };
            (kept, Err(wait.ceil().max(1.0) as u64))
        }
    }

    /// Refills `bucket` up to `now` and gives one token back (a sign-in that succeeded costs
    /// nothing), never above the burst.
    pub fn give_back(self, bucket: Bucket, now: i128) -> Bucket {
        let (burst, per_hour) = self.shape();
        let elapsed = (now - bucket.at).max(0) as f64;
        let tokens = (bucket.tokens + elapsed * per_hour / 3_600e9 + 1.0).min(burst);
        Bucket { tokens, at: now }
    }

    /// Whether `bucket` has a token at `now`, without taking it: `Err(seconds)` until it has.
    pub fn peek(self, bucket: Bucket, now: i128) -> Result<(), u64> {
        self.take(bucket, now).1
    }

    /// Whether a bucket last counted at `at` is full again by `now` (and so can be forgotten).
    pub fn refilled(self, bucket: Bucket, now: i128) -> bool {
        let (burst, per_hour) = self.shape();
        bucket.tokens + (now - bucket.at) as f64 * per_hour / 3_600e9 >= burst
    }
}

#[derive(Default)]
pub struct RateLimits {
    buckets: Mutex<HashMap<(Limit, String), Bucket>>,
    /// For tests: every limit off.
    disabled: bool,
}

impl std::fmt::Debug for RateLimits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RateLimits")
            .field("disabled", &self.disabled)
            .finish()
    }
}

impl RateLimits {
    pub fn disabled() -> RateLimits {
        RateLimits {
            buckets: Mutex::default(),
            disabled: true,
        }
    }

    pub fn is_disabled(&self) -> bool {
        self.disabled
    }

    /// Whether this process's bucket has a token, without taking it.
    pub fn peek(&self, limit: Limit, key: &str, clock: &dyn Clock) -> Result<(), u64> {
        if self.disabled {
            return Ok(());
        }
        let now = clock.now().unix_timestamp_nanos();
        let buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        match buckets.get(&(limit, key.to_owned())) {
            Some(bucket) => limit.peek(*bucket, now),
            None => Ok(()),
        }
    }

    /// Gives one token back to this process's bucket, if it has one.
    pub fn give_back(&self, limit: Limit, key: &str, clock: &dyn Clock) {
        if self.disabled {
            return;
        }
        let now = clock.now().unix_timestamp_nanos();
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(bucket) = buckets.get_mut(&(limit, key.to_owned())) {
            *bucket = limit.give_back(*bucket, now);
        }
    }

    /// Takes one token from this process's bucket; `Err(seconds)` says when the next one will
    /// be there.
    pub fn check(&self, limit: Limit, key: &str, clock: &dyn Clock) -> Result<(), u64> {
        if self.disabled {
            return Ok(());
        }
        let now = clock.now().unix_timestamp_nanos();
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if buckets.len() > 100_000 {
            // Full buckets carry no information; dropping them bounds memory.
            buckets.retain(|(l, _), b| !l.refilled(*b, now));
        }
        let bucket = buckets
            .entry((limit, key.to_owned()))
            .or_insert(limit.full(now));
        let (kept, verdict) = limit.take(*bucket, now);
        *bucket = kept;
        verdict
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;
    use time::Duration;

    use super::*;
    use crate::clock::ManualClock;

    #[test]
    fn a_burst_then_a_refill() {
        let clock = ManualClock::new(datetime!(2026-11-25 10:00 UTC));
        let limits = RateLimits::default();
        for _ in 0..5 {
            assert_eq!(limits.check(Limit::Enrolment, "10.0.0.1", &clock), Ok(()));
        }
        let wait = limits.check(Limit::Enrolment, "10.0.0.1", &clock);
        assert_eq!(wait, Err(180));
        // Another client has its own bucket.
        assert_eq!(limits.check(Limit::Enrolment, "10.0.0.2", &clock), Ok(()));
        clock.advance(Duration::minutes(3));
        assert_eq!(limits.check(Limit::Enrolment, "10.0.0.1", &clock), Ok(()));
        assert!(limits.check(Limit::Enrolment, "10.0.0.1", &clock).is_err());
    }

    #[test]
    fn taking_refills_first_and_never_overfills() {
        let start = 1_000_000_000_000_000_000_i128;
        let empty = Bucket {
            tokens: 0.0,
            at: start,
        };
        // Enrolment: 20 an hour, so one token every three minutes.
        let (_, verdict) = Limit::Enrolment.take(empty, start + 60 * 1_000_000_000);
        assert_eq!(verdict, Err(120));
        let (kept, verdict) = Limit::Enrolment.take(empty, start + 180 * 1_000_000_000);
        assert_eq!(verdict, Ok(()));
        assert!(kept.tokens.abs() < 1e-9);
        let (kept, _) = Limit::Enrolment.take(empty, start + 1_000 * 3_600 * 1_000_000_000);
        assert!(
            (kept.tokens - 4.0).abs() < 1e-9,
            "a full bucket of 5 less one"
        );
    }

    #[test]
    fn every_shared_bucket_is_full_before_it_is_forgotten() {
        let forget = SHARED_BUCKET_FORGET_NS;
        for limit in [
            Limit::Enrolment,
            Limit::SignIn,
            Limit::SignInPair,
            Limit::SignInLogin,
            Limit::EmailCodeSend,
            Limit::EmailCodeGuess,
        ] {
            assert!(limit.shared());
            let empty = Bucket { tokens: 0.0, at: 0 };
            assert!(limit.refilled(empty, forget), "{limit:?}");
        }
        assert!(!Limit::TokenPage.shared() && !Limit::KioskApi.shared());
    }

    #[test]
    fn a_token_given_back_is_taken_again_but_never_overfills() {
        let clock = ManualClock::new(datetime!(2026-11-25 10:00 UTC));
        let limits = RateLimits::default();
        for _ in 0..5 {
            assert_eq!(limits.check(Limit::SignInPair, "k", &clock), Ok(()));
        }
        assert!(limits.check(Limit::SignInPair, "k", &clock).is_err());
        limits.give_back(Limit::SignInPair, "k", &clock);
        assert_eq!(limits.check(Limit::SignInPair, "k", &clock), Ok(()));
        let full = Limit::SignInPair.full(0);
        assert!((Limit::SignInPair.give_back(full, 0).tokens - 5.0).abs() < 1e-9);
    }

    #[test]
    fn disabled_limits_never_refuse() {
        let clock = ManualClock::new(datetime!(2026-11-25 10:00 UTC));
        let limits = RateLimits::disabled();
        for _ in 0..100 {
            assert_eq!(limits.check(Limit::Enrolment, "x", &clock), Ok(()));
        }
    }
}
