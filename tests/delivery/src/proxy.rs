//! A fault-injecting HTTP/1.1 proxy on loopback, between a kiosk's sync worker and the real
//! server. For every request it draws a [`Fault`] from a seeded schedule: pass it on, drop the
//! connection before or after the server has the request, answer 500/503 itself (or after the
//! server stored it), stall past the worker's timeout, or cut the answer off halfway.
//!
//! It speaks just enough HTTP to find message boundaries (`Content-Length` and chunked bodies),
//! so each request on a keep-alive connection meets its own fault.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

use crate::rng::Seeded;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Fault {
    Pass,
    /// The kiosk's connection is closed before the server sees the request.
    DropBefore,
    /// The server stores and answers; the kiosk's connection is closed before it hears.
    DropAfter,
    /// The proxy answers 500 itself, with an HTML page (a broken reverse proxy).
    Answer500,
    /// The proxy answers 503 itself (maintenance).
    Answer503,
    /// The server stores it; the kiosk is told 503.
    Answer503After,
    /// Nothing comes back for longer than the kiosk waits; the server never sees it.
    StallBefore,
    /// The server stores it; its answer is held back longer than the kiosk waits.
    StallAfter,
    /// The server stores it; its answer is cut off halfway.
    Truncate,
}

impl Fault {
    pub const ALL: [Fault; 9] = [
        Fault::Pass,
        Fault::DropBefore,
        Fault::DropAfter,
        Fault::Answer500,
        Fault::Answer503,
        Fault::Answer503After,
        Fault::StallBefore,
        Fault::StallAfter,
        Fault::Truncate,
    ];

    /// Whether the server gets the request under this fault.
    pub fn reaches_server(self) -> bool {
        matches!(
            self,
            Fault::Pass
                | Fault::DropAfter
                | Fault::Answer503After
                | Fault::StallAfter
                | Fault::Truncate
        )
    }
}

/// How often each fault is drawn, and how long a stall lasts.
#[derive(Debug, Clone)]
pub struct Plan {
    pub weights: Vec<(Fault, u64)>,
    pub stall: Duration,
}

impl Plan {
    /// About one request in two meets a fault; a stall outlasts `stall`.
    pub fn hostile(stall: Duration) -> Plan {
        Plan {
            weights: vec![
                (Fault::Pass, 50),
                (Fault::DropBefore, 7),
                (Fault::DropAfter, 8),
                (Fault::Answer500, 6),
                (Fault::Answer503, 6),
                (Fault::Answer503After, 6),
                (Fault::StallBefore, 3),
                (Fault::StallAfter, 4),
                (Fault::Truncate, 6),
            ],
            stall,
        }
    }
}

/// What the proxy does as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Each request draws its fault from the plan.
    Faulty,
    /// Everything passes.
    Pass,
    /// Every request gets 503 from the proxy (the server is down behind a reverse proxy).
    Unavailable,
    /// Every connection is closed at once.
    Closed,
}

/// What happened so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    pub faults: BTreeMap<Fault, u64>,
    /// Statuses the server gave to `POST /api/v1/applications` (201 stored, 200 a repeat).
    pub application_statuses: BTreeMap<u16, u64>,
    pub connections: u64,
}

impl Stats {
    pub fn requests(&self) -> u64 {
        self.faults.values().sum()
    }

    pub fn count(&self, fault: Fault) -> u64 {
        self.faults.get(&fault).copied().unwrap_or(0)
    }

    pub fn status(&self, status: u16) -> u64 {
        self.application_statuses.get(&status).copied().unwrap_or(0)
    }
}

struct Shared {
    upstream: SocketAddr,
    plan: Plan,
    rng: Mutex<Seeded>,
    mode: AtomicU8,
    stats: Mutex<Stats>,
}

impl Shared {
    fn mode(&self) -> Mode {
        match self.mode.load(Ordering::SeqCst) {
            0 => Mode::Faulty,
            1 => Mode::Pass,
            2 => Mode::Unavailable,
            _ => Mode::Closed,
        }
    }

    fn draw(&self) -> Fault {
        let fault = match self.mode() {
            Mode::Pass => Fault::Pass,
            Mode::Unavailable => Fault::Answer503,
            Mode::Closed => Fault::DropBefore,
            Mode::Faulty => {
                let weights: Vec<u64> = self.plan.weights.iter().map(|(_, w)| *w).collect();
                let mut rng = self.rng.lock().unwrap_or_else(|p| p.into_inner());
                self.plan.weights[rng.weighted(&weights)].0
            }
        };
        let mut stats = self.stats.lock().unwrap_or_else(|p| p.into_inner());
        *stats.faults.entry(fault).or_default() += 1;
        fault
    }

    fn note_status(&self, request: &[u8], response: &[u8]) {
        if !request.starts_with(b"POST /api/v1/applications ") {
            return;
        }
        if let Some(status) = status_of(response) {
            let mut stats = self.stats.lock().unwrap_or_else(|p| p.into_inner());
            *stats.application_statuses.entry(status).or_default() += 1;
        }
    }
}

pub struct FaultProxy {
    addr: SocketAddr,
    shared: Arc<Shared>,
    task: JoinHandle<()>,
}

impl FaultProxy {
    /// Listens on a free loopback port and forwards to `upstream`.
    pub async fn start(upstream: SocketAddr, seed: u64, plan: Plan) -> std::io::Result<FaultProxy> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared {
            upstream,
            plan,
            rng: Mutex::new(Seeded::new(seed)),
            mode: AtomicU8::new(0),
            stats: Mutex::new(Stats::default()),
        });
        let for_task = Arc::clone(&shared);
        let task = tokio::spawn(async move {
            loop {
                let Ok((client, _)) = listener.accept().await else {
                    continue;
                };
                let _ = client.set_nodelay(true);
                if let Ok(mut s) = for_task.stats.lock() {
                    s.connections += 1;
                }
                tokio::spawn(connection(Arc::clone(&for_task), client));
            }
        });
        Ok(FaultProxy { addr, shared, task })
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn set_mode(&self, mode: Mode) {
        let n = match mode {
            Mode::Faulty => 0,
            Mode::Pass => 1,
            Mode::Unavailable => 2,
            Mode::Closed => 3,
        };
        self.shared.mode.store(n, Ordering::SeqCst);
    }

    pub fn stats(&self) -> Stats {
        self.shared
            .stats
            .lock()
            .map(|s| s.clone())
            .unwrap_or_default()
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn canned(status: u16) -> Vec<u8> {
    let (reason, body) = match status {
        500 => (
            "Internal Server Error",
            "<html><body><h1>500 Internal Server Error</h1></body></html>",
        ),
        _ => (
            "Service Unavailable",
            "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>",
        ),
    };
    format!(
        "HTTP/1.1 {status} {reason}\r\ncontent-type: text/html\r\ncontent-length: {}\r\n\
         connection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

async fn connection(shared: Arc<Shared>, mut client: TcpStream) {
    let mut client_buf = Vec::new();
    let mut upstream: Option<(TcpStream, Vec<u8>)> = None;
    while let Some(request) = read_message(&mut client, &mut client_buf, false).await {
        let fault = shared.draw();
        match fault {
            Fault::DropBefore => return,
            Fault::Answer500 => {
                let _ = client.write_all(&canned(500)).await;
                return;
            }
            Fault::Answer503 => {
                let _ = client.write_all(&canned(503)).await;
                return;
            }
            Fault::StallBefore => {
                tokio::time::sleep(shared.plan.stall).await;
                return;
            }
            _ => {}
        }
        let Some(response) = forward(&shared, &mut upstream, &request).await else {
            return;
        };
        shared.note_status(&request, &response);
        match fault {
            Fault::DropAfter => return,
            Fault::Answer503After => {
                let _ = client.write_all(&canned(503)).await;
                return;
            }
            Fault::StallAfter => {
                tokio::time::sleep(shared.plan.stall).await;
                return;
            }
            Fault::Truncate => {
                let _ = client.write_all(&response[..response.len() / 2]).await;
                return;
            }
            _ => {
                if client.write_all(&response).await.is_err() {
                    return;
                }
            }
        }
    }
}

/// Sends `request` upstream and reads one whole answer. A kept-alive upstream connection that
/// turns out closed before any answer is replaced once, as a reverse proxy does.
async fn forward(
    shared: &Shared,
    upstream: &mut Option<(TcpStream, Vec<u8>)>,
    request: &[u8],
) -> Option<Vec<u8>> {
    for _ in 0..2 {
        let fresh = upstream.is_none();
        if fresh {
            let stream = TcpStream::connect(shared.upstream).await.ok()?;
            let _ = stream.set_nodelay(true);
            *upstream = Some((stream, Vec::new()));
        }
        let (stream, buf) = upstream.as_mut()?;
        let answer = if stream.write_all(request).await.is_ok() {
            read_message(stream, buf, true).await
        } else {
            None
        };
        match answer {
            Some(response) => {
                if closes(&response) {
                    *upstream = None;
                }
                return Some(response);
            }
            None => {
                *upstream = None;
                if fresh {
                    return None;
                }
            }
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn status_of(response: &[u8]) -> Option<u16> {
    let line = response.get(9..12)?;
    std::str::from_utf8(line).ok()?.parse().ok()
}

fn closes(response: &[u8]) -> bool {
    let head_end = find(response, b"\r\n\r\n").unwrap_or(response.len());
    let head = String::from_utf8_lossy(&response[..head_end]).to_ascii_lowercase();
    head.contains("\r\nconnection: close")
}

/// How a message's body ends, from its head.
enum Body {
    Length(usize),
    Chunked,
}

fn body_kind(head: &[u8], response: bool) -> Option<Body> {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let parsed: &[httparse::Header] = if response {
        let mut r = httparse::Response::new(&mut headers);
        match r.parse(head) {
            Ok(httparse::Status::Complete(_)) => {}
            _ => return None,
        }
        // Interim answers (100 Continue) are not expected from this server.
        r.headers
    } else {
        let mut r = httparse::Request::new(&mut headers);
        match r.parse(head) {
            Ok(httparse::Status::Complete(_)) => {}
            _ => return None,
        }
        r.headers
    };
    let mut length = 0;
    for h in parsed {
        if h.name.eq_ignore_ascii_case("transfer-encoding")
            && String::from_utf8_lossy(h.value)
                .to_ascii_lowercase()
                .contains("chunked")
        {
            return Some(Body::Chunked);
        }
        if h.name.eq_ignore_ascii_case("content-length") {
            length = std::str::from_utf8(h.value).ok()?.trim().parse().ok()?;
        }
    }
    Some(Body::Length(length))
}

/// The length of a complete chunked body at the start of `data`, if it is all there.
fn chunked_len(data: &[u8]) -> Option<usize> {
    let mut at = 0;
    loop {
        let line_end = at + find(&data[at..], b"\r\n")?;
        let size_text = std::str::from_utf8(&data[at..line_end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        at = line_end + 2;
        if size == 0 {
            // Trailers, then an empty line.
            let end = at + find(&data[at..], b"\r\n")?;
            if end == at {
                return Some(at + 2);
            }
            at = end + 2;
            continue;
        }
        if data.len() < at + size + 2 {
            return None;
        }
        at += size + 2;
    }
}

/// Reads one whole HTTP/1.1 message; what was read beyond it stays in `buf`.
async fn read_message(
    stream: &mut TcpStream,
    buf: &mut Vec<u8>,
    response: bool,
) -> Option<Vec<u8>> {
    loop {
        if let Some(head_end) = find(buf, b"\r\n\r\n") {
            let head_len = head_end + 4;
            let total = match body_kind(&buf[..head_len], response)? {
                Body::Length(n) => (buf.len() >= head_len + n).then_some(head_len + n),
                Body::Chunked => chunked_len(&buf[head_len..]).map(|n| head_len + n),
            };
            if let Some(total) = total {
                let rest = buf.split_off(total);
                return Some(std::mem::replace(buf, rest));
            }
        }
        let mut chunk = [0u8; 16 * 1024];
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_bodies_are_measured_only_when_complete() {
        let body = b"4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\nNEXT";
        assert_eq!(chunked_len(body), Some(body.len() - 4));
        assert_eq!(chunked_len(&body[..10]), None);
        assert_eq!(chunked_len(b"0\r\n"), None);
    }

    #[test]
    fn statuses_are_read_from_the_status_line() {
        assert_eq!(status_of(b"HTTP/1.1 201 Created\r\n"), Some(201));
        assert_eq!(status_of(b"HTTP/1.1"), None);
        assert!(closes(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n"));
        assert!(!closes(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n"));
    }
}
