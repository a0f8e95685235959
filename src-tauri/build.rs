//! Declares the kiosk's own commands so that capabilities must grant each one explicitly.

fn main() {
    let commands = &[
        "kiosk_info",
        "check_step",
        "check_all",
        "lookup_postcode",
        "occupation_groups",
        "search_occupations",
        "submit_application",
        "record_survey",
        "wipe_session",
        "ui_ready",
        "staff_status",
        "staff_sync_now",
        "recognise_handwriting",
        "convert_reading",
        "kanji_variants",
    ];
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(commands));
    if let Err(error) = tauri_build::try_build(attributes) {
        println!("cargo::error={error}");
    }
}
