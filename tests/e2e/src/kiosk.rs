//! One kiosk under test: its own X server, data directory, configuration, `tauri-driver` and
//! WebDriver session, all stopped when the [`KioskRun`] is dropped (also on a panic).

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::json;
use tempfile::TempDir;
use thirtyfour::{Capabilities, WebDriver};

use madoguchi_test_support::ports::{free_ports, wait_for_child};
use madoguchi_test_support::process;
use madoguchi_test_support::xvfb::Xvfb;

use crate::{tools, Orientation};

/// How long a WebDriver request may take before the test fails instead of hanging.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);
/// How long `tauri-driver` and its `WebKitWebDriver` get to listen on their ports.
const DRIVER_START: Duration = Duration::from_secs(20);

/// Which server the kiosk under test knows.
#[derive(Debug, Clone)]
pub enum Link {
    /// The demo configuration's public key and a server URL where nothing listens: the kiosk is
    /// ready and keeps every application in its outbox (the smoke run).
    Offline,
    /// Enrolled with a running server (`madoguchi-kiosk enroll --server URL --code-file FILE
    /// --server-fingerprint FP` before the window opens), pinned to the server's public `key`
    /// (base64url, as in server.pub), which the configuration names too.
    Enrolled {
        url: String,
        code: String,
        key: String,
    },
    /// Neither a key in the configuration nor an enrolment: the kiosk shows 準備中.
    Unenrolled,
}

/// How a kiosk run is set up.
#[derive(Debug, Clone)]
pub struct Setup {
    /// Names the run's log: `artifacts/logs/<name>-<orientation>.log`.
    pub name: String,
    pub link: Link,
    /// `[idle]` warning_after_seconds, countdown_seconds, done_screen_seconds; the demo file's
    /// (90, 30, 120) when `None`.
    pub idle: Option<(u32, u32, u32)>,
    /// `my_number_card = true`: the kiosk offers the My Number card while pcscd has a reader.
    pub my_number_card: bool,
    /// `[printer] address = …`: 完了 prints the receipt slip there (a virtual printer).
    pub printer: Option<String>,
    /// The body of a `[display]` section (closed hours, backlight).
    pub display: Option<String>,
}

impl Setup {
    pub fn new(name: &str, link: Link) -> Setup {
        Setup {
            name: name.to_owned(),
            link,
            idle: None,
            my_number_card: false,
            printer: None,
            display: None,
        }
    }
}

/// The demo configuration's staff PIN (deploy/demo/kiosk.toml), which every run keeps.
pub const STAFF_PIN: &str = "2468";

pub struct KioskRun {
    // Stopped in this order by `Drop::drop` below: driver, kiosk, X server.
    driver: Option<WebDriver>,
    tauri_driver: Option<Child>,
    xvfb: Xvfb,
    config_dir: TempDir,
    data_dir: TempDir,
    /// `XDG_*_HOME` of the kiosk: where WebKit keeps the webview's storage and cache.
    webview_home: TempDir,
    log: PathBuf,
    orientation: Orientation,
}

impl KioskRun {
    /// The smoke run's kiosk: ready, offline, every application kept in the outbox.
    pub async fn start(orientation: Orientation) -> KioskRun {
        KioskRun::start_with(orientation, Setup::new("smoke", Link::Offline)).await
    }

    /// Starts everything and opens the kiosk; returns once the WebDriver session exists.
    pub async fn start_with(orientation: Orientation, setup: Setup) -> KioskRun {
        let kiosk = tools::kiosk_binary();
        let tauri_driver = tools::tauri_driver();
        tools::require("WebKitWebDriver", "webkit2gtk-driver");

        let (width, height) = orientation.size();
        tools::require("Xvfb", "xvfb");
        let xvfb = Xvfb::start(width, height).unwrap_or_else(|e| panic!("{e}"));
        let temp = |prefix: &str| {
            tempfile::Builder::new()
                .prefix(prefix)
                .tempdir()
                .expect("a temporary directory")
        };
        let logs = tools::repo_root().join("artifacts/logs");
        std::fs::create_dir_all(&logs).expect("artifacts/logs can be created");
        let log = logs.join(format!("{}-{}.log", setup.name, orientation.name()));
        let mut run = KioskRun {
            driver: None,
            tauri_driver: None,
            xvfb,
            config_dir: temp("madoguchi-e2e-config-"),
            data_dir: temp("madoguchi-e2e-data-"),
            webview_home: temp("madoguchi-e2e-webview-"),
            log,
            orientation,
        };
        let config = run.write_config(&setup);
        if let Link::Enrolled { url, code, key } = &setup.link {
            enroll(&kiosk, &config, url, code, key);
        }

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
            // The webview's storage, cache and cookies go to this run's own directories (the
            // idle scenario searches them), never to the user's.
            .envs(run.xdg_env())
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

    /// The kiosk's `XDG_DATA_HOME`, `XDG_CACHE_HOME`, … all under this directory: everything the
    /// webview keeps on disk.
    pub fn webview_home(&self) -> &Path {
        self.webview_home.path()
    }

    fn xdg_env(&self) -> Vec<(&'static str, PathBuf)> {
        let home = self.webview_home.path();
        vec![
            ("XDG_DATA_HOME", home.join("data")),
            ("XDG_CACHE_HOME", home.join("cache")),
            ("XDG_CONFIG_HOME", home.join("config")),
            ("XDG_STATE_HOME", home.join("state")),
        ]
    }

    pub fn config_path(&self) -> PathBuf {
        self.config_dir.path().join("kiosk.toml")
    }

    /// The demo configuration with this run's data directory and link to a server. Offline, it
    /// keeps the demo server's public key (so the kiosk is ready) and a server URL where nothing
    /// listens: a demo server on the same machine must not take the queued application out of
    /// this run's outbox.
    fn write_config(&self, setup: &Setup) -> PathBuf {
        let text = config_text(self.data_dir.path(), setup);
        let path = self.config_path();
        write_private(&path, &text);
        path
    }

    fn wait_for_ports(&mut self, ports: &[u16]) {
        let child = self
            .tauri_driver
            .as_mut()
            .expect("tauri-driver was started");
        if let Err(e) = wait_for_child(child, ports, DRIVER_START) {
            panic!("tauri-driver: {e}; see {}", self.log.display());
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
        if let Some(mut child) = self.tauri_driver.take() {
            process::terminate(&mut child, Duration::from_secs(5));
        }
        // tauri-driver kills WebKitWebDriver, which may leave the kiosk behind.
        stop_processes_with_arg(&self.config_path());
        // `xvfb` is dropped after this: a kiosk still connected dies with its X server.
    }
}

/// Stops every process whose command line holds `arg` (this run's unique temporary config path).
fn stop_processes_with_arg(arg: &Path) {
    stop_processes_with_argument(arg);
}

/// Stops every process that has `arg` as one of its arguments (a unique temporary path of a run,
/// so nothing else is ever hit).
pub fn stop_processes_with_argument(arg: impl AsRef<std::ffi::OsStr>) {
    process::stop(&process::with_arg(arg), Duration::from_secs(2));
}

/// Writes a file only its owner can read (mode 0600), as the kiosk wants its configuration and
/// as an enrolment code should be kept.
pub fn write_private(path: &Path, text: &str) {
    use std::io::Write as _;
    use std::os::unix::fs::OpenOptionsExt as _;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .unwrap_or_else(|e| panic!("{} cannot be written: {e}", path.display()));
    file.write_all(text.as_bytes())
        .unwrap_or_else(|e| panic!("{} cannot be written: {e}", path.display()));
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    serde_json::to_string(s).expect("a string serialises")
}

/// The kiosk configuration of a run: deploy/demo/kiosk.toml with the run's data directory, link
/// and idle times. Also used by the web host of the same kiosk (`web-kiosk`).
pub fn config_text(data_dir: &Path, setup: &Setup) -> String {
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
    let mut text = replace(
        "data_dir",
        &toml_string(&data_dir.display().to_string()),
        &text,
    );
    text = replace(
        "office_code",
        &toml_string(crate::server::OFFICE_CODE),
        &text,
    );
    // Port 9 (discard) on loopback: nothing listens there.
    let nowhere = toml_string("http://127.0.0.1:9");
    match &setup.link {
        Link::Offline => {
            text = replace("server_url", &nowhere, &text);
        }
        Link::Enrolled { url, key, .. } => {
            text = replace("server_url", &toml_string(url), &text);
            text = replace("continuation_base_url", &toml_string(url), &text);
            text = replace("server_public_key", &toml_string(key), &text);
        }
        Link::Unenrolled => {
            text = replace("server_url", &nowhere, &text);
            text = replace("server_public_key", "\"\"", &text);
        }
    }
    if setup.my_number_card {
        text = text.replacen("[idle]", "my_number_card = true\n\n[idle]", 1);
    }
    if let Some(address) = &setup.printer {
        text.push_str(&format!(
            "\n[printer]\naddress = {}\n\n[printer.instructions]\nja = \"2階の3番窓口へお越しください。\"\n",
            toml_string(address)
        ));
    }
    if let Some(display) = &setup.display {
        text.push_str(&format!("\n[display]\n{display}\n"));
    }
    if let Some((warning, countdown, done)) = setup.idle {
        text = replace("warning_after_seconds", &warning.to_string(), &text);
        text = replace("countdown_seconds", &countdown.to_string(), &text);
        text = replace("done_screen_seconds", &done.to_string(), &text);
    }
    // Test machines have no sound card: the spoken guidance runs its engines and keeps its log,
    // and plays to ALSA's null device.
    if !text.contains("[speech]") {
        text.push_str("\n[speech]\ndevice = \"null\"\n");
    }
    text
}

/// `madoguchi-kiosk --config CONFIG enroll --server URL --code-file FILE --server-fingerprint FP`
/// (the code in a private file next to the configuration, the fingerprint of `key` as
/// `madoguchi-server keygen` prints it), which must succeed.
pub fn enroll(kiosk: &Path, config: &Path, url: &str, code: &str, key: &str) {
    let code_file = config.with_file_name("enrolment-code");
    write_private(&code_file, &format!("{code}\n"));
    let fingerprint = madoguchi_core::envelope::PublicKey::from_base64(key)
        .unwrap_or_else(|e| panic!("the server's key {key}: {e}"))
        .fingerprint();
    let out = Command::new(kiosk)
        .arg("--config")
        .arg(config)
        .args([
            "enroll",
            "--server",
            url,
            "--server-fingerprint",
            &fingerprint,
        ])
        .arg("--code-file")
        .arg(&code_file)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("{} does not start: {e}", kiosk.display()));
    assert!(
        out.status.success(),
        "`madoguchi-kiosk enroll` failed ({}): {}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
