//! What a visitor can do: tap what is shown. Every helper finds its element by `data-testid`
//! (ui/README.md), waits until it is shown (and enabled, for a tap), and fails with a message
//! naming the element and what the screen showed instead, so a failure reads like a bug report.

use std::time::{Duration, Instant};

use serde_json::Value;
use thirtyfour::{By, WebDriver, WebElement};

use crate::page::{shown_element, Wanted};

/// How long an element may take to appear after the tap that should show it.
pub const WAIT: Duration = Duration::from_secs(10);

/// The CSS selector of a test id.
pub fn by_testid(testid: &str) -> By {
    let quoted = testid.replace('\\', "\\\\").replace('"', "\\\"");
    By::Css(format!("[data-testid=\"{quoted}\"]"))
}

/// A few words on what is on screen now, for failure messages: the screens shown, the error
/// summary and the findings.
pub async fn describe(d: &WebDriver) -> String {
    const SCRIPT: &str = r#"
        const shown = (e) => e.getClientRects().length > 0;
        const ids = (sel) => [...document.querySelectorAll(sel)].filter(shown).map((e) => e.dataset.testid);
        const texts = (sel) => [...document.querySelectorAll(sel)].filter(shown).map((e) => e.innerText.trim());
        return JSON.stringify({
            screens: ids('[data-testid^="screen-"]'),
            dialogs: ids('[data-testid^="dialog-"]'),
            findings: texts('[data-testid^="finding-"], [data-testid="error-summary"], [data-testid="lookup-error"], [data-testid="review-blocked"], [data-testid^="review-"] .problems li'),
        });
    "#;
    match d.execute(SCRIPT, Vec::new()).await {
        Ok(ret) => ret
            .json()
            .as_str()
            .map(str::to_owned)
            .unwrap_or_else(|| ret.json().to_string()),
        Err(e) => format!("(the page cannot be asked: {e})"),
    }
}

async fn first_shown(d: &WebDriver, testid: &str) -> Option<WebElement> {
    for e in d.find_all(by_testid(testid)).await.ok()? {
        if e.is_displayed().await.unwrap_or(false) {
            return Some(e);
        }
    }
    None
}

const SHOWN: Wanted = Wanted {
    enabled: false,
    settle: false,
};

/// The element with this test id, once it is shown.
pub async fn shown_within(d: &WebDriver, testid: &str, timeout: Duration) -> WebElement {
    if let Some(e) = shown_element(d, testid, SHOWN, timeout).await {
        return e;
    }
    // Not shown in time, or the page could not be asked: WebDriver's own check, once more
    // briefly, then the failure with what is on screen.
    let deadline = Instant::now() + Duration::from_secs(1);
    loop {
        if let Some(e) = first_shown(d, testid).await {
            return e;
        }
        if Instant::now() >= deadline {
            panic!(
                "`{testid}` is not shown after {timeout:?}; on screen: {}",
                describe(d).await
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

pub async fn shown(d: &WebDriver, testid: &str) -> WebElement {
    shown_within(d, testid, WAIT).await
}

/// Whether an element with this test id is shown right now.
pub async fn is_shown(d: &WebDriver, testid: &str) -> bool {
    shown_element(d, testid, SHOWN, Duration::ZERO)
        .await
        .is_some()
}

/// Waits for `screen-<name>`.
pub async fn screen(d: &WebDriver, name: &str) -> WebElement {
    shown(d, &format!("screen-{name}")).await
}

/// Taps the element with this test id once it is shown and enabled.
pub async fn tap(d: &WebDriver, testid: &str) {
    let deadline = Instant::now() + WAIT;
    // The keys of the on-screen keyboard stay put while it is open; anything else waits until
    // the page has stopped moving, or the tap lands on whatever moved under it.
    let settle = !testid.starts_with("key-");
    let wanted = Wanted {
        enabled: true,
        settle,
    };
    let element = match shown_element(d, testid, wanted, WAIT).await {
        Some(e) => e,
        None => {
            // WebDriver's own checks, to tell "not shown" from "disabled".
            let element = shown_within(d, testid, Duration::from_secs(1)).await;
            if !element.is_enabled().await.unwrap_or(false) {
                panic!(
                    "`{testid}` stays disabled; on screen: {}",
                    describe(d).await
                );
            }
            if settle {
                crate::page::settled(d, &element).await;
            }
            element
        }
    };
    if let Some(mirror) = crate::mirror::active() {
        if let Err(e) = mirror.tap(d, &element, testid).await {
            panic!(
                "tapping `{testid}` on both screens: {e}; on screen here: {}",
                describe(d).await
            );
        }
        return;
    }
    // While the on-screen keyboard opens or closes the page moves under the finger, and
    // WebDriver answers "not interactable" for that moment: tap again once it has settled.
    loop {
        match element.click().await {
            Ok(()) => break,
            Err(e) if e.to_string().contains("not interactable") && Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            Err(e) => panic!(
                "tapping `{testid}` failed: {e}; on screen: {}",
                describe(d).await
            ),
        }
    }
}

/// Taps a choice (radio button or toggle chip) and checks that it is now chosen: a tap that
/// lands but does not select is a bug a visitor would see.
pub async fn choose(d: &WebDriver, testid: &str) {
    tap(d, testid).await;
    let deadline = Instant::now() + WAIT;
    loop {
        let e = shown(d, testid).await;
        let checked = e.attr("aria-checked").await.ok().flatten();
        let pressed = e.attr("aria-pressed").await.ok().flatten();
        if checked.as_deref() == Some("true") || pressed.as_deref() == Some("true") {
            return;
        }
        if Instant::now() >= deadline {
            panic!(
                "`{testid}` was tapped but is not chosen (aria-checked {checked:?}, aria-pressed \
                 {pressed:?}); on screen: {}",
                describe(d).await
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Taps on-screen keyboard keys by their `data-key` (`key-<key>` test ids).
pub async fn keys(d: &WebDriver, keys: &[&str]) {
    for key in keys {
        tap(d, &format!("key-{key}")).await;
    }
}

/// Types digits (and `-`, `:`) on the numeric pad.
pub async fn digits(d: &WebDriver, text: &str) {
    for c in text.chars() {
        tap(d, &format!("key-{c}")).await;
    }
}

/// Types on the Latin keyboard; capitals through ⇧.
pub async fn latin(d: &WebDriver, text: &str) {
    for c in text.chars() {
        if c.is_ascii_uppercase() {
            tap(d, "key-shift").await;
        }
        tap(d, &format!("key-{}", c.to_ascii_lowercase())).await;
    }
}

/// The taps that type one katakana on the 50音 keyboard: the base kana, then ゛ ゜ or 小.
pub fn kana_taps(c: char) -> Vec<String> {
    const DAKUTEN: (&str, &str) = (
        "ガギグゲゴザジズゼゾダヂヅデドバビブベボヴ",
        "カキクケコサシスセソタチツテトハヒフヘホウ",
    );
    const HANDAKUTEN: (&str, &str) = ("パピプペポ", "ハヒフヘホ");
    const SMALL: (&str, &str) = ("ァィゥェォッャュョヮ", "アイウエオツヤユヨワ");
    for ((marked, base), modifier) in [
        (DAKUTEN, "dakuten"),
        (HANDAKUTEN, "handakuten"),
        (SMALL, "small"),
    ] {
        if let Some(i) = marked.chars().position(|m| m == c) {
            let b = base.chars().nth(i).expect("tables are aligned");
            return vec![format!("key-{b}"), format!("key-{modifier}")];
        }
    }
    if c == ' ' || c == '　' {
        return vec!["key-space".to_owned()];
    }
    vec![format!("key-{c}")]
}

/// Types katakana on the 50音 keyboard.
pub async fn kana(d: &WebDriver, text: &str) {
    for c in text.chars() {
        for testid in kana_taps(c) {
            tap(d, &testid).await;
        }
    }
}

/// The current value of the input with this test id.
pub async fn value(d: &WebDriver, testid: &str) -> String {
    let e = shown(d, testid).await;
    e.prop("value").await.ok().flatten().unwrap_or_default()
}

/// Waits until the input with this test id holds `expected`.
pub async fn expect_value(d: &WebDriver, testid: &str, expected: &str) {
    let deadline = Instant::now() + WAIT;
    loop {
        let got = value(d, testid).await;
        if got == expected {
            return;
        }
        if Instant::now() >= deadline {
            panic!("`{testid}` holds {got:?}, expected {expected:?}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The visible text of the element with this test id.
pub async fn text(d: &WebDriver, testid: &str) -> String {
    shown(d, testid).await.text().await.unwrap_or_default()
}

/// The text of the screen's `<h1>`.
pub async fn heading(d: &WebDriver, screen_name: &str) -> String {
    let screen = screen(d, screen_name).await;
    match screen.find(By::Css("h1")).await {
        Ok(h1) => h1.text().await.unwrap_or_default().trim().to_owned(),
        Err(e) => panic!("screen-{screen_name} has no <h1>: {e}"),
    }
}

/// `document.documentElement.lang`.
pub async fn page_language(d: &WebDriver) -> String {
    d.execute("return document.documentElement.lang;", Vec::new())
        .await
        .ok()
        .and_then(|r| r.json().as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Returns once the page has painted what is in the DOM now: fonts loaded, two animation frames.
pub async fn painted(d: &WebDriver) {
    const SCRIPT: &str = r#"
        const done = arguments[arguments.length - 1];
        document.fonts.ready.then(() =>
            requestAnimationFrame(() => requestAnimationFrame(() => done(true))));
    "#;
    let _: Result<_, _> = d.execute_async(SCRIPT, Vec::<Value>::new()).await;
}

/// Holds a finger on the element (a pointer pressed and not moved) for `hold`, then lifts it.
pub async fn long_press(d: &WebDriver, testid: &str, hold: Duration) {
    let element = shown(d, testid).await;
    if let Err(e) = d
        .action_chain()
        .click_and_hold_element(&element)
        .perform()
        .await
    {
        panic!("pressing `{testid}` failed: {e}");
    }
    tokio::time::sleep(hold).await;
    if let Err(e) = d.action_chain().release().perform().await {
        panic!("lifting the finger off `{testid}` failed: {e}");
    }
}

/// Types on a physical keyboard into the input with this test id (a visitor's own keyboard, or
/// a paste): the way full-width digits and ひらがな arrive, which the on-screen keyboards never
/// produce.
pub async fn type_physical(d: &WebDriver, testid: &str, text: &str) {
    let element = shown(d, testid).await;
    if let Err(e) = element.click().await {
        panic!("tapping `{testid}` failed: {e}");
    }
    if let Err(e) = element.send_keys(text).await {
        panic!("typing {text:?} into `{testid}` failed: {e}");
    }
}

/// Empties the input with this test id as a keyboard user would: select all, delete.
pub async fn erase(d: &WebDriver, testid: &str) {
    use thirtyfour::Key;
    let element = shown(d, testid).await;
    if let Err(e) = element.click().await {
        panic!("tapping `{testid}` failed: {e}");
    }
    let select_all = Key::Control + "a";
    if let Err(e) = element.send_keys(select_all).await {
        panic!("selecting `{testid}` failed: {e}");
    }
    if let Err(e) = element.send_keys(Key::Backspace).await {
        panic!("erasing `{testid}` failed: {e}");
    }
    expect_value(d, testid, "").await;
}

/// The computed colour of the left border of the form field around the element with this test
/// id (red for an error, orange for a warning), as `[r, g, b]`.
pub async fn field_mark_colour(d: &WebDriver, testid: &str) -> [u8; 3] {
    let element = shown(d, testid).await;
    const SCRIPT: &str = r#"
        const field = arguments[0].closest('.field');
        if (!field) return null;
        const m = getComputedStyle(field).borderLeftColor.match(/\d+/g);
        return m ? m.slice(0, 3).map(Number) : null;
    "#;
    let arg = element
        .to_json()
        .unwrap_or_else(|e| panic!("`{testid}` cannot be passed to a script: {e}"));
    let ret = d
        .execute(SCRIPT, vec![arg])
        .await
        .unwrap_or_else(|e| panic!("the colour of `{testid}` cannot be read: {e}"));
    let rgb: Vec<u8> = ret
        .json()
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_u64())
                .map(|v| v as u8)
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(
        rgb.len(),
        3,
        "`{testid}` is not inside a .field with a border"
    );
    [rgb[0], rgb[1], rgb[2]]
}

/// The class of a finding (`error` red, `warning` orange) with this test id.
pub async fn finding_severity(d: &WebDriver, testid: &str) -> String {
    let e = shown(d, testid).await;
    let class = e.attr("class").await.ok().flatten().unwrap_or_default();
    if class.split_whitespace().any(|c| c == "error") {
        "error".to_owned()
    } else if class.split_whitespace().any(|c| c == "warning") {
        "warning".to_owned()
    } else {
        class
    }
}

/// 入力を閉じる, when the on-screen keyboard is open.
pub async fn close_keyboard(d: &WebDriver) {
    if is_shown(d, "key-close").await {
        tap(d, "key-close").await;
    }
    // The page grows back as the keyboard goes: a tap before that lands where a choice was.
    let deadline = Instant::now() + WAIT;
    while is_shown(d, "keyboard").await && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_millis(150)).await;
}

/// A character's strokes as KanjiVG draws them (in its 109 × 109 box), from
/// `tests/e2e/fixtures/strokes.json` (`scripts/kanjivg-strokes`).
pub fn kanjivg_strokes(character: char) -> Vec<Vec<(f64, f64)>> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/strokes.json");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let doc: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let strokes = doc["characters"][character.to_string()]
        .as_array()
        .unwrap_or_else(|| panic!("{path} has no strokes of {character}"));
    strokes
        .iter()
        .map(|stroke| {
            stroke
                .as_array()
                .map(|points| {
                    points
                        .iter()
                        .map(|p| (p[0].as_f64().unwrap_or(0.0), p[1].as_f64().unwrap_or(0.0)))
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect()
}

/// Writes one character on the writing pad with a finger: each stroke pressed, drawn through its
/// points and lifted, in writing order, scaled into the middle of the pad.
pub async fn write_on_pad(d: &WebDriver, character: char) {
    write_strokes_on_pad(d, &character.to_string(), &kanjivg_strokes(character)).await;
}

/// Writes strokes given in KanjiVG's 109 × 109 box (`what` names them in messages).
pub async fn write_strokes_on_pad(d: &WebDriver, what: &str, strokes: &[Vec<(f64, f64)>]) {
    let pad = shown(d, "writing-pad").await;
    // A character chosen a moment ago clears the pad; drawing before that would lose a stroke.
    pad_settles(d, 0).await;
    let rect = pad.rect().await.expect("the pad has a size");
    let side = rect.width.min(rect.height) * 0.8;
    // W3C pointer offsets are from the element's centre.
    let at = |(x, y): (f64, f64)| {
        (
            ((x / 109.0 - 0.5) * side).round() as i64,
            ((y / 109.0 - 0.5) * side).round() as i64,
        )
    };
    let count = strokes.iter().filter(|s| !s.is_empty()).count();
    for stroke in strokes {
        let Some(first) = stroke.first().copied() else {
            continue;
        };
        let (x0, y0) = at(first);
        let mut chain = d
            .action_chain()
            .move_to_element_with_offset(&pad, x0, y0)
            .click_and_hold();
        let mut last = (x0, y0);
        for point in stroke.iter().skip(1).step_by(2) {
            let (x, y) = at(*point);
            if (x, y) != last {
                chain = chain.move_by_offset(x - last.0, y - last.1);
                last = (x, y);
            }
        }
        if let Err(e) = chain.release().perform().await {
            panic!("drawing a stroke of {what} failed: {e}");
        }
    }
    pad_settles(d, count).await;
}

/// Waits until the pad holds this many strokes and their candidates are found (`data-strokes`,
/// `aria-busy`), so the candidates on screen belong to the whole character.
async fn pad_settles(d: &WebDriver, strokes: usize) {
    let deadline = Instant::now() + WAIT;
    loop {
        let pad = shown(d, "writing-pad").await;
        let held = pad.attr("data-strokes").await.ok().flatten();
        let busy = pad.attr("aria-busy").await.ok().flatten();
        if held.as_deref() == Some(strokes.to_string().as_str()) && busy.as_deref() != Some("true")
        {
            return;
        }
        if Instant::now() >= deadline {
            panic!(
                "the pad holds {held:?} strokes (busy {busy:?}), expected {strokes}; on screen: {}",
                describe(d).await
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Types on the Latin keyboard, accented letters by a long press on their base letter (a
/// capital after ⇧, as on the key faces).
pub async fn latin_with_accents(d: &WebDriver, text: &str) {
    for c in text.chars() {
        let upper = c.is_uppercase();
        let base = base_letter(c);
        if upper {
            tap(d, "key-shift").await;
        }
        if base == c.to_lowercase().next().unwrap_or(c) {
            tap(d, &format!("key-{base}")).await;
            continue;
        }
        long_press(d, &format!("key-{base}"), Duration::from_millis(900)).await;
        tap(d, &format!("accent-{c}")).await;
    }
}

/// The a–z key an accented letter is found under (ễ → e, đ → d).
fn base_letter(c: char) -> char {
    let lower = c.to_lowercase().next().unwrap_or(c);
    const GROUPS: &[(char, &str)] = &[
        ('a', "áàâãäåảạăắằẳẵặấầẩẫậ"),
        ('c', "çčć"),
        ('d', "đ"),
        ('e', "éèêëẽẻẹếềểễệ"),
        ('i', "íìîïĩỉịı"),
        ('n', "ñńň"),
        ('o', "óòôõöøỏọốồổỗộơớờởỡợ"),
        ('u', "úùûüũủụưứừửữự"),
        ('y', "ýỳỹỷỵÿ"),
    ];
    GROUPS
        .iter()
        .find(|(_, forms)| forms.contains(lower))
        .map(|(base, _)| *base)
        .unwrap_or(lower)
}
