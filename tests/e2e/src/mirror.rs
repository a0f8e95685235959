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
use serde_json::{json, Value};
use thirtyfour::{WebDriver, WebElement};

/// Thumbnail size of the comparisons.
const THUMB: (u32, u32) = (120, 68);
/// A screen still between two looks: caret blinks and the pointer stay below this.
const STILL: f32 = 0.006;
/// The VM's screen like the one here: the same screen in the two renderers measured 0.023 (office
/// name and the attract screen's rotating hint differing); two different form screens 0.075 and
/// more, an open keyboard against a closed one 0.3.
const LIKE: f32 = 0.05;
/// How long the VM may take to catch up with one tap (software-emulated CPU, software GL).
const CATCH_UP: Duration = Duration::from_secs(240);

static MIRROR: OnceLock<ScreenMirror> = OnceLock::new();

/// Makes every [`crate::touch::tap`] of this process a tap on the VM's screen as well.
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
        Ok(ScreenMirror {
            qmp: Mutex::new(Qmp::connect(qmp)?),
            display,
            size,
            dir: dir.to_path_buf(),
            seen: Mutex::new(Seen::default()),
        })
    }

    /// Taps `element` here and at the same place on the VM's screen, once the VM has caught up.
    pub async fn tap(&self, d: &WebDriver, element: &WebElement, testid: &str) {
        if let Err(e) = self.try_tap(d, element, testid).await {
            panic!(
                "tapping `{testid}` on both screens: {e}; on screen here: {}",
                crate::touch::describe(d).await
            );
        }
    }

    /// Waits until the VM shows what the screen here shows, and keeps its screendump as
    /// `<dir>/<name>.png`.
    pub async fn look(&self, name: &str) -> Result<PathBuf, String> {
        self.catch_up(name).await?;
        let file = self.dir.join(format!("{name}.png"));
        std::fs::copy(self.dir.join("vm.png"), &file).map_err(|e| e.to_string())?;
        Ok(file)
    }

    /// How many taps both screens have had.
    pub fn taps(&self) -> usize {
        self.seen.lock().map(|s| s.taps).unwrap_or(0)
    }

    async fn try_tap(
        &self,
        d: &WebDriver,
        element: &WebElement,
        testid: &str,
    ) -> Result<(), String> {
        let started = Instant::now();
        let mut place = place_of(d, element).await?;
        // An element below or above the view is scrolled to with the wheel on both screens (a
        // visitor's finger would drag): the VM must scroll as the page here does.
        for _ in 0..12 {
            if place.off == 0 {
                break;
            }
            self.catch_up(testid).await?;
            let button = if place.off > 0 {
                "wheel-down"
            } else {
                "wheel-up"
            };
            let middle = i64::from(self.size.1 / 2);
            self.x_pointer(&[
                "mousemove",
                "--sync",
                &place.x.to_string(),
                &middle.to_string(),
            ])
            .await?;
            self.x_pointer(&["click", if place.off > 0 { "5" } else { "4" }])
                .await?;
            self.vm_press(place.x, middle, button)?;
            tokio::time::sleep(Duration::from_millis(400)).await;
            crate::touch::settled(d, element).await;
            place = place_of(d, element).await?;
        }
        if place.off != 0 {
            return Err("still out of view after 12 turns of the wheel".into());
        }
        let (here, there) = self.catch_up(testid).await?;
        self.x_pointer(&[
            "mousemove",
            "--sync",
            &place.x.to_string(),
            &place.y.to_string(),
            "click",
            "1",
        ])
        .await?;
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
        let here_png = self.dir.join("here.png");
        let vm_png = self.dir.join("vm.png");
        screenshot_here(&self.display, &here_png).await?;
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
        let deadline = Instant::now() + CATCH_UP;
        let mut last: Option<Vec<f32>> = None;
        loop {
            self.qmp_cmd(
                "screendump",
                json!({ "filename": vm_png.to_string_lossy(), "format": "png" }),
            )?;
            let there = thumbnail(&vm_png)?;
            let still = last.as_ref().map(|l| distance(l, &there));
            let like = distance(&there, &here);
            let changed = must_change
                .as_ref()
                .map(|(before, by)| distance(before, &there) >= *by);
            if still.is_some_and(|s| s < STILL) && like < LIKE && changed.unwrap_or(true) {
                return Ok((here, there));
            }
            if Instant::now() > deadline {
                let keep = |from: &Path, to: &str| std::fs::copy(from, self.dir.join(to));
                let _ = keep(&here_png, "stuck-here.png");
                let _ = keep(&vm_png, "stuck-vm.png");
                return Err(format!(
                    "the VM did not catch up before `{what}` in {CATCH_UP:?}: unlike the screen \
                     here by {like:.3} (at most {LIKE}), still by {still:?} (below {STILL}), \
                     changed since the last tap: {changed:?}; both screens in {}",
                    self.dir.display()
                ));
            }
            // The screen here may have been caught in a moment of change (a fade): look again.
            if here_taken.elapsed() > Duration::from_secs(10) {
                screenshot_here(&self.display, &here_png).await?;
                here = thumbnail(&here_png)?;
                here_taken = Instant::now();
            }
            last = Some(there);
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
    }

    async fn x_pointer(&self, args: &[&str]) -> Result<(), String> {
        let status = tokio::process::Command::new("xdotool")
            .args(args)
            .env("DISPLAY", &self.display)
            .status()
            .await
            .map_err(|e| format!("xdotool (apt-get install xdotool): {e}"))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("xdotool {args:?}: {status}"))
        }
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
/// kiosk's window is undecorated) and whether it is wholly in view.
async fn place_of(d: &WebDriver, element: &WebElement) -> Result<Place, String> {
    const SCRIPT: &str = "const r = arguments[0].getBoundingClientRect();\n\
        const top = window.screenY + (window.outerHeight - window.innerHeight);\n\
        const off = r.top < 0 ? -1 : (r.bottom > window.innerHeight ? 1 : 0);\n\
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

async fn screenshot_here(display: &str, file: &Path) -> Result<(), String> {
    let out = tokio::process::Command::new("import")
        .args(["-display", display, "-window", "root"])
        .arg(file)
        .env("DISPLAY", display)
        .kill_on_drop(true)
        .output();
    match tokio::time::timeout(Duration::from_secs(30), out).await {
        Ok(Ok(o)) if o.status.success() => Ok(()),
        Ok(Ok(o)) => Err(format!("import: {}", String::from_utf8_lossy(&o.stderr))),
        Ok(Err(e)) => Err(format!("import (apt-get install imagemagick): {e}")),
        Err(_) => Err("import hung for 30 s".into()),
    }
}

/// The picture as a small grey thumbnail, each pixel 0..1.
fn thumbnail(file: &Path) -> Result<Vec<f32>, String> {
    let grey = image::open(file)
        .map_err(|e| format!("{}: {e}", file.display()))?
        .to_luma8();
    let small = image::imageops::resize(&grey, THUMB.0, THUMB.1, FilterType::Triangle);
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
}
