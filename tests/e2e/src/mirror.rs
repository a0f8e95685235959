//! A visitor's walk made on a second kiosk through its screen alone: each tap the harness makes on
//! the kiosk here is also made, at the same place, on the touchscreen of a kiosk in a QEMU VM
//! (its usb-tablet, through QMP), once the VM's screen shows what the screen here shows. The
//! kiosk image's test (`scripts/image-test`, with `vm-walk`) makes an application this way: the
//! image runs exactly as an office installs it, and nothing drives it from inside.
//!
//! The kiosk here is the oracle: it finds each element and says where it is; both screens have
//! the same size and the same UI, so the place is the same. Before a tap the VM must have caught
//! up: its screen still from one look to the next, and like the screen here (both compared as
//! 120 × 68 grey thumbnails, where two renderers' line breaks and a pixel's shift vanish but a
//! screen, an open keyboard or a page scrolled do not); after a tap that changed the screen here,
//! the VM's must have changed too. Here the tap is made by the X server's pointer (XTest), there
//! by the VM's tablet: the same real input on both.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use image::imageops::FilterType;
use madoguchi_test_support::xvfb;
use serde_json::{json, Value};
use thirtyfour::{WebDriver, WebElement};

/// Thumbnail size of the comparisons.
const THUMB: (u32, u32) = (120, 68);
/// A screen still between two looks: caret blinks and the pointer stay below this.
const STILL: f32 = 0.006;
/// The VM's screen like the one here: the attract screen in the two renderers measures 0.020 (its
/// office name and its own line breaks differing), two form screens (住所 and 公開) 0.11, an open
/// keyboard against a closed one 0.38 (the thumbnail test's pictures).
const LIKE: f32 = 0.05;
/// How long the VM may take to catch up with one tap (software-emulated CPU, software GL).
const CATCH_UP: Duration = Duration::from_secs(240);

static MIRROR: OnceLock<ScreenMirror> = OnceLock::new();

/// Makes every tap of the harness (`touch::tap`) in this process a tap on the VM's screen as
/// well.
pub fn install(mirror: ScreenMirror) {
    if MIRROR.set(mirror).is_err() {
        panic!("a screen mirror is installed already");
    }
}

/// The installed mirror, if any.
pub fn active() -> Option<&'static ScreenMirror> {
    MIRROR.get()
}

/// The VM's screen and touchscreen, and what was seen at the last tap.
pub struct ScreenMirror {
    qmp: Mutex<Qmp>,
    display: String,
    size: (u32, u32),
    dir: PathBuf,
    seen: Mutex<Seen>,
}

#[derive(Default)]
struct Seen {
    taps: usize,
    /// Thumbnails of both screens when the last tap was made.
    here: Option<Vec<f32>>,
    there: Option<Vec<f32>>,
}

/// Where an element is on the screen, and whether it is wholly in view (-1 above, 1 below).
struct Place {
    x: i64,
    y: i64,
    off: i64,
}

impl ScreenMirror {
    /// Connects to the VM's QMP socket; `display` is the X display of the kiosk here, `size`
    /// both screens' size, `dir` where the VM's screendumps go.
    pub fn connect(
        qmp: &Path,
        display: String,
        size: (u32, u32),
        dir: &Path,
    ) -> Result<ScreenMirror, String> {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        // QEMU writes the screendumps from its own working directory.
        let dir = dir
            .canonicalize()
            .map_err(|e| format!("{}: {e}", dir.display()))?;
        Ok(ScreenMirror {
            qmp: Mutex::new(Qmp::connect(qmp)?),
            display,
            size,
            dir,
            seen: Mutex::new(Seen::default()),
        })
    }

    /// Waits until the VM's screen has changed since the last tap and come to rest, and keeps
    /// its screendump as `<dir>/<name>.png`. Not compared with the screen here: a screen of the
    /// kiosk's own (完了: its receipt number, its QR code with its server's address) differs.
    pub async fn look(&self, name: &str) -> Result<PathBuf, String> {
        self.catch_up_with(name, false).await?;
        let file = self.dir.join(format!("{name}.png"));
        std::fs::copy(self.dir.join("vm.png"), &file).map_err(|e| e.to_string())?;
        Ok(file)
    }

    /// How many taps both screens have had.
    pub fn taps(&self) -> usize {
        self.seen.lock().map(|s| s.taps).unwrap_or(0)
    }

    /// Taps `element` here and at the same place on the VM's screen, once the VM has caught up.
    pub async fn tap(
        &self,
        d: &WebDriver,
        element: &WebElement,
        testid: &str,
    ) -> Result<(), String> {
        let started = Instant::now();
        let mut place = place_of(d, element).await?;
        // An element below or above the view (or under the keyboard) is scrolled to with the
        // wheel on the VM's screen, as a visitor's finger would drag. Two input stacks (X11 here,
        // Wayland there) turn a notch into different distances, so the page here follows the VM:
        // the distance the VM's page moved is found by laying its screen over this one, and the
        // page here is scrolled by exactly that much.
        for _ in 0..16 {
            if place.off == 0 {
                break;
            }
            self.catch_up(testid).await?;
            let scroller = scroller_of(d, element, 0).await?;
            let (x, y) = (
                (scroller.0 + scroller.2) / 2,
                scroller.1 + (scroller.3 - scroller.1) / 3,
            );
            let button = if place.off > 0 {
                "wheel-down"
            } else {
                "wheel-up"
            };
            self.vm_press(x, y, button)?;
            self.follow_vm(d, element, testid).await?;
            place = place_of(d, element).await?;
        }
        if place.off != 0 {
            return Err("still out of view after 16 turns of the wheel".into());
        }
        // The pages may also have come to rest at different places by themselves (the keyboard
        // closing gives the page its height back, and each renderer keeps what it can of its
        // place): before a tap on the page, the page here is brought to where the VM's is.
        if !testid.starts_with("key-") && self.follow_vm(d, element, testid).await? {
            place = place_of(d, element).await?;
            if place.off != 0 {
                return Err("out of view where the VM's page is".into());
            }
        }
        let (here, there) = self.catch_up(testid).await?;
        xvfb::click(&self.display, place.x, place.y)?;
        self.vm_press(place.x, place.y, "left")?;
        let mut seen = self.seen.lock().map_err(|e| e.to_string())?;
        seen.taps += 1;
        seen.here = Some(here);
        seen.there = Some(there);
        println!(
            "tap {:3} `{testid}` at {},{}: the VM caught up in {} ms",
            seen.taps,
            place.x,
            place.y,
            started.elapsed().as_millis()
        );
        Ok(())
    }

    /// Waits until the VM's screen is still, like the screen here, and (if the last tap changed
    /// the screen here) changed since that tap. Returns both thumbnails.
    async fn catch_up(&self, what: &str) -> Result<(Vec<f32>, Vec<f32>), String> {
        self.catch_up_with(what, true).await
    }

    async fn catch_up_with(
        &self,
        what: &str,
        must_be_like: bool,
    ) -> Result<(Vec<f32>, Vec<f32>), String> {
        let here_png = self.dir.join("here.png");
        let vm_png = self.dir.join("vm.png");
        xvfb::screenshot(&self.display, &here_png)?;
        let mut here = thumbnail(&here_png)?;
        let mut here_taken = Instant::now();
        let must_change = {
            let seen = self.seen.lock().map_err(|e| e.to_string())?;
            match (&seen.here, &seen.there) {
                (Some(h), Some(t)) => {
                    let moved = distance(h, &here);
                    (moved > LIKE / 2.0).then(|| (t.clone(), moved / 2.0))
                }
                _ => None,
            }
        };
        let started = Instant::now();
        let deadline = started + CATCH_UP;
        let mut last: Option<Vec<f32>> = None;
        let mut told = false;
        // Both screens of this moment, kept as `<prefix>-here.png` and `<prefix>-vm.png`.
        let keep = |prefix: &str| {
            let _ = std::fs::copy(&here_png, self.dir.join(format!("{prefix}-here.png")));
            let _ = std::fs::copy(&vm_png, self.dir.join(format!("{prefix}-vm.png")));
        };
        loop {
            let there = self.screendump()?;
            let still = last.as_ref().map(|l| distance(l, &there));
            let like = distance(&there, &here);
            let changed = must_change
                .as_ref()
                .map(|(before, by)| distance(before, &there) >= *by);
            if still.is_some_and(|s| s < STILL)
                && (like < LIKE || !must_be_like)
                && changed.unwrap_or(true)
            {
                return Ok((here, there));
            }
            if !told && started.elapsed() > Duration::from_secs(15) {
                // Slow to catch up: both screens of this moment for whoever reads the log.
                told = true;
                keep(&format!("slow-{what}"));
                println!(
                    "  `{what}`: after 15 s the VM's screen is unlike this one by {like:.3}, \
                     still by {still:?}, changed since the last tap: {changed:?}"
                );
            }
            if Instant::now() > deadline {
                keep("stuck");
                return Err(format!(
                    "the VM did not catch up before `{what}` in {CATCH_UP:?}: unlike the screen \
                     here by {like:.3} (at most {LIKE}), still by {still:?} (below {STILL}), \
                     changed since the last tap: {changed:?}; both screens in {}",
                    self.dir.display()
                ));
            }
            // The screen here may have been caught in a moment of change (a fade): look again.
            if here_taken.elapsed() > Duration::from_secs(10) {
                xvfb::screenshot(&self.display, &here_png)?;
                here = thumbnail(&here_png)?;
                here_taken = Instant::now();
            }
            last = Some(there);
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
    }

    /// Once the VM's screen is still, scrolls the element's scrolling container here to where
    /// the VM's came to rest, found by laying the VM's screen over this one (a few rounds, as the
    /// page here may not land exactly). Whether the page here moved.
    async fn follow_vm(
        &self,
        d: &WebDriver,
        element: &WebElement,
        what: &str,
    ) -> Result<bool, String> {
        self.vm_still(what).await?;
        let here_png = self.dir.join("here.png");
        let mut moved = false;
        for _ in 0..3 {
            let scroller = scroller_of(d, element, 0).await?;
            xvfb::screenshot(&self.display, &here_png)?;
            let found = best_shift(
                &grey(&self.dir.join("vm.png"))?,
                &grey(&here_png)?,
                scroller,
                600,
            );
            let Some(shift) = trusted(found) else { break };
            println!("  `{what}`: the page here follows the VM's by {shift} px");
            scroller_of(d, element, shift).await?;
            crate::page::settled(d, element).await;
            moved = true;
        }
        Ok(moved)
    }

    /// Waits until the VM's screen is still from one look to the next (its last screendump then
    /// in `<dir>/vm.png`).
    async fn vm_still(&self, what: &str) -> Result<(), String> {
        let deadline = Instant::now() + CATCH_UP;
        let mut last: Option<Vec<f32>> = None;
        loop {
            tokio::time::sleep(Duration::from_millis(300)).await;
            let there = self.screendump()?;
            if last.as_ref().is_some_and(|l| distance(l, &there) < STILL) {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!(
                    "the VM's screen did not come to rest before `{what}`"
                ));
            }
            last = Some(there);
        }
    }

    /// The VM's screen into `<dir>/vm.png`, as a thumbnail.
    fn screendump(&self) -> Result<Vec<f32>, String> {
        let vm_png = self.dir.join("vm.png");
        self.qmp_cmd(
            "screendump",
            json!({ "filename": vm_png.to_string_lossy(), "format": "png" }),
        )?;
        thumbnail(&vm_png)
    }

    /// A press and release of `button` at pixel x,y of the VM's usb-tablet (axes 0..32767).
    fn vm_press(&self, x: i64, y: i64, button: &str) -> Result<(), String> {
        let scale = |v: i64, size: u32| v * 32767 / i64::from(size.max(2) - 1);
        let moved = json!({ "events": [
            { "type": "abs", "data": { "axis": "x", "value": scale(x, self.size.0) } },
            { "type": "abs", "data": { "axis": "y", "value": scale(y, self.size.1) } },
        ]});
        self.qmp_cmd("input-send-event", moved)?;
        let press = |down: bool| json!({ "events": [{ "type": "btn", "data": { "down": down, "button": button } }] });
        self.qmp_cmd("input-send-event", press(true))?;
        std::thread::sleep(Duration::from_millis(80));
        self.qmp_cmd("input-send-event", press(false))?;
        Ok(())
    }

    fn qmp_cmd(&self, execute: &str, arguments: Value) -> Result<Value, String> {
        self.qmp
            .lock()
            .map_err(|e| e.to_string())?
            .cmd(execute, arguments)
    }
}

/// The element's centre on the screen (the window's origin plus its place in the viewport; the
/// kiosk's window is undecorated) and whether it is wholly in view: not above or below the
/// viewport, and its centre not under something else: the on-screen keyboard and the bar of 戻る
/// and 次へ above it cover the lower part of the form, and a field there is scrolled up first, as
/// a visitor would.
async fn place_of(d: &WebDriver, element: &WebElement) -> Result<Place, String> {
    const SCRIPT: &str = "const r = arguments[0].getBoundingClientRect();\n\
        const top = window.screenY + (window.outerHeight - window.innerHeight);\n\
        const cx = r.left + r.width / 2, cy = r.top + r.height / 2;\n\
        const at = document.elementFromPoint(cx, cy);\n\
        const e = arguments[0], label = at && at.closest('label');\n\
        const mine = at && (e === at || e.contains(at) || at.contains(e) || (label && label.control === e));\n\
        const covered = !mine;\n\
        const off = r.top < 0 ? -1 : (r.bottom > window.innerHeight || covered ? 1 : 0);\n\
        return [Math.round(window.screenX + r.left + r.width / 2),\n\
                Math.round(top + r.top + r.height / 2), off];";
    let arg = element.to_json().map_err(|e| e.to_string())?;
    let ret = d
        .execute(SCRIPT, vec![arg])
        .await
        .map_err(|e| e.to_string())?;
    let v = ret.json();
    match (
        v.get(0).and_then(Value::as_i64),
        v.get(1).and_then(Value::as_i64),
        v.get(2).and_then(Value::as_i64),
    ) {
        (Some(x), Some(y), Some(off)) => Ok(Place { x, y, off }),
        _ => Err(format!("no place on the screen: {v}")),
    }
}

/// The rectangle on the screen (left, top, right, bottom) of the element's scrolling container
/// (the nearest ancestor that scrolls, else the page), after scrolling it by `by` pixels.
async fn scroller_of(
    d: &WebDriver,
    element: &WebElement,
    by: i64,
) -> Result<(i64, i64, i64, i64), String> {
    const SCRIPT: &str = "let p = arguments[0].parentElement;\n\
        const scrolls = (e) => /(auto|scroll)/.test(getComputedStyle(e).overflowY)\n\
            && e.scrollHeight > e.clientHeight;\n\
        while (p && !scrolls(p)) p = p.parentElement;\n\
        const s = p || document.scrollingElement;\n\
        if (arguments[1] !== 0) s.scrollTop += arguments[1];\n\
        const r = p ? p.getBoundingClientRect()\n\
            : { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };\n\
        const top = window.screenY + (window.outerHeight - window.innerHeight);\n\
        return [Math.round(window.screenX + r.left), Math.round(top + r.top),\n\
                Math.round(window.screenX + r.right), Math.round(top + r.bottom)];";
    let arg = element.to_json().map_err(|e| e.to_string())?;
    let ret = d
        .execute(SCRIPT, vec![arg, json!(by)])
        .await
        .map_err(|e| e.to_string())?;
    let v = ret.json();
    let n = |i: usize| v.get(i).and_then(Value::as_i64);
    match (n(0), n(1), n(2), n(3)) {
        (Some(l), Some(t), Some(r), Some(b)) if r > l && b > t => Ok((l, t, r, b)),
        _ => Err(format!("no scrolling container: {v}")),
    }
}

fn grey(file: &Path) -> Result<image::GrayImage, String> {
    Ok(image::open(file)
        .map_err(|e| format!("{}: {e}", file.display()))?
        .to_luma8())
}

/// How far (pixels, up to `max` either way) the content inside `rect` of `here` must move up to
/// lie as it does in `there`: the shift `s` for which row `y` of `there` best matches row `y + s`
/// of `here` (mean absolute difference, a coarse search then a fine one around its best).
fn best_shift(
    there: &image::GrayImage,
    here: &image::GrayImage,
    rect: (i64, i64, i64, i64),
    max: i64,
) -> (i64, f64, f64) {
    let (w, h) = (
        i64::from(there.width().min(here.width())),
        i64::from(there.height().min(here.height())),
    );
    let (x0, y0, x1, y1) = (rect.0.max(0), rect.1.max(0), rect.2.min(w), rect.3.min(h));
    let cost = |s: i64, col_step: usize, row_step: usize| -> f64 {
        let (from, to) = (y0.max(y0 - s), y1.min(y1 - s));
        if to - from < 80 {
            return f64::MAX;
        }
        let (mut sum, mut n) = (0u64, 0u64);
        for y in (from..to).step_by(row_step) {
            for x in (x0..x1).step_by(col_step) {
                let a = there.get_pixel(x as u32, y as u32).0[0];
                let b = here.get_pixel(x as u32, (y + s) as u32).0[0];
                sum += u64::from(a.abs_diff(b));
                n += 1;
            }
        }
        if n == 0 {
            f64::MAX
        } else {
            sum as f64 / n as f64
        }
    };
    let best = |candidates: Vec<i64>, col_step, row_step| {
        candidates
            .into_iter()
            .map(|s| (s, cost(s, col_step, row_step)))
            .min_by(|a, b| a.1.total_cmp(&b.1).then(a.0.abs().cmp(&b.0.abs())))
            .unwrap_or((0, f64::MAX))
    };
    let (coarse, _) = best((-max..=max).step_by(4).collect(), 16, 4);
    let (shift, at_shift) = best(((coarse - 4)..=(coarse + 4)).collect(), 4, 1);
    (shift, at_shift, cost(0, 4, 1))
}

/// Whether a shift found by [`best_shift`] is to be trusted: the two pictures lie well over each
/// other there (grey levels differ by under 6 of 255 on average: two renderers' text) and much
/// better than as they are.
fn trusted((shift, at_shift, at_zero): (i64, f64, f64)) -> Option<i64> {
    (shift != 0 && at_shift < 6.0 && at_shift < at_zero / 2.0).then_some(shift)
}

/// The picture as a small grey thumbnail, each pixel 0..1.
fn thumbnail(file: &Path) -> Result<Vec<f32>, String> {
    let small = image::imageops::resize(&grey(file)?, THUMB.0, THUMB.1, FilterType::Triangle);
    Ok(small.pixels().map(|p| f32::from(p.0[0]) / 255.0).collect())
}

/// Root mean square of the difference of two thumbnails (1 for pictures of different sizes).
fn distance(a: &[f32], b: &[f32]) -> f32 {
    if a.len() != b.len() || a.is_empty() {
        return 1.0;
    }
    let sum: f32 = a.iter().zip(b).map(|(x, y)| (x - y) * (x - y)).sum();
    (sum / a.len() as f32).sqrt()
}

/// A QMP connection (QEMU's JSON machine protocol, one JSON object per line).
struct Qmp {
    reader: BufReader<UnixStream>,
    writer: UnixStream,
}

impl Qmp {
    fn connect(path: &Path) -> Result<Qmp, String> {
        let stream = UnixStream::connect(path).map_err(|e| format!("{}: {e}", path.display()))?;
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .map_err(|e| e.to_string())?;
        let writer = stream.try_clone().map_err(|e| e.to_string())?;
        let mut qmp = Qmp {
            reader: BufReader::new(stream),
            writer,
        };
        qmp.line()?; // the greeting
        qmp.cmd("qmp_capabilities", json!({}))?;
        Ok(qmp)
    }

    fn line(&mut self) -> Result<Value, String> {
        let mut text = String::new();
        let n = self
            .reader
            .read_line(&mut text)
            .map_err(|e| format!("QMP: {e}"))?;
        if n == 0 {
            return Err("QMP: the VM closed the connection".into());
        }
        serde_json::from_str(&text).map_err(|e| format!("QMP said {text:?}: {e}"))
    }

    fn cmd(&mut self, execute: &str, arguments: Value) -> Result<Value, String> {
        let mut msg = json!({ "execute": execute });
        if arguments.as_object().is_some_and(|o| !o.is_empty()) {
            msg["arguments"] = arguments;
        }
        writeln!(self.writer, "{msg}").map_err(|e| format!("QMP: {e}"))?;
        loop {
            let reply = self.line()?;
            if reply.get("event").is_some() {
                continue;
            }
            if let Some(error) = reply.get("error") {
                return Err(format!("QMP {execute}: {error}"));
            }
            return Ok(reply.get("return").cloned().unwrap_or(Value::Null));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thumbnails_tell_a_screen_from_another_and_not_from_itself() {
        let root = crate::tools::repo_root().join("docs/screens/access-landscape");
        let shot = |name: &str| thumbnail(&root.join(name)).expect("a committed picture");
        let basic = shot("163-basic.png");
        let keyboard = shot("162-basic-kana-keyboard.png");
        let contact = shot("166-contact.png");
        let disclosure = shot("167-disclosure.png");
        assert!(distance(&basic, &basic) < STILL);
        assert!(distance(&basic, &keyboard) > LIKE);
        assert!(distance(&contact, &disclosure) > LIKE);
        assert_eq!(distance(&basic, &basic[1..]), 1.0);
        // The attract screen in the image's VM (its office name, its own line breaks) and in the
        // kiosk here.
        let vm = thumbnail(&crate::tools::repo_root().join("deploy/screens/image-attract.png"))
            .expect("the image test's picture");
        let here = thumbnail(&crate::tools::repo_root().join("docs/screens/ja/150-ja-attract.png"))
            .expect("the guide's picture");
        assert!(distance(&vm, &here) < LIKE, "{}", distance(&vm, &here));
    }

    #[test]
    fn the_shift_of_a_scrolled_page_is_found_to_the_pixel() {
        let page =
            grey(&crate::tools::repo_root().join("docs/screens/access-landscape/163-basic.png"))
                .expect("a committed picture");
        // The same page with the part between rows 100 and 900 moved up by 137 pixels.
        let mut scrolled = page.clone();
        for y in 100..900u32 {
            for x in 0..page.width() {
                let from = (y + 137).min(page.height() - 1);
                scrolled.put_pixel(x, y, *page.get_pixel(x, from));
            }
        }
        let rect = (0, 100, i64::from(page.width()), 900);
        assert_eq!(trusted(best_shift(&scrolled, &page, rect, 600)), Some(137));
        assert_eq!(best_shift(&page, &page, rect, 600).0, 0);
        assert_eq!(trusted(best_shift(&page, &page, rect, 600)), None);
        // Another screen altogether is not a scrolled one.
        let other = grey(
            &crate::tools::repo_root().join("docs/screens/access-landscape/171-situation.png"),
        )
        .expect("a committed picture");
        assert_eq!(trusted(best_shift(&other, &page, rect, 600)), None);
    }
}
