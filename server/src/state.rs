//! What every request can reach: the database, the server's key, settings, clock, mailer and
//! rate limits. Built once by `main` (or a test) and cloned cheaply into handlers.

use std::sync::Arc;

use madoguchi_core::envelope::PrivateKey;
use time::Duration;

use crate::clock::Clock;
use crate::mail::Mailer;
use crate::ratelimit::{Bucket, Limit, RateLimits, SHARED_BUCKET_FORGET_NS};
use crate::secret;
use crate::storage::Db;

/// Settings from the command line.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Where visitors and kiosks reach this server, e.g. `https://madoguchi.example.lg.jp`;
    /// the QR encodes `<public_url>/c/<token>`.
    pub public_url: String,
    /// How long a continuation token (the QR) can be proven on a phone, from receipt at the
    /// server (default 2 hours): the QR may have been photographed in the lobby.
    pub token_ttl: Duration,
    /// How long the browser that proved a token stays bound to it (default 30 minutes).
    pub phone_binding_ttl: Duration,
    /// Birth dates that may be typed on a token page (applications without email) before the
    /// page sends the visitor to the counter.
    pub birth_date_attempts: i64,
    /// How long an email code is valid.
    pub email_code_ttl: Duration,
    /// Wrong email codes allowed before a new one must be sent.
    pub email_code_attempts: i64,
    /// Staff and My Page sessions.
    pub session_ttl: Duration,
    /// A kiosk silent longer than this is marked stale on the fleet page.
    pub stale_after: Duration,
    /// Use the first `X-Forwarded-For` address as the client (only behind a trusted proxy).
    pub trust_forwarded_for: bool,
    pub demo: bool,
}

impl Settings {
    pub fn new(public_url: impl Into<String>) -> Settings {
        Settings {
            public_url: public_url.into().trim_end_matches('/').to_owned(),
            token_ttl: Duration::hours(2),
            phone_binding_ttl: Duration::minutes(30),
            birth_date_attempts: 5,
            email_code_ttl: Duration::minutes(15),
            email_code_attempts: 5,
            session_ttl: Duration::hours(10),
            stale_after: Duration::minutes(15),
            trust_forwarded_for: false,
            demo: false,
        }
    }

    /// Cookies get `Secure` when the public URL is HTTPS.
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub key: Arc<PrivateKey>,
    pub settings: Arc<Settings>,
    pub clock: Arc<dyn Clock>,
    pub mailer: Mailer,
    pub limits: Arc<RateLimits>,
}

impl AppState {
    pub fn new(
        db: Db,
        key: PrivateKey,
        settings: Settings,
        clock: Arc<dyn Clock>,
        mailer: Mailer,
    ) -> AppState {
        AppState {
            db,
            key: Arc::new(key),
            settings: Arc::new(settings),
            clock,
            mailer,
            limits: Arc::new(RateLimits::default()),
        }
    }

    pub fn now(&self) -> i64 {
        self.clock.unix()
    }

    /// Takes one token of `limit` for `key`; `Err(seconds)` until the next one. Shared limits
    /// count in the database (the key stored only as a hash); if the database cannot be asked,
    /// this process's own bucket counts instead, so a failing database never opens the gate.
    pub async fn limit(&self, limit: Limit, key: &str) -> Result<(), u64> {
        if self.limits.is_disabled() || !limit.shared() {
            return self.limits.check(limit, key, self.clock.as_ref());
        }
        let now = self.clock.now().unix_timestamp_nanos();
        let forget_before = now - SHARED_BUCKET_FORGET_NS;
        let decide = |stored: Option<(i64, i64)>| {
            let bucket = stored.map_or(limit.full(now), Bucket::from_stored);
            let (kept, verdict) = limit.take(bucket, now);
            (kept.to_stored(), verdict)
        };
        let forget = i64::try_from(forget_before).unwrap_or(0);
        match self
            .db
            .take_rate_token(limit.code(), &secret::hash(key), forget, decide)
            .await
        {
            Ok(verdict) => verdict,
            Err(e) => {
                tracing::warn!("shared rate limit unavailable, counting in memory: {e}");
                self.limits.check(limit, key, self.clock.as_ref())
            }
        }
    }

    /// Whether `limit` has a token for `key`, without taking one: for limits that count only
    /// failures (a right enrolment code costs nothing; a wrong one takes a token afterwards).
    pub async fn limit_allows(&self, limit: Limit, key: &str) -> Result<(), u64> {
        if self.limits.is_disabled() || !limit.shared() {
            return self.limits.peek(limit, key, self.clock.as_ref());
        }
        let now = self.clock.now().unix_timestamp_nanos();
        match self.db.rate_bucket(limit.code(), &secret::hash(key)).await {
            Ok(Some(stored)) => limit.peek(Bucket::from_stored(stored), now),
            Ok(None) => Ok(()),
            Err(e) => {
                tracing::warn!("shared rate limit unavailable, counting in memory: {e}");
                self.limits.peek(limit, key, self.clock.as_ref())
            }
        }
    }
}
