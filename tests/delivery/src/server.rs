//! The real `madoguchi-server` binary on a free loopback port with a fresh SQLite database:
//! `keygen`, `kiosk add`, `serve`, killed with SIGKILL and restarted on the same port when a test
//! wants it down. What it holds is read straight from its database, opened with the data key
//! `keygen` wrote beside the server's key.

use std::io::{Read as _, Write as _};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use tempfile::TempDir;

/// The directory the running executable was built into (`target/debug`, `target/release`).
fn profile_dir() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let dir = exe.parent()?;
    if dir.file_name().is_some_and(|n| n == "deps") {
        dir.parent().map(Path::to_path_buf)
    } else {
        Some(dir.to_path_buf())
    }
}

/// The workspace's root (for `cargo build`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The server binary: `MADOGUCHI_SERVER_BIN` if set; otherwise `cargo build -p madoguchi-server`
/// into the same target directory and profile as this executable (a no-op when it is current).
pub fn binary() -> Result<PathBuf, String> {
    if let Some(bin) = std::env::var_os("MADOGUCHI_SERVER_BIN") {
        return Ok(PathBuf::from(bin));
    }
    let profile = profile_dir().ok_or("cannot tell where this executable was built")?;
    let target = profile
        .parent()
        .ok_or("the profile directory has no parent")?;
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .current_dir(workspace_root())
        .args([
            "build",
            "--quiet",
            "-p",
            "madoguchi-server",
            "--bin",
            "madoguchi-server",
        ])
        .arg("--target-dir")
        .arg(target);
    if profile.file_name().is_some_and(|n| n == "release") {
        command.arg("--release");
    }
    let status = command
        .status()
        .map_err(|e| format!("cannot run cargo to build madoguchi-server: {e}"))?;
    if !status.success() {
        return Err(format!("cargo build -p madoguchi-server failed: {status}"));
    }
    Ok(profile.join("madoguchi-server"))
}

/// A free TCP port on 127.0.0.1 (free when asked; taken by whoever binds it first).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or(0)
}

/// One application as the server stores it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Held {
    pub kiosk_id: String,
    pub receipt: String,
    pub idempotency_key: String,
    /// Who applied: the phone number inside the opened application (unique per test person),
    /// so that one visitor's application stored twice is seen whatever its keys and receipts.
    pub phone: String,
}

pub struct Server {
    bin: PathBuf,
    dir: TempDir,
    port: u16,
    child: Option<Child>,
    starts: u32,
}

impl Server {
    /// A key pair, a fresh database and the server listening; returns once `/healthz` answers.
    pub fn start(bin: &Path) -> Result<Server, String> {
        let dir = tempfile::Builder::new()
            .prefix("madoguchi-delivery-server-")
            .tempdir()
            .map_err(|e| format!("temporary directory: {e}"))?;
        let out = Command::new(bin)
            .arg("keygen")
            .arg("--out")
            .arg(dir.path())
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run {}: {e}", bin.display()))?;
        if !out.status.success() {
            return Err(format!(
                "madoguchi-server keygen failed: {}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        let mut server = Server {
            bin: bin.to_path_buf(),
            dir,
            port: free_port(),
            child: None,
            starts: 0,
        };
        server.spawn()?;
        Ok(server)
    }

    pub fn database_url(&self) -> String {
        format!("sqlite://{}", self.database_path().display())
    }

    pub fn database_path(&self) -> PathBuf {
        self.dir.path().join("server.db")
    }

    pub fn addr(&self) -> SocketAddr {
        SocketAddr::from(([127, 0, 0, 1], self.port))
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr())
    }

    /// The public key `keygen` wrote (server.pub), which kiosks pin at enrolment.
    pub fn public_key(&self) -> Result<madoguchi_core::envelope::PublicKey, String> {
        let path = self.dir.path().join("server.pub");
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        madoguchi_core::envelope::PublicKey::from_base64(&text)
            .map_err(|e| format!("{}: {e}", path.display()))
    }

    pub fn log_path(&self) -> PathBuf {
        self.dir.path().join("server.log")
    }

    /// The last lines of the server's log, for messages.
    pub fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(self.log_path()).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(20)..].join("\n")
    }

    fn spawn(&mut self) -> Result<(), String> {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.log_path())
            .map_err(|e| format!("server log: {e}"))?;
        let log2 = log.try_clone().map_err(|e| format!("server log: {e}"))?;
        let child = Command::new(&self.bin)
            .arg("serve")
            .arg("--database")
            .arg(self.database_url())
            .arg("--key")
            .arg(self.dir.path().join("server.key"))
            .arg("--listen")
            .arg(self.addr().to_string())
            .arg("--public-url")
            .arg(self.url())
            .arg("--mail-dir")
            .arg(self.dir.path().join("mail"))
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(log)
            .stderr(log2)
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", self.bin.display()))?;
        self.child = Some(child);
        self.starts += 1;
        self.wait_ready()
    }

    fn wait_ready(&mut self) -> Result<(), String> {
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if let Some(child) = self.child.as_mut() {
                if let Ok(Some(status)) = child.try_wait() {
                    return Err(format!(
                        "madoguchi-server exited at start ({status}):\n{}",
                        self.log_tail()
                    ));
                }
            }
            if self.healthy() {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Err(format!(
            "madoguchi-server did not answer /healthz within 60 s:\n{}",
            self.log_tail()
        ))
    }

    /// Whether `GET /healthz` answers 200 now.
    pub fn healthy(&self) -> bool {
        let Ok(mut stream) = TcpStream::connect_timeout(&self.addr(), Duration::from_millis(500))
        else {
            return false;
        };
        let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
        let request = format!(
            "GET /healthz HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            self.addr()
        );
        if stream.write_all(request.as_bytes()).is_err() {
            return false;
        }
        let mut answer = Vec::new();
        let _ = stream.read_to_end(&mut answer);
        answer.starts_with(b"HTTP/1.1 200")
    }

    /// SIGKILL: the server goes away mid-whatever, as in a power cut of the server machine.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    pub fn is_running(&self) -> bool {
        self.child.is_some()
    }

    /// Starts it again on the same port and database (after [`Server::kill`]).
    pub fn restart(&mut self) -> Result<(), String> {
        self.kill();
        self.spawn()
    }

    /// How many times the server process was started.
    pub fn starts(&self) -> u32 {
        self.starts
    }

    /// `madoguchi-server kiosk add`: registers a kiosk and returns its one-time enrolment code.
    pub fn add_kiosk(&self, office: &str, name: &str) -> Result<String, String> {
        let out = Command::new(&self.bin)
            .args(["kiosk", "add", "--office", office, "--office-name"])
            .arg("ハローワーク試験")
            .arg("--name")
            .arg(name)
            .arg("--database")
            .arg(self.database_url())
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run kiosk add: {e}"))?;
        let code = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        if !out.status.success() || code.is_empty() {
            return Err(format!(
                "madoguchi-server kiosk add failed ({}): {}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        Ok(code)
    }

    /// Every application the server holds, read from its database.
    pub fn held(&self) -> Result<Vec<Held>, String> {
        use madoguchi_server::sealed::{DataKey, Field, Keyring};
        let keys = Keyring::new(
            DataKey::read(&self.dir.path().join("data.key"))
                .map_err(|e| format!("server data key: {e}"))?,
        );
        let conn = rusqlite::Connection::open(self.database_path())
            .map_err(|e| format!("server database: {e}"))?;
        conn.busy_timeout(Duration::from_secs(10))
            .map_err(|e| format!("server database: {e}"))?;
        let mut stmt = conn
            .prepare(
                "SELECT kiosk_id, receipt, idempotency_key, application_json, id FROM applications",
            )
            .map_err(|e| format!("server database: {e}"))?;
        let rows = stmt
            .query_map([], |r| {
                let sealed: String = r.get(3)?;
                let id: String = r.get(4)?;
                let json = keys
                    .open(Field::ApplicationJson, &id, &sealed)
                    .unwrap_or_default();
                let application: serde_json::Value =
                    serde_json::from_str(&json).unwrap_or_default();
                Ok(Held {
                    kiosk_id: r.get(0)?,
                    receipt: r.get(1)?,
                    idempotency_key: r.get(2)?,
                    phone: application["contact"]["phone"]
                        .as_str()
                        .unwrap_or_default()
                        .to_owned(),
                })
            })
            .map_err(|e| format!("server database: {e}"))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| format!("server database: {e}"))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}
