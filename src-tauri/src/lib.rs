//! Madoguchi's kiosk: a thin Tauri 2 shell over `madoguchi-core`.
//!
//! `main` parses the command line and the configuration; [`with_kiosk`] wires the commands and state
//! (the same function serves the mock-runtime tests); [`run`] opens the kiosk window.

#[macro_use]
mod command_list;

pub mod assist;
pub mod calls;
pub mod card_reader;
pub mod commands;
pub mod config;
pub mod courier;
pub mod data_updates;
pub mod display;
pub mod enrolment;
pub mod kanji;
pub mod kiosk;
pub mod outbox;
pub mod postcodes;
pub mod provision;
pub mod receipt_printer;
pub mod speech;
pub mod staff;
pub mod steering;
pub mod sync;
pub mod watchdog;
#[cfg(feature = "web-host")]
pub mod web_host;
pub mod window;

use madoguchi_core::i18n::Catalog;
use madoguchi_core::Language;
use rand_core::TryRngCore as _;
use tauri::Runtime;

pub use kiosk::Kiosk;

/// The shell's own messages (configuration errors and the like), compiled in: `shell.ftl` of
/// every language in `locales/`.
pub fn shell_catalog() -> Result<Catalog, madoguchi_core::i18n::I18nError> {
    Catalog::embedded(|file| file == "shell.ftl")
}

/// The language for messages on the console, from `LANG` / `LC_ALL` / `LC_MESSAGES`.
pub fn console_language() -> Language {
    let lang = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    console_language_of(&lang)
}

/// `ja_JP.UTF-8` → 日本語, `pt_BR.UTF-8` → the language of tag `pt-BR` if there is one, then
/// English, then 日本語 (the table's first).
fn console_language_of(locale: &str) -> Language {
    let tag = locale
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    let primary = tag.split('-').next().unwrap_or_default();
    let by_tag = |wanted: &str| {
        Language::all().find(|l| !wanted.is_empty() && l.info().tag.eq_ignore_ascii_case(wanted))
    };
    by_tag(&tag)
        .or_else(|| by_tag(primary))
        .or_else(|| by_tag("en"))
        .unwrap_or(Language::JA)
}

/// `tauri::generate_handler!` over the commands of `command_list.rs`.
macro_rules! tauri_handler {
    ($($name:ident),* $(,)?) => {
        tauri::generate_handler![$(commands::$name),*]
    };
}

/// Adds the kiosk's commands and state to a builder of any runtime (the real one, or the mock
/// one in tests).
pub fn with_kiosk<R: Runtime>(builder: tauri::Builder<R>, kiosk: Kiosk) -> tauri::Builder<R> {
    builder
        .manage(kiosk)
        .invoke_handler(kiosk_commands!(tauri_handler))
}

/// The hands of [`steering`] on the real window and machine.
struct WindowHands<R: Runtime> {
    app: tauri::AppHandle<R>,
}

impl<R: Runtime> steering::Hands for WindowHands<R> {
    fn wipe_screen(&self) -> Result<(), String> {
        use tauri::Manager as _;
        let window = self
            .app
            .get_webview_window(window::LABEL)
            .ok_or_else(|| "the kiosk window is not open".to_owned())?;
        window::wipe(&window).map_err(|e| e.to_string())
    }

    fn restart(&self) {
        // systemd starts the kiosk again (Restart=always), on the attract screen.
        self.app.exit(0);
    }

    fn reboot(&self) -> Result<(), String> {
        steering::reboot_machine()
    }

    fn orientation(&self) -> Option<String> {
        use tauri::Manager as _;
        let size = self
            .app
            .get_webview_window(window::LABEL)?
            .inner_size()
            .ok()?;
        Some(
            if size.height > size.width {
                "portrait"
            } else {
                "landscape"
            }
            .to_owned(),
        )
    }
}

/// Opens the kiosk window and runs until the process is stopped.
pub fn run(kiosk: Kiosk) -> tauri::Result<()> {
    let relay = kiosk.call_relay();
    if kiosk.worker().is_none() {
        tracing::warn!(
            "not enrolled: applications stay in the outbox until `madoguchi-kiosk enroll`"
        );
    }
    with_kiosk(tauri::Builder::default(), kiosk)
        .setup(move |app| {
            use tauri::Manager as _;
            let hands = std::sync::Arc::new(WindowHands {
                app: app.handle().clone(),
            });
            if let Some(worker) = app.state::<Kiosk>().worker_with(hands) {
                tauri::async_runtime::spawn(async move {
                    let mut rng = rand_core::OsRng.unwrap_err();
                    worker.run(&mut rng).await
                });
            }
            if let Some(relay) = relay {
                tauri::async_runtime::spawn(relay.run());
            }
            let info = app.state::<Kiosk>().info();
            window::open(app.handle(), &info)?;
            watchdog::start(app.handle().clone());
            Ok(())
        })
        .run(tauri::generate_context!())
}
