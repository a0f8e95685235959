//! The sync worker: delivers the outbox to the intake server, oldest first (a few in flight at
//! once), exactly once.
//!
//! A row leaves the outbox only when the server has acknowledged it (201 or 200 for a repeat);
//! the server's idempotency key makes every retry harmless, so a crash between sending and
//! marking only causes one more, answered, send. Failures back off exponentially with full
//! jitter. The schedule is a plain function of the attempt number and an injected RNG (rather
//! than a retry crate with its own clock and RNG) so that hours of outage are tested without
//! sleeping. The visitor never waits for any of this: submitting only writes the outbox.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use madoguchi_core::clock::{Clock, SystemClock};
use rand_core::RngCore;
use serde::Serialize;
use tokio::sync::Notify;

use crate::outbox::{Outbox, QueuedApplication, SurveyAnswer};

/// Connect and whole-request limits: a stalled server must not stall the queue for long.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);

pub fn http_client() -> reqwest::Result<reqwest::Client> {
    http_client_with(CONNECT_TIMEOUT, REQUEST_TIMEOUT)
}

/// [`http_client`] with other limits (tests use short ones to stall past them quickly).
pub fn http_client_with(connect: Duration, request: Duration) -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        .connect_timeout(connect)
        .timeout(request)
        .user_agent(concat!("madoguchi-kiosk/", env!("CARGO_PKG_VERSION")))
        .build()
}

/// Exponential backoff with full jitter: the n-th wait is uniform in [0, min(cap, base·2ⁿ)].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    pub base: Duration,
    pub cap: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff {
            base: Duration::from_secs(1),
            cap: Duration::from_secs(300),
        }
    }
}

impl Backoff {
    pub fn ceiling(&self, attempt: u32) -> Duration {
        let factor = 1u64.checked_shl(attempt.min(32)).unwrap_or(u64::MAX);
        let millis = (self.base.as_millis() as u64).saturating_mul(factor);
        Duration::from_millis(millis).min(self.cap)
    }

    pub fn delay(&self, attempt: u32, rng: &mut impl RngCore) -> Duration {
        let ceiling = self.ceiling(attempt).as_millis() as u64;
        Duration::from_millis(rng.next_u64() % (ceiling + 1))
    }
}

/// What one send came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// The server holds it (first time or a repeat).
    Delivered { application_id: String },
    /// Try again later: network, timeout, 5xx, 429, or a token problem staff can fix.
    Retry(String),
    /// As [`Answer::Retry`], and the server said when (`Retry-After` on a 429 or 503).
    RetryAfter(String, Duration),
    /// The server will never take this row as it is (a conflict or a malformed envelope).
    Refused(String),
}

/// How many applications one pass has in flight at once.
pub const SEND_WINDOW: u32 = 4;

/// The longest `Retry-After` the worker honours: a wrong header must not park the queue for days.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(3600);

/// Reads `Retry-After`: delay-seconds or an HTTP date (RFC 9110 §10.2.3), capped at
/// [`MAX_RETRY_AFTER`]; `None` when absent or unreadable.
pub fn retry_after(value: &str, now: std::time::SystemTime) -> Option<Duration> {
    let value = value.trim();
    let wait = match value.parse::<u64>() {
        Ok(secs) => Duration::from_secs(secs),
        Err(_) => httpdate::parse_http_date(value)
            .ok()?
            .duration_since(now)
            .unwrap_or(Duration::ZERO),
    };
    Some(wait.min(MAX_RETRY_AFTER))
}

impl Answer {
    /// The retry answer, with the server's `Retry-After` when it gave one.
    fn with_retry_after(self, after: Option<Duration>) -> Answer {
        match (self, after) {
            (Answer::Retry(e), Some(after)) => Answer::RetryAfter(e, after),
            (answer, _) => answer,
        }
    }

    /// Whether this answer means "try again later".
    pub fn is_retry(&self) -> bool {
        matches!(self, Answer::Retry(_) | Answer::RetryAfter(..))
    }
}

/// Classifies the server's answer to `POST /api/v1/applications`.
pub fn classify(status: u16, body: &str) -> Answer {
    let json: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
    let code = json
        .get("code")
        .and_then(|c| c.as_str())
        .map(str::to_owned)
        .unwrap_or_else(|| format!("http-{status}"));
    match status {
        200 | 201 => match json.get("application_id").and_then(|v| v.as_str()) {
            Some(id) => Answer::Delivered {
                application_id: id.to_owned(),
            },
            None => Answer::Retry("answer-without-id".into()),
        },
        408 | 425 | 429 | 401 | 403 => Answer::Retry(code),
        400..=499 => Answer::Refused(code),
        _ => Answer::Retry(code),
    }
}

/// Talks to the intake server on behalf of this kiosk.
#[derive(Clone)]
pub struct Courier {
    client: reqwest::Client,
    server_url: String,
    token: String,
    /// Reads `Retry-After` dates against this clock, never the machine's own.
    clock: Arc<dyn Clock>,
}

impl Courier {
    pub fn new(server_url: &str, token: &str) -> reqwest::Result<Courier> {
        Courier::with_timeouts(server_url, token, CONNECT_TIMEOUT, REQUEST_TIMEOUT)
    }

    /// A courier with its own connect and whole-request timeouts.
    pub fn with_timeouts(
        server_url: &str,
        token: &str,
        connect: Duration,
        request: Duration,
    ) -> reqwest::Result<Courier> {
        Ok(Courier {
            client: http_client_with(connect, request)?,
            server_url: server_url.trim_end_matches('/').to_owned(),
            token: token.to_owned(),
            clock: Arc::new(SystemClock),
        })
    }

    /// The same courier judging time by `clock`.
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Courier {
        self.clock = clock;
        self
    }

    pub async fn send_application(&self, row: &QueuedApplication) -> Answer {
        let envelope =
            madoguchi_core::envelope::Envelope::from_bytes(&row.envelope).map(|e| e.to_base64());
        let Ok(envelope) = envelope else {
            return Answer::Refused("envelope-unreadable".into());
        };
        let sent = self
            .client
            .post(format!("{}/api/v1/applications", self.server_url))
            .bearer_auth(&self.token)
            .header("Idempotency-Key", &row.idempotency_key)
            .json(&serde_json::json!({ "envelope": envelope }))
            .send()
            .await;
        match sent {
            Err(e) => Answer::Retry(network_error(&e)),
            Ok(response) => {
                let status = response.status().as_u16();
                let after = response
                    .headers()
                    .get(reqwest::header::RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| retry_after(v, self.clock.now().into()));
                match response.text().await {
                    Ok(body) => classify(status, &body).with_retry_after(after),
                    Err(e) => Answer::Retry(network_error(&e)),
                }
            }
        }
    }

    pub async fn send_survey(&self, answer: &SurveyAnswer) -> Answer {
        let sent = self
            .client
            .post(format!("{}/api/v1/surveys", self.server_url))
            .bearer_auth(&self.token)
            .json(&serde_json::json!({
                "receipt": answer.receipt, "score": answer.score, "reason": answer.reason
            }))
            .send()
            .await;
        match sent {
            Err(e) => Answer::Retry(network_error(&e)),
            Ok(r) if r.status().is_success() => Answer::Delivered {
                application_id: String::new(),
            },
            Ok(r) if r.status().is_server_error() || r.status().as_u16() == 429 => {
                Answer::Retry(format!("http-{}", r.status().as_u16()))
            }
            Ok(r) => Answer::Refused(format!("http-{}", r.status().as_u16())),
        }
    }

    pub async fn heartbeat(&self, queue_depth: u64, last_error: Option<&str>) -> bool {
        self.client
            .post(format!("{}/api/v1/kiosks/heartbeat", self.server_url))
            .bearer_auth(&self.token)
            .json(&serde_json::json!({
                "version": env!("CARGO_PKG_VERSION"),
                "queue_depth": queue_depth,
                "last_error": last_error,
            }))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
    }
}

fn network_error(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "timeout".into()
    } else if e.is_connect() {
        "unreachable".into()
    } else {
        "network".into()
    }
}

/// What staff and heartbeats are told about delivery.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct SyncStatus {
    pub queue_depth: u64,
    pub refused: u64,
    /// RFC 3339 time of the last acknowledged delivery.
    pub last_success: Option<String>,
    /// Short code of the last failure (never personal data), cleared by a success.
    pub last_error: Option<String>,
}

/// The outcome of one pass over the queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pass {
    /// Everything sendable was delivered (or refused for good).
    Drained { delivered: usize },
    /// Stopped at a row that must be retried later (`after`: not before this, the server said).
    Interrupted {
        delivered: usize,
        error: String,
        after: Option<Duration>,
    },
}

pub struct Worker {
    pub outbox: Arc<Mutex<Outbox>>,
    pub courier: Courier,
    pub status: Arc<Mutex<SyncStatus>>,
    pub wake: Arc<Notify>,
    pub backoff: Backoff,
    /// How long tombstones are kept for support.
    pub tombstone_days: i64,
    /// Delivery times and the tombstones' age are judged by this clock.
    pub clock: Arc<dyn Clock>,
}

/// The wait before the next pass after an interruption: the jittered backoff, but never less than
/// the server's `Retry-After` (retrying sooner would only be refused again).
pub fn next_wait(backoff: Duration, retry_after: Option<Duration>) -> Duration {
    retry_after.map_or(backoff, |after| backoff.max(after))
}

impl Worker {
    fn now_rfc3339(&self) -> String {
        self.clock
            .now()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default()
    }

    fn with_outbox<T>(
        &self,
        f: impl FnOnce(&mut Outbox) -> Result<T, crate::outbox::OutboxError>,
    ) -> Result<T, String> {
        let mut outbox = self.outbox.lock().map_err(|_| "outbox-lock".to_string())?;
        f(&mut outbox).map_err(|e| e.to_string())
    }

    fn refresh_status(&self, delivered_now: bool, error: Option<String>) {
        let (depth, refused) = self
            .outbox
            .lock()
            .map(|o| (o.depth().unwrap_or(0), o.refused().unwrap_or(0)))
            .unwrap_or((0, 0));
        if let Ok(mut s) = self.status.lock() {
            s.queue_depth = depth;
            s.refused = refused;
            if delivered_now {
                s.last_success = Some(self.now_rfc3339());
            }
            match error {
                Some(e) => s.last_error = Some(e),
                None if delivered_now => s.last_error = None,
                None => {}
            }
        }
    }

    /// Sends queued applications oldest first until the queue is empty or a send must wait.
    /// Up to [`SEND_WINDOW`] are in flight at once (started oldest first), so the kiosk's and
    /// the server's work overlap; the window's deliveries are then written back in one durable
    /// transaction, refusals and retries each on its own.
    pub async fn pass(&self) -> Pass {
        let mut delivered = 0;
        loop {
            let rows = self
                .outbox
                .lock()
                .ok()
                .and_then(|o| o.oldest(SEND_WINDOW).ok())
                .unwrap_or_default();
            if rows.is_empty() {
                break;
            }
            let answers = futures_util::future::join_all(
                rows.iter().map(|r| self.courier.send_application(r)),
            )
            .await;
            let mut stop: Option<(String, Option<Duration>)> = None;
            let mut arrived: Vec<(&QueuedApplication, &str)> = Vec::new();
            for (row, answer) in rows.iter().zip(&answers) {
                fail::fail_point!("after-send");
                match answer {
                    Answer::Delivered { application_id } => arrived.push((row, application_id)),
                    _ => {
                        if let Err(e) = self.write_back(row, answer) {
                            stop.get_or_insert(e);
                        }
                    }
                }
            }
            match self.mark_arrived(&arrived) {
                Ok(()) => delivered += arrived.len(),
                Err(e) => {
                    stop.get_or_insert(e);
                }
            }
            if let Some((error, after)) = stop {
                self.refresh_status(delivered > 0, Some(error.clone()));
                return Pass::Interrupted {
                    delivered,
                    error,
                    after,
                };
            }
        }
        self.send_surveys().await;
        self.refresh_status(delivered > 0, None);
        Pass::Drained { delivered }
    }

    /// Turns the rows the server now holds into tombstones, in one durable transaction.
    fn mark_arrived(
        &self,
        arrived: &[(&QueuedApplication, &str)],
    ) -> Result<(), (String, Option<Duration>)> {
        if arrived.is_empty() {
            return Ok(());
        }
        let keys: Vec<(&str, &str)> = arrived
            .iter()
            .map(|(row, id)| (row.idempotency_key.as_str(), *id))
            .collect();
        if let Err(error) = self.with_outbox(|o| o.mark_all_delivered(&keys, &self.now_rfc3339())) {
            tracing::warn!("outbox write failed: {error}");
            return Err(("outbox".into(), None));
        }
        for (row, _) in arrived {
            tracing::info!(receipt = %row.receipt, "application delivered");
        }
        Ok(())
    }

    /// Records an answer other than a delivery: `Ok(())` refused for good (the row stays,
    /// marked), `Err` the row waits for a later pass (with the server's `Retry-After`, if any).
    fn write_back(
        &self,
        row: &QueuedApplication,
        answer: &Answer,
    ) -> Result<(), (String, Option<Duration>)> {
        let write = match answer {
            Answer::Delivered { .. } => return Ok(()),
            Answer::Refused(e) => {
                tracing::warn!(receipt = %row.receipt, error = %e, "server refused an application for good");
                self.with_outbox(|o| o.mark_refused(&row.idempotency_key, e))
            }
            Answer::Retry(e) => return Err(self.retry_later(row, e, None)),
            Answer::RetryAfter(e, after) => return Err(self.retry_later(row, e, Some(*after))),
        };
        if let Err(error) = write {
            tracing::warn!(receipt = %row.receipt, "outbox write failed: {error}");
            return Err(("outbox".into(), None));
        }
        Ok(())
    }

    /// Counts the failed try on the row, which waits for a later pass.
    fn retry_later(
        &self,
        row: &QueuedApplication,
        error: &str,
        after: Option<Duration>,
    ) -> (String, Option<Duration>) {
        let _ = self.with_outbox(|o| o.record_failure(&row.idempotency_key, error));
        (error.to_owned(), after)
    }

    async fn send_surveys(&self) {
        let pending = self
            .outbox
            .lock()
            .ok()
            .and_then(|o| o.pending_surveys(50).ok())
            .unwrap_or_default();
        for (id, answer) in pending {
            match self.courier.send_survey(&answer).await {
                a if a.is_retry() => return,
                // Delivered, or refused for good (e.g. an unknown receipt): either way it goes.
                _ => {
                    let _ = self.outbox.lock().map(|mut o| o.remove_survey(id));
                }
            }
        }
    }

    fn prune(&self) {
        let cutoff = self.clock.now() - time::Duration::days(self.tombstone_days);
        if let Ok(cutoff) = cutoff.format(&time::format_description::well_known::Rfc3339) {
            let _ = self.outbox.lock().map(|mut o| o.prune_tombstones(&cutoff));
        }
    }

    /// Runs for as long as the kiosk does: a pass whenever something is submitted, on a timer
    /// otherwise, backing off while the server cannot be reached; a heartbeat every minute.
    pub async fn run(self, rng: &mut impl RngCore) {
        self.run_with(rng, tokio::time::sleep).await
    }

    /// [`Worker::run`] with the waiting passed in: `sleep(wait)` is awaited between passes (or
    /// cut short by a submission). Tests pass a fake clock, so hours of outage take no time.
    pub async fn run_with<F: std::future::Future<Output = ()>>(
        self,
        rng: &mut impl RngCore,
        mut sleep: impl FnMut(Duration) -> F,
    ) {
        let mut attempt: u32 = 0;
        let mut last_heartbeat: Option<tokio::time::Instant> = None;
        loop {
            let pass = self.pass().await;
            let wait = match pass {
                Pass::Drained { .. } => {
                    attempt = 0;
                    Duration::from_secs(30)
                }
                Pass::Interrupted { after, .. } => {
                    attempt = attempt.saturating_add(1);
                    next_wait(self.backoff.delay(attempt, rng), after)
                }
            };
            if last_heartbeat.is_none_or(|t| t.elapsed() >= Duration::from_secs(60)) {
                let (depth, error) = self
                    .status
                    .lock()
                    .map(|s| (s.queue_depth, s.last_error.clone()))
                    .unwrap_or((0, None));
                self.courier.heartbeat(depth, error.as_deref()).await;
                self.prune();
                last_heartbeat = Some(tokio::time::Instant::now());
            }
            tokio::select! {
                _ = self.wake.notified() => {}
                _ = sleep(wait) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Counter(u64);
    impl RngCore for Counter {
        fn next_u32(&mut self) -> u32 {
            self.next_u64() as u32
        }
        fn next_u64(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            self.0
        }
        fn fill_bytes(&mut self, dest: &mut [u8]) {
            for b in dest {
                *b = self.next_u64() as u8;
            }
        }
    }

    #[test]
    fn backoff_grows_to_the_cap_and_jitters_below_it() {
        let b = Backoff::default();
        assert_eq!(b.ceiling(0), Duration::from_secs(1));
        assert_eq!(b.ceiling(3), Duration::from_secs(8));
        assert_eq!(b.ceiling(40), Duration::from_secs(300));
        let mut rng = Counter(7);
        let delays: Vec<_> = (0..200).map(|_| b.delay(20, &mut rng)).collect();
        assert!(delays.iter().all(|d| *d <= Duration::from_secs(300)));
        assert!(delays.iter().any(|d| *d < Duration::from_secs(100)));
        assert!(delays.iter().any(|d| *d > Duration::from_secs(200)));
    }

    #[test]
    fn an_outage_of_hours_is_retried_at_most_every_five_minutes() {
        // Time passed in: add up the waits of a long outage instead of sleeping through it.
        let b = Backoff::default();
        let mut rng = Counter(1);
        let mut waited = Duration::ZERO;
        let mut tries = 0u32;
        while waited < Duration::from_secs(6 * 3600) {
            tries += 1;
            waited += b.delay(tries, &mut rng);
        }
        // Never more than one try a second on average, never fewer than one per 5 minutes.
        assert!(tries > 6 * 12, "{tries}");
        assert!(tries < 6 * 3600, "{tries}");
    }

    #[test]
    fn answers_are_classified_by_status() {
        assert_eq!(
            classify(201, r#"{"application_id":"a1","receipt":"K7AXP3"}"#),
            Answer::Delivered {
                application_id: "a1".into()
            }
        );
        assert_eq!(
            classify(200, r#"{"application_id":"a1"}"#),
            Answer::Delivered {
                application_id: "a1".into()
            }
        );
        assert!(matches!(classify(503, ""), Answer::Retry(_)));
        assert!(classify(503, "").is_retry());
        assert!(matches!(classify(500, "<html>"), Answer::Retry(_)));
        assert!(matches!(classify(429, ""), Answer::Retry(_)));
        assert!(matches!(classify(401, ""), Answer::Retry(_)));
        assert_eq!(
            classify(409, r#"{"code":"idempotency-conflict"}"#),
            Answer::Refused("idempotency-conflict".into())
        );
        assert!(matches!(classify(400, ""), Answer::Refused(_)));
        assert!(matches!(classify(201, "{}"), Answer::Retry(_)));
    }

    #[test]
    fn retry_after_reads_seconds_and_dates_and_is_capped() {
        let now = std::time::UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        assert_eq!(retry_after("120", now), Some(Duration::from_secs(120)));
        assert_eq!(retry_after(" 0 ", now), Some(Duration::ZERO));
        let later = httpdate::fmt_http_date(now + Duration::from_secs(90));
        assert_eq!(retry_after(&later, now), Some(Duration::from_secs(90)));
        let past = httpdate::fmt_http_date(now - Duration::from_secs(90));
        assert_eq!(retry_after(&past, now), Some(Duration::ZERO));
        assert_eq!(retry_after("999999999", now), Some(MAX_RETRY_AFTER));
        assert_eq!(retry_after("soon", now), None);
        assert_eq!(retry_after("-5", now), None);
    }

    #[test]
    fn the_wait_is_never_shorter_than_retry_after() {
        let b = Duration::from_secs(3);
        assert_eq!(next_wait(b, None), b);
        assert_eq!(
            next_wait(b, Some(Duration::from_secs(60))),
            Duration::from_secs(60)
        );
        assert_eq!(next_wait(b, Some(Duration::from_secs(1))), b);
    }

    /// A loopback server that answers every request with `response`, as raw HTTP/1.1.
    fn answering(response: &'static str) -> String {
        use std::io::{Read, Write};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        std::thread::spawn(move || {
            for mut socket in listener.incoming().flatten() {
                let mut buf = vec![0u8; 64 * 1024];
                let _ = socket.read(&mut buf);
                let _ = socket.write_all(response.as_bytes());
            }
        });
        url
    }

    #[tokio::test]
    async fn a_busy_server_s_retry_after_reaches_the_worker() {
        use madoguchi_core::envelope::{generate_keypair, Envelope};
        use rand_core::TryRngCore as _;
        let url = answering(
            "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 120\r\n\
             Content-Type: application/problem+json\r\nContent-Length: 21\r\n\
             Connection: close\r\n\r\n{\"code\":\"overloaded\"}",
        );
        let dir = tempfile::tempdir().expect("tempdir");
        let mut outbox = Outbox::open_in(dir.path()).expect("outbox");
        let (_, public) = generate_keypair(&mut rand_core::OsRng.unwrap_err());
        let envelope = Envelope::seal(
            &public,
            "kiosk",
            "idem-key-0000001",
            b"sealed",
            &mut rand_core::OsRng.unwrap_err(),
        )
        .expect("seal");
        outbox
            .enqueue(&crate::outbox::QueuedApplication {
                idempotency_key: "idem-key-0000001".into(),
                receipt: "AAAAAA".into(),
                envelope: envelope.to_bytes(),
                created_at: "2026-11-25T10:00:00Z".into(),
            })
            .expect("enqueue");
        let worker = Worker {
            outbox: Arc::new(Mutex::new(outbox)),
            courier: Courier::new(&url, "token").expect("courier"),
            status: Arc::default(),
            wake: Arc::default(),
            backoff: Backoff::default(),
            tombstone_days: 30,
            clock: Arc::new(SystemClock),
        };
        assert_eq!(
            worker.pass().await,
            Pass::Interrupted {
                delivered: 0,
                error: "overloaded".into(),
                after: Some(Duration::from_secs(120)),
            }
        );
        let depth = worker.outbox.lock().map(|o| o.depth().unwrap_or(0));
        assert_eq!(depth.ok(), Some(1), "the row waits for the next pass");
    }
}
