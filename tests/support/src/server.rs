//! The real `madoguchi-server` binary for a test: found (or built), given a key pair, a data key
//! and a fresh SQLite database in a temporary directory, served on a free loopback port and
//! waited for until `/healthz` answers. Killed (an outage) and served again on the same port and
//! database when a test wants it down; stopped when dropped, also when the test panics.

use std::ffi::OsStr;
use std::io::{Read as _, Write as _};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use tempfile::TempDir;

use crate::{ports, process};

/// How long the server may take to answer `/healthz` after it was started.
const READY: Duration = Duration::from_secs(60);

#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("cannot tell where this executable was built")]
    NoTargetDir,
    #[error("MADOGUCHI_SERVER_BIN={0} is not an executable file")]
    NotExecutable(PathBuf),
    #[error("cannot run cargo to build madoguchi-server: {0}")]
    Cargo(std::io::Error),
    #[error("`cargo build -p madoguchi-server` failed ({0}); `scripts/e2e` builds it")]
    Build(std::process::ExitStatus),
    #[error("a temporary directory for the server: {0}")]
    TempDir(std::io::Error),
    #[error("cannot run {bin}: {source}")]
    Spawn {
        bin: PathBuf,
        source: std::io::Error,
    },
    #[error("`madoguchi-server {command}` failed ({status}): {stderr}")]
    Admin {
        command: String,
        status: std::process::ExitStatus,
        stderr: String,
    },
    #[error("the server log {path}: {source}")]
    Log {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("madoguchi-server exited at start ({status}):\n{log}")]
    Exited {
        status: std::process::ExitStatus,
        log: String,
    },
    #[error("madoguchi-server did not answer /healthz within {READY:?}:\n{0}")]
    NotReady(String),
    #[error("the server is already running")]
    Running,
}

/// The repository's root (this crate lives in `tests/support`).
pub fn repo_root() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    dir.canonicalize().unwrap_or(dir)
}

fn executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

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

/// The server binary: `MADOGUCHI_SERVER_BIN` if set; otherwise `cargo build -p
/// madoguchi-server` into the target directory and profile of the running executable (a no-op
/// when it is current), so a run started by `cargo test` alone finds it too.
pub fn binary() -> Result<PathBuf, ServerError> {
    if let Some(bin) = std::env::var_os("MADOGUCHI_SERVER_BIN") {
        let bin = PathBuf::from(bin);
        return if executable(&bin) {
            Ok(bin)
        } else {
            Err(ServerError::NotExecutable(bin))
        };
    }
    let profile = profile_dir().ok_or(ServerError::NoTargetDir)?;
    let target = profile.parent().ok_or(ServerError::NoTargetDir)?;
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .current_dir(repo_root())
        .args(["build", "--quiet", "-p", "madoguchi-server"])
        .args(["--bin", "madoguchi-server", "--target-dir"])
        .arg(target);
    if profile.file_name().is_some_and(|n| n == "release") {
        command.arg("--release");
    }
    let status = command.status().map_err(ServerError::Cargo)?;
    let bin = profile.join("madoguchi-server");
    if !status.success() || !executable(&bin) {
        return Err(ServerError::Build(status));
    }
    Ok(bin)
}

/// One server: its directory (`server.key`, `server.pub`, `data.key`, `server.db`, `mail/`,
/// `server.log`), its port, and its process while it serves.
pub struct IntakeServer {
    bin: PathBuf,
    dir: TempDir,
    port: u16,
    rust_log: String,
    child: Option<Child>,
    starts: u32,
}

impl IntakeServer {
    /// A temporary directory named `prefix…` with the keys `madoguchi-server keygen` writes, and
    /// a free port; not serving yet (see [`IntakeServer::serve`]), so administrative commands
    /// can prepare the database first. The server logs at `rust_log` (`RUST_LOG`).
    pub fn prepare(bin: &Path, prefix: &str, rust_log: &str) -> Result<IntakeServer, ServerError> {
        let dir = tempfile::Builder::new()
            .prefix(prefix)
            .tempdir()
            .map_err(ServerError::TempDir)?;
        let server = IntakeServer {
            bin: bin.to_path_buf(),
            dir,
            port: ports::free_port(),
            rust_log: rust_log.to_owned(),
            child: None,
            starts: 0,
        };
        server.admin(
            &[
                OsStr::new("keygen"),
                OsStr::new("--out"),
                server.dir().as_os_str(),
            ],
            None,
        )?;
        Ok(server)
    }

    /// Runs an administrative command to completion (`stdin` is written to it); its standard
    /// output.
    pub fn admin(&self, args: &[&OsStr], stdin: Option<&str>) -> Result<String, ServerError> {
        let mut child = Command::new(&self.bin)
            .args(args)
            .env("RUST_LOG", "warn")
            .stdin(if stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|source| self.spawn_error(source))?;
        if let (Some(text), Some(mut pipe)) = (stdin, child.stdin.take()) {
            // A command that exits without reading fails below with its own message.
            let _ = pipe.write_all(format!("{text}\n").as_bytes());
        }
        let out = child
            .wait_with_output()
            .map_err(|source| self.spawn_error(source))?;
        if !out.status.success() {
            return Err(ServerError::Admin {
                command: args
                    .iter()
                    .map(|a| a.to_string_lossy())
                    .collect::<Vec<_>>()
                    .join(" "),
                status: out.status,
                stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            });
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }

    fn spawn_error(&self, source: std::io::Error) -> ServerError {
        ServerError::Spawn {
            bin: self.bin.clone(),
            source,
        }
    }

    /// Serves on this server's port and database and returns once `/healthz` answers.
    pub fn serve(&mut self) -> Result<(), ServerError> {
        if self.child.is_some() {
            return Err(ServerError::Running);
        }
        let path = self.log_path();
        let log_error = |source| ServerError::Log {
            path: path.clone(),
            source,
        };
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .map_err(log_error)?;
        let log2 = log.try_clone().map_err(log_error)?;
        let child = Command::new(&self.bin)
            .arg("serve")
            .arg("--database")
            .arg(self.database_url())
            .arg("--key")
            .arg(self.dir().join("server.key"))
            .arg("--listen")
            .arg(self.addr().to_string())
            .arg("--public-url")
            .arg(self.url())
            .arg("--mail-dir")
            .arg(self.mail_dir())
            .env("RUST_LOG", &self.rust_log)
            .stdin(Stdio::null())
            .stdout(log)
            .stderr(log2)
            .spawn()
            .map_err(|source| self.spawn_error(source))?;
        self.child = Some(child);
        self.starts += 1;
        let deadline = Instant::now() + READY;
        loop {
            if let Some(Ok(Some(status))) = self.child.as_mut().map(Child::try_wait) {
                self.child = None;
                return Err(ServerError::Exited {
                    status,
                    log: self.log_tail(),
                });
            }
            if self.healthy() {
                return Ok(());
            }
            if Instant::now() >= deadline {
                return Err(ServerError::NotReady(self.log_tail()));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Whether `GET /healthz` answers 200 now.
    pub fn healthy(&self) -> bool {
        let Ok(mut stream) = TcpStream::connect_timeout(&self.addr(), Duration::from_millis(300))
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

    /// SIGTERM, and SIGKILL after `grace`: a shutdown.
    pub fn terminate(&mut self, grace: Duration) {
        if let Some(mut child) = self.child.take() {
            process::terminate(&mut child, grace);
        }
    }

    pub fn is_running(&self) -> bool {
        self.child.is_some()
    }

    /// How many times the server process was started.
    pub fn starts(&self) -> u32 {
        self.starts
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn database_path(&self) -> PathBuf {
        self.dir().join("server.db")
    }

    pub fn database_url(&self) -> String {
        format!("sqlite://{}", self.database_path().display())
    }

    /// The data key `keygen` wrote beside the server's key (it seals personal columns).
    pub fn data_key_path(&self) -> PathBuf {
        self.dir().join("data.key")
    }

    /// Mail is written here as `.eml` files.
    pub fn mail_dir(&self) -> PathBuf {
        self.dir().join("mail")
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn addr(&self) -> SocketAddr {
        SocketAddr::from(([127, 0, 0, 1], self.port))
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr())
    }

    /// The server's public key as `keygen` wrote it (server.pub, base64url), trimmed.
    pub fn public_key_text(&self) -> Result<String, std::io::Error> {
        std::fs::read_to_string(self.dir().join("server.pub")).map(|t| t.trim().to_owned())
    }

    pub fn log_path(&self) -> PathBuf {
        self.dir().join("server.log")
    }

    /// The last 30 lines of the server's log, for messages.
    pub fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(self.log_path()).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(30)..].join("\n")
    }
}

impl Drop for IntakeServer {
    fn drop(&mut self) {
        self.kill();
    }
}
