//! The kiosk's Tauri commands: each one a line that calls [`crate::kiosk::Kiosk`].
//!
//! These are the only entry points the web UI has into the shell; `build.rs` declares them and
//! `capabilities/kiosk.json` grants exactly these to the kiosk window.

use madoguchi_core::conversion::{Conversion, Vocabulary};
use madoguchi_core::ink::Ink;
use madoguchi_core::kiosk_api::{
    CommandError, KioskInfo, OccupationGroup, PostcodeLookup, StaffStatus, Submission,
};
use madoguchi_core::{Application, Report, Step};
use std::time::Instant;

use rand_core::{OsRng, TryRngCore as _};
use tauri::{Runtime, State, WebviewWindow};

use crate::kiosk::Kiosk;

#[tauri::command]
pub fn kiosk_info(kiosk: State<'_, Kiosk>) -> KioskInfo {
    kiosk.info()
}

#[tauri::command]
pub fn check_step(kiosk: State<'_, Kiosk>, application: Application, step: Step) -> Report {
    kiosk.check_step(&application, step)
}

#[tauri::command]
pub fn check_all(kiosk: State<'_, Kiosk>, application: Application) -> Report {
    kiosk.check_all(&application)
}

#[tauri::command]
pub fn lookup_postcode(
    kiosk: State<'_, Kiosk>,
    input: String,
) -> Result<PostcodeLookup, CommandError> {
    kiosk.lookup_postcode(&input)
}

#[tauri::command]
pub fn occupation_groups(kiosk: State<'_, Kiosk>) -> Vec<OccupationGroup> {
    kiosk.occupation_groups()
}

#[tauri::command]
pub fn search_occupations(kiosk: State<'_, Kiosk>, query: String) -> Vec<String> {
    kiosk.search_occupations(&query)
}

#[tauri::command]
pub fn submit_application(
    kiosk: State<'_, Kiosk>,
    application: Application,
) -> Result<Submission, CommandError> {
    kiosk.submit(&application, kiosk.now(), &mut OsRng.unwrap_err())
}

#[tauri::command]
pub fn record_survey(
    kiosk: State<'_, Kiosk>,
    receipt: String,
    score: u8,
    reason: String,
) -> Result<(), CommandError> {
    kiosk.record_survey(&receipt, score, &reason, kiosk.now())
}

/// Forgets the last visitor: storage, cache and history of the webview, then a fresh page.
#[tauri::command]
pub fn wipe_session<R: Runtime>(window: WebviewWindow<R>) -> Result<(), CommandError> {
    crate::window::wipe(&window).map_err(|e| {
        tracing::error!("wiping the webview failed: {e}");
        CommandError::new("wipe-failed")
    })
}

/// The UI has painted the attract screen (start-up benchmarks read this line).
#[tauri::command]
pub fn ui_ready(kiosk: State<'_, Kiosk>) {
    tracing::info!(queue = kiosk.queue_depth(), "attract screen painted");
    kiosk.warm_kanji();
}

#[tauri::command]
pub fn recognise_handwriting(
    kiosk: State<'_, Kiosk>,
    ink: Ink,
) -> Result<Vec<String>, CommandError> {
    kiosk.recognise_handwriting(&ink)
}

#[tauri::command]
pub fn convert_reading(
    kiosk: State<'_, Kiosk>,
    reading: String,
    vocabulary: Vocabulary,
) -> Result<Option<Conversion>, CommandError> {
    kiosk.convert_reading(&reading, vocabulary)
}

#[tauri::command]
pub fn kanji_variants(kiosk: State<'_, Kiosk>, character: String) -> Vec<String> {
    kiosk.kanji_variants(&character)
}

/// Staff mode (long press on the office name, then the PIN): delivery health of this kiosk.
#[tauri::command]
pub fn staff_status(kiosk: State<'_, Kiosk>, pin: String) -> Result<StaffStatus, CommandError> {
    kiosk.staff_status(&pin, Instant::now())
}

/// Staff mode: try delivering now.
#[tauri::command]
pub fn staff_sync_now(kiosk: State<'_, Kiosk>, pin: String) -> Result<StaffStatus, CommandError> {
    kiosk.staff_sync_now(&pin, Instant::now())
}
