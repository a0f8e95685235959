//! The end-to-end suite: one test binary (one link), a module per concern. Run it alone with
//! `scripts/e2e`, which builds the UI, the kiosk and the server first.
//!
//! In the real webview (WebKitGTK under Xvfb, through tauri-driver): the smoke walk (landscape),
//! scenario 1 (portrait, with the server, the phone and the counter), 5 (idle), 6 (offline),
//! 7 (bad configuration, unenrolled, staff mode), 9 (the 求職情報提供等, 障害について and 自己PR
//! screens, to the counter). On the web adapter in headless Chromium
//! (`web-kiosk`): scenarios 2 (every language), 3 (forgiving input), 4 (edit from the review),
//! 9 (every optional item skipped; every item of the official form on the existing screens, to
//! the counter). The attract screen's sleep in closed hours, with its backlight, in the real
//! webview (display).

mod access;
mod application;
mod card;
mod config;
mod counter;
mod display;
mod idle;
mod items;
mod kanji;
mod languages;
mod offline;
mod plan;
mod receipt;
mod renderer;
mod sections;
mod smoke;
mod speech;
mod staff;
mod web;

/// The `web-kiosk` binary of this crate, built by cargo for these tests.
pub const WEB_KIOSK: &str = env!("CARGO_BIN_EXE_web-kiosk");
