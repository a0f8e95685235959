//! A small HTTP/1.1 load generator: `connections` keep-alive connections, each sending its
//! share of the requests one after another, every latency recorded. Built on hyper's
//! connection API so that the number of connections is exactly what is asked.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt as _, Full};
use hyper::Request;
use hyper_util::rt::TokioIo;

/// One request to send: path, headers, body.
#[derive(Clone, Debug)]
pub struct Job {
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Bytes,
}

/// What a load run came to.
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    /// Milliseconds per request, in completion order.
    pub latencies_ms: Vec<f64>,
    pub elapsed: Duration,
    /// Requests answered with another status than `expect`.
    pub unexpected: usize,
    pub first_unexpected: Option<String>,
}

impl Outcome {
    pub fn per_second(&self) -> f64 {
        self.latencies_ms.len() as f64 / self.elapsed.as_secs_f64()
    }
}

/// Sends every job over `connections` connections to `addr`; each connection takes every
/// `connections`-th job. Fails only when a connection cannot be made or breaks.
pub async fn run(
    addr: SocketAddr,
    jobs: Vec<Job>,
    connections: usize,
    expect: u16,
) -> Result<Outcome, String> {
    let jobs = Arc::new(jobs);
    let start = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..connections {
        let jobs = Arc::clone(&jobs);
        tasks.push(tokio::spawn(async move {
            let stream = tokio::net::TcpStream::connect(addr)
                .await
                .map_err(|e| format!("connect {addr}: {e}"))?;
            stream.set_nodelay(true).map_err(|e| e.to_string())?;
            let (mut sender, conn) =
                hyper::client::conn::http1::handshake::<_, Full<Bytes>>(TokioIo::new(stream))
                    .await
                    .map_err(|e| format!("handshake: {e}"))?;
            tokio::spawn(conn);
            let mut out = Outcome::default();
            for job in jobs.iter().skip(c).step_by(connections) {
                let mut req = Request::post(job.path.as_str()).header("host", addr.to_string());
                for (k, v) in &job.headers {
                    req = req.header(k.as_str(), v.as_str());
                }
                let req = req
                    .body(Full::new(job.body.clone()))
                    .map_err(|e| e.to_string())?;
                sender
                    .ready()
                    .await
                    .map_err(|e| format!("connection: {e}"))?;
                let t = Instant::now();
                let response = sender
                    .send_request(req)
                    .await
                    .map_err(|e| format!("request: {e}"))?;
                let status = response.status().as_u16();
                let body = response
                    .into_body()
                    .collect()
                    .await
                    .map_err(|e| format!("response body: {e}"))?
                    .to_bytes();
                out.latencies_ms.push(t.elapsed().as_secs_f64() * 1000.0);
                if status != expect {
                    out.unexpected += 1;
                    if out.first_unexpected.is_none() {
                        out.first_unexpected =
                            Some(format!("{status} {}", String::from_utf8_lossy(&body)));
                    }
                }
            }
            Ok::<Outcome, String>(out)
        }));
    }
    let mut total = Outcome::default();
    for t in tasks {
        let o = t.await.map_err(|e| e.to_string())??;
        total.latencies_ms.extend(o.latencies_ms);
        total.unexpected += o.unexpected;
        if total.first_unexpected.is_none() {
            total.first_unexpected = o.first_unexpected;
        }
    }
    total.elapsed = start.elapsed();
    Ok(total)
}

/// Waits until `GET path` on `addr` answers 200, or fails after `timeout`.
pub async fn wait_ready(addr: SocketAddr, path: &str, timeout: Duration) -> Result<(), String> {
    let deadline = Instant::now() + timeout;
    loop {
        if get_status(addr, path).await == Some(200) {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!(
                "http://{addr}{path} does not answer 200 within {timeout:?}"
            ));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn get_status(addr: SocketAddr, path: &str) -> Option<u16> {
    let stream = tokio::net::TcpStream::connect(addr).await.ok()?;
    let (mut sender, conn) =
        hyper::client::conn::http1::handshake::<_, Full<Bytes>>(TokioIo::new(stream))
            .await
            .ok()?;
    tokio::spawn(conn);
    let req = Request::get(path)
        .header("host", addr.to_string())
        .body(Full::new(Bytes::new()))
        .ok()?;
    let r = sender.send_request(req).await.ok()?;
    Some(r.status().as_u16())
}

/// A loopback port free at the moment.
pub use madoguchi_test_support::ports::free_port;
