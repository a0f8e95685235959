//! The public scorecard at scale: `GET /scorecard` through the server's own router with many
//! applications stored across 500 offices in every prefecture. The page reads only the
//! scorecard's cells, so it should stay fast however many applications there are; making the
//! cells (the refresh a stale page starts in the background) is timed beside it.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use madoguchi_bench::results::{table, Section};
use madoguchi_bench::stats::{median, percentile};
use madoguchi_core::clock::SystemClock;
use madoguchi_core::envelope::generate_keypair;
use madoguchi_server::mail::Mailer;
use madoguchi_server::scorecard;
use madoguchi_server::state::{AppState, Settings};
use madoguchi_server::storage::Db;
use sqlx::any::AnyPoolOptions;
use sqlx::Executor as _;
use tower::ServiceExt as _;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// `sqlite:///path/server.db` (created) or `postgres://…/db` (must exist, empty).
    #[arg(long)]
    database: String,
    /// `sqlite` or `postgres`, for the report.
    #[arg(long)]
    engine: String,
    /// Applications stored before the page is measured.
    #[arg(long, default_value_t = 10_000_000)]
    rows: u64,
    #[arg(long, default_value_t = 500)]
    offices: u64,
    /// Page loads measured.
    #[arg(long, default_value_t = 30)]
    requests: usize,
    /// Scratch directory (mail).
    #[arg(long)]
    work: PathBuf,
    /// Where the result file goes.
    #[arg(long)]
    results: PathBuf,
}

/// The office number of filler office `j`: spread over the 47 prefectures.
fn office_code(j: u64) -> String {
    format!("{:02}{:03}", j % 47 + 1, j / 47)
}

/// Adds applications over the last two years until the table holds `target`, each office in
/// turn; a quarter of them opened My Page, a tenth were returned. Generated inside the database,
/// durability relaxed for the filler only. The keys (id, idempotency key, token hash) count up
/// instead of being random as the server's are: every unique index then grows at its end, which
/// stores 10 M rows in minutes instead of an hour, and the pages measured read none of them.
async fn fill(database: &str, postgres: bool, target: u64, offices: u64) -> Result<f64, String> {
    let pool = AnyPoolOptions::new()
        .max_connections(1)
        .connect(database)
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
    for j in 0..offices {
        sqlx::query(
            "INSERT INTO offices (code, name, last_serial, created_at) VALUES ($1, $2, 0, $3) ON CONFLICT (code) DO NOTHING",
        )
        .bind(office_code(j))
        .bind(format!("ハローワーク{j}"))
        .bind(now)
        .execute(&mut *conn)
        .await
        .map_err(|e| e.to_string())?;
    }
    let span: i64 = 2 * 365 * 86_400;
    let step = (span as f64 / target.max(1) as f64).max(0.001);
    let start = Instant::now();
    let mut next = 0u64;
    const BATCH: u64 = 50_000;
    while next < target {
        let end = (next + BATCH).min(target);
        let sql = if postgres {
            "INSERT INTO applications (id, kiosk_id, idempotency_key, body_hash, office_code, receipt,
                token_hash, token_expires_at, language, application_json, findings_json, submitted_at,
                received_at, status, email_code_attempts, updated_at, my_page_opened_at)
             SELECT 'app_' || lpad(to_hex(i), 16, '0'), 'fill', lpad(to_hex(i), 16, '0'), 'h',
                lpad(((i % $6) % 47 + 1)::text, 2, '0') || lpad(((i % $6) / 47)::text, 3, '0'),
                'ABCDEF', 'fill' || lpad(to_hex(i), 16, '0'), t + 1209600, 'ja', '{}', '[]',
                '2026-01-01T00:00:00Z', t,
                CASE WHEN i % 10 = 0 THEN 'returned' ELSE 'provisional' END, 0, t,
                CASE WHEN i % 4 = 0 THEN t + 3600 END
             FROM (SELECT i, ($1::bigint - $2::bigint + (i::float8 * $3::float8)::bigint) AS t
                   FROM generate_series($4::bigint, $5::bigint) AS i) s"
        } else {
            "WITH RECURSIVE n(i) AS (SELECT $4 UNION ALL SELECT i + 1 FROM n WHERE i < $5)
             INSERT INTO applications (id, kiosk_id, idempotency_key, body_hash, office_code, receipt,
                token_hash, token_expires_at, language, application_json, findings_json, submitted_at,
                received_at, status, email_code_attempts, updated_at, my_page_opened_at)
             SELECT printf('app_%016x', i), 'fill', printf('%016x', i), 'h',
                printf('%02d%03d', (i % $6) % 47 + 1, (i % $6) / 47),
                'ABCDEF', printf('fill%016x', i), t + 1209600, 'ja', '{}', '[]',
                '2026-01-01T00:00:00Z', t,
                CASE WHEN i % 10 = 0 THEN 'returned' ELSE 'provisional' END, 0, t,
                CASE WHEN i % 4 = 0 THEN t + 3600 END
             FROM (SELECT i, ($1 - $2 + CAST(i * $3 AS INTEGER)) AS t FROM n)"
        };
        sqlx::query(sql)
            .bind(now)
            .bind(span)
            .bind(step)
            .bind(next as i64 + 1)
            .bind(end as i64)
            .bind(offices as i64)
            .execute(&mut *conn)
            .await
            .map_err(|e| format!("filling: {e}"))?;
        next = end;
        if next.is_multiple_of(1_000_000) || next == target {
            eprintln!(
                "scorecard: {next} rows stored ({:.0} s)",
                start.elapsed().as_secs_f64()
            );
        }
    }
    conn.execute(if postgres {
        "ANALYZE applications"
    } else {
        "ANALYZE"
    })
    .await
    .map_err(|e| e.to_string())?;
    drop(conn);
    pool.close().await;
    Ok(start.elapsed().as_secs_f64())
}

pub async fn run(args: Args) -> Result<(), String> {
    std::fs::create_dir_all(&args.work).map_err(|e| e.to_string())?;
    let postgres = args.engine == "postgres";
    let database = if postgres {
        args.database.clone()
    } else {
        format!("{}?mode=rwc", args.database)
    };
    // The schema first, through the server's own migrations.
    let db = Db::open(&args.database)
        .await
        .map_err(|e| format!("{}: {e}", args.database))?;
    eprintln!("scorecard[{}]: filling to {} rows", args.engine, args.rows);
    let fill_secs = fill(&database, postgres, args.rows, args.offices).await?;

    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let t = Instant::now();
    scorecard::refresh_all(&db, now)
        .await
        .map_err(|e| e.to_string())?;
    let refresh_secs = t.elapsed().as_secs_f64();
    let t = Instant::now();
    scorecard::refresh_office(&db, &office_code(0), now)
        .await
        .map_err(|e| e.to_string())?;
    let office_ms = t.elapsed().as_secs_f64() * 1000.0;

    let (private, _) = generate_keypair(&mut madoguchi_bench::sample::os_rng());
    let mailer =
        Mailer::directory(args.work.join("mail"), "bench@example.jp").map_err(|e| e.to_string())?;
    let state = AppState::new(
        db.clone(),
        private,
        Settings::new("http://127.0.0.1:8080"),
        Arc::new(SystemClock),
        mailer,
    );
    let app = madoguchi_server::app(state);
    let mut times = Vec::with_capacity(args.requests);
    let mut bytes = 0;
    for i in 0..=args.requests {
        let t = Instant::now();
        let answer = app
            .clone()
            .oneshot(
                Request::get("/scorecard")
                    .body(Body::empty())
                    .map_err(|e| e.to_string())?,
            )
            .await
            .map_err(|e| e.to_string())?;
        let status = answer.status();
        let body = axum::body::to_bytes(answer.into_body(), usize::MAX)
            .await
            .map_err(|e| e.to_string())?;
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        if status != StatusCode::OK {
            return Err(format!("GET /scorecard answered {status}"));
        }
        // The first load is a warm-up (caches, statements).
        if i > 0 {
            times.push(ms);
            bytes = body.len();
        }
    }
    let (p50, p95) = (median(&times), percentile(&times, 95.0));
    eprintln!(
        "scorecard[{}] rows={} offices={}: page p50 {p50:.1} ms, p95 {p95:.1} ms; refresh {refresh_secs:.1} s",
        args.engine, args.rows, args.offices
    );
    let mut md = String::from(
        "`GET /scorecard` (the public page) through the server's router, no socket, after one \
         warm-up load. The page reads the scorecard's cells; making them from the applications is \
         the refresh a stale page starts in the background (every office) or a tally starts \
         (one office). Goal: the page under 200 ms at 10 M applications.\n\n",
    );
    md.push_str(&table(
        &[
            "applications",
            "offices",
            "page p50 ms",
            "page p95 ms",
            "page KiB",
            "refresh, every office s",
            "refresh, one office ms",
            "filler s",
        ],
        &[vec![
            args.rows.to_string(),
            args.offices.to_string(),
            format!("{p50:.1}"),
            format!("{p95:.1}"),
            format!("{:.0}", bytes as f64 / 1024.0),
            format!("{refresh_secs:.1}"),
            format!("{office_ms:.0}"),
            format!("{fill_secs:.0}"),
        ]],
    ));
    md.push('\n');
    Section {
        id: format!("55-scorecard-{}", args.engine),
        title: format!("Public scorecard ({})", args.engine),
        markdown: md,
        summary: vec![(
            format!(
                "public scorecard {} p50 ms at {} rows",
                args.engine, args.rows
            ),
            format!("{p50:.1}"),
        )],
        busy: None,
        figures: serde_json::json!({
            "rows": args.rows, "offices": args.offices, "p50_ms": p50, "p95_ms": p95,
            "page_bytes": bytes, "refresh_all_s": refresh_secs, "refresh_office_ms": office_ms,
            "fill_s": fill_secs,
        }),
    }
    .write(&args.results)
    .map_err(|e| e.to_string())?;
    db.close().await;
    Ok(())
}
