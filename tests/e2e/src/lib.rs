//! The end-to-end harness: the real `madoguchi-kiosk` binary in its own WebKitGTK webview, under
//! a private Xvfb, driven through `tauri-driver` by taps on `data-testid` elements; a real
//! `madoguchi-server` with a fresh database; the visitor's phone and the counter in headless
//! Chromium; and the same kiosk UI on its web adapter (`web-kiosk`, this crate's binary) for the
//! fast scenarios.
//!
//! Why a crate of its own: the unit tests of the other crates must not pay its link time.
//!
//! Promises:
//! - A missing tool (kiosk or server binary, `tauri-driver`, `WebKitWebDriver`, `Xvfb`, `import`,
//!   `chromium`, `chromedriver`, axe-core) fails the test with a message naming it and how to get
//!   it; nothing is ever skipped silently.
//! - Every process a run starts is stopped when its guard is dropped, also when the test panics:
//!   the WebDriver session is deleted, `tauri-driver` gets SIGTERM (SIGKILL would orphan
//!   `WebKitWebDriver`), a kiosk left behind is found by its unique `--config` path and stopped,
//!   the X server goes last; the server, `chromedriver` (and a Chromium left behind, by its unique
//!   profile) and `web-kiosk` likewise.
//! - Screenshots of the kiosk are taken from the X server (`import -window root`), not through
//!   WebDriver, which hangs when `WEBKIT_DISABLE_DMABUF_RENDERER=1` is set.

pub mod axe;
pub mod chrome;
pub mod kiosk;
pub mod mirror;
pub mod overflow;
pub mod page;
pub mod pages;
pub mod search;
pub mod sections;
pub mod server;
pub mod shots;
pub mod tools;
pub mod touch;
pub mod visitor;
pub mod webkiosk;

pub use kiosk::KioskRun;
pub use shots::Shots;

/// The two screens a kiosk is installed with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orientation {
    Portrait,
    Landscape,
}

impl Orientation {
    pub fn name(self) -> &'static str {
        match self {
            Orientation::Portrait => "portrait",
            Orientation::Landscape => "landscape",
        }
    }

    /// Width and height in pixels.
    pub fn size(self) -> (u32, u32) {
        match self {
            Orientation::Portrait => (1080, 1920),
            Orientation::Landscape => (1920, 1080),
        }
    }
}
