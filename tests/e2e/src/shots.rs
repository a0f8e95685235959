//! Screenshots, numbered in the order a person sees them: `artifacts/screens/<dir>/NN-<name>.png`
//! where `<dir>` is `portrait`, `landscape` (the kiosk), `phone` or `counter`. With
//! `UPDATE_SCREENS=1`, [`Shots::publish`] replaces the committed pictures in `docs/screens/<dir>/`
//! once the run has passed, so a failed run never leaves a half set behind.
//!
//! Several runs fill one directory, each owning a range of numbers (the smoke walk 01–29, the
//! kiosk's other screens 30–49, …): a set removes and replaces only the files in its own range,
//! and the directory's README indexes whatever pictures it holds.
//!
//! The kiosk is photographed with ImageMagick's `import -window root` on the run's own display:
//! the WebDriver screenshot command hangs with `WEBKIT_DISABLE_DMABUF_RENDERER=1`, and the X
//! screen is what a visitor sees (window placement included). Chromium (the phone, the counter)
//! through WebDriver's screenshot of the viewport.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Duration;

use thirtyfour::WebDriver;

use crate::{tools, touch, Orientation};

/// Time for the compositor to put a painted frame on the X screen.
const SETTLE: Duration = Duration::from_millis(300);

/// The smoke walk's numbers in the kiosk's directories.
pub const SMOKE: Range<u32> = 1..30;
/// The kiosk's other screens: 準備中 and staff mode (scenario 7).
pub const NOT_READY: Range<u32> = 30..40;
/// The idle warning (scenario 5).
pub const IDLE: Range<u32> = 40..50;
/// The phone's and the counter's pages (phone 11–20 are My Page's 職歴 and 障害について, taken by
/// the server's tests: server/tests/server/my_page_sections.rs).
pub const PAGES: Range<u32> = 1..11;
/// The name by touch: the writing pad, 変換, variants and accents (kanji.rs).
pub const KANJI: Range<u32> = 50..60;
/// The official form's 求職情報提供等, 障害について and 自己PR screens (sections.rs), on the
/// kiosk; on the counter, its view of them.
pub const SECTIONS: Range<u32> = 60..70;
pub const COUNTER_SECTIONS: Range<u32> = 70..80;
/// Every item of the official form on the existing screens, filled (items.rs, on the web
/// adapter in Chromium at the kiosk's screen size).
pub const ITEMS: Range<u32> = 80..95;
/// The My Number card's steps on the basic screen (card.rs), in both orientations.
pub const CARD: Range<u32> = 100..110;

/// Every language's attract, consent, basic, review and done screens, in
/// `docs/screens/<language>/`: portrait 140–149, landscape 150–159 (languages.rs).
pub const LANGUAGES_PORTRAIT: Range<u32> = 140..150;
pub const LANGUAGES_LANDSCAPE: Range<u32> = 150..160;
/// Vietnamese (diacritics) and Thai (no spaces between words) in the real webview (WebKitGTK):
/// attract, consent, basic, review and done of each (languages.rs, portrait folder).
pub const LANGUAGES_WEBVIEW: Range<u32> = 200..210;
/// Staff beside the visitor (staff.rs): 係員を呼ぶ and the assist layer on the kiosk (web
/// adapter); on the counter, the live notice of a call.
pub const STAFF: Range<u32> = 110..130;
pub const COUNTER_STAFF: Range<u32> = 30..40;

/// 特大 with 高コントラスト (portrait) and with 黒地 (landscape), every screen of one walk, in
/// `docs/screens/access-<orientation>/`; 「下に表示」 in the portrait folder (access.rs).
pub const ACCESS_PORTRAIT: Range<u32> = 160..190;
pub const ACCESS_LANDSCAPE: Range<u32> = 160..190;
pub const REACH: Range<u32> = 190..195;
/// The attract screen asleep in the office's closed hours (display.rs, portrait folder).
pub const DISPLAY: Range<u32> = 195..200;
/// The done screen with the receipt slip printed, and with the printer out of paper
/// (receipt.rs, portrait folder).
pub const RECEIPT: Range<u32> = 130..135;

enum Source {
    /// An X display, photographed with `import`.
    Display(String),
    /// The WebDriver session's own screenshot (headless Chromium).
    WebDriver,
}

pub struct Shots {
    source: Source,
    dir_name: String,
    artifacts: PathBuf,
    docs: Option<PathBuf>,
    range: Range<u32>,
    next: u32,
    taken: Vec<PathBuf>,
}

impl Shots {
    /// The smoke walk's set for this orientation.
    pub fn new(orientation: Orientation, display: String) -> Shots {
        Shots::of_display(orientation, display, SMOKE)
    }

    /// A set of the kiosk on an X display, numbered within `range`.
    pub fn of_display(orientation: Orientation, display: String, range: Range<u32>) -> Shots {
        tools::require("import", "imagemagick");
        Shots::with_source(Source::Display(display), orientation.name(), range)
    }

    /// A set taken through WebDriver (`phone`, `counter`), numbered within `range`.
    pub fn of_browser(dir_name: &str, range: Range<u32>) -> Shots {
        Shots::with_source(Source::WebDriver, dir_name, range)
    }

    /// Starts a fresh set: earlier pictures in its range are removed, so the set always matches
    /// one run.
    fn with_source(source: Source, dir_name: &str, range: Range<u32>) -> Shots {
        let root = tools::repo_root();
        let artifacts = root.join("artifacts/screens").join(dir_name);
        std::fs::create_dir_all(&artifacts)
            .unwrap_or_else(|e| panic!("{} cannot be created: {e}", artifacts.display()));
        remove_pngs(&artifacts, &range);
        let docs = (std::env::var("UPDATE_SCREENS").as_deref() == Ok("1"))
            .then(|| root.join("docs/screens").join(dir_name));
        Shots {
            source,
            dir_name: dir_name.to_owned(),
            artifacts,
            docs,
            next: range.start,
            range,
            taken: Vec::new(),
        }
    }

    /// Waits for paint, then takes `NN-<name>.png`.
    pub async fn take(&mut self, d: &WebDriver, name: &str) -> PathBuf {
        assert!(
            self.range.contains(&self.next),
            "more screenshots than numbers {:?} in {}",
            self.range,
            self.dir_name
        );
        touch::painted(d).await;
        tokio::time::sleep(SETTLE).await;
        let file = format!("{:02}-{name}.png", self.next);
        self.next += 1;
        let path = self.artifacts.join(&file);
        match &self.source {
            Source::Display(display) => import(display, &path, &file).await,
            Source::WebDriver => {
                let png = tokio::time::timeout(Duration::from_secs(30), d.screenshot_as_png())
                    .await
                    .unwrap_or_else(|_| panic!("the screenshot {file} hung for 30 s"))
                    .unwrap_or_else(|e| panic!("the screenshot {file} failed: {e}"));
                std::fs::write(&path, png)
                    .unwrap_or_else(|e| panic!("{} cannot be written: {e}", path.display()));
            }
        }
        self.taken.push(path.clone());
        path
    }

    /// With `UPDATE_SCREENS=1`: replaces this set's pictures in `docs/screens/<dir>/` and rewrites
    /// the directory's index. Call it only once the run has passed.
    pub fn publish(&self) {
        let Some(docs) = &self.docs else {
            return;
        };
        std::fs::create_dir_all(docs)
            .unwrap_or_else(|e| panic!("{} cannot be created: {e}", docs.display()));
        remove_pngs(docs, &self.range);
        for path in &self.taken {
            let name = path.file_name().expect("a screenshot has a file name");
            std::fs::copy(path, docs.join(name)).unwrap_or_else(|e| {
                panic!(
                    "{} cannot be copied to {}: {e}",
                    path.display(),
                    docs.display()
                )
            });
        }
        write_index(docs, &self.dir_name);
    }

    /// Every picture taken so far, in order.
    pub fn taken(&self) -> &[PathBuf] {
        &self.taken
    }
}

async fn import(display: &str, path: &Path, file: &str) {
    if let Err(e) = madoguchi_test_support::xvfb::screenshot(display, path) {
        panic!("taking {file}: {e}");
    }
}

/// What a directory of pictures shows, for its README.
fn describe_dir(dir_name: &str) -> &'static str {
    match dir_name {
        "phone" => {
            "The visitor's phone (headless Chromium at 390×844) opening the QR code's page: the \
             proof step (only the receipt number until the mailed code is typed), the email \
             code, the password (with what was received, for the proving browser only), My \
             Page, a move (new postcode, the town picked, a new email address proven by its \
             code), then My Page after the counter accepted the application."
        }
        "counter" => {
            "The counter console (headless Chromium at 1920×1080): signing in, today's \
             applications, checking identity, accepting (01–49); correcting a katakana name \
             into kanji and the history of corrections (50 and on); the pages of the printed \
             求職申込書 (form-pdf-page-N, written by the server's test \
             counter_finish::the_printed_form_is_filled_from_the_corrected_application)."
        }
        "access-portrait" | "access-landscape" => {
            "The kiosk's UI on its web adapter in headless Chromium at the kiosk's screen size: \
             one whole application at 特大 (200 %), in 高コントラスト (portrait) or 黒地 \
             (landscape), every screen checked for clipped text and audited by axe-core \
             (160–189); 「下に表示」 (190 and on, portrait)."
        }
        language if madoguchi_core::Language::from_code(language).is_some() => {
            "The kiosk's UI on its web adapter in headless Chromium at the kiosk's screen size, \
             in this language: attract, consent, basic, review and done, portrait (140–149) and \
             landscape (150–159), each checked for clipped text and audited by axe-core."
        }
        _ => {
            "The real kiosk under Xvfb, in the order a visitor sees the screens (01–29: the \
             smoke walk; 30 and on: 準備中, staff mode and the idle warning)."
        }
    }
}

fn write_index(docs: &Path, dir_name: &str) {
    let mut names: Vec<String> = std::fs::read_dir(docs)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".png"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut index = format!(
        "# {dir_name} screens\n\nWritten by `UPDATE_SCREENS=1 scripts/e2e` (tests/e2e). {}\n",
        describe_dir(dir_name)
    );
    for name in &names {
        let title = name.trim_end_matches(".png");
        index.push_str(&format!("\n## {title}\n\n![{title}]({name})\n"));
    }
    std::fs::write(docs.join("README.md"), index)
        .unwrap_or_else(|e| panic!("{}/README.md cannot be written: {e}", docs.display()));
}

/// The number a picture's name starts with (`07-contact.png` → 7).
fn number_of(name: &str) -> Option<u32> {
    name.split('-').next()?.parse().ok()
}

fn remove_pngs(dir: &Path, range: &Range<u32>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.extension().is_some_and(|e| e == "png")
            && number_of(&name).is_some_and(|n| range.contains(&n))
        {
            let _ = std::fs::remove_file(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::number_of;

    #[test]
    fn pictures_are_numbered() {
        assert_eq!(number_of("07-contact.png"), Some(7));
        assert_eq!(number_of("31-idle-warning.png"), Some(31));
        assert_eq!(number_of("README.md"), None);
    }
}
