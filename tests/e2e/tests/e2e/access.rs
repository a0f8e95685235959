//! A kiosk for everyone (issue 17): the text at 200 % (特大) with each of the two other colour
//! schemes, and 「下に表示」. One whole application per orientation on the web adapter in headless
//! Chromium at the kiosk's screen size, offline: 特大 and 高コントラスト in portrait, 特大 and 黒地
//! in landscape, chosen on the attract screen. On every screen of the way (keyboard open or not):
//! no text clipped, axe-core clean (its contrast rule included), a picture in
//! `docs/screens/access-<orientation>/`. 終了 puts the size and colours back for the next visitor.
//! In portrait with 「下に表示」, every button and key of the basic screen lies in the lower
//! part of the screen.

use std::path::Path;
use std::time::Duration;

use madoguchi_e2e::axe::Audit;
use madoguchi_e2e::kiosk::{Link, Setup};
use madoguchi_e2e::shots::{ACCESS_LANDSCAPE, ACCESS_PORTRAIT, REACH};
use madoguchi_e2e::touch::{close_keyboard, screen, shown, tap};
use madoguchi_e2e::visitor::{self, expect_heading, next, Eyes, TARO};
use madoguchi_e2e::webkiosk::WebKioskRun;
use madoguchi_e2e::{Orientation, Shots};
use thirtyfour::WebDriver;

use crate::WEB_KIOSK;

#[tokio::test]
async fn access_200_percent_high_contrast_portrait() {
    whole_walk(Orientation::Portrait, "contrast", ACCESS_PORTRAIT).await;
}

#[tokio::test]
async fn access_200_percent_dark_landscape() {
    whole_walk(Orientation::Landscape, "dark", ACCESS_LANDSCAPE).await;
}

/// The root element's data attribute (`size`, `theme`, `reach`) as the UI set it.
async fn root_data(d: &WebDriver, key: &str) -> String {
    let answer = d
        .execute(
            "return document.documentElement.dataset[arguments[0]] || '';",
            vec![serde_json::json!(key)],
        )
        .await
        .unwrap_or_else(|e| panic!("the root's data-{key} could not be read: {e}"));
    answer.json().as_str().unwrap_or_default().to_owned()
}

async fn whole_walk(orientation: Orientation, theme: &str, range: std::ops::Range<u32>) {
    let name = format!("access-{}", orientation.name());
    let kiosk = WebKioskRun::start(
        Path::new(WEB_KIOSK),
        orientation,
        Setup::new(&name, Link::Offline),
    )
    .await;
    let d = kiosk.driver();
    let mut audit = Audit::new(&name);
    let mut shots = Shots::of_browser(&name, range);
    let work = async {
        let mut eyes = Eyes {
            shots: Some(&mut shots),
            audit: Some(&mut audit),
            fit: true,
        };
        walk(d, &mut eyes, theme).await;
    };
    if tokio::time::timeout(Duration::from_secs(600), work)
        .await
        .is_err()
    {
        panic!("{name} took too long; see {}", kiosk.log().display());
    }
    kiosk.quit().await;
    audit.finish();
    shots.publish();
}

async fn walk(d: &WebDriver, eyes: &mut Eyes<'_>, theme: &str) {
    let p = &TARO;
    screen(d, "attract").await;
    tap(d, "size-xlarge").await;
    tap(d, &format!("theme-{theme}")).await;
    assert_eq!(root_data(d, "size").await, "xlarge");
    assert_eq!(root_data(d, "theme").await, theme);
    eyes.look(d, "attract").await;
    tap(d, "btn-start").await;
    screen(d, "consent").await;
    tap(d, "field-consent").await;
    eyes.look(d, "consent").await;
    next(d, "basic").await;
    shown(d, "step-summary").await;
    visitor::basic(d, eyes, p).await;
    close_keyboard(d).await;
    eyes.look(d, "basic").await;
    next(d, "contact").await;
    visitor::contact(d, eyes, p).await;
    next(d, "disclosure").await;
    visitor::disclosure_required_only(d).await;
    eyes.look(d, "disclosure").await;
    next(d, "desired-work").await;
    visitor::desired_work(d, eyes, "ja").await;
    next(d, "situation").await;
    visitor::situation(d, eyes).await;
    next(d, "education").await;
    visitor::education(d, eyes).await;
    next(d, "work-history").await;
    visitor::work_history(d, eyes, p).await;
    next(d, "disability").await;
    eyes.look(d, "disability").await;
    next(d, "self-pr").await;
    eyes.look(d, "self-pr").await;
    next(d, "review").await;
    expect_heading(d, "review", "ja", "review-title").await;
    eyes.look(d, "review").await;
    next(d, "my-page").await;
    visitor::my_page_and_submit(d, eyes, "ja", p).await;
    visitor::finish(d, eyes).await;
    // The next visitor starts from the standard size and colours.
    assert_eq!(root_data(d, "size").await, "standard");
    assert_eq!(root_data(d, "theme").await, "standard");
}

/// 「下に表示」 in portrait: the basic screen with its keyboard open has every button and key in
/// the lower 60 % of the screen, and 終了/最初からやり直す turns it off.
#[tokio::test]
async fn access_reach_puts_every_target_low() {
    let name = "access-reach";
    let kiosk = WebKioskRun::start(
        Path::new(WEB_KIOSK),
        Orientation::Portrait,
        Setup::new(name, Link::Offline),
    )
    .await;
    let d = kiosk.driver();
    let mut audit = Audit::new(name);
    let mut shots = Shots::of_browser("access-portrait", REACH);
    let work = async {
        let mut eyes = Eyes {
            shots: Some(&mut shots),
            audit: Some(&mut audit),
            fit: true,
        };
        screen(d, "attract").await;
        tap(d, "layout-reach").await;
        assert_eq!(root_data(d, "reach").await, "lower");
        shown(d, "reach-top").await;
        eyes.look(d, "reach-attract").await;
        tap(d, "btn-start").await;
        screen(d, "consent").await;
        tap(d, "field-consent").await;
        next(d, "basic").await;
        tap(d, "field-basic.family_name").await;
        shown(d, "keyboard").await;
        eyes.look(d, "reach-basic-keyboard").await;
        let high = targets_above(d, 0.4).await;
        assert!(
            high.is_empty(),
            "with 下に表示, targets in the upper part of the screen: {high:?}"
        );
        close_keyboard(d).await;
        let high = targets_above(d, 0.4).await;
        assert!(
            high.is_empty(),
            "with 下に表示, targets in the upper part of the screen: {high:?}"
        );
        tap(d, "btn-reset").await;
        shown(d, "dialog-reset").await;
        eyes.look(d, "reach-dialog").await;
        let high = targets_above(d, 0.4).await;
        assert!(high.is_empty(), "the dialog's buttons stay low: {high:?}");
        tap(d, "btn-reset-confirm").await;
        screen(d, "attract").await;
        assert_eq!(root_data(d, "reach").await, "none");
    };
    if tokio::time::timeout(Duration::from_secs(300), work)
        .await
        .is_err()
    {
        panic!("{name} took too long; see {}", kiosk.log().display());
    }
    kiosk.quit().await;
    audit.finish();
    shots.publish();
}

/// The visible buttons, inputs and keys whose top edge is above `fraction` of the window's
/// height, described by their test id or text.
async fn targets_above(d: &WebDriver, fraction: f64) -> Vec<String> {
    const SCRIPT: &str = r#"
const limit = window.innerHeight * arguments[0] - 1;
const out = [];
for (const el of document.querySelectorAll('button, input, textarea, select, a[href], [role=button]')) {
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) continue;
  const style = getComputedStyle(el);
  if (style.visibility === 'hidden') continue;
  if (r.bottom <= 0 || r.top >= window.innerHeight) continue;
  if (r.top < limit) out.push(`${el.dataset.testid || el.textContent.trim().slice(0, 20)} at ${Math.round(r.top)}px`);
}
return out;
"#;
    let answer = d
        .execute(SCRIPT, vec![serde_json::json!(fraction)])
        .await
        .unwrap_or_else(|e| panic!("the targets could not be measured: {e}"));
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
