//! The crash harness: the kiosk's submit-and-deliver path in a child process (`crash-child`),
//! killed at random moments and at failpoints, restarted until its queue is empty; at the end
//! the real server's database says whether every application a visitor saw 完了 for is held
//! exactly once.
//!
//! Each trial draws from a seeded schedule how many applications the child submits (1 to
//! `max_per_trial`) and how it dies:
//! - SIGKILL after a random delay within the child's usual lifetime (start, sealing, commit,
//!   printing, sending, marking: wherever it lands);
//! - the `after-commit` failpoint panics after the j-th commit (row durable, 完了 never shown);
//! - the `after-send` failpoint panics after the j-th send (server has it, row not marked);
//! - `after-send` sleeps and SIGKILL lands in that window;
//! - the server, not the kiosk, is SIGKILLed at a random moment and started again once the
//!   child has given up.
//!
//! The first run is left alone (it measures how long a child lives); the next five take each
//! way of dying once; the rest are drawn by weight.
//!
//! Then `crash-child --drain` runs until it exits 0 (drained); one drain in five is itself
//! killed at a random moment first.
//!
//! A trial spends most of its time waiting for a child to start, die or drain, so a run can be
//! split into lanes ([`run_in_lanes`]) that go at once: each a whole harness of its own (its own
//! server, kiosk and seed), their verdicts added up.

use std::collections::BTreeMap;
use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use tempfile::TempDir;

use crate::persons::{self, Person};
use crate::rng::Seeded;
use crate::scan::{self, Hit};
use crate::server::Server;
use crate::site::{self, Accounting, Site};

/// How long the `after-send` failpoint sleeps in the kill-in-the-send-window trials.
const SEND_WINDOW_MS: u64 = 150;
/// A child that takes longer than this is hung: a failure, not a crash to wait out.
const CHILD_LIMIT: Duration = Duration::from_secs(120);

#[derive(Debug, Clone)]
pub struct Options {
    pub trials: usize,
    pub seed: u64,
    /// The `crash-child` binary.
    pub child: PathBuf,
    /// The `madoguchi-server` binary.
    pub server: PathBuf,
    /// Applications per trial: 1 to this.
    pub max_per_trial: u64,
    /// A line per trial on stderr.
    pub verbose: bool,
    /// Which lane of a run in lanes this is (named in the progress lines).
    pub lane: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Crash {
    /// The first run: nothing is done to it; it measures the child's lifetime.
    None,
    KillAtRandom,
    PanicAfterCommit,
    PanicAfterSend,
    KillInSendWindow,
    KillServer,
}

impl Crash {
    pub fn name(self) -> &'static str {
        match self {
            Crash::None => "clean",
            Crash::KillAtRandom => "sigkill-at-random",
            Crash::PanicAfterCommit => "after-commit-panic",
            Crash::PanicAfterSend => "after-send-panic",
            Crash::KillInSendWindow => "after-send-sleep-sigkill",
            Crash::KillServer => "server-sigkill",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Report {
    pub seed: u64,
    /// Lanes run at once, the lane `i` with the seed `seed + i` (1: a single run).
    pub lanes: usize,
    pub trials: usize,
    pub accounting: Accounting,
    pub modes: BTreeMap<Crash, usize>,
    /// Children that did not end by themselves (killed, or panicked at a failpoint).
    pub crashed: usize,
    /// Rows still queued at a crash although the server already held them: sent again and
    /// answered as repeats.
    pub resent: usize,
    pub drain_runs: usize,
    pub server_starts: u32,
    pub personal_data: Vec<Hit>,
    pub files_searched: usize,
    pub bytes_searched: u64,
    pub elapsed: Duration,
}

impl Report {
    /// Wall-clock time per trial (lanes at once share it).
    pub fn per_trial(&self) -> Duration {
        self.elapsed / self.trials.max(1) as u32
    }

    /// The lanes' reports as one: every count added up, the longest lane's time.
    fn together(seed: u64, reports: Vec<Report>) -> Report {
        let mut all = Report {
            seed,
            lanes: reports.len(),
            trials: 0,
            accounting: Accounting::default(),
            modes: BTreeMap::new(),
            crashed: 0,
            resent: 0,
            drain_runs: 0,
            server_starts: 0,
            personal_data: Vec::new(),
            files_searched: 0,
            bytes_searched: 0,
            elapsed: Duration::ZERO,
        };
        for r in reports {
            all.trials += r.trials;
            all.accounting.add(&r.accounting);
            for (mode, n) in r.modes {
                *all.modes.entry(mode).or_default() += n;
            }
            all.crashed += r.crashed;
            all.resent += r.resent;
            all.drain_runs += r.drain_runs;
            all.server_starts += r.server_starts;
            all.personal_data.extend(r.personal_data);
            all.files_searched += r.files_searched;
            all.bytes_searched += r.bytes_searched;
            all.elapsed = all.elapsed.max(r.elapsed);
        }
        all
    }

    pub fn ok(&self) -> bool {
        self.accounting.exact() && self.personal_data.is_empty()
    }

    /// The lines a run ends with; the last one is `lost L, duplicated D, delivered K/N`.
    pub fn lines(&self) -> Vec<String> {
        let modes: Vec<String> = self
            .modes
            .iter()
            .map(|(m, n)| format!("{} {n}", m.name()))
            .collect();
        let lanes = if self.lanes > 1 {
            format!(" in {} lanes (lane i: seed + i)", self.lanes)
        } else {
            String::new()
        };
        let mut out = vec![
            format!(
                "seed {}: {} trials{lanes} in {:.1} s ({} ms per trial); {}",
                self.seed,
                self.trials,
                self.elapsed.as_secs_f64(),
                self.per_trial().as_millis(),
                modes.join(", ")
            ),
            format!(
                "{} children crashed; {} drain runs; server started {} times",
                self.crashed, self.drain_runs, self.server_starts
            ),
            format!(
                "{} rows the server already held were still queued at a crash and were sent again",
                self.resent
            ),
            format!(
                "{} applications committed before a crash but never shown as 完了 were delivered too",
                self.accounting.unshown
            ),
            format!(
                "{} rows still queued or refused at the end; {} held under keys the kiosk never made",
                self.accounting.undelivered, self.accounting.unknown
            ),
        ];
        if self.personal_data.is_empty() {
            out.push(format!(
                "searched the data directory and logs after every crash and at the end ({} files, {} bytes): no name, phone or email",
                self.files_searched, self.bytes_searched
            ));
        } else {
            out.push(format!(
                "PERSONAL DATA on the kiosk's disk ({} hits), first: {}",
                self.personal_data.len(),
                self.personal_data[0]
            ));
        }
        out.push(self.accounting.line());
        out
    }
}

struct Running {
    child: Child,
    lines: Receiver<String>,
    reader: Option<JoinHandle<()>>,
    seen: Vec<String>,
}

impl Running {
    fn spawn(
        bin: &Path,
        site: &Site,
        submit: Option<(u64, u64)>,
        failpoints: Option<&str>,
        log: &Path,
    ) -> Result<Running, String> {
        let log_file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
            .map_err(|e| format!("{}: {e}", log.display()))?;
        let mut command = Command::new(bin);
        command.arg("--config").arg(&site.config_path);
        match submit {
            Some((count, first)) => {
                command
                    .arg("--submit")
                    .arg(count.to_string())
                    .arg("--first-person")
                    .arg(first.to_string());
            }
            None => {
                command.arg("--drain");
            }
        }
        command.env_remove("FAILPOINTS");
        if let Some(f) = failpoints {
            command.env("FAILPOINTS", f);
        }
        let mut child = command
            .env("RUST_LOG", "info")
            .env("RUST_BACKTRACE", "0")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(log_file)
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", bin.display()))?;
        let stdout = child.stdout.take().ok_or("no stdout")?;
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Ok(Running {
            child,
            lines: rx,
            reader: Some(reader),
            seen: Vec::new(),
        })
    }

    fn pump(&mut self) {
        self.seen.extend(self.lines.try_iter());
    }

    fn submitted(&self) -> usize {
        self.seen
            .iter()
            .filter(|l| l.starts_with("SUBMITTED "))
            .count()
    }

    /// Waits up to `limit`; `None` if it is still running then.
    fn wait_for(&mut self, limit: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + limit;
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            if Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    fn kill(&mut self) {
        let _ = self.child.kill();
    }

    /// Waits for the end (killing a hung child) and collects every line it printed.
    fn finish(mut self) -> Result<(ExitStatus, Vec<String>), String> {
        let status = match self.wait_for(CHILD_LIMIT) {
            Some(s) => s,
            None => {
                self.kill();
                let _ = self.child.wait();
                return Err(format!("crash-child hung for {} s", CHILD_LIMIT.as_secs()));
            }
        };
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
        self.pump();
        Ok((status, self.seen))
    }
}

fn receipts(lines: &[String]) -> impl Iterator<Item = &str> {
    lines.iter().filter_map(|l| l.strip_prefix("SUBMITTED "))
}

fn ended_by_itself(status: &ExitStatus) -> bool {
    matches!(status.code(), Some(0) | Some(75))
}

/// Runs the whole harness against a fresh server and kiosk.
pub fn run(options: &Options) -> Result<Report, String> {
    let started = Instant::now();
    let mut rng = Seeded::new(options.seed);
    let mut server = Server::start(&options.server)?;
    let root = tempfile::Builder::new()
        .prefix("madoguchi-crash-kiosk-")
        .tempdir()
        .map_err(|e| format!("temporary directory: {e}"))?;
    let site = Site::create(&root.path().join("kiosk"), "crash-kiosk-01", &server.url())?;
    let logs = root.path().join("logs");
    std::fs::create_dir_all(&logs).map_err(|e| format!("{}: {e}", logs.display()))?;
    let log = logs.join("crash-child.log");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("runtime: {e}"))?;
    runtime.block_on(site.enroll(&server))?;
    drop(runtime);

    let mut shown: Vec<(String, String)> = Vec::new();
    let mut modes: BTreeMap<Crash, usize> = BTreeMap::new();
    let mut crashed = 0;
    let mut resent = 0;
    let mut drain_runs = 0;
    let mut next_person = 0u64;
    let mut lifetime = Duration::from_millis(500);
    let mut drain_lifetime = Duration::from_millis(200);
    const WEIGHTS: [(Crash, u64); 5] = [
        (Crash::KillAtRandom, 40),
        (Crash::PanicAfterCommit, 15),
        (Crash::PanicAfterSend, 15),
        (Crash::KillInSendWindow, 22),
        (Crash::KillServer, 8),
    ];
    let weights: Vec<u64> = WEIGHTS.iter().map(|(_, w)| *w).collect();
    // Everyone who can appear in this run, searched for after every crash (when `-wal` and
    // `-shm` are still there, as a power cut would leave them) and at the end.
    let everyone: Vec<Person> = (0..options.trials as u64 * options.max_per_trial)
        .map(persons::person)
        .collect();
    let scanner = scan::Scanner::new(&everyone)?;
    let mut personal_data = Vec::new();
    let mut files_searched = 0;
    let mut bytes_searched = 0;
    let mut search = |personal_data: &mut Vec<Hit>| -> Result<(), String> {
        let (hits, files, bytes) = scanner.scan(&[site.data_dir.as_path(), logs.as_path()])?;
        personal_data.extend(hits);
        files_searched += files;
        bytes_searched += bytes;
        Ok(())
    };

    for trial in 0..options.trials {
        let count = if trial == 0 {
            options.max_per_trial
        } else {
            rng.between(1, options.max_per_trial)
        };
        // The first trials take each way of dying once, so that even a short run has them
        // all; the rest are drawn by weight.
        let crash = match trial {
            0 => Crash::None,
            n if n <= WEIGHTS.len() => WEIGHTS[n - 1].0,
            _ => WEIGHTS[rng.weighted(&weights)].0,
        };
        *modes.entry(crash).or_default() += 1;
        let failpoints = match crash {
            Crash::PanicAfterCommit => {
                Some(format!("after-commit={}*off->panic", rng.below(count)))
            }
            Crash::PanicAfterSend => Some(format!("after-send={}*off->panic", rng.below(count))),
            Crash::KillInSendWindow => Some(format!("after-send=sleep({SEND_WINDOW_MS})")),
            _ => None,
        };
        let first = next_person;
        next_person += count;
        let t0 = Instant::now();
        let mut running = Running::spawn(
            &options.child,
            &site,
            Some((count, first)),
            failpoints.as_deref(),
            &log,
        )?;
        match crash {
            Crash::None | Crash::PanicAfterCommit | Crash::PanicAfterSend => {}
            Crash::KillAtRandom => {
                let delay = rng.below(lifetime.as_millis() as u64 * 11 / 10 + 1);
                if running.wait_for(Duration::from_millis(delay)).is_none() {
                    running.kill();
                }
            }
            Crash::KillInSendWindow => {
                // Once every 完了 is printed the worker is sending; each send is followed by
                // the failpoint's sleep, and the kill lands in one of those windows.
                let deadline = Instant::now() + CHILD_LIMIT;
                while running.submitted() < count as usize && Instant::now() < deadline {
                    if running.wait_for(Duration::from_millis(2)).is_some() {
                        break;
                    }
                    running.pump();
                }
                let delay = rng.below(count * (SEND_WINDOW_MS + 10));
                if running.wait_for(Duration::from_millis(delay)).is_none() {
                    running.kill();
                }
            }
            Crash::KillServer => {
                // The server dies under the kiosk (before, during or after its sends) and stays
                // down until the child has given up; the drain finds it back.
                let delay = rng.below(lifetime.as_millis() as u64 + 1);
                let _ = running.wait_for(Duration::from_millis(delay));
                server.kill();
                let _ = running.wait_for(CHILD_LIMIT);
                server.restart()?;
            }
        }
        let (status, lines) = running.finish()?;
        if crash == Crash::None {
            lifetime = t0.elapsed();
        }
        if !ended_by_itself(&status) {
            crashed += 1;
            search(&mut personal_data)?;
        }
        if lines.iter().any(|l| l.starts_with("FAILED ")) {
            return Err(format!("trial {trial}: a submission failed: {lines:?}"));
        }
        let before = receipts(&lines).count();
        shown.extend(receipts(&lines).map(|r| (site.kiosk_id.clone(), r.to_owned())));

        // What a crash left between the server's answer and the outbox's mark.
        let ledger = site.ledger()?;
        let held = server.held_keys()?;
        let pending_held = ledger
            .pending
            .iter()
            .filter(|r| held.contains(&r.idempotency_key))
            .count();
        resent += pending_held;

        // Restart until the queue is empty.
        let mut runs = 0;
        loop {
            runs += 1;
            drain_runs += 1;
            if runs > 50 {
                return Err(format!(
                    "trial {trial}: the queue did not drain in 50 runs\nserver log:\n{}",
                    server.log_tail()
                ));
            }
            let d0 = Instant::now();
            let mut drain = Running::spawn(&options.child, &site, None, None, &log)?;
            let kill_it = runs == 1 && rng.percent(20);
            if kill_it {
                let delay = rng.below(drain_lifetime.as_millis() as u64 + 1);
                if drain.wait_for(Duration::from_millis(delay)).is_none() {
                    drain.kill();
                }
            }
            let (status, _) = drain.finish()?;
            if !kill_it && status.code() == Some(0) {
                drain_lifetime = d0.elapsed().max(Duration::from_millis(20));
            }
            match status.code() {
                Some(0) => break,
                Some(75) => std::thread::sleep(Duration::from_millis(20)),
                None if kill_it => {}
                _ => {
                    return Err(format!(
                        "trial {trial}: crash-child --drain failed ({status}); see {}",
                        log.display()
                    ))
                }
            }
        }
        let every = (options.trials / 10).max(1);
        if !options.verbose && (trial + 1) % every == 0 {
            eprintln!(
                "crash-test{}: {}/{} trials, {} shown so far, {:.0} s",
                options
                    .lane
                    .map(|l| format!(" lane {l}"))
                    .unwrap_or_default(),
                trial + 1,
                options.trials,
                shown.len(),
                started.elapsed().as_secs_f64()
            );
        }
        if options.verbose {
            eprintln!(
                "trial {trial}: {} x{count}, {} shown, ended {status}, {pending_held} queued rows already held, {runs} drain runs, {} ms",
                crash.name(),
                before,
                t0.elapsed().as_millis()
            );
        }
    }

    let ledgers = vec![(site.kiosk_id.clone(), site.ledger()?)];
    let held = server.held()?;
    let accounting = site::account(&shown, &ledgers, &held);
    search(&mut personal_data)?;
    keep_for_inspection(root, &accounting, personal_data.is_empty());
    Ok(Report {
        seed: options.seed,
        lanes: 1,
        trials: options.trials,
        accounting,
        modes,
        crashed,
        resent,
        drain_runs,
        server_starts: server.starts(),
        personal_data,
        files_searched,
        bytes_searched,
        elapsed: started.elapsed(),
    })
}

/// `options.trials` trials in `lanes` harnesses at once, lane `i` with the seed
/// `options.seed + i` and its share of the trials; one report of them all. A lane that cannot
/// complete fails the run.
pub fn run_in_lanes(options: &Options, lanes: usize) -> Result<Report, String> {
    let lanes = lanes.clamp(1, options.trials.max(1));
    if lanes == 1 {
        return run(options);
    }
    let reports = std::thread::scope(|scope| {
        let running: Vec<_> = (0..lanes)
            .map(|lane| {
                let share = options.trials / lanes + usize::from(lane < options.trials % lanes);
                let lane_options = Options {
                    trials: share,
                    seed: options.seed.wrapping_add(lane as u64),
                    lane: Some(lane),
                    ..options.clone()
                };
                scope.spawn(move || run(&lane_options))
            })
            .collect();
        running
            .into_iter()
            .enumerate()
            .map(|(lane, handle)| {
                handle
                    .join()
                    .map_err(|_| format!("lane {lane}: the harness panicked"))?
                    .map_err(|e| {
                        format!(
                            "lane {lane} (seed {}): {e}",
                            options.seed.wrapping_add(lane as u64)
                        )
                    })
            })
            .collect::<Result<Vec<_>, String>>()
    })?;
    Ok(Report::together(options.seed, reports))
}

/// A failed run keeps the kiosk's files for a look (their path is printed); a good one is
/// removed.
fn keep_for_inspection(root: TempDir, accounting: &Accounting, clean: bool) {
    if !accounting.exact() || !clean {
        let path = root.keep();
        eprintln!("kept the kiosk's files for inspection: {}", path.display());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lane(seed: u64, lost: usize, crashed: usize, secs: u64) -> Report {
        Report {
            seed,
            lanes: 1,
            trials: 10,
            accounting: Accounting {
                submitted: 20,
                delivered: 20 - lost,
                lost,
                ..Accounting::default()
            },
            modes: BTreeMap::from([(Crash::KillAtRandom, 4), (Crash::KillServer, 6)]),
            crashed,
            resent: 1,
            drain_runs: 12,
            server_starts: 2,
            personal_data: Vec::new(),
            files_searched: 5,
            bytes_searched: 100,
            elapsed: Duration::from_secs(secs),
        }
    }

    #[test]
    fn lanes_add_up_and_one_lane_s_loss_fails_the_run() {
        let clean = Report::together(7, vec![lane(7, 0, 3, 40), lane(8, 0, 5, 50)]);
        assert!(clean.ok());
        assert_eq!((clean.lanes, clean.trials, clean.crashed), (2, 20, 8));
        assert_eq!(
            clean.accounting.line(),
            "lost 0, duplicated 0, delivered 40/40"
        );
        assert_eq!(clean.modes.get(&Crash::KillServer), Some(&12));
        assert_eq!(clean.elapsed, Duration::from_secs(50));
        assert!(clean.lines()[0].starts_with("seed 7: 20 trials in 2 lanes"));

        let lossy = Report::together(7, vec![lane(7, 0, 3, 40), lane(8, 1, 5, 50)]);
        assert!(!lossy.ok());
        assert_eq!(
            lossy.accounting.line(),
            "lost 1, duplicated 0, delivered 39/40"
        );
    }
}
