//! Screenshots of the whole X screen, numbered in the order the visitor sees them:
//! `artifacts/screens/<orientation>/NN-<name>.png`. With `UPDATE_SCREENS=1`, [`Shots::publish`]
//! replaces the committed set in `docs/screens/<orientation>/` once the run has passed, so a
//! failed run never leaves a half set behind.
//!
//! Taken with ImageMagick's `import -window root` on the run's own display: the WebDriver
//! screenshot command hangs with `WEBKIT_DISABLE_DMABUF_RENDERER=1`, and the X screen is what a
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
        std::fs::create_dir_all(&artifacts)
            .unwrap_or_else(|e| panic!("{} cannot be created: {e}", artifacts.display()));
        remove_pngs(&artifacts);
        let docs = (std::env::var("UPDATE_SCREENS").as_deref() == Ok("1"))
            .then(|| root.join("docs/screens").join(orientation.name()));
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
        self.taken.push(path.clone());
        path
    }

    /// With `UPDATE_SCREENS=1`: replaces `docs/screens/<orientation>/` with this run's set.
    /// Call it only once the run has passed.
    pub fn publish(&self) {
        let Some(docs) = &self.docs else {
            return;
        };
        std::fs::create_dir_all(docs)
            .unwrap_or_else(|e| panic!("{} cannot be created: {e}", docs.display()));
        remove_pngs(docs);
        let mut index = format!(
            "# {} screens\n\nWritten by `UPDATE_SCREENS=1 scripts/smoke` (tests/e2e): the real kiosk \
             under Xvfb, in the order a visitor sees them.\n",
            self.orientation_name()
        );
        for path in &self.taken {
            let name = path.file_name().expect("a screenshot has a file name");
            std::fs::copy(path, docs.join(name)).unwrap_or_else(|e| {
                panic!(
                    "{} cannot be copied to {}: {e}",
                    path.display(),
                    docs.display()
                )
            });
            let name = name.to_string_lossy();
            let title = name.trim_end_matches(".png");
            index.push_str(&format!("\n## {title}\n\n![{title}]({name})\n"));
        }
        std::fs::write(docs.join("README.md"), index)
            .unwrap_or_else(|e| panic!("{}/README.md cannot be written: {e}", docs.display()));
    }

    fn orientation_name(&self) -> String {
        self.artifacts
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
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
