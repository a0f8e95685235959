//! A private X server per run, on a display number the server picks itself (`-displayfd`), so
//! runs never collide with each other or with a desktop.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::tools;

pub struct Xvfb {
    child: Child,
    display: u32,
}

impl Xvfb {
    /// Starts `Xvfb` with one screen of `width`×`height` at 24 bits and waits until it accepts
    /// clients (it writes the display number only then).
    pub fn start(width: u32, height: u32) -> Xvfb {
        let program = tools::require("Xvfb", "xvfb");
        let mut child = Command::new(program)
            .args(["-displayfd", "1", "-screen", "0"])
            .arg(format!("{width}x{height}x24"))
            .args(["-nolisten", "tcp", "-noreset"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts");
        let stdout = child.stdout.take().expect("Xvfb's stdout is piped");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx.recv_timeout(Duration::from_secs(15)).unwrap_or_default();
        match line.trim().parse::<u32>() {
            Ok(display) => Xvfb { child, display },
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("Xvfb did not report a display within 15 s (got {line:?})");
            }
        }
    }

    /// The value for `DISPLAY`, e.g. `:101`.
    pub fn display(&self) -> String {
        format!(":{}", self.display)
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
