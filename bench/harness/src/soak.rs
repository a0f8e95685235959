//! A lobby's day: N visitors in a row through the whole walk in the real kiosk (its webview,
//! under tauri-driver and Xvfb), each submitting to a real intake server on loopback and each
//! followed by 終了 and the reset, with no restart between them. Every `--every` visitors (and
//! the first) the kiosk's process tree is weighed (PSS) and the visitor's key taps and 次へ are
//! timed as `drive` times them; the summary compares the last sample with the first, and an SVG
//! chart shows both over the run. A leak or a slowdown shows as a ratio above 1.
//!
//! The applications really reach the server (the kiosk is enrolled with it): at the end the
//! kiosk's outbox must be empty, or the run fails, since a kiosk that stops delivering after a
//! few hundred visitors is a leak too.
//!
//! On this GPU-less machine WebKit paints through Mesa's software rasteriser, which now and then
//! crashes the web process (a few times in a thousand visitors). The kiosk then shows its attract
//! screen again by itself (`window::reload_when_the_renderer_dies`), but the WebDriver session
//! ends with the page, so the run cannot go on: when the kiosk's log shows that crash and the
//! attract screen painted after it, the run ends there and reports the visitors it got through,
//! saying so; any other failure fails the run.

use std::ffi::OsStr;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use madoguchi_bench::load::Meter;
use madoguchi_bench::proc;
use madoguchi_bench::results::{table, Section};
use madoguchi_bench::stats::{percentile, Spread};
use madoguchi_test_support::server::IntakeServer;
use madoguchi_test_support::xvfb::Xvfb;
use serde_json::json;
use thirtyfour::WebDriver;

use crate::drive::{
    close_keyboard, fill_to_my_page, measured_tap, open_field, screen, submit_from_my_page, tap,
    value, Driver, Pointer, FORWARD, R,
};

#[derive(clap::Args, Debug)]
pub struct Args {
    #[arg(long)]
    kiosk_bin: PathBuf,
    #[arg(long)]
    server_bin: PathBuf,
    #[arg(long)]
    tauri_driver: PathBuf,
    /// The kiosk configuration the run starts from (`deploy/demo/kiosk.toml`).
    #[arg(long)]
    kiosk_config: PathBuf,
    /// Visitors in a row.
    #[arg(long, default_value_t = 500)]
    visitors: usize,
    /// A sample every this many visitors (and the first).
    #[arg(long, default_value_t = 50)]
    every: usize,
    /// Key taps timed in a sampled visit.
    #[arg(long, default_value_t = 12)]
    taps: usize,
    /// Walks from 基本情報 to マイページ with 次へ timed, in a sampled visit.
    #[arg(long, default_value_t = 4)]
    rounds: usize,
    #[arg(long, default_value_t = 1080)]
    width: u32,
    #[arg(long, default_value_t = 1920)]
    height: u32,
    #[arg(long)]
    work: PathBuf,
    #[arg(long)]
    results: PathBuf,
    /// The chart (SVG) of memory and next-screen time over the run.
    #[arg(long)]
    chart: PathBuf,
    /// Measured under other conditions (scripts/bench --one-cpu: `1 cpu`): suffixes the
    /// section and its summary lines.
    #[arg(long)]
    label: Option<String>,
}

/// One sample: after visitor `visitor`, the tree's PSS since the sample before (the median of
/// the scale's readings, and their peak) and that visit's timings.
struct Sample {
    visitor: usize,
    pss_mib: f64,
    pss_peak_mib: f64,
    key_p95: f64,
    next_p95: f64,
}

const OFFICE: &str = "13010";

/// How often the scale weighs the kiosk's process tree.
const WEIGH_EVERY: Duration = Duration::from_secs(2);

/// Weighs the kiosk's process tree (PSS) every [`WEIGH_EVERY`] on its own thread for the whole
/// run. The web process's memory rises and falls by up to a third over a minute or two: the
/// run of 2026-12-07, weighed once 1 s after each sampled visit, read 667, 909, 699, 898 and 718
/// MiB at visitors 150 to 350, while the web process, read every 20 s, rose from 494 to 671 MiB
/// over visitors 293–300 and was back at 508 by visitor 304. One reading says where that wave
/// stood; a sample takes the median of every reading since the one before, and their peak.
pub(crate) struct Scale {
    readings: std::sync::Arc<std::sync::Mutex<Vec<f64>>>,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Scale {
    /// Starts weighing the trees of the processes whose command line holds `needle`.
    pub(crate) fn start(needle: String) -> Scale {
        use std::sync::atomic::Ordering;
        let readings = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (into, stopped) = (readings.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            while !stopped.load(Ordering::Relaxed) {
                let roots = proc::with_arg(&needle);
                let memory = proc::memory(&roots);
                // Before the kiosk is up there is nothing to weigh.
                if memory.pss_mib > 0.0 {
                    if let Ok(mut all) = into.lock() {
                        all.push(memory.pss_mib);
                    }
                }
                std::thread::sleep(WEIGH_EVERY);
            }
        });
        Scale {
            readings,
            stop,
            thread: Some(thread),
        }
    }

    /// The median and the peak of the readings since the last call, if there were any.
    pub(crate) fn take(&self) -> Option<(f64, f64)> {
        let taken = self
            .readings
            .lock()
            .map(|mut all| std::mem::take(&mut *all))
            .ok()?;
        let spread = Spread::of(&taken);
        (spread.n > 0).then_some((spread.median, spread.max))
    }
}

impl Drop for Scale {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A private copy of the demo configuration pointed at `url` with `key`, its data in `data`.
fn config_for(template: &Path, data: &Path, url: &str, key: &str, out: &Path) -> R<()> {
    let text =
        std::fs::read_to_string(template).map_err(|e| format!("{}: {e}", template.display()))?;
    let quote = |s: &str| serde_json::to_string(s).unwrap_or_default();
    let lines: Vec<String> = text
        .lines()
        .map(|line| {
            let t = line.trim_start();
            let set = |k: &str| t.starts_with(&format!("{k} ")) || t.starts_with(&format!("{k}="));
            if set("data_dir") {
                format!("data_dir = {}", quote(&data.display().to_string()))
            } else if set("server_url") {
                format!("server_url = {}", quote(url))
            } else if set("continuation_base_url") {
                format!("continuation_base_url = {}", quote(url))
            } else if set("server_public_key") {
                format!("server_public_key = {}", quote(key))
            } else if set("office_code") {
                format!("office_code = {}", quote(OFFICE))
            } else {
                line.to_owned()
            }
        })
        .collect();
    write_private(out, &(lines.join("\n") + "\n"))
}

fn write_private(path: &Path, text: &str) -> R<()> {
    use std::io::Write as _;
    use std::os::unix::fs::{OpenOptionsExt as _, PermissionsExt as _};
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
        .map_err(|e| e.to_string())?;
    file.write_all(text.as_bytes()).map_err(|e| e.to_string())
}

/// The server: keys, an office's kiosk (its enrolment code), serving.
fn server(bin: &Path) -> R<(IntakeServer, String)> {
    let mut server =
        IntakeServer::prepare(bin, "madoguchi-soak-server-", "warn").map_err(|e| e.to_string())?;
    let db = server.database_url();
    let args = [
        "kiosk",
        "add",
        "--office",
        OFFICE,
        "--office-name",
        "ハローワーク（ソーク）",
        "--name",
        "1F ロビー (soak)",
        "--database",
        &db,
    ];
    let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
    let code = server.admin(&args, None).map_err(|e| e.to_string())?;
    server.serve().map_err(|e| e.to_string())?;
    Ok((server, code.trim().to_owned()))
}

fn enroll(kiosk: &Path, config: &Path, url: &str, code: &str, key: &str) -> R<()> {
    let code_file = config.with_file_name("enrolment-code");
    write_private(&code_file, &format!("{code}\n"))?;
    let fingerprint = madoguchi_core::envelope::PublicKey::from_base64(key)
        .map_err(|e| format!("the server's key: {e}"))?
        .fingerprint();
    let out = Command::new(kiosk)
        .arg("--config")
        .arg(config)
        .args([
            "enroll",
            "--server",
            url,
            "--server-fingerprint",
            &fingerprint,
        ])
        .arg("--code-file")
        .arg(&code_file)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("{}: {e}", kiosk.display()))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "enroll: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

/// From 確認's my-page screen: the email, 送信, the done screen, a survey answer, 終了, and the
/// attract screen again.
async fn submit_and_leave(d: &WebDriver) -> R<()> {
    submit_from_my_page(d).await?;
    tap(d, "btn-finish").await?;
    screen(d, "attract").await
}

/// A sampled visit: back to 基本情報, `taps` timed key taps in the フリガナ field (left as it
/// was), then 次へ timed on every step to マイページ, `rounds` times (back untimed between), so
/// that a sample's p95 rests on a few dozen screens rather than on the slowest of ten.
async fn timed_visit(d: &WebDriver, taps: usize, rounds: usize) -> R<(Vec<f64>, Vec<f64>)> {
    for _ in 0..FORWARD.len() - 1 {
        tap(d, "btn-back").await?;
    }
    screen(d, "basic").await?;
    open_field(d, "field-basic.family_kana").await?;
    let before = value(d, "field-basic.family_kana").await;
    let mut keys = Vec::new();
    let cycle = ["key-カ", "key-dakuten", "key-backspace"];
    for i in 0..taps {
        let (up, _) = measured_tap(
            d,
            &Pointer::WebDriver,
            cycle[i % 3],
            "value",
            "field-basic.family_kana",
        )
        .await?;
        keys.push(up);
    }
    while value(d, "field-basic.family_kana").await != before {
        if value(d, "field-basic.family_kana").await.chars().count() < before.chars().count() {
            return Err("the フリガナ field lost a character".into());
        }
        tap(d, "key-backspace").await?;
    }
    close_keyboard(d).await?;
    let mut nexts = Vec::new();
    for round in 0..rounds.max(1) {
        if round > 0 {
            for _ in 0..FORWARD.len() - 1 {
                tap(d, "btn-back").await?;
            }
        }
        for pair in FORWARD.windows(2) {
            screen(d, pair[0]).await?;
            let (up, _) = measured_tap(
                d,
                &Pointer::WebDriver,
                "btn-next",
                "screen",
                &format!("screen-{}", pair[1]),
            )
            .await?;
            nexts.push(up);
        }
    }
    Ok((keys, nexts))
}

/// Applications waiting in the kiosk's outbox (`outbox.db`), read-only.
async fn outbox_len(data: &Path) -> R<i64> {
    use sqlx::Connection as _;
    let url = format!("sqlite://{}?mode=ro", data.join("outbox.db").display());
    let mut conn = sqlx::sqlite::SqliteConnection::connect(&url)
        .await
        .map_err(|e| format!("the outbox: {e}"))?;
    let n: i64 = sqlx::query_scalar("SELECT count(*) FROM outbox")
        .fetch_one(&mut conn)
        .await
        .map_err(|e| format!("the outbox: {e}"))?;
    let _ = conn.close().await;
    Ok(n)
}

pub async fn run(args: Args) -> R<()> {
    std::fs::create_dir_all(&args.work).map_err(|e| e.to_string())?;
    let meter = Meter::start();
    let (server, code) = server(&args.server_bin)?;
    let key = server.public_key_text().map_err(|e| e.to_string())?;
    let url = server.url();
    let data = args.work.join("soak-data");
    let _ = std::fs::remove_dir_all(&data);
    std::fs::create_dir_all(&data).map_err(|e| e.to_string())?;
    let config = args.work.join("soak-kiosk.toml");
    config_for(&args.kiosk_config, &data, &url, key.trim(), &config)?;
    enroll(&args.kiosk_bin, &config, &url, &code, key.trim())?;

    let display = Xvfb::with_window_manager(args.width, args.height).map_err(|e| e.to_string())?;
    let mut driver = Driver {
        driver: None,
        helpers: Vec::new(),
    };
    let scale = Scale::start(config.display().to_string());
    let started = Instant::now();
    let outcome = async {
        let d = driver
            .tauri_session(
                &args.tauri_driver,
                &display,
                &args.work.join(DRIVER_LOG),
                &args.kiosk_bin,
                &["--config".to_owned(), config.display().to_string()],
            )
            .await?;
        let mut samples = Vec::new();
        let mut ended_early = None;
        for visitor in 1..=args.visitors {
            let sampled = visitor == 1 || visitor % args.every.max(1) == 0;
            let visit_started = Instant::now();
            let visit = async {
                fill_to_my_page(&d).await?;
                let timings = if sampled {
                    Some(timed_visit(&d, args.taps, args.rounds).await?)
                } else {
                    None
                };
                submit_and_leave(&d).await?;
                Ok::<_, String>(timings)
            };
            let timings = match visit.await {
                Ok(t) => t,
                Err(e) => {
                    // The kiosk's reset after the crash takes a moment to paint.
                    tokio::time::sleep(Duration::from_secs(3)).await;
                    let log = std::fs::read_to_string(args.work.join(DRIVER_LOG))
                        .unwrap_or_default();
                    if renderer_died_and_kiosk_recovered(&log) {
                        eprintln!(
                            "soak: visitor {visitor}: the web process died ({e}); the kiosk \
                             painted its attract screen again, the run ends here"
                        );
                        ended_early = Some(visitor);
                        break;
                    }
                    let shot = args.results.join("soak-failure.png");
                    let _ = d.screenshot(&shot).await;
                    return Err(format!("visitor {visitor}: {e} (screen: {})", shot.display()));
                }
            };
            eprintln!(
                "soak: visitor {visitor} took {:.1} s{}",
                visit_started.elapsed().as_secs_f64(),
                if sampled { " (sampled)" } else { "" }
            );
            if let Some((keys, nexts)) = timings {
                // The reset's fresh page has been loaded for a second: weighed with the rest.
                tokio::time::sleep(Duration::from_secs(1)).await;
                let (pss_mib, pss_peak_mib) = scale
                    .take()
                    .ok_or("the scale found no kiosk to weigh")?;
                let sample = Sample {
                    visitor,
                    pss_mib,
                    pss_peak_mib,
                    key_p95: percentile(&keys, 95.0),
                    next_p95: percentile(&nexts, 95.0),
                };
                eprintln!(
                    "soak: visitor {visitor} after {:.0} s: {:.0} MiB PSS (peak {:.0}), key p95 {:.1} ms, 次へ p95 {:.1} ms",
                    started.elapsed().as_secs_f64(),
                    sample.pss_mib,
                    sample.pss_peak_mib,
                    sample.key_p95,
                    sample.next_p95
                );
                samples.push(sample);
            }
        }
        // The last applications are sent in the background: give the outbox a minute.
        let deadline = Instant::now() + Duration::from_secs(60);
        while outbox_len(&data).await? > 0 && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
        let left = outbox_len(&data).await?;
        if left > 0 {
            return Err(format!("{left} applications were never delivered"));
        }
        Ok::<_, String>((samples, ended_early))
    }
    .await;
    driver.quit().await;
    drop(display);
    drop(server);
    let busy = meter.stop();
    let (samples, ended_early) = outcome?;
    let minutes = started.elapsed().as_secs_f64() / 60.0;
    write_chart(&args.chart, &samples)?;
    section(&args, &samples, ended_early, minutes, &busy)
}

/// The file tauri-driver's output (and so the kiosk's log) goes to.
const DRIVER_LOG: &str = "tauri-driver-soak.log";

/// Whether the kiosk's log says its web process died and, after that, the attract screen was
/// painted again: the crash of the renderer the run cannot follow, and the kiosk's recovery.
fn renderer_died_and_kiosk_recovered(log: &str) -> bool {
    let Some(died) = log.rfind("the web process ended") else {
        return false;
    };
    log[died..].contains("attract screen painted")
}

/// How much the tree grew a visit from the first sample at or after the 50th visit (the
/// webview's warm-up is over by then) to the last, from `(visit, MiB)` samples in order.
pub(crate) fn mib_a_visit_after_warm_up(samples: &[(usize, f64)]) -> String {
    let Some(&(last_visit, last_mib)) = samples.last() else {
        return "not measured".into();
    };
    match samples.iter().find(|(v, _)| *v >= 50 && *v < last_visit) {
        Some(&(visit, mib)) => format!("{:.3}", (last_mib - mib) / (last_visit - visit) as f64),
        None => "not measured".into(),
    }
}

pub(crate) fn ratio(first: f64, last: f64) -> String {
    if first > 0.0 {
        format!("{:.2}", last / first)
    } else {
        "not measured".into()
    }
}

fn section(
    args: &Args,
    samples: &[Sample],
    ended_early: Option<usize>,
    minutes: f64,
    busy: &madoguchi_bench::load::Busy,
) -> R<()> {
    let (Some(first), Some(last)) = (samples.first(), samples.last()) else {
        return Err("no sample".into());
    };
    let visitors = ended_early.map_or(args.visitors, |v| v - 1);
    let mut md = String::new();
    if let Some(visitor) = ended_early {
        let _ = write!(
            md,
            "**The run ended at visitor {visitor} of {asked}**: the web process died (the \
             kiosk's log says so; on this GPU-less machine it has so far always been a crash in \
             Mesa's software rasteriser) and the kiosk painted its attract screen again by \
             itself, but WebDriver's session ended with the page. The figures are those of the \
             {visitors} visitors before.\n\n",
            asked = args.visitors,
        );
    }
    let _ = write!(
        md,
        "{n} visitors in a row through the whole walk in the real kiosk (tauri-driver, screen \
         {w}×{h}), each submitting to a real intake server on loopback, each followed by 終了 \
         and the reset, without a restart; {minutes:.0} minutes. Every {every} visitors (and the \
         first) that visit's key taps (フリガナ, {taps} taps) and 次へ (every step, {rounds} walks from 基本情報 to マイページ) are \
         timed as in the touch-latency section, and the kiosk's process tree, weighed every \
         {weigh} s throughout the run (PSS), is given as the median of the readings since the \
         sample before (the ratio's figure) and their peak: its web process's memory rises and \
         falls by up to a third over a minute or two, so one reading would say where that wave \
         stood. Every application reached the server (the outbox was empty at the end). Chart: \
         [`{chart}`]({chart}).\n\n",
        n = visitors,
        w = args.width,
        h = args.height,
        every = args.every,
        taps = args.taps,
        rounds = args.rounds,
        weigh = WEIGH_EVERY.as_secs(),
        chart = args
            .chart
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
    );
    let rows: Vec<Vec<String>> = samples
        .iter()
        .map(|s| {
            vec![
                s.visitor.to_string(),
                format!("{:.0}", s.pss_mib),
                format!("{:.0}", s.pss_peak_mib),
                format!("{:.1}", s.key_p95),
                format!("{:.1}", s.next_p95),
            ]
        })
        .collect();
    md.push_str(&table(
        &[
            "after visitor",
            "PSS MiB (median since the sample before)",
            "PSS MiB (peak)",
            "key p95 ms",
            "次へ p95 ms",
        ],
        &rows,
    ));
    md.push_str(&format!(
        "\nMachine meanwhile: {}.\n",
        madoguchi_bench::load::describe(busy)
    ));
    // One sample compared with itself says nothing.
    let over = |figure: fn(&Sample) -> f64| {
        if samples.len() < 2 {
            "not measured".to_owned()
        } else {
            ratio(figure(first), figure(last))
        }
    };
    let summary = vec![
        (
            "ratio soak memory last/first".to_owned(),
            over(|s| s.pss_mib),
        ),
        (
            "ratio soak next screen p95 last/first".to_owned(),
            over(|s| s.next_p95),
        ),
        (
            "ratio soak key feedback p95 last/first".to_owned(),
            over(|s| s.key_p95),
        ),
        ("soak visitors".to_owned(), visitors.to_string()),
        (
            "soak MiB a visit after 50".to_owned(),
            mib_a_visit_after_warm_up(
                &samples
                    .iter()
                    .map(|s| (s.visitor, s.pss_mib))
                    .collect::<Vec<_>>(),
            ),
        ),
    ];
    Section {
        id: "22-soak".to_owned(),
        title: format!("A day in the lobby: {visitors} visitors in a row"),
        markdown: md,
        summary,
        busy: Some(busy.clone()),
        figures: json!({
            "visitors": samples.iter().map(|s| s.visitor).collect::<Vec<_>>(),
            "pss_mib": samples.iter().map(|s| s.pss_mib).collect::<Vec<_>>(),
            "pss_peak_mib": samples.iter().map(|s| s.pss_peak_mib).collect::<Vec<_>>(),
            "key_p95_ms": samples.iter().map(|s| s.key_p95).collect::<Vec<_>>(),
            "next_p95_ms": samples.iter().map(|s| s.next_p95).collect::<Vec<_>>(),
        }),
    }
    .labelled(args.label.as_deref())
    .write(&args.results)
    .map_err(|e| e.to_string())
}

/// A chart panel: its title and the figure it draws of each sample.
type Panel = (&'static str, fn(&Sample) -> f64);

/// Two line charts one above the other: PSS (MiB) and 次へ p95 (ms) against visitors.
fn write_chart(path: &Path, samples: &[Sample]) -> R<()> {
    const W: f64 = 720.0;
    const H: f64 = 200.0;
    const LEFT: f64 = 64.0;
    const TOP: f64 = 28.0;
    let max_x = samples.iter().map(|s| s.visitor).max().unwrap_or(1).max(1) as f64;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" font-family=\"sans-serif\" font-size=\"12\">\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n",
        W + LEFT + 24.0,
        2.0 * (H + TOP) + 48.0
    );
    let panels: [Panel; 2] = [
        ("PSS of the kiosk's process tree (MiB)", |s| s.pss_mib),
        ("次へ p95 (ms)", |s| s.next_p95),
    ];
    for (i, (title, y_of)) in panels.iter().enumerate() {
        let top = TOP + i as f64 * (H + TOP + 16.0);
        let max_y = samples.iter().map(y_of).fold(0.0_f64, f64::max).max(1.0) * 1.15;
        let _ = writeln!(
            svg,
            "<text x=\"{LEFT}\" y=\"{}\" font-weight=\"bold\">{title}</text>",
            top - 8.0
        );
        let _ = writeln!(
            svg,
            "<rect x=\"{LEFT}\" y=\"{top}\" width=\"{W}\" height=\"{H}\" fill=\"none\" stroke=\"#888\"/>"
        );
        for tick in 0..=4 {
            let v = max_y * f64::from(tick) / 4.0;
            let y = top + H - H * f64::from(tick) / 4.0;
            let _ = writeln!(
                svg,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{v:.0}</text><line x1=\"{LEFT}\" x2=\"{}\" y1=\"{y}\" y2=\"{y}\" stroke=\"#eee\"/>",
                LEFT - 6.0,
                y + 4.0,
                LEFT + W
            );
        }
        let points: Vec<String> = samples
            .iter()
            .map(|s| {
                let x = LEFT + W * s.visitor as f64 / max_x;
                let y = top + H - H * y_of(s) / max_y;
                format!("{x:.1},{y:.1}")
            })
            .collect();
        let _ = writeln!(
            svg,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"#1a4fa0\" stroke-width=\"2\"/>",
            points.join(" ")
        );
        for p in &points {
            let (x, y) = p.split_once(',').unwrap_or(("0", "0"));
            let _ = writeln!(
                svg,
                "<circle cx=\"{x}\" cy=\"{y}\" r=\"3\" fill=\"#1a4fa0\"/>"
            );
        }
        // The axis is marked at the visitors sampled (the first visitor is 1, not 0).
        for s in samples {
            let x = LEFT + W * s.visitor as f64 / max_x;
            let _ = writeln!(
                svg,
                "<line x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"{}\" y2=\"{}\" stroke=\"#888\"/><text x=\"{x:.1}\" y=\"{}\" text-anchor=\"middle\" font-size=\"10\">{}</text>",
                top + H,
                top + H + 4.0,
                top + H + 15.0,
                s.visitor
            );
        }
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">visitor</text>",
            LEFT - 6.0,
            top + H + 15.0
        );
    }
    svg.push_str("</svg>\n");
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
    }
    std::fs::write(path, svg).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAINTED: &str = "INFO madoguchi_kiosk::commands: attract screen painted queue=0\n";
    const DIED: &str =
        "ERROR madoguchi_kiosk::window: the web process ended: showing the attract screen again reason=Crashed\n";

    #[test]
    fn growth_a_visit_is_counted_from_the_fiftieth_visit() {
        let samples = [(1, 500.0), (50, 600.0), (100, 605.0), (250, 620.0)];
        assert_eq!(mib_a_visit_after_warm_up(&samples), "0.100");
        // Nothing after the warm-up to compare with.
        assert_eq!(
            mib_a_visit_after_warm_up(&[(1, 500.0), (50, 600.0)]),
            "not measured"
        );
        assert_eq!(mib_a_visit_after_warm_up(&[(1, 500.0)]), "not measured");
        assert_eq!(mib_a_visit_after_warm_up(&[]), "not measured");
    }

    #[test]
    fn a_crash_counts_only_with_the_attract_screen_painted_after_it() {
        let recovered = format!("{PAINTED}{PAINTED}{DIED}{PAINTED}");
        assert!(renderer_died_and_kiosk_recovered(&recovered));
        // Died and not back (yet): the run fails as any other failure.
        assert!(!renderer_died_and_kiosk_recovered(&format!(
            "{PAINTED}{DIED}"
        )));
        // A crash recovered from earlier, and a second one not: the last one decides.
        assert!(!renderer_died_and_kiosk_recovered(&format!(
            "{DIED}{PAINTED}{DIED}"
        )));
        // No crash at all: a failure of the walk itself.
        assert!(!renderer_died_and_kiosk_recovered(&format!(
            "{PAINTED}{PAINTED}"
        )));
        assert!(!renderer_died_and_kiosk_recovered(""));
    }
}
