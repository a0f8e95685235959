//! Server intake: `POST /api/v1/applications` with sealed envelopes against the real
//! `madoguchi-server` binary on loopback, at 1, 8, 16 and 64 connections, beside the raw durable
//! insert rate of the same rows into the same database (the server's own `Db`, same pool, same
//! statement, one commit per row) in the same run; then again with many rows already stored,
//! and the scorecard query.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use madoguchi_bench::http::{self, Job};
use madoguchi_bench::load::{self, Meter};
use madoguchi_bench::results::{table, Section};
use madoguchi_bench::sample::{self, OFFICE};
use madoguchi_bench::stats::{percentile, ratio};
use madoguchi_core::envelope::generate_keypair;
use madoguchi_core::receipt::{ContinuationToken, ReceiptNumber};
use madoguchi_server::scorecard;
use madoguchi_server::sealed::{DataKey, Keyring};
use madoguchi_server::storage::{Db, NewApplication, Stored};
use madoguchi_server::{intake, reference, secret};
use sqlx::any::AnyPoolOptions;
use sqlx::Executor as _;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The real server binary (`cargo build --release -p madoguchi-server`).
    #[arg(long)]
    server_bin: PathBuf,
    /// `sqlite:///path/server.db` (created) or `postgres://…/db` (must exist, empty).
    #[arg(long)]
    database: String,
    /// `sqlite` or `postgres`, for the report.
    #[arg(long)]
    engine: String,
    /// Concurrent kiosks; the summary's ratio is taken at [`KIOSKS_OF_THE_GOAL`] when measured.
    #[arg(long, value_delimiter = ',', default_value = "1,8,16,64")]
    connections: Vec<usize>,
    /// Requests (and raw inserts) per connection count and stage.
    #[arg(long, default_value_t = 3000)]
    requests: usize,
    /// Rows stored before each stage is measured (filler rows are added up to each count).
    #[arg(long, value_delimiter = ',', default_value = "0")]
    stages: Vec<u64>,
    /// Scratch directory (key, logs).
    #[arg(long)]
    work: PathBuf,
    /// Where the result file goes.
    #[arg(long)]
    results: PathBuf,
}

struct Server {
    child: Child,
    addr: SocketAddr,
}

impl Drop for Server {
    fn drop(&mut self) {
        madoguchi_test_support::process::terminate(&mut self.child, Duration::from_secs(10));
    }
}

fn start_server(args: &Args, key_file: &Path) -> Result<Server, String> {
    let port = http::free_port();
    let addr: SocketAddr = ([127, 0, 0, 1], port).into();
    let log = std::fs::File::create(args.work.join(format!("server-{}.log", args.engine)))
        .map_err(|e| e.to_string())?;
    let child = Command::new(&args.server_bin)
        .arg("serve")
        .arg("--database")
        .arg(&args.database)
        .arg("--key")
        .arg(key_file)
        .arg("--listen")
        .arg(addr.to_string())
        .arg("--public-url")
        .arg(format!("http://{addr}"))
        .arg("--mail-dir")
        .arg(args.work.join("mail"))
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .map_err(|e| format!("{} does not start: {e}", args.server_bin.display()))?;
    Ok(Server { child, addr })
}

fn write_key(work: &Path) -> Result<(PathBuf, madoguchi_core::envelope::PublicKey), String> {
    use std::io::Write as _;
    use std::os::unix::fs::OpenOptionsExt as _;
    let (private, public) = generate_keypair(&mut sample::os_rng());
    let path = work.join("server.key");
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&path)
        .map_err(|e| e.to_string())?;
    writeln!(f, "{}", private.to_base64()).map_err(|e| e.to_string())?;
    Ok((path, public))
}

/// The data key the server reads beside its key (`data.key`), made once per work folder.
fn data_key(work: &Path) -> Result<DataKey, String> {
    let path = work.join("data.key");
    if !path.exists() {
        DataKey::generate(&mut sample::os_rng())
            .write_new(&path)
            .map_err(|e| e.to_string())?;
    }
    DataKey::read(&path).map_err(|e| e.to_string())
}

/// The row the server would store for the sample application, with fresh identifiers.
struct RowMaker {
    application_json: String,
    findings_json: String,
    submitted_at: String,
    received_at: i64,
}

impl RowMaker {
    fn new() -> RowMaker {
        let today = time::OffsetDateTime::now_utc().date();
        let report = reference::with_context(today, |cx| {
            madoguchi_core::check::application(&sample::application(), cx)
        });
        let findings = intake::open_findings(&report);
        RowMaker {
            application_json: serde_json::to_string(&report.application).unwrap_or_default(),
            findings_json: serde_json::to_string(&findings).unwrap_or_default(),
            submitted_at: sample::now_rfc3339(),
            received_at: time::OffsetDateTime::now_utc().unix_timestamp(),
        }
    }

    fn row(&self, kiosk: &str, rng: &mut impl rand_core::CryptoRng) -> NewApplication {
        let key = madoguchi_core::receipt::IdempotencyKey::generate(rng);
        NewApplication {
            id: secret::id("app", rng),
            kiosk_id: kiosk.to_owned(),
            idempotency_key: key.as_str().to_owned(),
            body_hash: secret::hash(&secret::token(rng)),
            office_code: OFFICE.to_owned(),
            receipt: ReceiptNumber::generate(rng).to_string(),
            token_hash: ContinuationToken::generate(rng).hash(),
            token_expires_at: self.received_at + 14 * 86_400,
            language: "ja".into(),
            application_json: self.application_json.clone(),
            findings_json: self.findings_json.clone(),
            submitted_at: self.submitted_at.clone(),
            received_at: self.received_at,
        }
    }
}

/// Inserts `rows` with `connections` concurrent writers through the server's own storage layer.
async fn raw_inserts(
    db: &Db,
    rows: Vec<NewApplication>,
    connections: usize,
) -> Result<(f64, Vec<f64>), String> {
    let rows = Arc::new(rows);
    let start = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..connections {
        let rows = Arc::clone(&rows);
        let db = db.clone();
        tasks.push(tokio::spawn(async move {
            let mut lat = Vec::new();
            for row in rows.iter().skip(c).step_by(connections) {
                let t = Instant::now();
                match db.insert_application(row).await {
                    Ok(Stored::Created) => {}
                    Ok(other) => return Err(format!("raw insert: {other:?}")),
                    Err(e) => return Err(format!("raw insert: {e}")),
                }
                lat.push(t.elapsed().as_secs_f64() * 1000.0);
            }
            Ok::<Vec<f64>, String>(lat)
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.map_err(|e| e.to_string())??);
    }
    Ok((all.len() as f64 / start.elapsed().as_secs_f64(), all))
}

const FILLER_OFFICES: u32 = 100;
/// Filler rows are spread over the three years before now, oldest first.
const FILLER_SPAN: i64 = 3 * 365 * 86_400;

/// Adds filler rows (realistic width and random identifiers, generated inside the database)
/// until the table holds `target` rows. Durability is relaxed for the filler only.
async fn fill(database: &str, postgres: bool, target: u64, json: &str) -> Result<f64, String> {
    let pool = AnyPoolOptions::new()
        .max_connections(1)
        .connect(&if postgres {
            database.to_owned()
        } else {
            format!("{database}?mode=rwc")
        })
        .await
        .map_err(|e| e.to_string())?;
    let mut conn = pool.acquire().await.map_err(|e| e.to_string())?;
    if postgres {
        conn.execute("SET synchronous_commit = off")
            .await
            .map_err(|e| e.to_string())?;
    } else {
        conn.execute("PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000;")
            .await
            .map_err(|e| e.to_string())?;
    }
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    for i in 0..FILLER_OFFICES {
        sqlx::query(
            "INSERT INTO offices (code, name, last_serial, created_at) VALUES ($1, $2, 0, $3) ON CONFLICT (code) DO NOTHING",
        )
        .bind(format!("{:05}", 20_000 + i))
        .bind(format!("ハローワーク{i}"))
        .bind(now)
        .execute(&mut *conn)
        .await
        .map_err(|e| e.to_string())?;
    }
    let have: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM applications")
        .fetch_one(&mut *conn)
        .await
        .map_err(|e| e.to_string())?;
    let start = Instant::now();
    let mut next = have as u64;
    let step = (FILLER_SPAN as f64 / target.max(1) as f64).max(0.001);
    const BATCH: u64 = 50_000;
    while next < target {
        let end = (next + BATCH).min(target);
        let sql = if postgres {
            "INSERT INTO applications (id, kiosk_id, idempotency_key, body_hash, office_code, receipt,
                token_hash, token_expires_at, language, application_json, findings_json, submitted_at,
                received_at, status, email_code_attempts, updated_at, my_page_opened_at, decided_at)
             SELECT 'app_' || md5(random()::text || i), 'fill-' || (i % 1000), md5(random()::text || i),
                md5(random()::text) || md5(random()::text), lpad((20000 + i % 100)::text, 5, '0'),
                upper(substr(md5(random()::text), 1, 6)), md5(random()::text) || md5(random()::text),
                t + 1209600, 'ja', $1, '[]', '2026-01-01T00:00:00Z', t,
                CASE WHEN i % 3 = 0 THEN 'accepted' ELSE 'provisional' END, 0, t,
                CASE WHEN i % 4 = 0 THEN t + 3600 END, CASE WHEN i % 3 = 0 THEN t + 86400 END
             FROM (SELECT i, ($2::bigint - $3::bigint + (i::float8 * $4::float8)::bigint) AS t
                   FROM generate_series($5::bigint, $6::bigint) AS i) s"
        } else {
            "WITH RECURSIVE n(i) AS (SELECT $5 UNION ALL SELECT i + 1 FROM n WHERE i < $6)
             INSERT INTO applications (id, kiosk_id, idempotency_key, body_hash, office_code, receipt,
                token_hash, token_expires_at, language, application_json, findings_json, submitted_at,
                received_at, status, email_code_attempts, updated_at, my_page_opened_at, decided_at)
             SELECT 'app_' || lower(hex(randomblob(16))), 'fill-' || (i % 1000), lower(hex(randomblob(16))),
                lower(hex(randomblob(32))), printf('%05d', 20000 + i % 100),
                upper(substr(hex(randomblob(3)), 1, 6)), lower(hex(randomblob(32))),
                t + 1209600, 'ja', $1, '[]', '2026-01-01T00:00:00Z', t,
                CASE WHEN i % 3 = 0 THEN 'accepted' ELSE 'provisional' END, 0, t,
                CASE WHEN i % 4 = 0 THEN t + 3600 END, CASE WHEN i % 3 = 0 THEN t + 86400 END
             FROM (SELECT i, ($2 - $3 + CAST(i * $4 AS INTEGER)) AS t FROM n)"
        };
        sqlx::query(sql)
            .bind(json)
            .bind(now)
            .bind(FILLER_SPAN)
            .bind(step)
            .bind(next as i64 + 1)
            .bind(end as i64)
            .execute(&mut *conn)
            .await
            .map_err(|e| format!("filling: {e}"))?;
        next = end;
        if next.is_multiple_of(1_000_000) || next == target {
            eprintln!(
                "intake: {next} rows stored ({:.0} s)",
                start.elapsed().as_secs_f64()
            );
        }
    }
    if postgres {
        conn.execute("ANALYZE applications")
            .await
            .map_err(|e| e.to_string())?;
    } else {
        conn.execute("ANALYZE").await.map_err(|e| e.to_string())?;
    }
    drop(conn);
    pool.close().await;
    Ok(start.elapsed().as_secs_f64())
}

/// Median wall time of making the scorecard's cells for one office (what a tally starts) and
/// for every office (the background refresh); the pages read the cells.
async fn time_scorecard(db: &Db) -> Result<(f64, f64, usize), String> {
    let offices = db.offices().await.map_err(|e| e.to_string())?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let one: Vec<_> = offices
        .iter()
        .filter(|o| o.code == "20000")
        .cloned()
        .collect();
    let one = if one.is_empty() {
        offices[..1].to_vec()
    } else {
        one
    };
    let mut single = Vec::new();
    let mut all = Vec::new();
    for _ in 0..3 {
        let t = Instant::now();
        scorecard::refresh_office(db, &one[0].code, now)
            .await
            .map_err(|e| e.to_string())?;
        single.push(t.elapsed().as_secs_f64() * 1000.0);
        let t = Instant::now();
        scorecard::refresh_all(db, now)
            .await
            .map_err(|e| e.to_string())?;
        all.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    Ok((
        madoguchi_bench::stats::median(&single),
        madoguchi_bench::stats::median(&all),
        offices.len(),
    ))
}

/// The concurrent kiosks at which issue 20's goal compares intake with the raw insert rate.
const KIOSKS_OF_THE_GOAL: usize = 16;

#[derive(serde::Serialize)]
struct Level {
    stage_rows: u64,
    connections: usize,
    requests: usize,
    http_per_s: f64,
    http_p50_ms: f64,
    http_p99_ms: f64,
    raw_per_s: f64,
    raw_p50_ms: f64,
    raw_p99_ms: f64,
    unexpected: usize,
}

pub async fn run(args: Args) -> Result<(), String> {
    std::fs::create_dir_all(&args.work).map_err(|e| e.to_string())?;
    let postgres = args.engine == "postgres";
    let meter = Meter::start();
    let (key_file, public) = write_key(&args.work)?;
    let db = Db::open_sealed(&args.database, Keyring::new(data_key(&args.work)?))
        .await
        .map_err(|e| format!("{}: {e}", args.database))?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    db.ensure_office(OFFICE, "ハローワーク飯田橋", now)
        .await
        .map_err(|e| e.to_string())?;

    // Enough kiosks that none comes near its rate limit (a burst of 600, then 10 a second).
    let per_stage = args.requests * args.connections.len();
    let total = per_stage * args.stages.len();
    let kiosks = total.div_ceil(400).max(1);
    let mut rng = sample::os_rng();
    let mut tokens = Vec::new();
    for k in 0..kiosks {
        let kiosk_id = format!("bench-{k:04}");
        let token = secret::token(&mut rng);
        db.enrol_directly(
            &secret::id("ksk", &mut rng),
            OFFICE,
            "bench",
            &kiosk_id,
            &secret::hash(&token),
            now,
        )
        .await
        .map_err(|e| e.to_string())?;
        tokens.push((kiosk_id, token));
    }

    eprintln!("intake[{}]: sealing {total} applications", args.engine);
    let application = sample::application();
    let submitted = sample::now_rfc3339();
    let mut envelopes = Vec::with_capacity(total);
    for i in 0..total {
        let (kiosk_id, token) = &tokens[i % kiosks];
        let s = sample::seal(&application, &public, kiosk_id, &submitted, &mut rng);
        envelopes.push(Job {
            path: "/api/v1/applications".into(),
            headers: vec![
                ("authorization".into(), format!("Bearer {token}")),
                ("idempotency-key".into(), s.idempotency_key.clone()),
                ("content-type".into(), "application/json".into()),
            ],
            body: Bytes::from(s.body()),
        });
    }
    let body_bytes = envelopes.first().map(|j| j.body.len()).unwrap_or(0);
    let maker = RowMaker::new();

    let server = start_server(&args, &key_file)?;
    http::wait_ready(server.addr, "/readyz", Duration::from_secs(60)).await?;

    let mut levels = Vec::new();
    let mut scorecards = Vec::new();
    let mut fills = Vec::new();
    let mut jobs = envelopes.into_iter();
    for &stage in &args.stages {
        if stage > 0 {
            eprintln!("intake[{}]: filling to {stage} rows", args.engine);
            let secs = fill(&args.database, postgres, stage, &maker.application_json).await?;
            fills.push((stage, secs));
        }
        for &c in &args.connections {
            let rows: Vec<NewApplication> = (0..args.requests)
                .map(|_| maker.row("bench-raw", &mut rng))
                .collect();
            let (raw_rate, raw_lat) = raw_inserts(&db, rows, c).await?;
            let batch: Vec<Job> = jobs.by_ref().take(args.requests).collect();
            let outcome = http::run(server.addr, batch, c, 201).await?;
            if let Some(e) = &outcome.first_unexpected {
                eprintln!(
                    "intake[{}]: {} unexpected answers, first: {e}",
                    args.engine, outcome.unexpected
                );
            }
            let level = Level {
                stage_rows: stage,
                connections: c,
                requests: args.requests,
                http_per_s: outcome.per_second(),
                http_p50_ms: percentile(&outcome.latencies_ms, 50.0),
                http_p99_ms: percentile(&outcome.latencies_ms, 99.0),
                raw_per_s: raw_rate,
                raw_p50_ms: percentile(&raw_lat, 50.0),
                raw_p99_ms: percentile(&raw_lat, 99.0),
                unexpected: outcome.unexpected,
            };
            eprintln!(
                "intake[{}] rows≥{stage} c={c}: {:.0}/s (p50 {:.2} ms, p99 {:.2} ms); raw {:.0}/s (p50 {:.2} ms)",
                args.engine,
                level.http_per_s,
                level.http_p50_ms,
                level.http_p99_ms,
                level.raw_per_s,
                level.raw_p50_ms
            );
            levels.push(level);
        }
        let (one, all, offices) = time_scorecard(&db).await?;
        let stored = db.count_applications().await.map_err(|e| e.to_string())?;
        scorecards.push((stage, stored, one, all, offices));
    }
    drop(server);
    db.close().await;
    let busy = meter.stop();

    let rows: Vec<Vec<String>> = levels
        .iter()
        .map(|l| {
            vec![
                stage_name(l.stage_rows),
                l.connections.to_string(),
                format!("{:.0}", l.http_per_s),
                format!("{:.2}", l.http_p50_ms),
                format!("{:.2}", l.http_p99_ms),
                format!("{:.0}", l.raw_per_s),
                format!("{:.2}", l.raw_p50_ms),
                format!("{:.2}", l.raw_p99_ms),
                format!("{:.2}", l.http_per_s / l.raw_per_s),
                l.unexpected.to_string(),
            ]
        })
        .collect();
    let mut md = format!(
        "The real `madoguchi-server` binary on 127.0.0.1 ({engine}), {n} requests per line, each a \
         complete application sealed with core (body {body_bytes} bytes), spread over {kiosks} \
         enrolled kiosks so that none reaches its rate limit. *raw* is the same row \
         (`NewApplication` as the server builds it, fresh random identifiers) written with \
         `Db::insert_application` — the server's own pool and statement, one durable commit per \
         row ({durability}) — by as many concurrent writers, in the same run, just before.\n\n",
        engine = args.engine,
        n = args.requests,
        durability = if postgres {
            "PostgreSQL with `fsync=on`, `synchronous_commit=on`"
        } else {
            "SQLite WAL, `synchronous=FULL`"
        },
    );
    md.push_str(&table(
        &[
            "rows stored",
            "connections",
            "intake /s",
            "p50 ms",
            "p99 ms",
            "raw insert /s",
            "raw p50 ms",
            "raw p99 ms",
            "intake/raw",
            "non-201",
        ],
        &rows,
    ));
    if !fills.is_empty() {
        md.push_str("\nFiller rows (generated inside the database, realistic width, random identifiers, 100 offices over three years; their own durability relaxed): ");
        md.push_str(
            &fills
                .iter()
                .map(|(n, s)| format!("to {} in {s:.0} s", stage_name(*n)))
                .collect::<Vec<_>>()
                .join(", "),
        );
        md.push('\n');
    }
    md.push_str("\nScorecard cells (`scorecard::refresh_office` after a tally, `scorecard::refresh_all` in the background; the pages read the cells), median of 3:\n\n");
    md.push_str(&table(
        &["rows stored", "one office ms", "every office ms", "offices"],
        &scorecards
            .iter()
            .map(|(_, stored, one, all, n)| {
                vec![
                    stored.to_string(),
                    format!("{one:.1}"),
                    format!("{all:.1}"),
                    n.to_string(),
                ]
            })
            .collect::<Vec<_>>(),
    ));
    md.push_str(&format!(
        "\nMachine meanwhile: {}.\n",
        load::describe(&busy)
    ));

    let first_stage = args.stages.first().copied().unwrap_or(0);
    let peak = |f: &dyn Fn(&Level) -> f64, stage: u64| {
        levels
            .iter()
            .filter(|l| l.stage_rows == stage)
            .map(f)
            .fold(f64::NAN, f64::max)
    };
    let mut summary = Vec::new();
    // The goal's figure: intake against raw at 16 concurrent kiosks (else each at its best).
    let at_goal = levels
        .iter()
        .find(|l| l.stage_rows == first_stage && l.connections == KIOSKS_OF_THE_GOAL);
    let (http, raw) = match at_goal {
        Some(l) => (l.http_per_s, l.raw_per_s),
        None => (
            peak(&|l| l.http_per_s, first_stage),
            peak(&|l| l.raw_per_s, first_stage),
        ),
    };
    if let Some(r) = ratio(http, raw) {
        summary.push((
            format!("ratio intake {}/raw", args.engine),
            format!("{r:.2}"),
        ));
    }
    for &stage in args.stages.iter().skip(1) {
        if let Some(r) = ratio(
            peak(&|l| l.http_per_s, stage),
            peak(&|l| l.http_per_s, first_stage),
        ) {
            summary.push((
                format!(
                    "ratio intake {} {}/{}",
                    args.engine,
                    stage_name(stage),
                    stage_name(first_stage)
                ),
                format!("{r:.2}"),
            ));
        }
    }
    if let Some((_, _, one, _, _)) = scorecards.last() {
        if args.stages.len() > 1 {
            summary.push((
                format!(
                    "ms scorecard {} one office at {}",
                    args.engine,
                    stage_name(*args.stages.last().unwrap_or(&0))
                ),
                format!("{one:.0}"),
            ));
        }
    }
    Section {
        id: format!("30-intake-{}", args.engine),
        title: format!("Server intake on {}", engine_title(&args.engine)),
        markdown: md,
        summary,
        busy: Some(busy),
        figures: serde_json::json!({ "levels": levels, "scorecards": scorecards, "fills": fills, "body_bytes": body_bytes }),
    }
    .write(&args.results)
    .map_err(|e| e.to_string())
}

fn engine_title(engine: &str) -> &str {
    match engine {
        "postgres" => "PostgreSQL",
        "sqlite" => "SQLite",
        other => other,
    }
}

pub fn stage_name(rows: u64) -> String {
    match rows {
        0 => "empty".into(),
        n if n.is_multiple_of(1_000_000) => format!("{}M", n / 1_000_000),
        n if n.is_multiple_of(1_000) => format!("{}k", n / 1_000),
        n => n.to_string(),
    }
}
