//! One kiosk under test: its own X server, data directory, configuration, `tauri-driver` and
//! WebDriver session, all stopped when the [`KioskRun`] is dropped (also on a panic).

use std::fs::File;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;
use tempfile::TempDir;
use thirtyfour::{Capabilities, WebDriver};

use crate::xvfb::Xvfb;
use crate::{tools, Orientation};

/// How long a WebDriver request may take before the test fails instead of hanging.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);
/// How long `tauri-driver` and its `WebKitWebDriver` get to listen on their ports.
const DRIVER_START: Duration = Duration::from_secs(20);

pub struct KioskRun {
    // Stopped in this order by `Drop::drop` below: driver, kiosk, X server.
    driver: Option<WebDriver>,
    tauri_driver: Option<Child>,
    xvfb: Xvfb,
    config_dir: TempDir,
    data_dir: TempDir,
    log: PathBuf,
    orientation: Orientation,
}

impl KioskRun {
    /// Starts everything and opens the kiosk; returns once the WebDriver session exists.
    pub async fn start(orientation: Orientation) -> KioskRun {
        let kiosk = tools::kiosk_binary();
        let tauri_driver = tools::tauri_driver();
        tools::require("WebKitWebDriver", "webkit2gtk-driver");

        let (width, height) = orientation.size();
        let xvfb = Xvfb::start(width, height);
        let config_dir = tempfile::Builder::new()
            .prefix("madoguchi-e2e-config-")
            .tempdir()
            .expect("a temporary directory for the configuration");
        let data_dir = tempfile::Builder::new()
            .prefix("madoguchi-e2e-data-")
            .tempdir()
            .expect("a temporary data directory");
        let logs = tools::repo_root().join("artifacts/logs");
        std::fs::create_dir_all(&logs).expect("artifacts/logs can be created");
        let log = logs.join(format!("{}.log", orientation.name()));
        let mut run = KioskRun {
            driver: None,
            tauri_driver: None,
            xvfb,
            config_dir,
            data_dir,
            log,
            orientation,
        };
        let config = run.write_config();

        let [port, native_port] = free_ports();
        let log_file = File::create(&run.log).expect("the driver log can be created");
        let child = Command::new(&tauri_driver)
            .arg("--port")
            .arg(port.to_string())
            .arg("--native-port")
            .arg(native_port.to_string())
            .env("DISPLAY", run.xvfb.display())
            // No accessibility bus under Xvfb: without this GTK waits for it and logs warnings.
            .env("NO_AT_BRIDGE", "1")
            .stdin(Stdio::null())
            .stdout(log_file.try_clone().expect("log handle"))
            .stderr(log_file)
            .spawn()
            .unwrap_or_else(|e| panic!("{} does not start: {e}", tauri_driver.display()));
        run.tauri_driver = Some(child);
        run.wait_for_ports(&[port, native_port]);

        let caps: Capabilities = json!({
            "browserName": "wry",
            "tauri:options": {
                "application": kiosk,
                "args": ["--config", config],
            },
        })
        .as_object()
        .expect("capabilities are an object")
        .clone()
        .into();
        let session = WebDriver::builder(format!("http://127.0.0.1:{port}"), caps)
            .request_timeout(REQUEST_TIMEOUT);
        let driver = tokio::time::timeout(REQUEST_TIMEOUT, session)
            .await
            .unwrap_or_else(|_| {
                panic!(
                    "no WebDriver session within {REQUEST_TIMEOUT:?}; see {}",
                    run.log.display()
                )
            })
            .unwrap_or_else(|e| {
                panic!(
                    "the WebDriver session does not start: {e}; see {}",
                    run.log.display()
                )
            });
        run.driver = Some(driver);
        run
    }

    pub fn driver(&self) -> &WebDriver {
        self.driver.as_ref().expect("the session is open")
    }

    pub fn orientation(&self) -> Orientation {
        self.orientation
    }

    /// `DISPLAY` of this run's X server.
    pub fn display(&self) -> String {
        self.xvfb.display()
    }

    /// The kiosk's data directory (`outbox.db` lives here).
    pub fn data_dir(&self) -> &Path {
        self.data_dir.path()
    }

    /// Where `tauri-driver`, `WebKitWebDriver` and the kiosk write their output.
    pub fn log(&self) -> &Path {
        &self.log
    }

    fn config_path(&self) -> PathBuf {
        self.config_dir.path().join("kiosk.toml")
    }

    /// The demo configuration (it carries the demo server's public key, so the kiosk is ready)
    /// with this run's data directory, and a server URL where nothing listens: a demo server
    /// on the same machine must not take the queued application out of this run's outbox.
    fn write_config(&self) -> PathBuf {
        let demo = tools::repo_root().join("deploy/demo/kiosk.toml");
        let text = std::fs::read_to_string(&demo)
            .unwrap_or_else(|e| panic!("{} cannot be read: {e}", demo.display()));
        let replace = |key: &str, value: &str, text: &str| {
            let mut found = false;
            let lines: Vec<String> = text
                .lines()
                .map(|line| {
                    if line.trim_start().starts_with(&format!("{key} ")) {
                        found = true;
                        format!("{key} = {value}")
                    } else {
                        line.to_owned()
                    }
                })
                .collect();
            assert!(found, "{} has no `{key}` line", demo.display());
            lines.join("\n") + "\n"
        };
        let data_dir = toml_string(&self.data_dir.path().display().to_string());
        let text = replace("data_dir", &data_dir, &text);
        // Port 9 (discard) on loopback: nothing listens there.
        let text = replace("server_url", &toml_string("http://127.0.0.1:9"), &text);
        let path = self.config_path();
        std::fs::write(&path, text).expect("the kiosk configuration can be written");
        path
    }

    fn wait_for_ports(&mut self, ports: &[u16]) {
        let deadline = Instant::now() + DRIVER_START;
        for &port in ports {
            let addr = SocketAddr::from(([127, 0, 0, 1], port));
            loop {
                if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
                    break;
                }
                if let Some(child) = self.tauri_driver.as_mut() {
                    if let Ok(Some(status)) = child.try_wait() {
                        panic!(
                            "tauri-driver exited ({status}) before listening; see {}",
                            self.log.display()
                        );
                    }
                }
                assert!(
                    Instant::now() < deadline,
                    "nothing listens on port {port} after {DRIVER_START:?}; see {}",
                    self.log.display()
                );
                std::thread::sleep(Duration::from_millis(100));
            }
        }
    }

    /// Ends the session the polite way (the kiosk closes with it). Dropping does the rest.
    pub async fn quit(mut self) {
        if let Some(driver) = self.driver.take() {
            let _ = tokio::time::timeout(REQUEST_TIMEOUT, driver.quit()).await;
        }
    }
}

impl Drop for KioskRun {
    fn drop(&mut self) {
        // Not quit (a failure): thirtyfour's own synchronous clean-up waits out the whole request
        // timeout here, so the session is left to die with the processes below.
        if let Some(driver) = self.driver.take() {
            let _ = driver.leak();
        }
        if let Some(child) = self.tauri_driver.take() {
            terminate(child);
        }
        // tauri-driver kills WebKitWebDriver, which may leave the kiosk behind.
        stop_processes_with_arg(&self.config_path());
        // `xvfb` is dropped after this: a kiosk still connected dies with its X server.
    }
}

/// SIGTERM, a few seconds' grace, then SIGKILL.
fn terminate(mut child: Child) {
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .stderr(Stdio::null())
        .status();
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Stops every process whose command line holds `arg` (this run's unique temporary config path).
fn stop_processes_with_arg(arg: &Path) {
    let needle = arg.as_os_str().as_encoded_bytes();
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .filter(|s| s.bytes().all(|b| b.is_ascii_digit()))
        else {
            continue;
        };
        let Ok(cmdline) = std::fs::read(entry.path().join("cmdline")) else {
            continue;
        };
        if cmdline.split(|&b| b == 0).any(|a| a == needle) {
            let _ = Command::new("kill")
                .arg("-TERM")
                .arg(pid)
                .stderr(Stdio::null())
                .status();
        }
    }
}

/// Loopback ports free at the moment (held together, so they differ).
fn free_ports<const N: usize>() -> [u16; N] {
    let listeners: Vec<TcpListener> = (0..N)
        .map(|_| TcpListener::bind(("127.0.0.1", 0)).expect("a free loopback port"))
        .collect();
    std::array::from_fn(|i| {
        listeners[i]
            .local_addr()
            .expect("a bound port has an address")
            .port()
    })
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    serde_json::to_string(s).expect("a string serialises")
}
