//! A private X server per run, on a display number the server picks itself (`-displayfd`), so
//! runs never collide with each other or with a desktop; optionally with openbox on it, so that
//! fullscreen and Chromium's `--kiosk` behave as on a kiosk's screen. Stopped on drop, window
//! manager first. Also what is done to any X display from outside: a picture of it
//! ([`screenshot`]) and a tap of its pointer ([`click`]).

use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long Xvfb may take to report its display (it does so once it accepts clients).
const READY: Duration = Duration::from_secs(15);

#[derive(Debug, thiserror::Error)]
pub enum XvfbError {
    #[error("Xvfb does not start (apt-get install xvfb): {0}")]
    Spawn(std::io::Error),
    #[error("Xvfb reported no display within {READY:?} (got {0:?})")]
    NoDisplay(String),
}

pub struct Xvfb {
    child: Child,
    window_manager: Option<Child>,
    display: u32,
}

impl Xvfb {
    /// Starts `Xvfb` with one screen of `width`×`height` at 24 bits and returns once it accepts
    /// clients.
    pub fn start(width: u32, height: u32) -> Result<Xvfb, XvfbError> {
        let mut child = Command::new("Xvfb")
            .args(["-displayfd", "1", "-screen", "0"])
            .arg(format!("{width}x{height}x24"))
            .args(["-nolisten", "tcp", "-noreset"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(XvfbError::Spawn)?;
        let (tx, rx) = mpsc::channel();
        if let Some(stdout) = child.stdout.take() {
            std::thread::spawn(move || {
                let mut line = String::new();
                let _ = BufReader::new(stdout).read_line(&mut line);
                let _ = tx.send(line);
            });
        }
        let line = rx.recv_timeout(READY).unwrap_or_default();
        match line.trim().parse::<u32>() {
            Ok(display) => Ok(Xvfb {
                child,
                window_manager: None,
                display,
            }),
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                Err(XvfbError::NoDisplay(line))
            }
        }
    }

    /// The same, with openbox managing windows (when it starts: without it fullscreen is
    /// ignored, which a caller that needs it sees in its own measurements).
    pub fn with_window_manager(width: u32, height: u32) -> Result<Xvfb, XvfbError> {
        let mut x = Xvfb::start(width, height)?;
        x.window_manager = Command::new("openbox")
            .arg("--sm-disable")
            .env("DISPLAY", x.display())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .ok();
        std::thread::sleep(Duration::from_millis(500));
        Ok(x)
    }

    /// The value for `DISPLAY`, e.g. `:101`.
    pub fn display(&self) -> String {
        format!(":{}", self.display)
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        if let Some(wm) = self.window_manager.as_mut() {
            let _ = wm.kill();
            let _ = wm.wait();
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The whole X display `display` (`:N`) as a PNG in `file`, by ImageMagick's `import`.
pub fn screenshot(display: &str, file: &Path) -> Result<(), String> {
    let mut cmd = Command::new("import");
    cmd.args(["-display", display, "-window", "root"]).arg(file);
    run_on(display, cmd, "import (apt-get install imagemagick)")
}

/// A tap of the display's pointer at pixel x,y: a press and release of its first button, made by
/// the X server itself (XTest, `xdotool`), which reaches a window as a touch screen's tap does.
pub fn click(display: &str, x: i64, y: i64) -> Result<(), String> {
    // No `--sync`: it waits for the pointer to move and hangs when it is already there (a button
    // tapped twice at one place); the X server takes the move before the click, as they are sent.
    let mut cmd = Command::new("xdotool");
    cmd.args(["mousemove", &x.to_string(), &y.to_string(), "click", "1"]);
    run_on(display, cmd, "xdotool (apt-get install xdotool)")
}

/// Runs `cmd` against `display`, for at most 30 s.
fn run_on(display: &str, mut cmd: Command, what: &str) -> Result<(), String> {
    const LIMIT: Duration = Duration::from_secs(30);
    let mut child = cmd
        .env("DISPLAY", display)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("{what}: {e}"))?;
    let deadline = Instant::now() + LIMIT;
    loop {
        match child.try_wait().map_err(|e| format!("{what}: {e}"))? {
            Some(status) if status.success() => return Ok(()),
            Some(status) => return Err(format!("{what} on {display}: {status}")),
            None if Instant::now() > deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("{what} on {display}: no answer in {LIMIT:?}"));
            }
            None => std::thread::sleep(Duration::from_millis(10)),
        }
    }
}
