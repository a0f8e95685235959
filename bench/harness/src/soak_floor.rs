//! The floor under the soak's memory: the bare window (`bench/bare-window`: one field and two
//! keys, the same Tauri shell and webview as the kiosk) driven by tauri-driver through as many
//! visits as the soak, each a page load and as many WebDriver commands as a kiosk visitor costs,
//! and weighed the same way ([`crate::soak::Scale`]). None of the kiosk's code runs here: what
//! grows is the webview and the WebDriver session driving it, so the kiosk's soak can be read
//! against it (issue 20: "profiled with the cause named and the floor measured beside it").

use std::path::PathBuf;
use std::time::{Duration, Instant};

use madoguchi_bench::load::Meter;
use madoguchi_bench::results::{table, Section};
use madoguchi_bench::stats::percentile;
use madoguchi_test_support::xvfb::Xvfb;
use serde_json::json;
use thirtyfour::WebDriver;

use crate::drive::{measured_tap, shown, tap, value, Driver, Pointer, R};
use crate::soak::Scale;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The bare window (`madoguchi-bench-bare`).
    #[arg(long)]
    bare_bin: PathBuf,
    #[arg(long)]
    tauri_driver: PathBuf,
    /// Visits in a row, as the soak's visitors.
    #[arg(long, default_value_t = 500)]
    visits: usize,
    /// A sample every this many visits (and the first).
    #[arg(long, default_value_t = 50)]
    every: usize,
    /// WebDriver commands a visit sends besides its page load: as many as a kiosk visitor of
    /// the soak who is not sampled (340, counted at tauri-driver on 2026-12-07: 1,360 requests
    /// more for a soak of three visitors than for one), here taps (asked of the page, then
    /// clicked) and reads of the field, two commands each.
    #[arg(long, default_value_t = 340)]
    commands: usize,
    /// Key taps timed in a sampled visit.
    #[arg(long, default_value_t = 12)]
    taps: usize,
    #[arg(long, default_value_t = 1080)]
    width: u32,
    #[arg(long, default_value_t = 1920)]
    height: u32,
    #[arg(long)]
    work: PathBuf,
    #[arg(long)]
    results: PathBuf,
    /// As the soak's (`1 cpu`).
    #[arg(long)]
    label: Option<String>,
}

struct Sample {
    visit: usize,
    pss_mib: f64,
    pss_peak_mib: f64,
    key_p95: f64,
}

/// One visit: the page loaded afresh (as the kiosk's reset loads its page), then taps on the
/// key and ⌫ in turn, each followed by a read of the field, until `commands` are spent (a tap
/// is two commands, a read two).
async fn visit(d: &WebDriver, commands: usize) -> R<()> {
    d.refresh().await.map_err(|e| format!("reload: {e}"))?;
    shown(d, "floor-field").await?;
    for i in 0..commands / 4 {
        let key = if i % 2 == 0 {
            "floor-key"
        } else {
            "floor-backspace"
        };
        tap(d, key).await?;
        let _ = value(d, "floor-field").await;
    }
    Ok(())
}

pub async fn run(args: Args) -> R<()> {
    std::fs::create_dir_all(&args.work).map_err(|e| e.to_string())?;
    let meter = Meter::start();
    let display = Xvfb::with_window_manager(args.width, args.height).map_err(|e| e.to_string())?;
    let mut driver = Driver {
        driver: None,
        helpers: Vec::new(),
    };
    // The bare window takes no arguments; this one only names its process for the scale.
    let marker = format!("--soak-floor={}", args.work.display());
    let scale = Scale::start(marker.clone());
    let started = Instant::now();
    let outcome = async {
        let d = driver
            .tauri_session(
                &args.tauri_driver,
                &display,
                &args.work.join("tauri-driver-soak-floor.log"),
                &args.bare_bin,
                &[marker],
            )
            .await?;
        let mut samples = Vec::new();
        for n in 1..=args.visits {
            visit(&d, args.commands)
                .await
                .map_err(|e| format!("visit {n}: {e}"))?;
            if n == 1 || n % args.every.max(1) == 0 {
                let mut keys = Vec::with_capacity(args.taps);
                for i in 0..args.taps {
                    let key = if i % 2 == 0 {
                        "floor-key"
                    } else {
                        "floor-backspace"
                    };
                    let (up, _) =
                        measured_tap(&d, &Pointer::WebDriver, key, "value", "floor-field").await?;
                    keys.push(up);
                }
                // As in the soak: the fresh page has been there a second when weighed.
                tokio::time::sleep(Duration::from_secs(1)).await;
                let (pss_mib, pss_peak_mib) =
                    scale.take().ok_or("the scale found no window to weigh")?;
                eprintln!(
                    "soak floor: visit {n} after {:.0} s: {pss_mib:.0} MiB PSS (peak {pss_peak_mib:.0})",
                    started.elapsed().as_secs_f64()
                );
                samples.push(Sample {
                    visit: n,
                    pss_mib,
                    pss_peak_mib,
                    key_p95: percentile(&keys, 95.0),
                });
            }
        }
        Ok::<_, String>(samples)
    }
    .await;
    driver.quit().await;
    drop(display);
    let busy = meter.stop();
    let samples = outcome?;
    let minutes = started.elapsed().as_secs_f64() / 60.0;
    section(&args, &samples, minutes, &busy)
}

fn section(
    args: &Args,
    samples: &[Sample],
    minutes: f64,
    busy: &madoguchi_bench::load::Busy,
) -> R<()> {
    let (Some(first), Some(last)) = (samples.first(), samples.last()) else {
        return Err("no sample".into());
    };
    let mut md = format!(
        "The floor under the soak's memory: the bare Tauri window (`bench/bare-window`, one field \
         and two keys, the kiosk's shell and webview without any of its code) driven by \
         tauri-driver through {n} visits in a row, screen {w}×{h}; {minutes:.0} minutes. Each \
         visit loads the page afresh (as the kiosk's reset does) and then sends {commands} \
         WebDriver commands (taps on the keys, each asked of the page and clicked, and reads of \
         the field), about what a kiosk visitor of the soak costs; every {every} visits (and the \
         first) {taps} key taps are timed and the window's process tree, weighed every 2 s, is \
         given as in the soak (median since the sample before, and the peak).\n\n",
        n = args.visits,
        w = args.width,
        h = args.height,
        commands = args.commands / 4 * 4,
        every = args.every,
        taps = args.taps,
    );
    let rows: Vec<Vec<String>> = samples
        .iter()
        .map(|s| {
            vec![
                s.visit.to_string(),
                format!("{:.0}", s.pss_mib),
                format!("{:.0}", s.pss_peak_mib),
                format!("{:.1}", s.key_p95),
            ]
        })
        .collect();
    md.push_str(&table(
        &[
            "after visit",
            "PSS MiB (median since the sample before)",
            "PSS MiB (peak)",
            "key p95 ms",
        ],
        &rows,
    ));
    md.push_str(&format!(
        "\nMachine meanwhile: {}.\n",
        madoguchi_bench::load::describe(busy)
    ));
    // One sample compared with itself says nothing.
    let ratio = if samples.len() < 2 {
        "not measured".to_owned()
    } else {
        crate::soak::ratio(first.pss_mib, last.pss_mib)
    };
    let per_visit = crate::soak::mib_a_visit_after_warm_up(
        &samples
            .iter()
            .map(|s| (s.visit, s.pss_mib))
            .collect::<Vec<_>>(),
    );
    Section {
        id: "23-soak-floor".to_owned(),
        title: format!("The soak's floor: {} visits to a bare window", args.visits),
        markdown: md,
        summary: vec![
            ("ratio soak memory last/first floor".to_owned(), ratio),
            ("soak floor MiB a visit after 50".to_owned(), per_visit),
        ],
        busy: Some(busy.clone()),
        figures: json!({
            "visits": samples.iter().map(|s| s.visit).collect::<Vec<_>>(),
            "pss_mib": samples.iter().map(|s| s.pss_mib).collect::<Vec<_>>(),
            "pss_peak_mib": samples.iter().map(|s| s.pss_peak_mib).collect::<Vec<_>>(),
            "key_p95_ms": samples.iter().map(|s| s.key_p95).collect::<Vec<_>>(),
        }),
    }
    .labelled(args.label.as_deref())
    .write(&args.results)
    .map_err(|e| e.to_string())
}
