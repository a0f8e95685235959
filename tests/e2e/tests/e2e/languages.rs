//! Every language of `locales/languages.tsv`, learnt from the table (no list here): one whole
//! application per language and orientation on the web adapter in headless Chromium at the
//! kiosk's screen size, offline (the done screen comes from the outbox). On every screen of the
//! walk: no text clipped (`overflow`) at any of the three text sizes; on the attract, consent,
//! basic, review and done screens also axe-core and a picture in `docs/screens/<language>/`; the
//! attract screen shows all its settings without scrolling at the standard size. On the way: `<html lang>` is the language's tag, the picker names
//! it in itself, free text starts on its keyboard, and the attract screen's invitation comes
//! round in every language. The same walk runs in the real kiosk (WebKitGTK) in Vietnamese,
//! whose diacritics stack above and below the letters, and in Thai, which WebKit must break into
//! lines without spaces between words.

use std::path::Path;
use std::time::Duration;

use madoguchi_core::Language;
use madoguchi_e2e::axe::Audit;
use madoguchi_e2e::kiosk::{KioskRun, Link, Setup};
use madoguchi_e2e::overflow::{expect_nothing_clipped_at_any_size, found_by};
use madoguchi_e2e::shots::{LANGUAGES_LANDSCAPE, LANGUAGES_PORTRAIT, LANGUAGES_WEBVIEW};
use madoguchi_e2e::touch::{choose, close_keyboard, page_language, screen, shown, tap, text};
use madoguchi_e2e::visitor::{self, expect_heading, next, Eyes, TARO};
use madoguchi_e2e::webkiosk::WebKioskRun;
use madoguchi_e2e::{Orientation, Shots};
use thirtyfour::WebDriver;

use crate::WEB_KIOSK;

#[tokio::test]
async fn languages_every_screen_fits_portrait() {
    every_language(Orientation::Portrait, LANGUAGES_PORTRAIT).await;
}

#[tokio::test]
async fn languages_every_screen_fits_landscape() {
    every_language(Orientation::Landscape, LANGUAGES_LANDSCAPE).await;
}

/// Vietnamese and Thai in the real kiosk binary's webview, portrait: the same walk, the page
/// fitting the window on every pictured screen, pictures in `docs/screens/portrait/2xx-*`.
#[tokio::test]
async fn languages_real_webview_vietnamese_and_thai() {
    let orientation = Orientation::Portrait;
    let run =
        KioskRun::start_with(orientation, Setup::new("languages-webview", Link::Offline)).await;
    let d = run.driver();
    let mut shots = Shots::of_display(orientation, run.display(), LANGUAGES_WEBVIEW);
    let work = async {
        for code in ["vi", "th"] {
            let language = Language::from_code(code)
                .unwrap_or_else(|| panic!("{code} is in locales/languages.tsv"));
            let mut eyes = Eyes {
                shots: Some(&mut shots),
                audit: None,
                fit: true,
            };
            one_application(d, &mut eyes, language).await;
        }
    };
    if tokio::time::timeout(Duration::from_secs(600), work)
        .await
        .is_err()
    {
        panic!(
            "the webview walks took too long; see {}",
            run.log().display()
        );
    }
    run.quit().await;
    shots.publish();
}

/// The screen as it stands: nothing clipped at any size, then the picture and the audit.
async fn look(d: &WebDriver, eyes: &mut Eyes<'_>, language: &str, name: &str) {
    fits(d, language, name).await;
    eyes.look(d, &format!("{language}-{name}")).await;
}

/// Nothing clipped on the screen as it stands, at the standard, large and extra large sizes.
async fn fits(d: &WebDriver, language: &str, name: &str) {
    expect_nothing_clipped_at_any_size(d, &format!("{language}/{name}")).await;
}

/// The attract screen at the standard size: the start button and every setting (13 languages,
/// sizes, colours, speech) in view at once, without scrolling its box.
async fn attract_in_view(d: &WebDriver, language: &str) {
    let found = found_by(
        d,
        r#"const box = document.querySelector('[data-testid=screen-attract]');
           if (!box) return ['no attract screen'];
           return box.scrollHeight > box.clientHeight + 1
             ? [`its content is ${box.scrollHeight} px tall in ${box.clientHeight}`] : [];"#,
        Vec::new(),
        "the attract screen's height check",
    )
    .await;
    assert!(
        found.is_empty(),
        "{language}/attract does not fit: {}",
        found.join("; ")
    );
}

async fn every_language(orientation: Orientation, range: std::ops::Range<u32>) {
    let name = format!("languages-{}", orientation.name());
    let kiosk = WebKioskRun::start(
        Path::new(WEB_KIOSK),
        orientation,
        Setup::new(&name, Link::Offline),
    )
    .await;
    let d = kiosk.driver();
    let mut audit = Audit::new(&name);
    let mut sets = Vec::new();
    let work = async {
        invitations_come_round(d).await;
        for language in Language::all() {
            let code = language.code();
            let mut shots = Shots::of_browser(code, range.clone());
            let mut eyes = Eyes {
                shots: Some(&mut shots),
                audit: Some(&mut audit),
                fit: false,
            };
            one_application(d, &mut eyes, language).await;
            sets.push(shots);
        }
    };
    if tokio::time::timeout(
        Duration::from_secs(240 * Language::all().len() as u64),
        work,
    )
    .await
    .is_err()
    {
        panic!("{name} took too long; see {}", kiosk.log().display());
    }
    kiosk.quit().await;
    audit.finish();
    for shots in &sets {
        shots.publish();
    }
}

/// The attract screen's line cycles through every offered language, each in its own.
async fn invitations_come_round(d: &WebDriver) {
    screen(d, "attract").await;
    let mut seen = std::collections::BTreeSet::new();
    let deadline =
        tokio::time::Instant::now() + Duration::from_secs(4 * Language::all().len() as u64 + 5);
    while seen.len() < Language::all().len() {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the invitation showed only {seen:?}"
        );
        let line = shown(d, "attract-invite").await;
        let code = line
            .attr("data-lang")
            .await
            .ok()
            .flatten()
            .unwrap_or_default();
        let lang = line.attr("lang").await.ok().flatten().unwrap_or_default();
        if let Some(language) = Language::from_code(&code) {
            let want = visitor::message(code.as_str(), "attract-touch");
            let got = line.text().await.unwrap_or_default();
            if got == want {
                assert_eq!(lang, language.info().tag, "the invitation's lang in {code}");
                seen.insert(code);
            }
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

async fn one_application(d: &WebDriver, eyes: &mut Eyes<'_>, language: Language) {
    let code = language.code();
    let p = &TARO;
    screen(d, "attract").await;
    let button = shown(d, &format!("lang-{code}")).await;
    assert_eq!(
        button.text().await.unwrap_or_default(),
        language.info().endonym
    );
    tap(d, &format!("lang-{code}")).await;
    expect_heading(d, "attract", code, "attract-title").await;
    assert_eq!(page_language(d).await, language.info().tag, "<html lang>");
    attract_in_view(d, code).await;
    look(d, eyes, code, "attract").await;
    tap(d, "btn-start").await;
    screen(d, "consent").await;
    expect_heading(d, "consent", code, "consent-title").await;
    tap(d, "field-consent").await;
    look(d, eyes, code, "consent").await;
    next(d, "basic").await;
    visitor::basic(d, &mut Eyes::default(), p).await;
    close_keyboard(d).await;
    look(d, eyes, code, "basic").await;
    // Free text starts on the language's keyboard; the rest of the walk writes kana.
    next(d, "contact").await;
    visitor::contact(d, &mut Eyes::default(), p).await;
    close_keyboard(d).await;
    fits(d, code, "contact").await;
    next(d, "disclosure").await;
    visitor::disclosure_required_only(d).await;
    fits(d, code, "disclosure").await;
    next(d, "desired-work").await;
    visitor::desired_work(d, &mut Eyes::default(), code).await;
    close_keyboard(d).await;
    fits(d, code, "desired-work").await;
    next(d, "situation").await;
    visitor::situation(d, &mut Eyes::default()).await;
    fits(d, code, "situation").await;
    next(d, "education").await;
    visitor::education(d, &mut Eyes::default()).await;
    close_keyboard(d).await;
    fits(d, code, "education").await;
    next(d, "work-history").await;
    tap(d, "btn-add-job").await;
    tap(d, "field-work_history.0.employer").await;
    visitor::expect_keyboard(d, language.info().keyboard).await;
    close_keyboard(d).await;
    tap(d, "btn-remove-job-0").await;
    visitor::work_history(d, &mut Eyes::default(), p).await;
    close_keyboard(d).await;
    fits(d, code, "work-history").await;
    next(d, "disability").await;
    fits(d, code, "disability").await;
    next(d, "self-pr").await;
    fits(d, code, "self-pr").await;
    next(d, "review").await;
    expect_heading(d, "review", code, "review-title").await;
    let basic = text(d, "review-basic").await;
    assert!(
        basic.contains(p.family),
        "the review shows the name: {basic:?}"
    );
    look(d, eyes, code, "review").await;
    next(d, "my-page").await;
    fits(d, code, "my-page").await;
    choose(d, "choice-my_page.wanted-no").await;
    visitor::submitted(d, code).await;
    choose(d, "survey-score-4").await;
    look(d, eyes, code, "done").await;
    madoguchi_e2e::overflow::expect_in_view(d, "btn-finish", &format!("{code}/done")).await;
    tap(d, "btn-finish").await;
    screen(d, "attract").await;
}
