//! Rate limits: a token bucket per (kind of request, client), in memory.
//!
//! Buckets refill continuously and are measured with the server's [`Clock`], so tests move time
//! instead of sleeping. One process holds the buckets; a restart forgets them, which is
//! acceptable for limits whose job is to make guessing slow, not to count exactly.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::clock::Clock;

/// What is being limited, each with its own burst and rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Limit {
    /// `POST /api/v1/kiosks/enroll`, per client address.
    Enrolment,
    /// Staff and My Page sign-in, per client address.
    SignIn,
    /// Staff and My Page sign-in, per login name.
    SignInLogin,
    /// Email codes sent, per application.
    EmailCodeSend,
    /// Email code guesses, per client address.
    EmailCodeGuess,
    /// `/c/{token}` pages, per client address.
    TokenPage,
    /// Kiosk API calls, per kiosk.
    KioskApi,
}

impl Limit {
    /// (burst, tokens per hour).
    fn shape(self) -> (f64, f64) {
        match self {
            Limit::Enrolment => (5.0, 20.0),
            Limit::SignIn => (10.0, 60.0),
            Limit::SignInLogin => (5.0, 20.0),
            Limit::EmailCodeSend => (3.0, 6.0),
            Limit::EmailCodeGuess => (10.0, 60.0),
            Limit::TokenPage => (60.0, 1200.0),
            Limit::KioskApi => (600.0, 36_000.0),
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct Bucket {
    tokens: f64,
    at: i128,
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

    /// Takes one token; `Err(seconds)` says when the next one will be there.
    pub fn check(&self, limit: Limit, key: &str, clock: &dyn Clock) -> Result<(), u64> {
        if self.disabled {
            return Ok(());
        }
        let (burst, per_hour) = limit.shape();
        let per_nano = per_hour / 3_600e9;
        let now = clock.now().unix_timestamp_nanos();
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if buckets.len() > 100_000 {
            // Full buckets carry no information; dropping them bounds memory.
            buckets.retain(|(l, _), b| {
                let (burst, per_hour) = l.shape();
                b.tokens + (now - b.at) as f64 * per_hour / 3_600e9 < burst
            });
        }
        let bucket = buckets.entry((limit, key.to_owned())).or_insert(Bucket {
            tokens: burst,
            at: now,
        });
        let elapsed = (now - bucket.at).max(0) as f64;
        bucket.tokens = (bucket.tokens + elapsed * per_nano).min(burst);
        bucket.at = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            let wait = (1.0 - bucket.tokens) / per_nano / 1e9;
            Err(wait.ceil().max(1.0) as u64)
        }
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
    fn disabled_limits_never_refuse() {
        let clock = ManualClock::new(datetime!(2026-11-25 10:00 UTC));
        let limits = RateLimits::disabled();
        for _ in 0..100 {
            assert_eq!(limits.check(Limit::Enrolment, "x", &clock), Ok(()));
        }
    }
}
