//! Headless Chromium through `chromedriver` (Debian's `chromium` and `chromium-driver`): the
//! visitor's phone, the counter's browser, and the kiosk UI on its web adapter. Each [`Chrome`]
//! has its own fresh profile and driver port; dropping it ends the session and stops the driver,
//! also when a test panics.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::json;
use tempfile::TempDir;
use thirtyfour::{Capabilities, WebDriver};

use madoguchi_test_support::ports::{free_port, wait_for_child};

use crate::tools;

const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

/// A phone held upright (CSS pixels).
pub const PHONE: (u32, u32) = (390, 844);
/// The counter's desktop screen.
pub const DESKTOP: (u32, u32) = (1920, 1080);

pub struct Chrome {
    driver: Option<WebDriver>,
    chromedriver: Option<Child>,
    _profile: TempDir,
    log: PathBuf,
}

impl Chrome {
    /// Starts `chromedriver` and a headless Chromium whose viewport is `width`×`height`.
    /// `name` names the log: `artifacts/logs/chromedriver-<name>.log`.
    pub async fn start(name: &str, (width, height): (u32, u32)) -> Chrome {
        let chromium = tools::require("chromium", "chromium");
        let chromedriver = tools::require("chromedriver", "chromium-driver");
        let profile = tempfile::Builder::new()
            .prefix("madoguchi-e2e-chromium-")
            .tempdir()
            .expect("a temporary Chromium profile");
        let logs = tools::repo_root().join("artifacts/logs");
        std::fs::create_dir_all(&logs).expect("artifacts/logs can be created");
        let log = logs.join(format!("chromedriver-{name}.log"));
        let port = free_port();
        let child = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .arg(format!("--log-path={}", log.display()))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{} does not start: {e}", chromedriver.display()));
        let mut chrome = Chrome {
            driver: None,
            chromedriver: Some(child),
            _profile: profile,
            log,
        };
        chrome.wait_for_port(port);
        let caps: Capabilities = json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium,
                "args": [
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--test-type",
                    "--hide-scrollbars",
                    "--force-device-scale-factor=1",
                    "--lang=ja",
                    format!("--window-size={width},{height}"),
                    format!("--user-data-dir={}", chrome._profile.path().display()),
                ],
                // No Translate bubble on Japanese pages.
                "prefs": { "translate": { "enabled": false }, "intl": { "accept_languages": "ja" } },
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
                    "no Chromium session within {REQUEST_TIMEOUT:?}; see {}",
                    chrome.log.display()
                )
            })
            .unwrap_or_else(|e| {
                panic!(
                    "the Chromium session does not start: {e}; see {}",
                    chrome.log.display()
                )
            });
        chrome.driver = Some(driver);
        chrome.fit_viewport(width, height).await;
        chrome
    }

    pub fn driver(&self) -> &WebDriver {
        self.driver.as_ref().expect("the session is open")
    }

    /// Sizes the window so that the viewport (what the page sees) is exactly `width`×`height`.
    pub async fn fit_viewport(&self, width: u32, height: u32) {
        let d = self.driver();
        for _ in 0..3 {
            let inner = d
                .execute(
                    "return [window.innerWidth, window.innerHeight];",
                    Vec::new(),
                )
                .await
                .ok()
                .and_then(|r| {
                    let v = r.json().as_array()?.clone();
                    Some((v.first()?.as_i64()?, v.get(1)?.as_i64()?))
                });
            let Some((w, h)) = inner else { return };
            if (w, h) == (i64::from(width), i64::from(height)) {
                return;
            }
            let Ok(rect) = d.get_window_rect().await else {
                return;
            };
            let _ = d
                .set_window_rect(
                    rect.x,
                    rect.y,
                    (rect.width + i64::from(width) - w).max(100) as u32,
                    (rect.height + i64::from(height) - h).max(100) as u32,
                )
                .await;
        }
    }

    fn wait_for_port(&mut self, port: u16) {
        let child = self
            .chromedriver
            .as_mut()
            .expect("chromedriver was started");
        if let Err(e) = wait_for_child(child, &[port], Duration::from_secs(20)) {
            panic!("chromedriver: {e}; see {}", self.log.display());
        }
    }

    /// Ends the session the polite way (Chromium closes with it). Dropping does the rest.
    pub async fn quit(mut self) {
        if let Some(driver) = self.driver.take() {
            let _ = tokio::time::timeout(REQUEST_TIMEOUT, driver.quit()).await;
        }
    }
}

impl Drop for Chrome {
    fn drop(&mut self) {
        if let Some(driver) = self.driver.take() {
            let _ = driver.leak();
        }
        if let Some(mut child) = self.chromedriver.take() {
            // chromedriver ends the browsers it started when it is stopped with SIGTERM.
            madoguchi_test_support::process::terminate(&mut child, Duration::from_secs(5));
        }
        // A browser left behind is found by its unique profile directory.
        crate::kiosk::stop_processes_with_argument(format!(
            "--user-data-dir={}",
            self._profile.path().display()
        ));
    }
}
