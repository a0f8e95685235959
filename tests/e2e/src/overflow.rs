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
