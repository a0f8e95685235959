//! The kiosk UI on its web adapter: `web-kiosk` (this crate's binary: the real `Kiosk` behind
//! `POST /kiosk-api/<command>`) with a run's own configuration and data directory, and headless
//! Chromium at the kiosk's screen size showing it. Both stop when the run is dropped.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use tempfile::TempDir;
use thirtyfour::WebDriver;

use crate::chrome::Chrome;
use crate::kiosk::{config_text, Link, Setup};
use crate::{tools, Orientation};
use madoguchi_test_support::ports::{free_port, wait_for_child, NotListening};

pub struct WebKioskRun {
    chrome: Option<Chrome>,
    host: Option<Child>,
    data_dir: TempDir,
    _config_dir: TempDir,
    log: PathBuf,
    url: String,
}

impl WebKioskRun {
    /// `bin` is the `web-kiosk` binary (`env!("CARGO_BIN_EXE_web-kiosk")` in a test).
    pub async fn start(bin: &Path, orientation: Orientation, setup: Setup) -> WebKioskRun {
        assert!(
            bin.is_file(),
            "{} is missing: `scripts/build-debug`",
            bin.display()
        );
        let temp = |prefix: &str| {
            tempfile::Builder::new()
                .prefix(prefix)
                .tempdir()
                .expect("a temporary directory")
        };
        let data_dir = temp("madoguchi-e2e-web-data-");
        let config_dir = temp("madoguchi-e2e-web-config-");
        let config = config_dir.path().join("kiosk.toml");
        crate::kiosk::write_private(&config, &config_text(data_dir.path(), &setup));
        let logs = tools::repo_root().join("artifacts/logs");
        std::fs::create_dir_all(&logs).expect("artifacts/logs can be created");
        let log = logs.join(format!("web-kiosk-{}.log", setup.name));
        let log_file = std::fs::File::create(&log).expect("the web kiosk's log can be created");
        let port = free_port();
        let mut command = Command::new(bin);
        command
            .arg("--config")
            .arg(&config)
            .arg("--listen")
            .arg(format!("127.0.0.1:{port}"))
            .arg("--ui")
            .arg(tools::repo_root().join("ui/dist"))
            .stdin(Stdio::null())
            .stdout(log_file.try_clone().expect("log handle"))
            .stderr(log_file);
        if let Link::Enrolled { url, code, .. } = &setup.link {
            // The code goes in a private file, never on the command line.
            let code_file = config_dir.path().join("enrolment-code");
            crate::kiosk::write_private(&code_file, &format!("{code}\n"));
            command
                .arg("--enroll-server")
                .arg(url)
                .arg("--code-file")
                .arg(code_file);
        }
        let child = command
            .spawn()
            .unwrap_or_else(|e| panic!("{} does not start: {e}", bin.display()));
        let mut run = WebKioskRun {
            chrome: None,
            host: Some(child),
            data_dir,
            _config_dir: config_dir,
            log,
            url: format!("http://127.0.0.1:{port}/"),
        };
        run.wait_for_port(port);
        let chrome = Chrome::start(&format!("web-kiosk-{}", setup.name), orientation.size()).await;
        chrome
            .driver()
            .goto(&run.url)
            .await
            .unwrap_or_else(|e| panic!("{} does not open: {e}", run.url));
        run.chrome = Some(chrome);
        run
    }

    pub fn driver(&self) -> &WebDriver {
        self.chrome.as_ref().expect("the browser is open").driver()
    }

    pub fn chrome(&self) -> &Chrome {
        self.chrome.as_ref().expect("the browser is open")
    }

    pub fn data_dir(&self) -> &Path {
        self.data_dir.path()
    }

    pub fn log(&self) -> &Path {
        &self.log
    }

    fn wait_for_port(&mut self, port: u16) {
        let child = self.host.as_mut().expect("web-kiosk was started");
        match wait_for_child(child, &[port], Duration::from_secs(30)) {
            Ok(()) => {}
            Err(e @ NotListening::Exited(_)) => panic!(
                "web-kiosk: {e}: {}",
                std::fs::read_to_string(&self.log).unwrap_or_default()
            ),
            Err(e) => panic!("web-kiosk: {e}; see {}", self.log.display()),
        }
    }

    pub async fn quit(mut self) {
        if let Some(chrome) = self.chrome.take() {
            chrome.quit().await;
        }
    }
}

impl Drop for WebKioskRun {
    fn drop(&mut self) {
        drop(self.chrome.take());
        if let Some(mut child) = self.host.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
