//! Text that does not fit: on the screen as it stands, every element that clips its content
//! (`overflow` hidden or clip, on either axis) but whose content is larger than its box
//! (`scrollWidth > clientWidth` or `scrollHeight > clientHeight`). Long translations (Portuguese,
//! Tagalog) must wrap, not vanish under an edge. Scrolling containers are fine, and so are the
//! screen-reader-only texts (a 1 px box that clips by design).

use thirtyfour::WebDriver;

const CLIPPED_NOW: &str = r#"
function clippedNow() {
const out = [];
for (const el of document.body.querySelectorAll('*')) {
  const style = getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden') continue;
  const clips = (v) => v === 'hidden' || v === 'clip';
  const x = clips(style.overflowX), y = clips(style.overflowY);
  if (!x && !y) continue;
  if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;
  if (el.closest('.visually-hidden')) continue;
  const wide = x && el.scrollWidth > el.clientWidth + 1;
  const tall = y && el.scrollHeight > el.clientHeight + 1;
  if (!wide && !tall) continue;
  const id = el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : '';
  const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '';
  out.push(`${el.tagName.toLowerCase()}${id}${cls}: content ${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}: ${(el.innerText || '').slice(0, 80).replace(/\s+/g, ' ')}`);
}
return out;
}
"#;

/// The text sizes the visitor can choose: the UI writes the choice to `<html data-size>` and
/// nothing else (App.svelte; the access walks tap the real buttons), and every size rule is CSS.
const EVERY_SIZE: &str = r#"
const root = document.documentElement;
const was = root.dataset.size;
const out = [];
for (const size of ['standard', 'large', 'xlarge']) {
  root.dataset.size = size;
  void document.body.offsetHeight;
  for (const found of clippedNow()) out.push(`${size}: ${found}`);
}
root.dataset.size = was;
void document.body.offsetHeight;
return out;
"#;

/// Runs a page script that answers a list of strings (what it found), naming `what` if it fails.
pub async fn found_by(
    d: &WebDriver,
    script: &str,
    args: Vec<serde_json::Value>,
    what: &str,
) -> Vec<String> {
    let answer = d
        .execute(script, args)
        .await
        .unwrap_or_else(|e| panic!("{what} did not run: {e}"));
    answer
        .json()
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// The elements whose text is clipped, described (tag, test id, classes, sizes, text).
pub async fn clipped(d: &WebDriver) -> Vec<String> {
    let script = format!("{CLIPPED_NOW}\nreturn clippedNow();");
    found_by(d, &script, Vec::new(), "the overflow check").await
}

/// The same, at each of the three text sizes in turn (each finding names its size); the size
/// the visitor chose is put back.
pub async fn clipped_at_every_size(d: &WebDriver) -> Vec<String> {
    let script = format!("{CLIPPED_NOW}\n{EVERY_SIZE}");
    found_by(d, &script, Vec::new(), "the overflow check at every size").await
}

/// Fails naming every element of `screen` whose text is clipped at any of the three sizes.
pub async fn expect_nothing_clipped_at_any_size(d: &WebDriver, screen: &str) {
    let found = clipped_at_every_size(d).await;
    assert!(
        found.is_empty(),
        "{screen}: text overflows its box:\n{}",
        found.join("\n")
    );
}

/// Fails naming every clipped element of `screen`.
pub async fn expect_nothing_clipped(d: &WebDriver, screen: &str) {
    let found = clipped(d).await;
    assert!(
        found.is_empty(),
        "{screen}: text overflows its box:\n{}",
        found.join("\n")
    );
}

const PAGE_SCRIPT: &str = r#"
const root = document.scrollingElement || document.documentElement;
const out = [];
if (root.scrollTop !== 0 || root.scrollLeft !== 0) {
  out.push(`the page itself is scrolled by ${root.scrollLeft},${root.scrollTop} (its content is ${root.scrollWidth}x${root.scrollHeight}); lowest elements:`);
  const all = [...document.body.querySelectorAll('*')].map((el) => [el, el.getBoundingClientRect().bottom + root.scrollTop]);
  all.sort((a, b) => b[1] - a[1]);
  for (const [el, bottom] of all.slice(0, 6)) out.push(`  ${el.tagName.toLowerCase()}.${String(el.className)} ${el.dataset.testid || ''} bottom ${Math.round(bottom)} position ${getComputedStyle(el).position}`);
}
const h = window.innerHeight, w = window.innerWidth;
for (const el of document.body.querySelectorAll('*')) {
  const style = getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden' || style.position === 'fixed') continue;
  if (el.closest('.visually-hidden')) continue;
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) continue;
  // WCAG 1.4.10: a box may scroll one way, never sideways as well.
  if (['auto', 'scroll'].includes(style.overflowY) && el.scrollWidth > el.clientWidth + 1) {
    const id = el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : '';
    out.push(`${el.tagName.toLowerCase()}${id}.${String(el.className)} scrolls sideways: content ${el.scrollWidth} wide in ${el.clientWidth}`);
  }
  // Only what sticks out of the window while its scrolling ancestors are scrolled to their
  // start: content in a scrolling box may lie beyond the window.
  let p = el.parentElement, inScroller = false;
  while (p && p !== document.body) {
    const s = getComputedStyle(p);
    if (['auto', 'scroll'].includes(s.overflowY) || ['auto', 'scroll'].includes(s.overflowX)) { inScroller = true; break; }
    p = p.parentElement;
  }
  if (inScroller) continue;
  if (r.bottom + root.scrollTop > h + 1 || r.right + root.scrollLeft > w + 1) {
    const id = el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : '';
    const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '';
    out.push(`${el.tagName.toLowerCase()}${id}${cls} ends at ${Math.round(r.right)},${Math.round(r.bottom)} of ${w}x${h}`);
  }
}
return out.slice(0, 12);
"#;

/// The page itself fits the window: not scrolled (the kiosk's page never scrolls, its boxes
/// do), and nothing outside a scrolling box reaches past the window's edges.
pub async fn expect_page_fits(d: &WebDriver, screen: &str) {
    let found = found_by(d, PAGE_SCRIPT, Vec::new(), "the page-size check").await;
    assert!(
        found.is_empty(),
        "{screen}: the page does not fit the window:\n{}",
        found.join("\n")
    );
}

/// The element is wholly on the screen as the screen shows it, without scrolling: a visitor who
/// does not know the screen scrolls still sees it (終了 on the done screen once was below the
/// edge of a landscape screen).
pub async fn expect_in_view(d: &WebDriver, testid: &str, screen: &str) {
    const SCRIPT: &str = r#"
const e = document.querySelector(`[data-testid="${arguments[0]}"]`);
if (!e) return ['not on the page'];
const r = e.getBoundingClientRect();
const inside = r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
return inside ? [] : [`at ${Math.round(r.left)},${Math.round(r.top)} to ${Math.round(r.right)},${Math.round(r.bottom)} in a window of ${window.innerWidth}x${window.innerHeight}`];
"#;
    let found = found_by(
        d,
        SCRIPT,
        vec![serde_json::json!(testid)],
        "the in-view check",
    )
    .await;
    assert!(
        found.is_empty(),
        "{screen}: `{testid}` is not on the screen without scrolling: {}",
        found.join("; ")
    );
}
