//! Screenshots of the whole X screen, numbered in the order the visitor sees them:
//! `artifacts/screens/<orientation>/NN-<name>.png`, and with `UPDATE_SCREENS=1` also the
//! committed set in `docs/screens/<orientation>/`.
//!
//! Taken with ImageMagick's `import -window root` on the run's own display: the WebDriver
//! screenshot command hangs with some WebKitGTK renderer settings, and the X screen is what a
//! visitor sees (window placement included).

use std::path::{Path, PathBuf};
use std::time::Duration;

use thirtyfour::WebDriver;

use crate::{tools, touch, Orientation};

/// Time for the compositor to put a painted frame on the X screen.
const SETTLE: Duration = Duration::from_millis(300);

pub struct Shots {
    display: String,
    artifacts: PathBuf,
    docs: Option<PathBuf>,
    next: u32,
    taken: Vec<PathBuf>,
}

impl Shots {
    /// Starts a fresh set for this orientation: earlier pictures of it are removed, so the set
    /// always matches one run.
    pub fn new(orientation: Orientation, display: String) -> Shots {
        tools::require("import", "imagemagick");
        let root = tools::repo_root();
        let artifacts = root.join("artifacts/screens").join(orientation.name());
        let docs = (std::env::var("UPDATE_SCREENS").as_deref() == Ok("1"))
            .then(|| root.join("docs/screens").join(orientation.name()));
        for dir in std::iter::once(&artifacts).chain(docs.as_ref()) {
            std::fs::create_dir_all(dir)
                .unwrap_or_else(|e| panic!("{} cannot be created: {e}", dir.display()));
            remove_pngs(dir);
        }
        Shots {
            display,
            artifacts,
            docs,
            next: 1,
            taken: Vec::new(),
        }
    }

    /// Waits for paint, then takes `NN-<name>.png`.
    pub async fn take(&mut self, d: &WebDriver, name: &str) -> PathBuf {
        touch::painted(d).await;
        tokio::time::sleep(SETTLE).await;
        let file = format!("{:02}-{name}.png", self.next);
        self.next += 1;
        let path = self.artifacts.join(&file);
        let run = tokio::process::Command::new("import")
            .args(["-display", &self.display, "-window", "root"])
            .arg(&path)
            .env("DISPLAY", &self.display)
            .kill_on_drop(true)
            .output();
        match tokio::time::timeout(Duration::from_secs(30), run).await {
            Ok(Ok(out)) if out.status.success() => {}
            Ok(Ok(out)) => panic!(
                "import failed for {file}: {}",
                String::from_utf8_lossy(&out.stderr)
            ),
            Ok(Err(e)) => panic!("import does not run: {e}"),
            Err(_) => panic!("import hung for 30 s taking {file}"),
        }
        if let Some(docs) = &self.docs {
            std::fs::copy(&path, docs.join(&file))
                .unwrap_or_else(|e| panic!("{file} cannot be copied to {}: {e}", docs.display()));
        }
        self.taken.push(path.clone());
        path
    }

    /// Every picture taken so far, in order.
    pub fn taken(&self) -> &[PathBuf] {
        &self.taken
    }
}

fn remove_pngs(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "png") {
            let _ = std::fs::remove_file(path);
        }
    }
}
