//! Text that does not fit: on the screen as it stands, every element that clips its content
//! (`overflow` hidden or clip, on either axis) but whose content is larger than its box
//! (`scrollWidth > clientWidth` or `scrollHeight > clientHeight`). Long translations (Portuguese,
//! Tagalog) must wrap, not vanish under an edge. Scrolling containers are fine, and so are the
//! screen-reader-only texts (a 1 px box that clips by design).

use thirtyfour::WebDriver;

const SCRIPT: &str = r#"
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
"#;

/// The elements whose text is clipped, described (tag, test id, classes, sizes, text).
pub async fn clipped(d: &WebDriver) -> Vec<String> {
    let answer = d
        .execute(SCRIPT, Vec::new())
        .await
        .unwrap_or_else(|e| panic!("the overflow check did not run: {e}"));
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
    let answer = d
        .execute(PAGE_SCRIPT, Vec::new())
        .await
        .unwrap_or_else(|e| panic!("the page-size check did not run: {e}"));
    let found: Vec<String> = answer
        .json()
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    assert!(
        found.is_empty(),
        "{screen}: the page does not fit the window:\n{}",
        found.join("\n")
    );
}
