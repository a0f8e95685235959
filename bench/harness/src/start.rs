//! Start-up and memory: the kiosk, Chromium `--kiosk` on the same built UI (served with the
//! kiosk's commands over HTTP by `madoguchi-bench-kiosk serve-ui`), and a bare Tauri window
//! with an empty page, alternated on one X server with a window manager. Start is from launch
//! to the page's own "painted" signal (one animation frame after the first screen mounted);
//! memory is PSS summed over the whole process tree one second later.

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use madoguchi_bench::load::{self, Meter};
use madoguchi_bench::proc;
use madoguchi_bench::results::{table, Section};
use madoguchi_bench::stats::{ratio, Spread};
use madoguchi_test_support::process;
use madoguchi_test_support::xvfb::Xvfb;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The kiosk as shipped (from the .deb, built by `tauri build`).
    #[arg(long)]
    kiosk_bin: PathBuf,
    /// `madoguchi-bench-bare`, built with `--features tauri/custom-protocol`.
    #[arg(long)]
    bare_bin: PathBuf,
    /// `madoguchi-bench-kiosk` (its `serve-ui`).
    #[arg(long)]
    ui_server_bin: PathBuf,
    /// The built UI (`ui/dist`).
    #[arg(long)]
    dist: PathBuf,
    #[arg(long, default_value = "/usr/lib/chromium/chromium")]
    chromium: PathBuf,
    /// A kiosk configuration to copy (its data_dir and server_url are replaced).
    #[arg(long)]
    kiosk_config: PathBuf,
    /// Measured rounds (one more, first, warms the caches and is not counted).
    #[arg(long, default_value_t = 5)]
    runs: usize,
    #[arg(long, default_value_t = 1080)]
    width: u32,
    #[arg(long, default_value_t = 1920)]
    height: u32,
    #[arg(long)]
    work: PathBuf,
    #[arg(long)]
    results: PathBuf,
    /// Measured under other conditions (scripts/bench --one-cpu: `1 cpu`): suffixes the
    /// section and its summary lines.
    #[arg(long)]
    label: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Contender {
    Kiosk,
    /// The kiosk with `WEBKIT_DISABLE_DMABUF_RENDERER=1`, for what the renderer costs.
    KioskNoDmabuf,
    Chromium,
    Bare,
}

impl Contender {
    fn name(self) -> &'static str {
        match self {
            Contender::Kiosk => "madoguchi-kiosk",
            Contender::KioskNoDmabuf => "madoguchi-kiosk, DMABUF renderer off",
            Contender::Chromium => "Chromium --kiosk + serve-ui",
            Contender::Bare => "bare Tauri window",
        }
    }
}

const ALL: [Contender; 4] = [
    Contender::Kiosk,
    Contender::Chromium,
    Contender::Bare,
    Contender::KioskNoDmabuf,
];

/// Replaces `key = …` lines of a TOML file.
pub fn kiosk_config(template: &Path, data_dir: &Path, out: &Path) -> Result<(), String> {
    let text =
        std::fs::read_to_string(template).map_err(|e| format!("{}: {e}", template.display()))?;
    let quote = |s: &str| serde_json::to_string(s).unwrap_or_default();
    let lines: Vec<String> = text
        .lines()
        .map(|line| {
            let t = line.trim_start();
            if t.starts_with("data_dir ") || t.starts_with("data_dir=") {
                format!("data_dir = {}", quote(&data_dir.display().to_string()))
            } else if t.starts_with("server_url ") || t.starts_with("server_url=") {
                // Nothing listens on the discard port: no delivery during the benchmark.
                format!("server_url = {}", quote("http://127.0.0.1:9"))
            } else {
                line.to_owned()
            }
        })
        .collect();
    // The kiosk refuses a configuration other users can read: written 0600 from the start.
    use std::io::Write as _;
    use std::os::unix::fs::OpenOptionsExt as _;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(out)
        .map_err(|e| format!("{}: {e}", out.display()))?;
    // A file left by an earlier run keeps its old mode on open: make it private too.
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(out, std::fs::Permissions::from_mode(0o600))
        .map_err(|e| format!("{}: {e}", out.display()))?;
    file.write_all((lines.join("\n") + "\n").as_bytes())
        .map_err(|e| format!("{}: {e}", out.display()))
}

/// Spawns a program and returns (pid, receiver of stderr lines).
fn spawn_watched(
    cmd: &mut Command,
) -> Result<(std::process::Child, mpsc::Receiver<String>), String> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{cmd:?} does not start: {e}"))?;
    let stderr = child.stderr.take().ok_or("stderr")?;
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                // Keep draining so the child never blocks on a full pipe.
                continue;
            }
        }
    });
    Ok((child, rx))
}

/// The first line of `rx` that contains `marker`.
fn wait_for(
    rx: &mpsc::Receiver<String>,
    marker: &str,
    timeout: Duration,
) -> Result<String, String> {
    let deadline = Instant::now() + timeout;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(line) if line.contains(marker) => return Ok(line),
            Ok(_) => {}
            Err(_) => return Err(format!("no `{marker}` within {timeout:?}")),
        }
    }
}

pub struct Sample {
    pub start_ms: f64,
    pub memory: proc::TreeMemory,
    /// The page's own account of its start, where its painted line gave one.
    pub page: PageSplit,
}

/// The page's start on its own clock (0 when the webview began to load it), as its painted
/// line gives it: the kiosk's `PageStart` fields (`script_ms=…` and so on, logged by the shell
/// or by `serve-ui`), the bare page's `painted_ms` alone.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PageSplit {
    pub script_ms: Option<f64>,
    pub evaluated_ms: Option<f64>,
    pub mounted_ms: Option<f64>,
    pub info_ms: Option<f64>,
    pub painted_ms: Option<f64>,
}

impl PageSplit {
    /// Reads `name=value` fields from a log line, colours or not.
    pub fn from_line(line: &str) -> PageSplit {
        let plain = without_colours(line);
        let field = |name: &str| -> Option<f64> {
            let key = format!("{name}=");
            let at = plain
                .match_indices(&key)
                .find(|(i, _)| {
                    *i == 0 || !plain[..*i].ends_with(|c: char| c == '_' || c.is_alphanumeric())
                })?
                .0;
            let rest = &plain[at + key.len()..];
            let end = rest
                .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
                .unwrap_or(rest.len());
            rest[..end].parse().ok()
        };
        PageSplit {
            script_ms: field("script_ms"),
            evaluated_ms: field("evaluated_ms"),
            mounted_ms: field("mounted_ms"),
            info_ms: field("info_ms"),
            painted_ms: field("painted_ms"),
        }
    }
}

/// `line` without terminal colour sequences (ESC [ … m).
fn without_colours(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

struct Setup<'a> {
    args: &'a Args,
    display: String,
    config: PathBuf,
    chromium_profile: PathBuf,
}

type Watched = (std::process::Child, mpsc::Receiver<String>);

/// Starts `cmd` as one more process of the contender's tree.
fn spawn_into(
    cmd: &mut Command,
    roots: &mut Vec<u32>,
    children: &mut Vec<Watched>,
) -> Result<(), String> {
    let (child, rx) = spawn_watched(cmd)?;
    roots.push(child.id());
    children.push((child, rx));
    Ok(())
}

/// Starts `who` and returns its painted line once its page has painted.
fn launch(
    s: &Setup<'_>,
    who: Contender,
    env: &dyn Fn(&mut Command),
    roots: &mut Vec<u32>,
    children: &mut Vec<Watched>,
) -> Result<String, String> {
    match who {
        Contender::Kiosk | Contender::KioskNoDmabuf => {
            let mut c = Command::new(&s.args.kiosk_bin);
            c.arg("--config").arg(&s.config).env("RUST_LOG", "info");
            env(&mut c);
            if who == Contender::KioskNoDmabuf {
                c.env("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
            }
            spawn_into(&mut c, roots, children)?;
            wait_for(
                &children[0].1,
                "attract screen painted",
                Duration::from_secs(60),
            )
        }
        Contender::Bare => {
            let mut c = Command::new(&s.args.bare_bin);
            env(&mut c);
            spawn_into(&mut c, roots, children)?;
            wait_for(&children[0].1, "bare page painted", Duration::from_secs(60))
        }
        Contender::Chromium => {
            let port = madoguchi_test_support::ports::free_port();
            let mut ui = Command::new(&s.args.ui_server_bin);
            ui.arg("serve-ui")
                .arg("--config")
                .arg(&s.config)
                .arg("--dist")
                .arg(&s.args.dist)
                .arg("--listen")
                .arg(format!("127.0.0.1:{port}"));
            spawn_into(&mut ui, roots, children)?;
            wait_for(&children[0].1, "listening", Duration::from_secs(30))?;
            let mut c = Command::new(&s.args.chromium);
            c.args(chromium_flags(
                &s.chromium_profile,
                s.args.width,
                s.args.height,
            ))
            .arg(format!("http://127.0.0.1:{port}/"));
            env(&mut c);
            spawn_into(&mut c, roots, children)?;
            // serve-ui (the first child) logs the page's painted line.
            wait_for(
                &children[0].1,
                "attract screen painted",
                Duration::from_secs(60),
            )
        }
    }
}

fn run_once(s: &Setup<'_>, who: Contender) -> Result<Sample, String> {
    let env = |c: &mut Command| {
        c.env("DISPLAY", &s.display).env("NO_AT_BRIDGE", "1");
    };
    let t0 = Instant::now();
    let mut roots = Vec::new();
    let mut children = Vec::new();
    let result = launch(s, who, &env, &mut roots, &mut children).map(|line| {
        (
            t0.elapsed().as_secs_f64() * 1000.0,
            PageSplit::from_line(&line),
        )
    });
    let outcome = result.map(|(start_ms, page)| {
        std::thread::sleep(Duration::from_secs(1));
        let memory = proc::memory(&roots);
        Sample {
            start_ms,
            memory,
            page,
        }
    });
    let all = proc::tree(&roots);
    process::stop(&all, Duration::from_secs(5));
    for (mut child, _) in children {
        let _ = child.wait();
    }
    outcome
}

/// Where each contender's start went, from the pages' own clocks: medians over the rounds, ms.
fn page_split_table(samples: &[(Contender, Sample)]) -> String {
    type Part = (&'static str, fn(&Sample) -> Option<f64>);
    let parts: [Part; 7] = [
        ("before the page", |s| {
            s.page.painted_ms.map(|p| s.start_ms - p)
        }),
        ("bundle fetched and compiled", |s| s.page.script_ms),
        ("modules run", |s| {
            Some(s.page.evaluated_ms? - s.page.script_ms?)
        }),
        ("app mounted", |s| {
            Some(s.page.mounted_ms? - s.page.evaluated_ms?)
        }),
        ("kiosk info in hand", |s| {
            Some(s.page.info_ms? - s.page.mounted_ms?)
        }),
        ("painted", |s| match s.page.info_ms {
            Some(info) => Some(s.page.painted_ms? - info),
            None => s.page.painted_ms,
        }),
        ("start in all", |s| Some(s.start_ms)),
    ];
    let mut rows = Vec::new();
    for who in ALL {
        let mine: Vec<&Sample> = samples
            .iter()
            .filter(|(w, _)| *w == who)
            .map(|(_, s)| s)
            .collect();
        let mut row = vec![who.name().to_owned()];
        for (_, part) in &parts {
            let values: Vec<f64> = mine.iter().filter_map(|s| part(s)).collect();
            row.push(if values.is_empty() {
                "–".to_owned()
            } else {
                format!("{:.0}", madoguchi_bench::stats::median(&values))
            });
        }
        rows.push(row);
    }
    let mut header = vec!["contender"];
    header.extend(parts.iter().map(|(name, _)| *name));
    format!(
        "\n*Where the start goes* (median ms; from the page's own clock, which starts when the \
         webview begins to load it, sent with its painted signal: `PageStart` for the kiosk's \
         UI, the paint alone for the bare page). *Before the page* is the start less the page's \
         own time: the process, its window and the webview's processes, and for Chromium \
         `serve-ui` too.\n\n{}",
        table(&header, &rows)
    )
}

/// Chromium from Debian as a kiosk would run it; `--no-sandbox` only because this runs as root.
pub fn chromium_flags(profile: &Path, width: u32, height: u32) -> Vec<String> {
    vec![
        "--kiosk".into(),
        "--no-sandbox".into(),
        "--test-type".into(),
        "--no-first-run".into(),
        "--no-default-browser-check".into(),
        "--disable-background-networking".into(),
        "--disable-component-update".into(),
        "--disable-sync".into(),
        "--password-store=basic".into(),
        format!("--window-size={width},{height}"),
        "--window-position=0,0".into(),
        format!("--user-data-dir={}", profile.display()),
    ]
}

/// A profile with Translate off (a Japanese page otherwise gets its bubble).
pub fn chromium_profile(dir: &Path) -> Result<(), String> {
    let default = dir.join("Default");
    std::fs::create_dir_all(&default).map_err(|e| e.to_string())?;
    std::fs::write(
        default.join("Preferences"),
        r#"{"translate":{"enabled":false},"browser":{"has_seen_welcome_page":true}}"#,
    )
    .map_err(|e| e.to_string())
}

pub fn run(args: Args) -> Result<(), String> {
    std::fs::create_dir_all(&args.work).map_err(|e| e.to_string())?;
    for (what, p) in [
        ("kiosk", &args.kiosk_bin),
        ("bare window", &args.bare_bin),
        ("serve-ui", &args.ui_server_bin),
        ("chromium", &args.chromium),
    ] {
        if !p.exists() {
            return Err(format!("the {what} binary {} is missing", p.display()));
        }
    }
    let meter = Meter::start();
    let display = Xvfb::with_window_manager(args.width, args.height).map_err(|e| e.to_string())?;
    let data = args.work.join("kiosk-data");
    std::fs::create_dir_all(&data).map_err(|e| e.to_string())?;
    let config = args.work.join("kiosk.toml");
    kiosk_config(&args.kiosk_config, &data, &config)?;
    let profile = args.work.join("chromium-profile");
    let _ = std::fs::remove_dir_all(&profile);
    chromium_profile(&profile)?;
    let setup = Setup {
        args: &args,
        display: display.display(),
        config,
        chromium_profile: profile,
    };
    let mut samples: Vec<(Contender, Sample)> = Vec::new();
    for round in 0..=args.runs {
        // Rotate the order each round so no contender always follows the same one.
        let mut order = ALL.to_vec();
        order.rotate_left(round % ALL.len());
        for who in order {
            let s = run_once(&setup, who)?;
            eprintln!(
                "start: round {round} {}: {:.0} ms, {:.0} MiB PSS ({} processes)",
                who.name(),
                s.start_ms,
                s.memory.pss_mib,
                s.memory.processes
            );
            if round > 0 {
                samples.push((who, s));
            }
            std::thread::sleep(Duration::from_millis(500));
        }
    }
    drop(display);
    let busy = meter.stop();

    let of = |who: Contender, f: &dyn Fn(&Sample) -> f64| -> Spread {
        Spread::of(
            &samples
                .iter()
                .filter(|(w, _)| *w == who)
                .map(|(_, s)| f(s))
                .collect::<Vec<_>>(),
        )
    };
    let mut rows = Vec::new();
    let mut figures = serde_json::Map::new();
    for who in ALL {
        let start = of(who, &|s| s.start_ms);
        let pss = of(who, &|s| s.memory.pss_mib);
        let rss = of(who, &|s| s.memory.rss_mib);
        let procs = of(who, &|s| s.memory.processes as f64);
        let parts = samples
            .iter()
            .rfind(|(w, _)| *w == who)
            .map(|(_, s)| {
                s.memory
                    .parts
                    .iter()
                    .map(|(n, m)| format!("{n} {m:.0}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default();
        rows.push(vec![
            who.name().to_owned(),
            start.show(0),
            pss.show(0),
            rss.show(0),
            format!("{:.0}", procs.median),
            parts.clone(),
        ]);
        figures.insert(
            who.name().to_owned(),
            serde_json::json!({ "start_ms": start, "pss_mib": pss, "rss_mib": rss, "parts": parts }),
        );
    }
    let med = |who, f: &dyn Fn(&Sample) -> f64| of(who, f).median;
    let start_kc = ratio(
        med(Contender::Kiosk, &|s| s.start_ms),
        med(Contender::Chromium, &|s| s.start_ms),
    );
    let start_kb = ratio(
        med(Contender::Kiosk, &|s| s.start_ms),
        med(Contender::Bare, &|s| s.start_ms),
    );
    let mem_kc = ratio(
        med(Contender::Kiosk, &|s| s.memory.pss_mib),
        med(Contender::Chromium, &|s| s.memory.pss_mib),
    );
    let mem_kb = ratio(
        med(Contender::Kiosk, &|s| s.memory.pss_mib),
        med(Contender::Bare, &|s| s.memory.pss_mib),
    );
    let mut md = format!(
        "{runs} measured rounds after one warm-up round, contenders alternated (order rotated \
         each round) on one Xvfb screen of {w}×{h} with openbox. *Start*: from spawning the \
         process to the page's own signal that its first screen has painted (the kiosk UI calls \
         `ui_ready` one animation frame after the attract screen mounted and the shell logs \
         `attract screen painted`; the bare page invokes a command one frame after load; for \
         Chromium the clock starts when `serve-ui` is spawned, since it is part of that stack). \
         *Memory*: PSS (and RSS) summed over the whole process tree 1 s after that signal; for \
         Chromium the tree includes `serve-ui` (the kiosk's Rust side there). Median (min–max), \
         MiB. Chromium runs with `--no-sandbox` (root) and its default GPU path (SwiftShader \
         under Xvfb); WebKit uses its defaults too (DMABUF renderer on, as in \
         `deploy/systemd`), and once with it off for comparison.\n\n",
        runs = args.runs,
        w = args.width,
        h = args.height
    );
    md.push_str(&table(
        &[
            "contender",
            "start ms",
            "PSS MiB",
            "RSS MiB",
            "processes",
            "PSS by process (last run)",
        ],
        &rows,
    ));
    md.push_str(&page_split_table(&samples));
    md.push_str(&format!(
        "\nMachine meanwhile: {}.\n",
        load::describe(&busy)
    ));
    let mut summary = Vec::new();
    for (k, v) in [
        ("ratio start kiosk/chromium", start_kc),
        ("ratio memory kiosk/chromium", mem_kc),
        ("ratio start kiosk/bare", start_kb),
        ("ratio memory kiosk/bare", mem_kb),
    ] {
        if let Some(v) = v {
            summary.push((k.to_owned(), format!("{v:.2}")));
        }
    }
    Section {
        id: "10-start".into(),
        title: "Kiosk start and memory".into(),
        markdown: md,
        summary,
        busy: Some(busy),
        figures: serde_json::Value::Object(figures),
    }
    .labelled(args.label.as_deref())
    .write(&args.results)
    .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_split_is_read_from_the_painted_line_with_or_without_colours() {
        let coloured = "\u{1b}[2m2026-12-07T07:00:00Z\u{1b}[0m \u{1b}[32m INFO\u{1b}[0m \
             \u{1b}[2mmadoguchi_kiosk::commands\u{1b}[0m\u{1b}[2m:\u{1b}[0m attract screen painted \
             \u{1b}[3mqueue\u{1b}[0m\u{1b}[2m=\u{1b}[0m0 \u{1b}[3mscript_ms\u{1b}[0m\u{1b}[2m=\u{1b}[0m141 \
             \u{1b}[3mevaluated_ms\u{1b}[0m\u{1b}[2m=\u{1b}[0m170 \u{1b}[3mmounted_ms\u{1b}[0m\u{1b}[2m=\u{1b}[0m212 \
             \u{1b}[3minfo_ms\u{1b}[0m\u{1b}[2m=\u{1b}[0m214 \u{1b}[3mpainted_ms\u{1b}[0m\u{1b}[2m=\u{1b}[0m260.5";
        let split = PageSplit::from_line(coloured);
        assert_eq!(
            split,
            PageSplit {
                script_ms: Some(141.0),
                evaluated_ms: Some(170.0),
                mounted_ms: Some(212.0),
                info_ms: Some(214.0),
                painted_ms: Some(260.5),
            }
        );
        // The bare page's line has its paint only; `xpainted_ms` is not `painted_ms`.
        let bare = PageSplit::from_line("bare page painted xpainted_ms=3 painted_ms=88");
        assert_eq!(bare.painted_ms, Some(88.0));
        assert_eq!(bare.script_ms, None);
        assert_eq!(
            PageSplit::from_line("attract screen painted queue=0"),
            PageSplit::default()
        );
    }
}
