//! The kiosk's one HTTP room: everything it says to its intake server, in the contract's types
//! ([`madoguchi_core::contract`]), and one judgement of every answer.
//!
//! Enrolment, applications, surveys, heartbeats and staff calls are sent by [`Courier`], and whatever kind of
//! message it was, the answer means the same ([`judge`]): 201 delivered, 200 a repeat the server
//! already holds, and otherwise retry later or refused for good by the same status rules. A 401
//! (the kiosk unknown or revoked) or 403 is something staff can fix, so every kind keeps its row
//! and retries; only a 4xx that no retry can change refuses. What to do with a row on each
//! verdict is the worker's business (`sync`).

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use madoguchi_core::clock::{Clock, SystemClock};
use madoguchi_core::contract::{
    path, ApplicationRequest, AssistRequest, EnrollAnswer, EnrollRequest, HeartbeatAck,
    HeartbeatRequest, Problem, Received, StaffCallAnswer, StaffCallLookup, StaffCallRequest,
    SurveyReason, SurveyRecorded, SurveyRequest, IDEMPOTENCY_KEY,
};
use madoguchi_core::envelope::Envelope;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::outbox::{QueuedApplication, SurveyAnswer};

/// Connect and whole-request limits: a stalled server must not stall the queue for long.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);

/// The longest `Retry-After` honoured: a wrong header must not park the queue for days.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(3600);

/// The code of a success whose body is not the contract's answer (a proxy's page, say).
pub const ANSWER_UNREADABLE: &str = "answer-unreadable";

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

/// What the server's answer to one message means, whatever the message was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict<T> {
    /// The server took it now (201), with its answer.
    Delivered(T),
    /// The server already held it (200): the answer it gave the first time. A heartbeat, which
    /// stores nothing new, is always answered so.
    Repeat(T),
    /// Try again later: network, timeout, 5xx, 429, or a token problem staff can fix (401, 403).
    /// `after`: not before this, the server said (`Retry-After`).
    RetryLater {
        code: String,
        after: Option<Duration>,
    },
    /// The server will never take this message as it is (a conflict, a malformed envelope).
    Refused { code: String },
}

impl<T> Verdict<T> {
    /// The server's answer, when it holds the message.
    pub fn answer(self) -> Option<T> {
        match self {
            Verdict::Delivered(answer) | Verdict::Repeat(answer) => Some(answer),
            Verdict::RetryLater { .. } | Verdict::Refused { .. } => None,
        }
    }

    /// Whether this means "try again later".
    pub fn is_retry(&self) -> bool {
        matches!(self, Verdict::RetryLater { .. })
    }

    /// The code of a failure (problem code, `http-<status>` or the network's), if it is one.
    pub fn error(&self) -> Option<&str> {
        match self {
            Verdict::RetryLater { code, .. } | Verdict::Refused { code } => Some(code),
            Verdict::Delivered(_) | Verdict::Repeat(_) => None,
        }
    }
}

/// An answer as it came over HTTP, before judging.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub status: u16,
    /// `Retry-After`, read against the courier's clock.
    pub retry_after: Option<Duration>,
    pub body: String,
}

impl Reply {
    /// The problem document in the body, when it is one.
    pub fn problem(&self) -> Option<Problem> {
        serde_json::from_str(&self.body).ok()
    }
}

/// The one rule for every kind of message: what an answer means.
pub fn judge<T: DeserializeOwned>(reply: &Reply) -> Verdict<T> {
    let code = || {
        reply
            .problem()
            .map(|p| p.code)
            .unwrap_or_else(|| format!("http-{}", reply.status))
    };
    let later = |code: String| Verdict::RetryLater {
        code,
        after: reply.retry_after,
    };
    match reply.status {
        200..=299 => match serde_json::from_str::<T>(&reply.body) {
            Ok(answer) if reply.status == 201 => Verdict::Delivered(answer),
            Ok(answer) => Verdict::Repeat(answer),
            Err(_) => later(ANSWER_UNREADABLE.into()),
        },
        // Unknown or revoked kiosk (401), a token staff must renew (403), a timeout, too early,
        // too many: nothing about the message itself is wrong.
        401 | 403 | 408 | 425 | 429 => later(code()),
        400..=499 => Verdict::Refused { code: code() },
        _ => later(code()),
    }
}

/// Reads `Retry-After`: delay-seconds or an HTTP date (RFC 9110 §10.2.3), capped at
/// [`MAX_RETRY_AFTER`]; `None` when absent or unreadable.
pub fn retry_after(value: &str, now: SystemTime) -> Option<Duration> {
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

fn network_error(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "timeout".into()
    } else if e.is_connect() {
        "unreachable".into()
    } else {
        "network".into()
    }
}

/// Talks to the intake server on behalf of this kiosk.
#[derive(Clone)]
pub struct Courier {
    client: reqwest::Client,
    server_url: String,
    /// The kiosk token; `None` before enrolment, which is the one call without it.
    token: Option<String>,
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
            token: Some(token.to_owned()),
            clock: Arc::new(SystemClock),
        })
    }

    /// A courier for a kiosk not yet enrolled: it can only ask to enrol.
    pub fn unenrolled(server_url: &str) -> reqwest::Result<Courier> {
        Ok(Courier {
            token: None,
            ..Courier::new(server_url, "")?
        })
    }

    /// The same courier judging time by `clock`.
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Courier {
        self.clock = clock;
        self
    }

    pub fn server_url(&self) -> &str {
        &self.server_url
    }

    /// Posts `body` to `path` and reads the answer; `Err` when none came (network, timeout).
    async fn post(
        &self,
        path: &str,
        body: &impl Serialize,
        idempotency_key: Option<&str>,
    ) -> reqwest::Result<Reply> {
        let mut request = self
            .client
            .post(format!("{}{path}", self.server_url))
            .json(body);
        if let Some(token) = &self.token {
            request = request.bearer_auth(token);
        }
        if let Some(key) = idempotency_key {
            request = request.header(IDEMPOTENCY_KEY, key);
        }
        let response = request.send().await?;
        let status = response.status().as_u16();
        let now: SystemTime = self.clock.now().into();
        let retry_after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| retry_after(v, now));
        let body = response.text().await?;
        Ok(Reply {
            status,
            retry_after,
            body,
        })
    }

    /// Sends one message of any kind and judges the answer by the one rule.
    async fn deliver<T: DeserializeOwned>(
        &self,
        path: &str,
        body: &impl Serialize,
        idempotency_key: Option<&str>,
    ) -> Verdict<T> {
        match self.post(path, body, idempotency_key).await {
            Ok(reply) => judge(&reply),
            Err(e) => Verdict::RetryLater {
                code: network_error(&e),
                after: None,
            },
        }
    }

    /// Trades a one-time code for a kiosk token. `Err` when no answer came, with the reason.
    pub async fn enrol(&self, request: &EnrollRequest) -> reqwest::Result<Verdict<EnrollAnswer>> {
        Ok(judge(&self.post(path::ENROLL, request, None).await?))
    }

    pub async fn send_application(&self, row: &QueuedApplication) -> Verdict<Received> {
        let Ok(envelope) = Envelope::from_bytes(&row.envelope) else {
            return Verdict::Refused {
                code: "envelope-unreadable".into(),
            };
        };
        let request = ApplicationRequest {
            envelope: envelope.to_base64(),
        };
        self.deliver(path::APPLICATIONS, &request, Some(&row.idempotency_key))
            .await
    }

    pub async fn send_survey(&self, answer: &SurveyAnswer) -> Verdict<SurveyRecorded> {
        // The kiosk took only known codes; a row that holds another is refused like the server would.
        let Some(reason) = SurveyReason::from_code(&answer.reason) else {
            return Verdict::Refused {
                code: "survey-invalid".into(),
            };
        };
        let request = SurveyRequest::new(answer.receipt.clone(), answer.score, reason);
        self.deliver(path::SURVEYS, &request, None).await
    }

    /// The minute signal: delivery health, what the fleet page shows, and the acknowledgements
    /// of earlier commands; the answer may carry new ones.
    pub async fn heartbeat(&self, request: &HeartbeatRequest) -> Verdict<HeartbeatAck> {
        self.deliver(path::HEARTBEAT, request, None).await
    }

    /// A visitor's call for staff (repeats of one `call_id` are one call at the server).
    pub async fn call_staff(
        &self,
        call_id: &str,
        place: &str,
        screen: &str,
    ) -> Verdict<StaffCallAnswer> {
        let request = StaffCallRequest {
            call_id: call_id.to_owned(),
            place: place.to_owned(),
            screen: screen.to_owned(),
        };
        self.deliver(path::STAFF_CALLS, &request, None).await
    }

    /// Staff opened the assist layer (code id and time; repeats are one assist at the server).
    pub async fn report_assist(&self, report: &AssistRequest) -> Verdict<AssistRequest> {
        self.deliver(path::ASSISTS, report, None).await
    }

    /// Whether staff have answered the call `call_id`.
    pub async fn staff_call_state(&self, call_id: &str) -> Verdict<StaffCallAnswer> {
        let request = StaffCallLookup {
            call_id: call_id.to_owned(),
        };
        self.deliver(path::STAFF_CALL_STATE, &request, None).await
    }
}

/// A loopback server for tests: answers every request with one canned HTTP/1.1 response.
#[cfg(test)]
pub(crate) mod loopback {
    /// Serves `response` to every connection; the URL to reach it.
    pub fn answering(response: String) -> String {
        recording(response).0
    }

    /// Like [`answering`], and keeps each request's body (everything after the blank line).
    pub fn recording(response: String) -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
        use std::io::{Read, Write};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let bodies = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let kept = std::sync::Arc::clone(&bodies);
        std::thread::spawn(move || {
            for mut socket in listener.incoming().flatten() {
                let mut request = Vec::new();
                let mut buf = vec![0u8; 64 * 1024];
                // Read until the headers and as many body bytes as Content-Length says.
                while let Ok(n) = socket.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    request.extend_from_slice(&buf[..n]);
                    let text = String::from_utf8_lossy(&request).into_owned();
                    if let Some((head, body)) = text.split_once("\r\n\r\n") {
                        let length = head
                            .lines()
                            .find_map(|l| {
                                let (k, v) = l.split_once(':')?;
                                k.eq_ignore_ascii_case("content-length")
                                    .then(|| v.trim().parse::<usize>().ok())?
                            })
                            .unwrap_or(0);
                        if body.len() >= length {
                            if let Ok(mut all) = kept.lock() {
                                all.push(body.to_owned());
                            }
                            break;
                        }
                    }
                }
                let _ = socket.write_all(response.as_bytes());
            }
        });
        (url, bodies)
    }

    /// A whole response with `status`, extra `headers` (each ending in CRLF) and a JSON `body`.
    pub fn http(status: u16, headers: &str, body: &str) -> String {
        format!(
            "HTTP/1.1 {status} Whatever\r\n{headers}Content-Type: application/json\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
    }
}

#[cfg(test)]
mod tests {
    use madoguchi_core::contract::{problem_type, Enrolled};
    use madoguchi_core::envelope::generate_keypair;
    use rand_core::{OsRng, TryRngCore as _};

    use super::loopback::{answering, http};
    use super::*;

    fn reply(status: u16, body: &str) -> Reply {
        Reply {
            status,
            retry_after: None,
            body: body.into(),
        }
    }

    fn problem(status: u16, code: &str) -> String {
        serde_json::to_string(&Problem {
            type_: problem_type(code),
            title: code.into(),
            status,
            code: code.into(),
            detail: None,
        })
        .unwrap_or_default()
    }

    #[test]
    fn answers_are_judged_by_status() {
        let received = r#"{"application_id":"a1","receipt":"K7AXP3","status":"provisional"}"#;
        let a1 = Received {
            application_id: "a1".into(),
            receipt: "K7AXP3".into(),
            status: "provisional".into(),
        };
        assert_eq!(judge(&reply(201, received)), Verdict::Delivered(a1.clone()));
        assert_eq!(judge(&reply(200, received)), Verdict::Repeat(a1));
        assert!(judge::<Received>(&reply(503, "")).is_retry());
        assert!(judge::<Received>(&reply(500, "<html>")).is_retry());
        assert!(judge::<Received>(&reply(429, "")).is_retry());
        assert!(judge::<Received>(&reply(401, "")).is_retry());
        assert_eq!(
            judge::<Received>(&reply(409, &problem(409, "idempotency-conflict"))),
            Verdict::Refused {
                code: "idempotency-conflict".into()
            }
        );
        assert_eq!(
            judge::<Received>(&reply(400, "")),
            Verdict::Refused {
                code: "http-400".into()
            }
        );
        assert_eq!(
            judge::<Received>(&reply(201, "{}")),
            Verdict::RetryLater {
                code: ANSWER_UNREADABLE.into(),
                after: None
            }
        );
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

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Kind {
        Enrolment,
        Application,
        Survey,
        Heartbeat,
    }

    /// What a verdict comes to, whatever answer it carries.
    #[derive(Debug, Clone, PartialEq, Eq)]
    enum Judged {
        Delivered,
        Repeat,
        RetryLater(String, Option<Duration>),
        Refused(String),
    }

    fn judged<T>(verdict: Verdict<T>) -> Judged {
        match verdict {
            Verdict::Delivered(_) => Judged::Delivered,
            Verdict::Repeat(_) => Judged::Repeat,
            Verdict::RetryLater { code, after } => Judged::RetryLater(code, after),
            Verdict::Refused { code } => Judged::Refused(code),
        }
    }

    /// The body the server answers a kind's success with.
    fn success_body(kind: Kind) -> String {
        let value = match kind {
            Kind::Enrolment => serde_json::to_value(EnrollAnswer {
                enrolled: Enrolled {
                    kiosk_token: "t".into(),
                    server_public_key: "k".into(),
                    continuation_base_url: "https://m.example.jp".into(),
                    office_code: "13010".into(),
                },
                server_key_fingerprint: "f".into(),
            }),
            Kind::Application => serde_json::to_value(Received {
                application_id: "app_1".into(),
                receipt: "K7AXP3".into(),
                status: "provisional".into(),
            }),
            Kind::Survey => serde_json::to_value(SurveyRecorded {
                receipt: "K7AXP3".into(),
                score: 4,
                reason: "easy".into(),
            }),
            Kind::Heartbeat => serde_json::to_value(HeartbeatAck {
                commands: Vec::new(),
                server_time: "2026-11-25T01:00:00Z".into(),
                staff_codes: Vec::new(),
            }),
        };
        value.map(|v| v.to_string()).unwrap_or_default()
    }

    /// Sends one message of `kind` through the courier's own method for it.
    async fn send(kind: Kind, url: &str) -> Judged {
        let courier = Courier::new(url, "token").expect("courier");
        match kind {
            Kind::Enrolment => {
                let request = EnrollRequest {
                    code: "AAAA-BBBB-CCCC".into(),
                    kiosk_id: "k".into(),
                };
                let courier = Courier::unenrolled(url).expect("courier");
                match courier.enrol(&request).await {
                    Ok(verdict) => judged(verdict),
                    Err(e) => Judged::RetryLater(network_error(&e), None),
                }
            }
            Kind::Application => {
                let (_, public) = generate_keypair(&mut OsRng.unwrap_err());
                let envelope = Envelope::seal(
                    &public,
                    "k",
                    "idem-key-0000001",
                    b"x",
                    &mut OsRng.unwrap_err(),
                )
                .expect("seal");
                let row = QueuedApplication {
                    idempotency_key: "idem-key-0000001".into(),
                    receipt: "K7AXP3".into(),
                    envelope: envelope.to_bytes(),
                    created_at: "2026-11-25T10:00:00Z".into(),
                };
                judged(courier.send_application(&row).await)
            }
            Kind::Survey => {
                let answer = SurveyAnswer {
                    receipt: "K7AXP3".into(),
                    score: 4,
                    reason: "easy".into(),
                    created_at: "2026-11-25T10:00:00Z".into(),
                };
                judged(courier.send_survey(&answer).await)
            }
            Kind::Heartbeat => judged(
                courier
                    .heartbeat(&HeartbeatRequest {
                        version: "0.1.0".into(),
                        queue_depth: 3,
                        last_error: None,
                        slot: None,
                        uptime_seconds: None,
                        orientation: None,
                        acks: Vec::new(),
                        occupation_table: None,
                        postcode_book: None,
                    })
                    .await,
            ),
        }
    }

    /// Every kind of message is judged by the same rule: the same answer means the same for an
    /// enrolment, an application, a survey and a heartbeat. (A 401 once refused a survey, which
    /// was then deleted, while an application waited.)
    #[tokio::test]
    async fn every_kind_of_message_is_judged_alike() {
        let later = |code: &str| Judged::RetryLater(code.into(), None);
        let refused = |code: &str| Judged::Refused(code.into());
        // (status, extra headers, body or None for the kind's success body, verdict)
        let table: Vec<(u16, &str, Option<String>, Judged)> = vec![
            (201, "", None, Judged::Delivered),
            (200, "", None, Judged::Repeat),
            (
                201,
                "",
                Some("<html>ok</html>".into()),
                later(ANSWER_UNREADABLE),
            ),
            (
                401,
                "WWW-Authenticate: Bearer\r\n",
                Some(problem(401, "unauthorized")),
                later("unauthorized"),
            ),
            (401, "", Some(String::new()), later("http-401")),
            (
                403,
                "",
                Some(problem(403, "enrolment-code-invalid")),
                later("enrolment-code-invalid"),
            ),
            (408, "", Some(String::new()), later("http-408")),
            (
                429,
                "Retry-After: 7\r\n",
                Some(problem(429, "rate-limited")),
                Judged::RetryLater("rate-limited".into(), Some(Duration::from_secs(7))),
            ),
            (
                400,
                "",
                Some(problem(400, "malformed-json")),
                refused("malformed-json"),
            ),
            (
                409,
                "",
                Some(problem(409, "idempotency-conflict")),
                refused("idempotency-conflict"),
            ),
            (
                413,
                "",
                Some(problem(413, "body-too-large")),
                refused("body-too-large"),
            ),
            (
                422,
                "",
                Some(problem(422, "survey-invalid")),
                refused("survey-invalid"),
            ),
            (404, "", Some("not here".into()), refused("http-404")),
            (500, "", Some(problem(500, "internal")), later("internal")),
            (
                503,
                "Retry-After: 120\r\n",
                Some(problem(503, "unavailable")),
                Judged::RetryLater("unavailable".into(), Some(Duration::from_secs(120))),
            ),
            (
                502,
                "",
                Some("<html>bad gateway</html>".into()),
                later("http-502"),
            ),
        ];
        for (status, headers, body, want) in table {
            for kind in [
                Kind::Enrolment,
                Kind::Application,
                Kind::Survey,
                Kind::Heartbeat,
            ] {
                let body = body.clone().unwrap_or_else(|| success_body(kind));
                let url = answering(http(status, headers, &body));
                let got = send(kind, &url).await;
                assert_eq!(got, want, "{kind:?} answered {status} {body}");
            }
        }
        // No answer at all is the same for every kind too.
        for kind in [
            Kind::Enrolment,
            Kind::Application,
            Kind::Survey,
            Kind::Heartbeat,
        ] {
            assert_eq!(
                send(kind, "http://127.0.0.1:9").await,
                later("unreachable"),
                "{kind:?}"
            );
        }
    }
}
