//! The outbox drain: N sealed applications queued in a real outbox (`madoguchi_kiosk::outbox`),
//! delivered by the kiosk's own `sync::Worker::pass` to the intake server on loopback, timed
//! from the first send to the empty queue. Beside it, the raw loopback HTTP request rate: the
//! same HTTP client (`courier::http_client`), one request at a time as the worker sends, with a
//! body of the same size, to an endpoint that answers at once.
//!
//! The intake server here is `serve-unlimited`: the server library's own router, storage and
//! handlers, as `madoguchi-server serve` builds them, but with the rate limits off. The real
//! binary lets one kiosk send a burst of 600 requests, then 10 a second; that limit is
//! measured separately (`--real-server-bin`).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use madoguchi_bench::http;
use madoguchi_bench::load::{self, Meter};
use madoguchi_bench::results::{table, Section};
use madoguchi_bench::sample::{self, OFFICE};
use madoguchi_bench::stats::ratio;
use madoguchi_core::envelope::{generate_keypair, PrivateKey, PublicKey};
use madoguchi_kiosk::courier::Courier;
use madoguchi_kiosk::outbox::Outbox;
use madoguchi_kiosk::sync::{Backoff, Pass, SyncStatus, Worker};
use madoguchi_server::clock::{Clock, SystemClock};
use madoguchi_server::mail::Mailer;
use madoguchi_server::ratelimit::RateLimits;
use madoguchi_server::sealed::{DataKey, Keyring};
use madoguchi_server::storage::Db;
use madoguchi_server::{secret, AppState, Settings};

const KIOSK_ID: &str = "drain-kiosk-01";

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Queue lengths to drain, each into a fresh outbox.
    #[arg(long, value_delimiter = ',', default_value = "10000,100000")]
    sizes: Vec<usize>,
    /// Requests for the loopback rate.
    #[arg(long, default_value_t = 10000)]
    loopback_requests: usize,
    /// Also drain this many rows into the real server binary, rate limits on.
    #[arg(long)]
    real_server_bin: Option<PathBuf>,
    #[arg(long, default_value_t = 1000)]
    real_rows: usize,
    #[arg(long)]
    work: PathBuf,
    #[arg(long)]
    results: PathBuf,
}

#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    #[arg(long)]
    database: String,
    #[arg(long)]
    key: PathBuf,
    #[arg(long)]
    listen: SocketAddr,
    #[arg(long)]
    mail_dir: PathBuf,
}

#[derive(clap::Args, Debug)]
pub struct SinkArgs {
    #[arg(long)]
    listen: SocketAddr,
}

/// `madoguchi-server serve` as `main.rs` builds it, less the rate limits.
pub async fn serve_unlimited(args: ServeArgs) -> Result<(), String> {
    let text = std::fs::read_to_string(&args.key).map_err(|e| e.to_string())?;
    let key = PrivateKey::from_base64(&text).map_err(|e| e.to_string())?;
    let data_key =
        DataKey::read(&args.key.with_file_name("data.key")).map_err(|e| e.to_string())?;
    let db = Db::open_sealed(&args.database, Keyring::new(data_key))
        .await
        .map_err(|e| e.to_string())?;
    let url = format!("http://{}", args.listen);
    let mailer = Mailer::directory(&args.mail_dir, "bench@localhost").map_err(|e| e.to_string())?;
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let mut state = AppState::new(db, key, Settings::new(&url), clock, mailer);
    state.limits = Arc::new(RateLimits::disabled());
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .map_err(|e| e.to_string())?;
    let app = madoguchi_server::app(state).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(|e| e.to_string())
}

/// Answers every request, after reading its body, with 201 and an answer shaped like intake's.
pub async fn sink(args: SinkArgs) -> Result<(), String> {
    async fn answer(
        _body: axum::body::Bytes,
    ) -> (axum::http::StatusCode, axum::Json<serde_json::Value>) {
        (
            axum::http::StatusCode::CREATED,
            axum::Json(serde_json::json!({
                "application_id": "app_0123456789abcdefghijklmnop",
                "receipt": "K7AXP3",
                "status": "provisional",
            })),
        )
    }
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .map_err(|e| e.to_string())?;
    let app = axum::Router::new()
        .route("/healthz", axum::routing::get(|| async { "ok" }))
        .fallback(answer);
    axum::serve(listener, app).await.map_err(|e| e.to_string())
}

struct Spawned(Child);

impl Drop for Spawned {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.0.id().to_string())
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn spawn(program: &Path, args: &[String], log: &Path) -> Result<Spawned, String> {
    let log = std::fs::File::create(log).map_err(|e| e.to_string())?;
    Command::new(program)
        .args(args)
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .map(Spawned)
        .map_err(|e| format!("{} does not start: {e}", program.display()))
}

fn write_key(path: &Path, key: &PrivateKey) -> Result<(), String> {
    use std::io::Write as _;
    use std::os::unix::fs::OpenOptionsExt as _;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| e.to_string())?;
    writeln!(f, "{}", key.to_base64()).map_err(|e| e.to_string())?;
    // The data key the server reads beside its key.
    let data_key = path.with_file_name("data.key");
    if !data_key.exists() {
        DataKey::generate(&mut sample::os_rng())
            .write_new(&data_key)
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// A fresh server database with the office and this kiosk enrolled; returns the kiosk token.
async fn prepare_database(url: &str) -> Result<String, String> {
    let db = Db::open(url).await.map_err(|e| e.to_string())?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    db.ensure_office(OFFICE, "ハローワーク飯田橋", now)
        .await
        .map_err(|e| e.to_string())?;
    let mut rng = sample::os_rng();
    let token = secret::token(&mut rng);
    db.enrol_directly(
        &secret::id("ksk", &mut rng),
        OFFICE,
        "drain",
        KIOSK_ID,
        &secret::hash(&token),
        now,
    )
    .await
    .map_err(|e| e.to_string())?;
    db.close().await;
    Ok(token)
}

/// A fresh outbox in `dir` holding `n` sealed applications, written in one transaction (the
/// kiosk writes one per visitor; only the queue's content matters here).
fn queue(dir: &Path, n: usize, recipient: &PublicKey) -> Result<usize, String> {
    let _ = std::fs::remove_dir_all(dir);
    drop(Outbox::open_in(dir).map_err(|e| e.to_string())?);
    let mut conn = rusqlite::Connection::open(dir.join("outbox.db")).map_err(|e| e.to_string())?;
    let tx = conn.transaction().map_err(|e| e.to_string())?;
    let application = sample::application();
    let now = sample::now_rfc3339();
    let mut rng = sample::os_rng();
    let mut size = 0;
    {
        let mut stmt = tx
            .prepare("INSERT INTO outbox (idempotency_key, receipt, envelope, created_at) VALUES (?1, ?2, ?3, ?4)")
            .map_err(|e| e.to_string())?;
        for _ in 0..n {
            let s = sample::seal(&application, recipient, KIOSK_ID, &now, &mut rng);
            size = s.body().len();
            stmt.execute(rusqlite::params![
                s.idempotency_key,
                s.receipt,
                s.envelope_bytes,
                now
            ])
            .map_err(|e| e.to_string())?;
        }
    }
    tx.commit().map_err(|e| e.to_string())?;
    Ok(size)
}

fn worker(dir: &Path, server: &str, token: &str) -> Result<Worker, String> {
    let outbox = Outbox::open_in(dir).map_err(|e| e.to_string())?;
    Ok(Worker {
        outbox: Arc::new(Mutex::new(outbox)),
        courier: Courier::new(server, token).map_err(|e| e.to_string())?,
        status: Arc::new(Mutex::new(SyncStatus::default())),
        wake: Arc::new(tokio::sync::Notify::new()),
        backoff: Backoff::default(),
        tombstone_days: 30,
        clock: std::sync::Arc::new(madoguchi_core::clock::SystemClock),
        assists: Arc::default(),
        steering: None,
        started: std::time::Instant::now(),
        occupation_table: madoguchi_core::occupation::Classification::official().label(),
        postcode_book: madoguchi_kiosk::postcodes::Postcodes::open(None),
    })
}

#[derive(serde::Serialize)]
struct Drained {
    queued: usize,
    delivered: usize,
    seconds: f64,
    per_s: f64,
}

pub async fn run(args: Args) -> Result<(), String> {
    std::fs::create_dir_all(&args.work).map_err(|e| e.to_string())?;
    let me = std::env::current_exe().map_err(|e| e.to_string())?;
    let meter = Meter::start();
    let (private, public) = generate_keypair(&mut sample::os_rng());
    let key_file = args.work.join("server.key");
    write_key(&key_file, &private)?;

    // The loopback rate first, with a body as large as a queued application's.
    let sink_addr: SocketAddr = ([127, 0, 0, 1], http::free_port()).into();
    let _sink = spawn(
        &me,
        &["sink".into(), "--listen".into(), sink_addr.to_string()],
        &args.work.join("sink.log"),
    )?;
    http::wait_ready(sink_addr, "/healthz", Duration::from_secs(20)).await?;
    let body = sample::seal(
        &sample::application(),
        &public,
        KIOSK_ID,
        &sample::now_rfc3339(),
        &mut sample::os_rng(),
    )
    .body();
    let client = madoguchi_kiosk::courier::http_client().map_err(|e| e.to_string())?;
    let url = format!("http://{sink_addr}/api/v1/applications");
    let start = Instant::now();
    for _ in 0..args.loopback_requests {
        let r = client
            .post(&url)
            .bearer_auth("token")
            .header("Idempotency-Key", "0123456789abcdef0123")
            .header("content-type", "application/json")
            .body(body.clone())
            .send()
            .await
            .map_err(|e| e.to_string())?;
        if r.status().as_u16() != 201 {
            return Err(format!("sink answered {}", r.status()));
        }
        r.text().await.map_err(|e| e.to_string())?;
    }
    let loopback_per_s = args.loopback_requests as f64 / start.elapsed().as_secs_f64();
    eprintln!(
        "drain: loopback {loopback_per_s:.0} requests/s ({} byte bodies)",
        body.len()
    );

    // The drains.
    let db_path = args.work.join("drain-server.db");
    let _ = std::fs::remove_file(&db_path);
    let database = format!("sqlite://{}", db_path.display());
    let token = prepare_database(&database).await?;
    let server_addr: SocketAddr = ([127, 0, 0, 1], http::free_port()).into();
    let server = spawn(
        &me,
        &[
            "serve-unlimited".into(),
            "--database".into(),
            database.clone(),
            "--key".into(),
            key_file.display().to_string(),
            "--listen".into(),
            server_addr.to_string(),
            "--mail-dir".into(),
            args.work.join("mail").display().to_string(),
        ],
        &args.work.join("server-unlimited.log"),
    )?;
    http::wait_ready(server_addr, "/readyz", Duration::from_secs(30)).await?;
    let mut drains = Vec::new();
    let mut body_bytes = body.len();
    for &n in &args.sizes {
        let dir = args.work.join(format!("outbox-{n}"));
        eprintln!("drain: queueing {n}");
        body_bytes = queue(&dir, n, &public)?;
        let w = worker(&dir, &format!("http://{server_addr}"), &token)?;
        let start = Instant::now();
        let pass = w.pass().await;
        let seconds = start.elapsed().as_secs_f64();
        let delivered = match pass {
            Pass::Drained { delivered } => delivered,
            Pass::Interrupted {
                delivered, error, ..
            } => {
                return Err(format!(
                    "the drain of {n} stopped after {delivered}: {error}"
                ))
            }
        };
        eprintln!(
            "drain: {delivered} of {n} in {seconds:.1} s ({:.0}/s)",
            delivered as f64 / seconds
        );
        drains.push(Drained {
            queued: n,
            delivered,
            seconds,
            per_s: delivered as f64 / seconds,
        });
        let _ = std::fs::remove_dir_all(&dir);
    }
    drop(server);

    // The real binary, rate limits on.
    let mut real = None;
    if let Some(bin) = &args.real_server_bin {
        let db_path = args.work.join("drain-real.db");
        let _ = std::fs::remove_file(&db_path);
        let database = format!("sqlite://{}", db_path.display());
        let token = prepare_database(&database).await?;
        let addr: SocketAddr = ([127, 0, 0, 1], http::free_port()).into();
        let _server = spawn(
            bin,
            &[
                "serve".into(),
                "--database".into(),
                database,
                "--key".into(),
                key_file.display().to_string(),
                "--listen".into(),
                addr.to_string(),
                "--public-url".into(),
                format!("http://{addr}"),
                "--mail-dir".into(),
                args.work.join("mail").display().to_string(),
            ],
            &args.work.join("server-real.log"),
        )?;
        http::wait_ready(addr, "/readyz", Duration::from_secs(30)).await?;
        let dir = args.work.join("outbox-real");
        queue(&dir, args.real_rows, &public)?;
        let w = worker(&dir, &format!("http://{addr}"), &token)?;
        let start = Instant::now();
        let pass = w.pass().await;
        let seconds = start.elapsed().as_secs_f64();
        let (delivered, error) = match pass {
            Pass::Drained { delivered } => (delivered, None),
            Pass::Interrupted {
                delivered, error, ..
            } => (delivered, Some(error)),
        };
        eprintln!(
            "drain (real binary): {delivered} of {} in {seconds:.1} s, then {error:?}",
            args.real_rows
        );
        real = Some((args.real_rows, delivered, seconds, error));
        let _ = std::fs::remove_dir_all(&dir);
    }
    let busy = meter.stop();

    let mut md = format!(
        "A fresh kiosk outbox (`madoguchi_kiosk::outbox`, WAL, `synchronous=FULL`, \
         `secure_delete`) holding N sealed applications (JSON body {body_bytes} bytes each), \
         drained by one `sync::Worker::pass` — the kiosk's own code: the {window} oldest rows \
         sent at once, their answers marked delivered (tombstones) in one durable transaction, \
         the next {window} — into the intake server on \
         loopback (SQLite, durable). The server here is the library's router with rate limits \
         off (`madoguchi-bench-kiosk serve-unlimited`); see below for the real binary's limit. \
         *loopback* is the same `reqwest` client sending the same size of body one request at a \
         time to an endpoint that reads it and answers 201 at once: {loopback_per_s:.0} \
         requests/s over {} requests.\n\n",
        args.loopback_requests,
        window = madoguchi_kiosk::sync::SEND_WINDOW,
    );
    md.push_str(&table(
        &[
            "queued",
            "delivered",
            "seconds",
            "delivered /s",
            "drain/loopback",
        ],
        &drains
            .iter()
            .map(|d| {
                vec![
                    d.queued.to_string(),
                    d.delivered.to_string(),
                    format!("{:.1}", d.seconds),
                    format!("{:.0}", d.per_s),
                    format!("{:.2}", d.per_s / loopback_per_s),
                ]
            })
            .collect::<Vec<_>>(),
    ));
    if let Some((rows, delivered, seconds, error)) = &real {
        md.push_str(&format!(
            "\nAgainst the real `madoguchi-server` binary (rate limit on: 600 at once, then 10 a \
             second per kiosk), one pass over {rows} queued rows delivered {delivered} in \
             {seconds:.1} s and then stopped with `{}`; the worker then waits out its backoff \
             (full jitter, doubling up to 5 minutes) before the next pass.\n",
            error.as_deref().unwrap_or("nothing: the queue was drained")
        ));
    }
    md.push_str(&format!(
        "\nMachine meanwhile: {}.\n",
        load::describe(&busy)
    ));
    let mut summary = Vec::new();
    if let Some(first) = drains.first() {
        if let Some(r) = ratio(first.per_s, loopback_per_s) {
            summary.push(("ratio drain/loopback".to_owned(), format!("{r:.2}")));
        }
    }
    if let (Some(first), Some(last)) = (drains.first(), drains.last()) {
        if drains.len() > 1 {
            if let Some(r) = ratio(last.per_s, first.per_s) {
                summary.push((
                    format!("ratio drain rate {}/{}", last.queued, first.queued),
                    format!("{r:.2}"),
                ));
            }
        }
    }
    Section {
        id: "40-drain".into(),
        title: "Outbox drain".into(),
        markdown: md,
        summary,
        busy: Some(busy),
        figures: serde_json::json!({
            "loopback_per_s": loopback_per_s,
            "loopback_requests": args.loopback_requests,
            "body_bytes": body_bytes,
            "drains": drains,
            "real": real,
        }),
    }
    .write(&args.results)
    .map_err(|e| e.to_string())
}
