//! An empty page in a Tauri 2 window opened the way the kiosk opens its own (undecorated,
//! fullscreen, sized to the screen): the floor under the kiosk's start-up time and memory.
//! Prints `bare page painted painted_ms=N` to stderr when the page has painted (N on the page's
//! own clock, as the kiosk's UI reports its `PageStart`).

use tauri::{WebviewUrl, WebviewWindowBuilder};

#[tauri::command]
fn painted(at: f64) {
    eprintln!("bare page painted painted_ms={at:.0}");
}

fn main() {
    let result = tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![painted])
        .setup(|app| {
            let mut builder =
                WebviewWindowBuilder::new(app, "bare", WebviewUrl::App("index.html".into()))
                    .title("bare")
                    .decorations(false)
                    .fullscreen(true)
                    .resizable(false)
                    .always_on_top(true);
            if let Ok(Some(monitor)) = app.primary_monitor() {
                let size = monitor.size().to_logical::<f64>(monitor.scale_factor());
                builder = builder
                    .inner_size(size.width, size.height)
                    .position(0.0, 0.0);
            }
            builder.build()?;
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("madoguchi-bench-bare: {e}");
        std::process::exit(1);
    }
}
