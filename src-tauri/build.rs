//! Declares the kiosk's own commands so that capabilities must grant each one explicitly.

include!("src/command_list.rs");

macro_rules! names {
    ($($name:ident),* $(,)?) => {
        &[$(stringify!($name)),*]
    };
}

fn main() {
    println!("cargo::rerun-if-changed=src/command_list.rs");
    let commands: &[&str] = kiosk_commands!(names);
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(commands));
    if let Err(error) = tauri_build::try_build(attributes) {
        println!("cargo::error={error}");
    }
}
