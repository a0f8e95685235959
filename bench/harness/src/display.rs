//! A private X server (Xvfb, display number chosen by the server) with openbox on it, so that
//! fullscreen and Chromium's `--kiosk` behave as on a kiosk's screen.

use std::io::{BufRead as _, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

pub struct Display {
    xvfb: Child,
    wm: Option<Child>,
    number: u32,
}

impl Display {
    pub fn start(width: u32, height: u32) -> Result<Display, String> {
        let mut xvfb = Command::new("Xvfb")
            .args(["-displayfd", "1", "-screen", "0"])
            .arg(format!("{width}x{height}x24"))
            .args(["-nolisten", "tcp", "-noreset"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("Xvfb does not start (apt-get install xvfb): {e}"))?;
        let stdout = xvfb.stdout.take().ok_or("Xvfb's stdout")?;
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx.recv_timeout(Duration::from_secs(15)).unwrap_or_default();
        let number = match line.trim().parse::<u32>() {
            Ok(n) => n,
            Err(_) => {
                let _ = xvfb.kill();
                let _ = xvfb.wait();
                return Err(format!("Xvfb reported no display ({line:?})"));
            }
        };
        let mut d = Display {
            xvfb,
            wm: None,
            number,
        };
        d.wm = Command::new("openbox")
            .arg("--sm-disable")
            .env("DISPLAY", d.name())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .ok();
        std::thread::sleep(Duration::from_millis(500));
        Ok(d)
    }

    /// `:N`.
    pub fn name(&self) -> String {
        format!(":{}", self.number)
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        if let Some(wm) = self.wm.as_mut() {
            let _ = wm.kill();
            let _ = wm.wait();
        }
        let _ = self.xvfb.kill();
        let _ = self.xvfb.wait();
    }
}

/// SIGTERM to each pid, a grace period, then SIGKILL to any left.
pub fn stop(pids: &[u32], grace: Duration) {
    for pid in pids {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(pid.to_string())
            .stderr(Stdio::null())
            .status();
    }
    let deadline = std::time::Instant::now() + grace;
    while std::time::Instant::now() < deadline {
        if pids
            .iter()
            .all(|p| !std::path::Path::new(&format!("/proc/{p}")).exists() || zombie(*p))
        {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    for pid in pids {
        let _ = Command::new("kill")
            .arg("-KILL")
            .arg(pid.to_string())
            .stderr(Stdio::null())
            .status();
    }
}

fn zombie(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| {
            s.rsplit_once(')')
                .map(|(_, r)| r.trim_start().starts_with('Z'))
        })
        .unwrap_or(true)
}
