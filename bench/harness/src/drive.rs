//! Touch latency in the real webview, and memory after a full application, through WebDriver:
//! the kiosk binary under `tauri-driver` (its own WebKitGTK webview), or Chromium under
//! `chromedriver` on the same UI served by `serve-ui`.
//!
//! Latency is measured inside the page, so WebDriver's own round trips are not in it: a
//! capturing `pointerup` listener takes the tap's time stamp (the keys and 次へ act on click,
//! when the finger lifts; `pointerdown` is kept as a second figure); an animation-frame loop waits
//! for the expected change in the DOM (the field's value changed; the next screen shown); the
//! frame in which the change is first seen is the one that paints it, and a message posted from
//! that frame's callback runs after its paint. Tap → that moment is the figure. What happens
//! before the browser has the event (touch screen, kernel, compositor) is not in it.
//!
//! The tap itself comes one of two ways (`--pointer`): WebDriver's Element Click, whose
//! automation scrolls, checks and dispatches inside the page and then answers the harness's next
//! script while the frame is being made; or the X server's pointer pressed and released at the
//! element's centre (XTest, `xdotool`), which reaches the window as a touch screen's events do,
//! with nothing of the automation in the page between the tap and its paint.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use madoguchi_bench::load::{self, Meter};
use madoguchi_bench::proc;
use madoguchi_bench::results::{table, Section};
use madoguchi_bench::stats::percentile;
use madoguchi_test_support::process;
use madoguchi_test_support::xvfb::Xvfb;
use serde_json::{json, Value};
use thirtyfour::{By, Capabilities, WebDriver, WebElement};

use crate::start::{chromium_flags, chromium_profile, kiosk_config};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// `kiosk`, `chromium`, or `floor` (the bare window's one field and one key, in the same
    /// webview: the floor under the kiosk's key feedback).
    #[arg(long)]
    contender: String,
    /// The bare window (`madoguchi-bench-bare`), for `floor`.
    #[arg(long)]
    bare_bin: Option<PathBuf>,
    #[arg(long)]
    kiosk_bin: PathBuf,
    #[arg(long)]
    ui_server_bin: Option<PathBuf>,
    #[arg(long)]
    dist: Option<PathBuf>,
    #[arg(long)]
    kiosk_config: PathBuf,
    #[arg(long, default_value = "/usr/lib/chromium/chromium")]
    chromium: PathBuf,
    #[arg(long, default_value = "/usr/bin/chromedriver")]
    chromedriver: PathBuf,
    #[arg(long)]
    tauri_driver: Option<PathBuf>,
    /// Measured key taps (0: none).
    #[arg(long, default_value_t = 210)]
    taps: usize,
    /// Measured 次へ (0: none).
    #[arg(long, default_value_t = 203)]
    nexts: usize,
    #[arg(long, default_value_t = 1080)]
    width: u32,
    #[arg(long, default_value_t = 1920)]
    height: u32,
    #[arg(long)]
    work: PathBuf,
    #[arg(long)]
    results: PathBuf,
    /// Measured under other conditions (scripts/bench --one-cpu: `1 cpu`): suffixes the
    /// section and its summary lines.
    #[arg(long)]
    label: Option<String>,
    /// How the measured taps reach the page: `webdriver` (the engine's automation clicks the
    /// element) or `x` (the X server's pointer pressed and released at the element's centre,
    /// through XTest: the path a touch screen's events take, with no automation in the page).
    #[arg(long, default_value = "webdriver")]
    pointer: String,
}

impl Args {
    /// The label of this run's sections: the conditions (`1 cpu`) and the pointer (`x pointer`).
    fn figures_label(&self) -> Option<String> {
        let pointer = if self.pointer == "x" { "x pointer" } else { "" };
        let parts: Vec<&str> = [self.label.as_deref().unwrap_or(""), pointer]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

/// How a measured tap reaches the page.
#[derive(Debug, Clone)]
pub(crate) enum Pointer {
    /// WebDriver's Element Click: the automation scrolls, checks and dispatches in the page.
    WebDriver,
    /// XTest on this X display (`xdotool`): a pointer press and release at the element's centre
    /// on the screen, delivered by the X server to the window as a touch screen's would be.
    X { display: String },
}

impl Pointer {
    fn parse(name: &str, display: String) -> R<Pointer> {
        match name {
            "webdriver" => Ok(Pointer::WebDriver),
            "x" => Ok(Pointer::X { display }),
            other => Err(format!("--pointer {other}: `webdriver` or `x`")),
        }
    }

    async fn press(&self, d: &WebDriver, element: &WebElement, target: &str) -> R<()> {
        match self {
            Pointer::WebDriver => element
                .click()
                .await
                .map_err(|e| format!("tapping `{target}`: {e}")),
            Pointer::X { display } => {
                // The element's centre on the screen: the window's origin plus its place in the
                // viewport (the kiosk's window is undecorated, so outer and inner agree).
                let at = d
                    .execute(
                        "const r = arguments[0].getBoundingClientRect();\n\
                         const top = window.screenY + (window.outerHeight - window.innerHeight);\n\
                         return [Math.round(window.screenX + r.left + r.width / 2),\n\
                                 Math.round(top + r.top + r.height / 2)];",
                        vec![element.to_json().map_err(|e| e.to_string())?],
                    )
                    .await
                    .map_err(|e| e.to_string())?;
                let v = at.json();
                let (Some(x), Some(y)) = (
                    v.get(0).and_then(Value::as_i64),
                    v.get(1).and_then(Value::as_i64),
                ) else {
                    return Err(format!("no place on the screen for `{target}`: {v}"));
                };
                madoguchi_test_support::xvfb::click(display, x, y)
                    .map_err(|e| format!("tapping `{target}` at {x},{y}: {e}"))
            }
        }
    }
}

const WAIT: Duration = Duration::from_secs(15);

pub(crate) type R<T> = Result<T, String>;

pub(crate) fn css(testid: &str) -> By {
    By::Css(format!("[data-testid=\"{}\"]", testid.replace('"', "\\\"")))
}

pub(crate) async fn shown(d: &WebDriver, testid: &str) -> R<WebElement> {
    match shown_element(d, testid, false, false).await? {
        Some(e) => Ok(e),
        None => Err(format!("`{testid}` is not shown after {WAIT:?}")),
    }
}

/// The first element of this test id that is shown (and enabled, and keeping its place, when
/// asked) within [`WAIT`], asked of the page in one round trip at a time (`page::SHOWN`).
async fn shown_element(
    d: &WebDriver,
    testid: &str,
    enabled: bool,
    settle: bool,
) -> R<Option<WebElement>> {
    let wanted = madoguchi_test_support::page::Wanted { enabled, settle };
    madoguchi_test_support::page::shown_element(d, testid, wanted, WAIT).await
}

pub(crate) async fn tap(d: &WebDriver, testid: &str) -> R<()> {
    let deadline = Instant::now() + WAIT;
    // The keys of the on-screen keyboard stay put while it is open; anything else waits for the
    // page to stop moving first. Shown, enabled and settled are asked of the page in one round
    // trip (`page::SHOWN`); the tap itself is WebDriver's, a real input event.
    let Some(e) = shown_element(d, testid, true, !testid.starts_with("key-")).await? else {
        let e = shown(d, testid).await?;
        return Err(if e.is_enabled().await.unwrap_or(false) {
            format!("`{testid}` was not shown and enabled at the same time")
        } else {
            format!("`{testid}` stays disabled")
        });
    };
    // While the on-screen keyboard opens or closes the page moves under the finger, and
    // WebDriver answers "not interactable" for that moment: tap again once it has settled.
    loop {
        match e.click().await {
            Ok(()) => return Ok(()),
            Err(err)
                if err.to_string().contains("not interactable") && Instant::now() < deadline =>
            {
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            Err(err) => return Err(format!("tapping `{testid}`: {err}")),
        }
    }
}

/// Taps a choice (radio button or chip) until it is chosen: on a busy machine a tap just after
/// the keyboard closed can land on the choice beside it (the soak once lost a visitor to a
/// 外国籍 nobody chose).
pub(crate) async fn choose(d: &WebDriver, testid: &str) -> R<()> {
    for _ in 0..3 {
        tap(d, testid).await?;
        let deadline = Instant::now() + Duration::from_secs(2);
        while Instant::now() < deadline {
            let e = shown(d, testid).await?;
            let checked = e.attr("aria-checked").await.ok().flatten();
            let pressed = e.attr("aria-pressed").await.ok().flatten();
            if checked.as_deref() == Some("true") || pressed.as_deref() == Some("true") {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    Err(format!("`{testid}` is not chosen after three taps"))
}

pub(crate) async fn screen(d: &WebDriver, name: &str) -> R<()> {
    shown(d, &format!("screen-{name}")).await.map(|_| ())
}

pub(crate) async fn next(d: &WebDriver, to: &str) -> R<()> {
    tap(d, "btn-next").await?;
    screen(d, to).await
}

/// Taps a text field until it has the focus (and so the on-screen keyboard types into it): on a
/// busy machine a tap just after a choice can land where the field was before the page moved.
pub(crate) async fn open_field(d: &WebDriver, testid: &str) -> R<()> {
    for _ in 0..3 {
        tap(d, testid).await?;
        let deadline = Instant::now() + Duration::from_secs(3);
        while Instant::now() < deadline {
            let focused = d
                .execute(
                    "return document.activeElement && document.activeElement.getAttribute('data-testid');",
                    Vec::new(),
                )
                .await
                .map(|r| r.json().as_str() == Some(testid))
                .unwrap_or(false);
            if focused {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    Err(format!("`{testid}` does not take the focus"))
}

/// 閉じる on the on-screen keyboard, then waits for the keyboard to go and the page to grow
/// back: a tap before that lands where a choice was.
pub(crate) async fn close_keyboard(d: &WebDriver) -> R<()> {
    tap(d, "key-close").await?;
    let deadline = Instant::now() + WAIT;
    while d
        .find_all(css("keyboard"))
        .await
        .map(|v| !v.is_empty())
        .unwrap_or(false)
        && Instant::now() < deadline
    {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_millis(150)).await;
    Ok(())
}

pub(crate) async fn keys(d: &WebDriver, text: &str) -> R<()> {
    for c in text.chars() {
        tap(d, &format!("key-{c}")).await?;
    }
    Ok(())
}

/// Katakana on the 50音 keyboard: the base kana, then ゛ or 小 where needed.
pub(crate) async fn kana(d: &WebDriver, text: &str) -> R<()> {
    const DAKUTEN: (&str, &str) = (
        "ガギグゲゴザジズゼゾダヂヅデドバビブベボ",
        "カキクケコサシスセソタチツテトハヒフヘホ",
    );
    const SMALL: (&str, &str) = ("ァィゥェォッャュョ", "アイウエオツヤユヨ");
    for c in text.chars() {
        let mut done = false;
        for ((marked, base), modifier) in [(DAKUTEN, "dakuten"), (SMALL, "small")] {
            if let Some(i) = marked.chars().position(|m| m == c) {
                let b = base.chars().nth(i).unwrap_or(c);
                tap(d, &format!("key-{b}")).await?;
                tap(d, &format!("key-{modifier}")).await?;
                done = true;
            }
        }
        if !done {
            tap(d, &format!("key-{c}")).await?;
        }
    }
    Ok(())
}

pub(crate) async fn value(d: &WebDriver, testid: &str) -> String {
    match shown(d, testid).await {
        Ok(e) => e.prop("value").await.ok().flatten().unwrap_or_default(),
        Err(_) => String::new(),
    }
}

const INSTRUMENT: &str = r#"
if (!window.__bench) {
  const b = { t0: null, down: null, armed: null, result: null };
  window.__bench = b;
  const stamp = (e) => { const now = performance.now(); return (e.timeStamp > now - 1000 && e.timeStamp <= now) ? e.timeStamp : now; };
  // The keys and 次へ act on click, i.e. when the finger lifts: the tap is timed from then
  // (pointerup, or click where no pointerup came); pointerdown is kept as a second figure.
  window.addEventListener('pointerdown', (e) => { if (b.armed && b.down === null) b.down = stamp(e); }, { capture: true, passive: true });
  window.addEventListener('pointerup', (e) => { if (b.armed && b.t0 === null) b.t0 = stamp(e); }, { capture: true, passive: true });
  window.addEventListener('click', (e) => { if (b.armed && b.t0 === null) b.t0 = stamp(e); }, { capture: true, passive: true });
  const shownNow = (id) => [...document.querySelectorAll(`[data-testid="${id}"]`)].some((e) => e.getClientRects().length > 0);
  const valueOf = (id) => { const e = document.querySelector(`[data-testid="${id}"]`); return e ? e.value : null; };
  const frame = () => {
    const a = b.armed;
    if (!a) return;
    if (b.t0 !== null && a.done()) {
      const t0 = b.t0, down = b.down === null ? b.t0 : b.down;
      b.armed = null;
      // This frame paints the change; a message posted now is handled after that paint.
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { const now = performance.now(); b.result = [now - t0, now - down]; };
      ch.port2.postMessage(0);
      return;
    }
    requestAnimationFrame(frame);
  };
  b.arm = (kind, id) => {
    b.t0 = null; b.down = null; b.result = null;
    if (kind === 'value') { const before = valueOf(id); b.armed = { done: () => valueOf(id) !== before }; }
    else { b.armed = { done: () => shownNow(id) }; }
    requestAnimationFrame(frame);
  };
}
return true;
"#;

const RESULT: &str = r#"
const done = arguments[arguments.length - 1];
const start = Date.now();
(function wait() {
  const b = window.__bench;
  if (b && b.result !== null) { const r = b.result; b.result = null; done(r); }
  else if (Date.now() - start > 10000) done(null);
  else setTimeout(wait, 5);
})();
"#;

/// Taps `target` and returns the in-page latency (ms) until `kind`/`id` is painted, from the
/// tap's release and from its press.
pub(crate) async fn measured_tap(
    d: &WebDriver,
    pointer: &Pointer,
    target: &str,
    kind: &str,
    id: &str,
) -> R<(f64, f64)> {
    let element = shown(d, target).await?;
    d.execute(INSTRUMENT, Vec::new())
        .await
        .map_err(|e| e.to_string())?;
    d.execute(
        "window.__bench.arm(arguments[0], arguments[1]); return true;",
        vec![json!(kind), json!(id)],
    )
    .await
    .map_err(|e| e.to_string())?;
    pointer.press(d, &element, target).await?;
    let r = d
        .execute_async(RESULT, Vec::new())
        .await
        .map_err(|e| e.to_string())?;
    let v = r.json();
    match (
        v.get(0).and_then(Value::as_f64),
        v.get(1).and_then(Value::as_f64),
    ) {
        (Some(up), Some(down)) => Ok((up, down)),
        _ => Err(format!("no paint of `{id}` after tapping `{target}`")),
    }
}

/// The visitor's way up to the screen before `stop` (a form screen), filling every step.
pub(crate) async fn fill_to_my_page(d: &WebDriver) -> R<()> {
    screen(d, "attract").await?;
    tap(d, "btn-start").await?;
    screen(d, "consent").await?;
    tap(d, "field-consent").await?;
    next(d, "basic").await?;
    tap(d, "field-basic.name_in_kana_only").await?;
    for field in ["field-basic.family_name", "field-basic.family_kana"] {
        open_field(d, field).await?;
        kana(d, "ヤマダ").await?;
    }
    for field in ["field-basic.given_name", "field-basic.given_kana"] {
        open_field(d, field).await?;
        kana(d, "キョウコ").await?;
    }
    close_keyboard(d).await?;
    choose(d, "choice-basic.birth_date.calendar-showa").await?;
    for (field, typed) in [
        ("field-basic.birth_date.year", "60"),
        ("field-basic.birth_date.month", "4"),
        ("field-basic.birth_date.day", "1"),
    ] {
        open_field(d, field).await?;
        keys(d, typed).await?;
    }
    close_keyboard(d).await?;
    choose(d, "choice-basic.sex-female").await?;
    choose(d, "choice-basic.nationality-japanese").await?;
    next(d, "contact").await?;

    open_field(d, "field-contact.postcode").await?;
    keys(d, "1000001").await?;
    tap(d, "btn-lookup-postcode").await?;
    let deadline = Instant::now() + WAIT;
    while value(d, "field-contact.prefecture").await.is_empty() {
        if let Ok(all) = d.find_all(css("address-option-0")).await {
            if let Some(e) = all.first() {
                let _ = e.click().await;
            }
        }
        if Instant::now() > deadline {
            return Err("住所を検索 filled no address".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    open_field(d, "field-contact.street").await?;
    keys(d, "1-1").await?;
    open_field(d, "field-contact.phone").await?;
    keys(d, "09012345678").await?;
    close_keyboard(d).await?;
    next(d, "disclosure").await?;
    choose(d, "choice-disclosure.publication-not-published").await?;
    choose(d, "chip-disclosure.contact_methods-phone").await?;
    next(d, "desired-work").await?;

    tap(d, "btn-add-occupation").await?;
    tap(d, "occ-major-06").await?;
    tap(d, "occ-middle-034").await?;
    choose(d, "chip-desired_work.employment_types-full-time").await?;
    choose(d, "choice-desired_work.wage.kind-monthly").await?;
    open_field(d, "field-desired_work.wage.amount").await?;
    keys(d, "250000").await?;
    close_keyboard(d).await?;
    next(d, "situation").await?;

    choose(d, "choice-situation.employment-not-employed").await?;
    choose(d, "choice-situation.unemployment_insurance-yes").await?;
    next(d, "education").await?;
    choose(d, "choice-education.final_level-high-school").await?;
    next(d, "work-history").await?;

    tap(d, "btn-add-job").await?;
    open_field(d, "field-work_history.0.employer").await?;
    kana(d, "ミドリヤ").await?;
    for (field, typed) in [
        ("field-work_history.0.from.year", "2010"),
        ("field-work_history.0.from.month", "4"),
        ("field-work_history.0.to.year", "2020"),
        ("field-work_history.0.to.month", "3"),
    ] {
        open_field(d, field).await?;
        keys(d, typed).await?;
    }
    close_keyboard(d).await?;
    choose(d, "choice-work_history.0.employment_type-full-time").await?;
    next(d, "disability").await?;
    next(d, "self-pr").await?;
    next(d, "review").await?;
    next(d, "my-page").await
}

/// On マイページ: the email, 送信, the done screen with its QR code, and a survey answer.
pub(crate) async fn submit_from_my_page(d: &WebDriver) -> R<()> {
    open_field(d, "field-contact.email").await?;
    for c in "kyoko.yamada".chars() {
        tap(d, &format!("key-{c}")).await?;
    }
    tap(d, "key-@gmail.com").await?;
    close_keyboard(d).await?;
    tap(d, "btn-next").await?;
    screen(d, "done").await?;
    shown(d, "qr-code").await?;
    tap(d, "survey-score-4").await?;
    Ok(())
}

pub(crate) const FORWARD: [&str; 11] = [
    "basic",
    "contact",
    "disclosure",
    "desired-work",
    "situation",
    "education",
    "work-history",
    "disability",
    "self-pr",
    "review",
    "my-page",
];

pub(crate) struct Driver {
    pub(crate) driver: Option<WebDriver>,
    pub(crate) helpers: Vec<Child>,
}

impl Driver {
    /// tauri-driver on `display` (its output, and so the application's log, in `log`), then a
    /// WebDriver session of `application` started with `args`: the soaks' way in. The driver is
    /// kept here, so [`Driver::quit`] ends everything even when the session never came.
    pub(crate) async fn tauri_session(
        &mut self,
        tauri_driver: &Path,
        display: &Xvfb,
        log: &Path,
        application: &Path,
        args: &[String],
    ) -> R<WebDriver> {
        let port = madoguchi_test_support::ports::free_port();
        let native = madoguchi_test_support::ports::free_port();
        self.helpers.push(spawn_logged(
            Command::new(tauri_driver)
                .arg("--port")
                .arg(port.to_string())
                .arg("--native-port")
                .arg(native.to_string())
                .env("DISPLAY", display.display())
                .env("NO_AT_BRIDGE", "1"),
            log,
        )?);
        wait_port(port, Duration::from_secs(20))?;
        wait_port(native, Duration::from_secs(20))?;
        let caps = json!({
            "browserName": "wry",
            "tauri:options": { "application": application, "args": args },
        });
        self.session(port, caps).await
    }

    /// A WebDriver session with the driver listening on `port` (within 90 s), kept here.
    async fn session(&mut self, port: u16, caps: Value) -> R<WebDriver> {
        let caps: Capabilities = caps.as_object().cloned().ok_or("caps")?.into();
        let d = tokio::time::timeout(
            Duration::from_secs(90),
            WebDriver::builder(format!("http://127.0.0.1:{port}"), caps)
                .request_timeout(Duration::from_secs(60)),
        )
        .await
        .map_err(|_| "no WebDriver session within 90 s".to_string())?
        .map_err(|e| format!("WebDriver session: {e}"))?;
        self.driver = Some(d.clone());
        Ok(d)
    }

    pub(crate) async fn quit(&mut self) {
        if let Some(d) = self.driver.take() {
            let _ = tokio::time::timeout(Duration::from_secs(20), d.quit()).await;
        }
        let pids: Vec<u32> = self.helpers.iter().map(|c| c.id()).collect();
        process::stop(&proc::tree(&pids), Duration::from_secs(5));
        for c in &mut self.helpers {
            let _ = c.wait();
        }
    }
}

pub(crate) fn wait_port(port: u16, timeout: Duration) -> R<()> {
    if madoguchi_test_support::ports::wait_for_port(port, timeout) {
        Ok(())
    } else {
        Err(format!("nothing listens on {port} after {timeout:?}"))
    }
}

pub(crate) fn spawn_logged(cmd: &mut Command, log: &Path) -> R<Child> {
    let f = std::fs::File::create(log).map_err(|e| e.to_string())?;
    cmd.stdin(Stdio::null())
        .stdout(f.try_clone().map_err(|e| e.to_string())?)
        .stderr(f)
        .spawn()
        .map_err(|e| format!("{cmd:?}: {e}"))
}

pub async fn run(args: Args) -> R<()> {
    std::fs::create_dir_all(&args.work).map_err(|e| e.to_string())?;
    let meter = Meter::start();
    let display = Xvfb::with_window_manager(args.width, args.height).map_err(|e| e.to_string())?;
    let pointer = Pointer::parse(&args.pointer, display.display())?;
    let data = args.work.join(format!("data-{}", args.contender));
    let _ = std::fs::remove_dir_all(&data);
    std::fs::create_dir_all(&data).map_err(|e| e.to_string())?;
    let config = args.work.join(format!("kiosk-{}.toml", args.contender));
    kiosk_config(&args.kiosk_config, &data, &config)?;
    let chromium = args.contender == "chromium";
    let floor = args.contender == "floor";
    let port = madoguchi_test_support::ports::free_port();
    let mut driver = Driver {
        driver: None,
        helpers: Vec::new(),
    };
    let profile = args.work.join("chromium-profile-drive");
    let mut memory_roots: Box<dyn Fn() -> Vec<u32>> = Box::new(Vec::new);
    let session = async {
        if chromium {
            let ui_port = madoguchi_test_support::ports::free_port();
            let ui_bin = args.ui_server_bin.as_ref().ok_or("--ui-server-bin")?;
            let dist = args.dist.as_ref().ok_or("--dist")?;
            driver.helpers.push(spawn_logged(
                Command::new(ui_bin)
                    .arg("serve-ui")
                    .arg("--config")
                    .arg(&config)
                    .arg("--dist")
                    .arg(dist)
                    .arg("--listen")
                    .arg(format!("127.0.0.1:{ui_port}")),
                &args.work.join("serve-ui-drive.log"),
            )?);
            wait_port(ui_port, Duration::from_secs(20))?;
            let _ = std::fs::remove_dir_all(&profile);
            chromium_profile(&profile)?;
            driver.helpers.push(spawn_logged(
                Command::new(&args.chromedriver)
                    .arg(format!("--port={port}"))
                    .env("DISPLAY", display.display())
                    .env("NO_AT_BRIDGE", "1"),
                &args.work.join("chromedriver.log"),
            )?);
            wait_port(port, Duration::from_secs(20))?;
            let ui_pid = driver.helpers[0].id();
            let needle = format!("--user-data-dir={}", profile.display());
            memory_roots = Box::new(move || {
                let mut v = proc::with_arg(&needle);
                v.push(ui_pid);
                v
            });
            let caps = json!({
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": args.chromium,
                    "args": chromium_flags(&profile, args.width, args.height),
                },
            });
            let d = driver.session(port, caps).await?;
            d.goto(&format!("http://127.0.0.1:{ui_port}/"))
                .await
                .map_err(|e| e.to_string())?;
        } else {
            let tauri_driver = args.tauri_driver.clone().ok_or("--tauri-driver")?;
            let log = args.work.join("tauri-driver.log");
            if floor {
                let bare = args.bare_bin.clone().ok_or("--bare-bin")?;
                driver
                    .tauri_session(&tauri_driver, &display, &log, &bare, &[])
                    .await?;
            } else {
                let needle = config.display().to_string();
                memory_roots = Box::new(move || proc::with_arg(&needle));
                let kiosk_args = ["--config".to_owned(), config.display().to_string()];
                driver
                    .tauri_session(&tauri_driver, &display, &log, &args.kiosk_bin, &kiosk_args)
                    .await?;
            }
        }
        Ok::<(), String>(())
    }
    .await;
    if floor {
        let outcome = match session {
            Ok(()) => {
                let d = driver.driver.clone().ok_or("no session")?;
                measure_floor(&d, &pointer, args.taps).await
            }
            Err(e) => Err(e),
        };
        driver.quit().await;
        drop(display);
        let busy = meter.stop();
        return floor_section(&args, &outcome?, &busy);
    }
    let outcome = match session {
        Ok(()) => {
            let d = driver.driver.clone().ok_or("no session")?;
            measure(&d, &args, &pointer, memory_roots.as_ref()).await
        }
        Err(e) => Err(e),
    };
    driver.quit().await;
    drop(display);
    let busy = meter.stop();
    let m = outcome?;

    let name = if chromium {
        "Chromium (chromedriver, serve-ui)"
    } else {
        "madoguchi-kiosk (tauri-driver)"
    };
    let row = |what: &str, s: &[f64]| {
        vec![
            what.to_owned(),
            s.len().to_string(),
            format!("{:.1}", percentile(s, 50.0)),
            format!("{:.1}", percentile(s, 95.0)),
            format!("{:.1}", percentile(s, 99.0)),
            format!("{:.1}", s.iter().copied().fold(f64::NAN, f64::max)),
        ]
    };
    let mut md = format!(
        "{name}, screen {w}×{h}. {taps}; the time runs from the tap's release (`pointerup`: the keys and 次へ act on \
         click) to just after the frame that first shows the result was painted, measured in \
         the page (see `bench/harness/src/drive.rs`); from the press (`pointerdown`) it also \
         holds WebDriver's own gap between press and release. \
         *Key*: a key of the on-screen 50音 keyboard (カ, ゛, ⌫ in turn) in the フリガナ field → \
         the field's new value painted. *次へ*: 次へ on each step of a complete application \
         (基本情報 → … → 確認 → マイページ, with the shell's `check_step` on the way) → the next \
         screen painted; 戻る (not timed) walks back.\n\n",
        w = args.width,
        h = args.height,
        taps = taps_are(&args.pointer),
    );
    md.push_str(&table(
        &["interaction", "n", "p50 ms", "p95 ms", "p99 ms", "max ms"],
        &[
            row("key released → value painted", &m.keys),
            row("次へ released → next screen painted", &m.nexts),
            row("key pressed → value painted", &m.keys_down),
            row("次へ pressed → next screen painted", &m.nexts_down),
        ],
    ));
    md.push_str(&format!(
        "\nMemory of the whole process tree (PSS, MiB) under WebDriver: {:.0} at the attract \
         screen, {:.0} on the done screen after a complete application (with the timed \
         interactions before it), {:.0} back at the attract screen 2 s after 終了.\n",
        m.attract.pss_mib, m.done.pss_mib, m.after.pss_mib
    ));
    md.push_str(&format!(
        "\nMachine meanwhile: {}.\n",
        load::describe(&busy)
    ));
    let mut summary = Vec::new();
    if !chromium {
        if !m.keys.is_empty() {
            summary.push((
                "p95 ms key feedback".to_owned(),
                format!("{:.0}", percentile(&m.keys, 95.0)),
            ));
        }
        if !m.nexts.is_empty() {
            summary.push((
                "p95 ms next screen".to_owned(),
                format!("{:.0}", percentile(&m.nexts, 95.0)),
            ));
        }
    }
    Section {
        id: format!("20-touch-{}", args.contender),
        title: format!("Touch latency and memory after an application: {name}"),
        markdown: md,
        summary,
        busy: Some(busy),
        figures: json!({
            "keys_ms": m.keys, "nexts_ms": m.nexts,
            "keys_from_press_ms": m.keys_down, "nexts_from_press_ms": m.nexts_down,
            "pss_attract_mib": m.attract.pss_mib, "pss_done_mib": m.done.pss_mib,
            "pss_after_mib": m.after.pss_mib, "parts_after": m.after.parts,
        }),
    }
    .labelled(args.figures_label().as_deref())
    .write(&args.results)
    .map_err(|e| e.to_string())
}

/// How the taps were made, for a section's text (`--pointer`).
fn taps_are(pointer: &str) -> &'static str {
    if pointer == "x" {
        "Taps are the X server's pointer pressed and released at the element's centre (XTest, \
         `xdotool`), which reaches the window as a touch screen's taps do"
    } else {
        "Taps are WebDriver element clicks (real input events in the engine, dispatched by the \
         automation inside the page)"
    }
}

/// The floor: taps on the bare page's key (カ and ⌫ in turn), each timed to its field's new
/// value painted, as the kiosk's keys are.
async fn measure_floor(d: &WebDriver, pointer: &Pointer, taps: usize) -> R<Vec<f64>> {
    screen_ready(d, "floor-field").await?;
    let mut ms = Vec::with_capacity(taps);
    for i in 0..taps {
        let key = if i % 2 == 0 {
            "floor-key"
        } else {
            "floor-backspace"
        };
        let (up, _) = measured_tap(d, pointer, key, "value", "floor-field").await?;
        ms.push(up);
    }
    Ok(ms)
}

/// Waits until the element `id` is on the page.
async fn screen_ready(d: &WebDriver, id: &str) -> R<()> {
    shown(d, id).await.map(|_| ())
}

fn floor_section(args: &Args, keys: &[f64], busy: &load::Busy) -> R<()> {
    let mut md = format!(
        "The floor under the kiosk's key feedback: the bare Tauri window (`bench/bare-window`) \
         with one field and one key of the kiosk's sizes, in the same webview, screen {w}×{h}, \
         tapped as the kiosk's keys are (カ and ⌫ in turn; {taps}), each timed from the tap's \
         release to just after the frame showing the field's new value.\n\n",
        w = args.width,
        h = args.height,
        taps = taps_are(&args.pointer),
    );
    md.push_str(&table(
        &["interaction", "n", "p50 ms", "p95 ms", "p99 ms", "max ms"],
        &[vec![
            "key released → value painted".to_owned(),
            keys.len().to_string(),
            format!("{:.1}", percentile(keys, 50.0)),
            format!("{:.1}", percentile(keys, 95.0)),
            format!("{:.1}", percentile(keys, 99.0)),
            format!("{:.1}", keys.iter().copied().fold(f64::NAN, f64::max)),
        ]],
    ));
    md.push_str(&format!("\nMachine meanwhile: {}.\n", load::describe(busy)));
    let mut summary = Vec::new();
    if !keys.is_empty() {
        summary.push((
            "p95 ms key feedback floor".to_owned(),
            format!("{:.0}", percentile(keys, 95.0)),
        ));
    }
    Section {
        id: "21-touch-floor".to_owned(),
        title: "Touch latency floor: one field and one key in a bare window".to_owned(),
        markdown: md,
        summary,
        busy: Some(busy.clone()),
        figures: json!({ "keys_ms": keys }),
    }
    .labelled(args.figures_label().as_deref())
    .write(&args.results)
    .map_err(|e| e.to_string())
}

struct Measured {
    keys: Vec<f64>,
    nexts: Vec<f64>,
    keys_down: Vec<f64>,
    nexts_down: Vec<f64>,
    attract: proc::TreeMemory,
    done: proc::TreeMemory,
    after: proc::TreeMemory,
}

async fn measure(
    d: &WebDriver,
    args: &Args,
    pointer: &Pointer,
    roots: &dyn Fn() -> Vec<u32>,
) -> R<Measured> {
    screen(d, "attract").await?;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let attract = proc::memory(&roots());
    eprintln!(
        "drive[{}]: attract {:.0} MiB PSS",
        args.contender, attract.pss_mib
    );

    fill_to_my_page(d).await?;
    // Back to 基本情報 for the key taps: one 戻る for each step after it.
    for _ in 0..FORWARD.len() - 1 {
        tap(d, "btn-back").await?;
    }
    screen(d, "basic").await?;
    let mut key_ms = Vec::new();
    let mut key_down = Vec::new();
    if args.taps > 0 {
        open_field(d, "field-basic.family_kana").await?;
        // Whatever is there goes first (not timed).
        while !value(d, "field-basic.family_kana").await.is_empty() {
            tap(d, "key-backspace").await?;
        }
        let cycle = ["key-カ", "key-dakuten", "key-backspace"];
        for i in 0..args.taps {
            let (up, down) =
                measured_tap(d, pointer, cycle[i % 3], "value", "field-basic.family_kana").await?;
            key_ms.push(up);
            key_down.push(down);
        }
        // Leave the field as the walk filled it.
        while !value(d, "field-basic.family_kana").await.is_empty() {
            tap(d, "key-backspace").await?;
        }
        kana(d, "ヤマダ").await?;
        close_keyboard(d).await?;
        eprintln!(
            "drive[{}]: {} key taps, p50 {:.1} ms, p95 {:.1} ms",
            args.contender,
            key_ms.len(),
            percentile(&key_ms, 50.0),
            percentile(&key_ms, 95.0)
        );
    }
    let mut next_ms = Vec::new();
    let mut next_down = Vec::new();
    while next_ms.len() < args.nexts {
        for pair in FORWARD.windows(2) {
            if next_ms.len() >= args.nexts {
                break;
            }
            screen(d, pair[0]).await?;
            let (up, down) = measured_tap(
                d,
                pointer,
                "btn-next",
                "screen",
                &format!("screen-{}", pair[1]),
            )
            .await?;
            next_ms.push(up);
            next_down.push(down);
        }
        // Back to 基本情報 from wherever the pass stopped.
        loop {
            let on_basic = d
                .find_all(css("screen-basic"))
                .await
                .map(|v| !v.is_empty())
                .unwrap_or(false);
            if on_basic {
                break;
            }
            tap(d, "btn-back").await?;
            tokio::time::sleep(Duration::from_millis(30)).await;
        }
    }
    if args.nexts > 0 {
        eprintln!(
            "drive[{}]: {} 次へ, p50 {:.1} ms, p95 {:.1} ms",
            args.contender,
            next_ms.len(),
            percentile(&next_ms, 50.0),
            percentile(&next_ms, 95.0)
        );
    }
    // Forward to My Page and submit.
    for pair in FORWARD.windows(2) {
        next(d, pair[1]).await?;
    }
    submit_from_my_page(d).await?;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let done = proc::memory(&roots());
    tap(d, "btn-finish").await?;
    screen(d, "attract").await?;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let after = proc::memory(&roots());
    eprintln!(
        "drive[{}]: done {:.0} MiB, after {:.0} MiB PSS",
        args.contender, done.pss_mib, after.pss_mib
    );
    Ok(Measured {
        keys: key_ms,
        nexts: next_ms,
        keys_down: key_down,
        nexts_down: next_down,
        attract,
        done,
        after,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser as _;

    #[derive(clap::Parser)]
    struct Cli {
        #[command(flatten)]
        args: Args,
    }

    fn args(extra: &[&str]) -> Args {
        let mut argv = vec![
            "drive",
            "--contender",
            "kiosk",
            "--kiosk-bin",
            "k",
            "--kiosk-config",
            "c",
            "--work",
            "w",
            "--results",
            "r",
        ];
        argv.extend_from_slice(extra);
        Cli::parse_from(argv).args
    }

    #[test]
    fn figures_by_the_x_pointer_are_labelled_apart_and_with_the_conditions() {
        assert_eq!(args(&[]).figures_label(), None);
        assert_eq!(
            args(&["--pointer", "x"]).figures_label().as_deref(),
            Some("x pointer")
        );
        assert_eq!(
            args(&["--pointer", "x", "--label", "1 cpu"])
                .figures_label()
                .as_deref(),
            Some("1 cpu, x pointer")
        );
        assert_eq!(
            args(&["--label", "1 cpu"]).figures_label().as_deref(),
            Some("1 cpu")
        );
    }
}
