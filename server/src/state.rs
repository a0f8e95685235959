//! What every request can reach: the database, the server's key, settings, clock, mailer and
//! rate limits. Built once by `main` (or a test) and cloned cheaply into handlers.

use std::sync::Arc;

use madoguchi_core::envelope::PrivateKey;
use time::Duration;

use crate::clock::Clock;
use crate::group_commit::GroupCommit;
use crate::mail::Mailer;
use crate::ratelimit::{Bucket, Limit, RateLimits, SHARED_BUCKET_FORGET_NS};
use crate::sealed::Lookup;
use crate::staff_call::CallBoard;
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
    /// Staff and My Page sessions, at most.
    pub session_ttl: Duration,
    /// A staff session unused this long ends (the counter PC left signed in).
    pub staff_idle: Duration,
    /// A My Page session unused this long ends (a phone left on a table).
    pub my_page_idle: Duration,
    /// How long a sign-in waits once its login has seen many failures from anywhere: a
    /// slow-down for guessers spread over many addresses, never a lock-out of the owner.
    pub sign_in_slowdown: std::time::Duration,
    /// A kiosk silent longer than this is marked stale on the fleet page.
    pub stale_after: Duration,
    /// Reverse proxies whose `X-Forwarded-For` is believed: the client is the right-most entry
    /// that is not one of them (see [`crate::web::client_address`]). Empty: the peer address.
    pub trusted_proxies: Vec<ipnet::IpNet>,
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
            staff_idle: Duration::minutes(30),
            my_page_idle: Duration::minutes(60),
            sign_in_slowdown: std::time::Duration::from_secs(1),
            stale_after: Duration::minutes(15),
            trusted_proxies: Vec::new(),
            demo: false,
        }
    }

    /// Cookies get `Secure` and `__Host-` names, and responses HSTS, when the public URL is
    /// HTTPS.
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    /// The idle time of a kind of session.
    pub fn idle(&self, kind: crate::storage::SessionKind) -> Duration {
        match kind {
            crate::storage::SessionKind::Staff => self.staff_idle,
            crate::storage::SessionKind::MyPage => self.my_page_idle,
        }
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
    /// Intake's writer: applications arriving together share one commit.
    pub group_commit: GroupCommit,
    /// Rings the counter consoles when a kiosk calls staff or a call is answered.
    pub calls: CallBoard,
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
            group_commit: GroupCommit::default(),
            calls: CallBoard::default(),
        }
    }

    pub fn now(&self) -> i64 {
        self.clock.unix()
    }

    /// Takes one token of `limit` for `key`; `Err(seconds)` until the next one. Shared limits
    /// count in the database (the key stored only as a keyed hash: a copy of the database cannot
    /// test a guessed address or login against it); if the database cannot be asked,
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
        let taken = match self.db.lookup_hash(Lookup::RateLimit, key) {
            Ok(key_hash) => {
                self.db
                    .take_rate_token(limit.code(), &key_hash, forget, decide)
                    .await
            }
            Err(e) => Err(e),
        };
        match taken {
            Ok(verdict) => verdict,
            Err(e) => {
                tracing::warn!("shared rate limit unavailable, counting in memory: {e}");
                self.limits.check(limit, key, self.clock.as_ref())
            }
        }
    }

    /// Gives back a token taken with [`AppState::limit`] (a sign-in that succeeded). Best effort:
    /// if the database cannot be asked, the token stays taken.
    pub async fn give_back(&self, limit: Limit, key: &str) {
        if self.limits.is_disabled() || !limit.shared() {
            self.limits.give_back(limit, key, self.clock.as_ref());
            return;
        }
        let now = self.clock.now().unix_timestamp_nanos();
        let forget = i64::try_from(now - SHARED_BUCKET_FORGET_NS).unwrap_or(0);
        let decide = |stored: Option<(i64, i64)>| {
            let bucket = stored.map_or(limit.full(now), Bucket::from_stored);
            (limit.give_back(bucket, now).to_stored(), ())
        };
        let given = match self.db.lookup_hash(Lookup::RateLimit, key) {
            Ok(key_hash) => {
                self.db
                    .take_rate_token(limit.code(), &key_hash, forget, decide)
                    .await
            }
            Err(e) => Err(e),
        };
        if let Err(e) = given {
            tracing::warn!("shared rate limit unavailable, token not given back: {e}");
            self.limits.give_back(limit, key, self.clock.as_ref());
        }
    }

    /// Whether `limit` has a token for `key`, without taking one: for limits that count only
    /// failures (a right enrolment code costs nothing; a wrong one takes a token afterwards).
    pub async fn limit_allows(&self, limit: Limit, key: &str) -> Result<(), u64> {
        if self.limits.is_disabled() || !limit.shared() {
            return self.limits.peek(limit, key, self.clock.as_ref());
        }
        let now = self.clock.now().unix_timestamp_nanos();
        let stored = match self.db.lookup_hash(Lookup::RateLimit, key) {
            Ok(key_hash) => self.db.rate_bucket(limit.code(), &key_hash).await,
            Err(e) => Err(e),
        };
        match stored {
            Ok(Some(stored)) => limit.peek(Bucket::from_stored(stored), now),
            Ok(None) => Ok(()),
            Err(e) => {
                tracing::warn!("shared rate limit unavailable, counting in memory: {e}");
                self.limits.peek(limit, key, self.clock.as_ref())
            }
        }
    }
}
