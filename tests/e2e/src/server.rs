//! The real `madoguchi-server` binary for a run: a key pair and a fresh SQLite database in a
//! temporary directory, one office with a kiosk (its one-time enrolment code) and a counter user,
//! mail written as `.eml` files to a temporary directory, listening on a free loopback port.
//! [`ServerRun::stop`] and [`ServerRun::restart`] take it down and bring it back on the same port
//! and database (the offline scenario); dropping it stops it, also when a test panics.
//!
//! What the server holds is read from its database read-only, only to check what a visitor and
//! staff cannot see (how many copies of an application arrived); everything a person does goes
//! through the server's own pages.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use madoguchi_test_support::server::{self as intake, IntakeServer};
use rusqlite::{Connection, OpenFlags};

use crate::tools;

/// The office every run uses (its code is in the kiosk's configuration too).
pub const OFFICE_CODE: &str = "13010";
pub const OFFICE_NAME: &str = "ハローワーク飯田橋";
/// The counter user: staff of [`OFFICE_CODE`].
pub const STAFF_LOGIN: &str = "e2e-staff";
pub const STAFF_PASSWORD: &str = "Counter-Staff-2026-e2e";

pub struct ServerRun {
    server: IntakeServer,
    enrolment_code: String,
    name: String,
}

impl ServerRun {
    /// Keys, database, office, kiosk, counter user; then serves and returns once `/healthz`
    /// answers.
    /// `name` names the log kept in `artifacts/logs/server-<name>.log`.
    pub fn start(name: &str) -> ServerRun {
        let bin = intake::binary().unwrap_or_else(|e| panic!("{e}"));
        let server = IntakeServer::prepare(&bin, "madoguchi-e2e-server-", "info,sqlx=warn")
            .unwrap_or_else(|e| panic!("{e}"));
        let mut run = ServerRun {
            server,
            enrolment_code: String::new(),
            name: name.to_owned(),
        };
        let db = run.database_url();
        let code = run.admin(
            &[
                "kiosk",
                "add",
                "--office",
                OFFICE_CODE,
                "--office-name",
                OFFICE_NAME,
                "--name",
                "1F ロビー (e2e)",
                "--database",
                &db,
            ],
            None,
        );
        run.enrolment_code = code.trim().to_owned();
        assert!(
            !run.enrolment_code.is_empty(),
            "`madoguchi-server kiosk add` printed no enrolment code"
        );
        run.admin(
            &[
                "user",
                "add",
                "--login",
                STAFF_LOGIN,
                "--role",
                "staff",
                "--office",
                OFFICE_CODE,
                "--name",
                "窓口 太郎",
                "--password-stdin",
                "--database",
                &db,
            ],
            Some(STAFF_PASSWORD),
        );
        run.server.serve().unwrap_or_else(|e| panic!("{e}"));
        run
    }

    /// Runs an administrative command to completion; its standard output.
    fn admin(&self, args: &[&str], stdin: Option<&str>) -> String {
        let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
        self.server
            .admin(&args, stdin)
            .unwrap_or_else(|e| panic!("{e}"))
    }

    pub fn database_url(&self) -> String {
        self.server.database_url()
    }

    pub fn database_path(&self) -> PathBuf {
        self.server.database_path()
    }

    pub fn mail_dir(&self) -> PathBuf {
        self.server.mail_dir()
    }

    pub fn url(&self) -> String {
        self.server.url()
    }

    /// The one-time code for `madoguchi-kiosk enroll`.
    pub fn enrolment_code(&self) -> &str {
        &self.enrolment_code
    }

    /// The server's public key (server.pub, base64url), which a kiosk pins at enrolment.
    pub fn public_key(&self) -> String {
        self.server
            .public_key_text()
            .unwrap_or_else(|e| panic!("server.pub: {e}"))
    }

    /// The server's output (in the temporary directory while the run lives, copied to
    /// `artifacts/logs/` on drop).
    pub fn log_path(&self) -> PathBuf {
        self.server.log_path()
    }

    /// Whether `GET /healthz` answers 200 now.
    pub fn healthy(&self) -> bool {
        self.server.healthy()
    }

    /// Stops the server (SIGKILL: an outage, not a shutdown) and waits until the port is free.
    pub fn stop(&mut self) {
        self.server.kill();
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.healthy() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Serves again on the same port and database.
    pub fn restart(&mut self) {
        assert!(!self.server.is_running(), "the server is already running");
        self.server.serve().unwrap_or_else(|e| panic!("{e}"));
    }

    pub fn log_tail(&self) -> String {
        self.server.log_tail()
    }

    fn db(&self) -> Connection {
        Connection::open_with_flags(self.database_path(), OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap_or_else(|e| panic!("the server's database cannot be opened: {e}"))
    }

    /// How many applications with this receipt number the server holds.
    pub fn copies_of(&self, receipt: &str) -> u32 {
        self.db()
            .query_row(
                "SELECT COUNT(*) FROM applications WHERE receipt = ?1",
                [receipt],
                |r| r.get(0),
            )
            .unwrap_or_else(|e| panic!("the server's applications cannot be counted: {e}"))
    }

    /// How many applications the server holds in all.
    pub fn application_count(&self) -> u32 {
        self.db()
            .query_row("SELECT COUNT(*) FROM applications", [], |r| r.get(0))
            .unwrap_or_else(|e| panic!("the server's applications cannot be counted: {e}"))
    }

    /// Waits until the server holds an application with this receipt number.
    pub async fn wait_for_application(&self, receipt: &str, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        while self.copies_of(receipt) == 0 {
            assert!(
                Instant::now() < deadline,
                "the server holds no application {receipt} after {timeout:?}:\n{}",
                self.log_tail()
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// The email code last mailed to `to`: the 6-digit number in the newest `.eml` addressed
    /// there. Waits for it to be written.
    pub async fn email_code_for(&self, to: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Some(code) = newest_code(&self.mail_dir(), to) {
                return code;
            }
            assert!(
                Instant::now() < deadline,
                "no mail with a code to {to} in {}",
                self.mail_dir().display()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

/// The code in the newest message to `to` (file names start with the time in nanoseconds).
fn newest_code(dir: &Path, to: &str) -> Option<String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    files.sort();
    files.iter().rev().find_map(|path| {
        let text = std::fs::read_to_string(path).ok()?;
        let (head, body) = text.split_once("\r\n\r\n").or(text.split_once("\n\n"))?;
        let addressed = head
            .lines()
            .any(|l| l.to_ascii_lowercase().starts_with("to:") && l.contains(to));
        addressed.then(|| six_digits(body)).flatten()
    })
}

/// The first run of exactly six ASCII digits.
pub fn six_digits(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i - start == 6 {
                return Some(chars[start..i].iter().collect());
            }
        } else {
            i += 1;
        }
    }
    None
}

impl Drop for ServerRun {
    fn drop(&mut self) {
        self.server.terminate(Duration::from_secs(5));
        // Keep the log for the artifacts: the temporary directory goes with this run.
        let logs = tools::repo_root().join("artifacts/logs");
        if std::fs::create_dir_all(&logs).is_ok() {
            let name = format!("server-{}.log", self.name);
            let _ = std::fs::copy(self.log_path(), logs.join(name));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::six_digits;

    #[test]
    fn the_code_is_the_six_digit_run() {
        assert_eq!(
            six_digits("確認コード：123456\n有効期限は10分です"),
            Some("123456".into())
        );
        assert_eq!(six_digits("2026 1234567 654321"), Some("654321".into()));
        assert_eq!(six_digits("12345"), None);
    }
}
