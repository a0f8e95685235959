//! The kiosk window: fullscreen, undecorated, locked to the bundled UI.
//!
//! The page itself cannot open menus, zoom, or navigate away; what an app cannot block (Alt-Tab,
//! VT switching) is the kiosk image's job (cage, see deploy/).

use madoguchi_core::kiosk_api::KioskInfo;
use tauri::{AppHandle, Runtime, WebviewUrl, WebviewWindow, WebviewWindowBuilder};

pub const LABEL: &str = "kiosk";

/// Runs before the UI in every page load: no context menu, no zoom by gesture, key or wheel,
/// no drag-and-drop of text or links out of the page.
const GUARD_SCRIPT: &str = r#"
(() => {
  const stop = (e) => { e.preventDefault(); };
  const opts = { capture: true, passive: false };
  document.addEventListener('contextmenu', stop, opts);
  document.addEventListener('dragstart', stop, opts);
  document.addEventListener('gesturestart', stop, opts);
  document.addEventListener('gesturechange', stop, opts);
  document.addEventListener('wheel', (e) => { if (e.ctrlKey) e.preventDefault(); }, opts);
  document.addEventListener('touchmove', (e) => { if (e.touches.length > 1) e.preventDefault(); }, opts);
  document.addEventListener('keydown', (e) => {
    const zoomKey = ['+', '-', '=', '0', ';'].includes(e.key);
    if ((e.ctrlKey || e.metaKey) && (zoomKey || ['p', 's', 'o', 'u', 'r'].includes(e.key.toLowerCase()))) e.preventDefault();
    if (e.key === 'F5' || e.key === 'F12' || (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight'))) e.preventDefault();
  }, opts);
})();
"#;

/// Only the bundled UI may be shown: `tauri://localhost` (and its http form on other platforms).
pub fn navigation_allowed(url: &tauri::Url) -> bool {
    matches!(
        (url.scheme(), url.host_str()),
        ("tauri", Some("localhost")) | ("http", Some("tauri.localhost"))
    )
}

/// The global the UI reads the kiosk's info from (`ui/src/platform/tauri.ts`).
const INFO_GLOBAL: &str = "__MADOGUCHI_KIOSK_INFO__";

/// Hands the kiosk's info to every page load before the UI runs, so that the first screen needs
/// no round trip for it. The info is fixed for the life of the process (a new configuration,
/// enrolment or revoke restarts the kiosk); nothing in it is personal.
fn info_script(info: &KioskInfo) -> String {
    match serde_json::to_string(info) {
        Ok(json) => format!("window.{INFO_GLOBAL} = {json};"),
        // Then the UI asks `kiosk_info` as it would anywhere else.
        Err(_) => String::new(),
    }
}

pub fn open<R: Runtime>(app: &AppHandle<R>, info: &KioskInfo) -> tauri::Result<WebviewWindow<R>> {
    let mut builder = WebviewWindowBuilder::new(app, LABEL, WebviewUrl::App("index.html".into()))
        .title("Madoguchi")
        .decorations(false)
        .fullscreen(true)
        .resizable(false)
        .always_on_top(true)
        .initialization_script(GUARD_SCRIPT)
        .initialization_script(info_script(info))
        .on_navigation(|url| {
            let ok = navigation_allowed(url);
            if !ok {
                tracing::warn!(scheme = url.scheme(), "navigation blocked");
            }
            ok
        });
    // Without a window manager (e.g. plain Xvfb) fullscreen is ignored: size to the screen.
    // Wayland has no primary monitor (cage on the kiosk image): take its first one, or GTK keeps
    // the default 800×600, which a window that is not resizable cannot leave.
    if let Some(monitor) = screen(app) {
        let size = monitor.size().to_logical::<f64>(monitor.scale_factor());
        builder = builder
            .inner_size(size.width, size.height)
            .position(0.0, 0.0);
    }
    let window = builder.build()?;
    settle_the_webview(&window);
    Ok(window)
}

/// What the kiosk asks of WebKitGTK itself, beyond what Tauri offers: keep no page once left,
/// and come back when the renderer dies. (Other platforms' webviews are not WebKitGTK; the kiosk
/// runs on Linux.)
#[cfg(target_os = "linux")]
fn settle_the_webview<R: Runtime>(window: &WebviewWindow<R>) {
    let again = window.clone();
    let done = window.with_webview(move |webview| {
        let view = webview.inner();
        keep_no_page_after_it_is_left(&view);
        reload_when_the_renderer_dies(&view, again);
    });
    if let Err(e) = done {
        tracing::warn!(error = %e, "the webview cannot be set up for the kiosk");
    }
}

#[cfg(not(target_os = "linux"))]
fn settle_the_webview<R: Runtime>(_: &WebviewWindow<R>) {}

/// WebKit's defaults are a browser's: the page a reset leaves is kept whole in the back/forward
/// cache (wry turns it on), its DOM with the last visitor's answers still in the web process's
/// memory, where `history.back()` would bring it back. A kiosk shows one page and loads it
/// afresh at each reset: no page is kept once left (the document viewer's cache model and no
/// page cache). The idle test goes back after the wipe and must find a fresh page. (The soak
/// weighed the same with and without: the web process's growth over a day is not these caches.)
#[cfg(target_os = "linux")]
fn keep_no_page_after_it_is_left(view: &webkit2gtk::WebView) {
    use webkit2gtk::{SettingsExt as _, WebContextExt as _, WebViewExt as _};
    if let Some(settings) = view.settings() {
        settings.set_enable_page_cache(false);
    }
    if let Some(context) = view.context() {
        context.set_cache_model(webkit2gtk::CacheModel::DocumentViewer);
    }
}

/// WebKit draws the page in a process of its own; when that process dies (a crash in the
/// graphics driver, the out-of-memory killer) the window stays blank and untouchable until the
/// kiosk is restarted, which systemd does not do since the shell lives on. The shell resets the
/// window as the idle timeout does ([`wipe`]): the attract screen on a new web process, with
/// nothing of the visit that was on screen (it lived in the dead process; what was submitted is
/// in the outbox).
#[cfg(target_os = "linux")]
fn reload_when_the_renderer_dies<R: Runtime>(view: &webkit2gtk::WebView, window: WebviewWindow<R>) {
    use webkit2gtk::WebViewExt as _;
    view.connect_web_process_terminated(move |_, reason| {
        tracing::error!(
            ?reason,
            "the web process ended: showing the attract screen again"
        );
        if let Err(e) = wipe(&window) {
            tracing::error!(error = %e, "the window cannot be reset after the web process ended");
        }
    });
}

/// The screen the kiosk fills: the primary monitor (X11), else the first one (Wayland).
fn screen<R: Runtime>(app: &AppHandle<R>) -> Option<tauri::Monitor> {
    match app.primary_monitor() {
        Ok(Some(monitor)) => Some(monitor),
        _ => app.available_monitors().ok()?.into_iter().next(),
    }
}

/// Clears everything the webview kept of the session and loads the UI afresh.
pub fn wipe<R: Runtime>(window: &WebviewWindow<R>) -> tauri::Result<()> {
    window.clear_all_browsing_data()?;
    let mut url = window.url()?;
    url.set_path("/index.html");
    url.set_query(None);
    url.set_fragment(None);
    window.navigate(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_info_script_sets_the_global_to_the_info_as_json() {
        let info = KioskInfo {
            kiosk_id: "k-1".into(),
            office_code: "13010".into(),
            office_name: "ハローワーク\"窓口\" </script>".into(),
            languages: vec![madoguchi_core::Language::JA],
            idle_seconds: 90,
            countdown_seconds: 30,
            done_seconds: 30,
            ready: true,
            printer: false,
            sleep_after_seconds: None,
        };
        let script = info_script(&info);
        let json = script
            .strip_prefix("window.__MADOGUCHI_KIOSK_INFO__ = ")
            .and_then(|rest| rest.strip_suffix(';'))
            .expect("one assignment");
        let back: KioskInfo = serde_json::from_str(json).expect("the info as JSON");
        assert_eq!(back, info);
    }

    #[test]
    fn only_the_bundled_ui_is_navigable() {
        let ok = |s: &str| navigation_allowed(&tauri::Url::parse(s).expect("url"));
        assert!(ok("tauri://localhost/index.html"));
        assert!(ok("http://tauri.localhost/"));
        assert!(!ok("https://example.com/"));
        assert!(!ok("http://localhost:8080/"));
        assert!(!ok("file:///etc/passwd"));
        assert!(!ok("tauri://evil/"));
    }
}
