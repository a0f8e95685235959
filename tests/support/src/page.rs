//! Scripts the test and benchmark hosts run in the kiosk's page, written once.

/// An asynchronous WebDriver script (`execute_async`, the element as its first argument) that
/// resolves once the element has kept its place on the screen from one frame to the next, or
/// after a second. A tap aimed while the page still moves (the on-screen keyboard opening or
/// closing, a field scrolled into view) lands on whatever has moved there: the soak benchmark
/// once lost a visitor to 「名前は一つだけ」 ticked by a tap meant for the field below it.
pub const SETTLED: &str = r#"
const e = arguments[0], done = arguments[arguments.length - 1];
let last = null, over = false;
const finish = () => { if (!over) { over = true; done(true); } };
// A page that paints no frame (nothing changes) still lets the tap go after a second.
setTimeout(finish, 1000);
const look = () => {
  if (over) return;
  const r = e.getBoundingClientRect();
  const place = `${r.left},${r.top},${r.width},${r.height},${window.scrollY}`;
  if (place === last) { finish(); return; }
  last = place;
  requestAnimationFrame(look);
};
requestAnimationFrame(look);
"#;

/// An asynchronous WebDriver script (`execute_async`; arguments: a test id and
/// `{ enabled, settle, patience }`) that resolves with the first element of that test id which is
/// shown — and enabled, and has kept its place from one frame to the next as [`SETTLED`] waits,
/// when asked — or with `null` when none is within `patience` milliseconds. One round trip to
/// the webview where finding, looking, checking and waiting took two to five: a walk's few
/// hundred taps spent most of their time in those round trips. *Shown* is what WebDriver's own
/// check looks at here: laid out, visible, and no ancestor faded out to nothing (a screen fading
/// in is not yet tappable); *enabled* is not `:disabled`.
pub const SHOWN: &str = r#"
const [testid, { enabled, settle, patience }] = arguments;
const done = arguments[arguments.length - 1];
const selector = `[data-testid="${CSS.escape(testid)}"]`;
const until = Date.now() + patience;
const shown = (e) => {
  if (e.getClientRects().length === 0 || getComputedStyle(e).visibility !== 'visible') return false;
  for (let n = e; n instanceof Element; n = n.parentElement) {
    if (getComputedStyle(n).opacity === '0') return false;
  }
  return true;
};
const find = () =>
  [...document.querySelectorAll(selector)].find((e) => shown(e) && !(enabled && e.matches(':disabled')));
let last = null, over = false, fallback = null;
const finish = (e) => { if (!over) { over = true; clearTimeout(fallback); done(e); } };
const look = () => {
  if (over) return;
  const e = find();
  if (!e) {
    if (Date.now() >= until) { finish(null); return; }
    last = null;
    setTimeout(look, 50);
    return;
  }
  if (!settle) { finish(e); return; }
  // A page that paints no frame (nothing changes) still lets the tap go after a second.
  if (fallback === null) fallback = setTimeout(() => finish(find() || null), 1000);
  const r = e.getBoundingClientRect();
  const place = `${r.left},${r.top},${r.width},${r.height},${window.scrollY}`;
  if (place === last) { finish(e); return; }
  last = place;
  requestAnimationFrame(look);
};
look();
"#;

/// What [`shown_element`] waits for besides the element being shown.
#[derive(Clone, Copy, Debug)]
pub struct Wanted {
    /// Not `:disabled`.
    pub enabled: bool,
    /// Keeping its place from one frame to the next (as [`SETTLED`] waits).
    pub settle: bool,
}

/// The first element of this test id that is shown (and what `wanted` asks), asked of the page
/// with [`SHOWN`] a few seconds at a time until `patience` is over: `Ok(None)` then. A page that
/// cannot be asked for a moment (the reset loads it afresh: WebDriver answers "frame not found"
/// meanwhile) is asked again; `Err` with WebDriver's last answer when it never could be.
#[cfg(feature = "webdriver")]
pub async fn shown_element(
    d: &thirtyfour::WebDriver,
    testid: &str,
    wanted: Wanted,
    patience: std::time::Duration,
) -> Result<Option<thirtyfour::WebElement>, String> {
    use std::time::{Duration, Instant};
    // Below WebDriver's script timeout (30 s unless set), whatever the patience.
    const ASK: Duration = Duration::from_secs(10);
    let deadline = Instant::now() + patience;
    loop {
        let left = deadline.saturating_duration_since(Instant::now()).min(ASK);
        let options = serde_json::json!({
            "enabled": wanted.enabled,
            "settle": wanted.settle,
            "patience": left.as_millis() as u64,
        });
        let asked = d
            .execute_async(SHOWN, vec![serde_json::json!(testid), options])
            .await;
        match asked {
            Ok(answer) if !answer.json().is_null() => {
                return answer
                    .element()
                    .map(Some)
                    .map_err(|e| format!("looking for `{testid}`: {e}"));
            }
            Ok(_) if Instant::now() >= deadline => return Ok(None),
            Ok(_) => {}
            Err(e) if Instant::now() >= deadline => {
                return Err(format!("looking for `{testid}`: {e}"))
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}
