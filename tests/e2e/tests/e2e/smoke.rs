//! Issue 2's smoke run: the real kiosk binary, in portrait and in landscape, walked through by a
//! visitor who only taps (the on-screen keyboards, never typing into inputs), from the attract
//! screen to the QR code and back; then a short walk in English and in やさしいにほんご. Every
//! screen is photographed; at the end the outbox holds exactly the one sealed application.

use std::path::Path;
use std::time::{Duration, Instant};

use madoguchi_e2e::tools::repo_root;
use madoguchi_e2e::touch::{
    choose, describe, digits, expect_value, heading, is_shown, kana, latin, page_language, screen,
    shown, shown_within, tap, text, value,
};
use madoguchi_e2e::{KioskRun, Orientation, Shots};
use rusqlite::{Connection, OpenFlags};
use thirtyfour::WebDriver;

/// The whole run of one orientation, start-up included, stays under this.
const LIMIT: Duration = Duration::from_secs(300);

/// The test person. A name given in katakana only (the 「漢字で入力できない」 way), with a voiced
/// and a small kana so that ゛ and 小 are exercised.
const FAMILY: &str = "ヤマダ";
const GIVEN: &str = "キョウコ";
const PHONE: &str = "09012345678";
const EMAIL_LOCAL: &str = "kyoko.yamada";
const EMAIL_DOMAIN: &str = "@gmail.com";
const EMPLOYER: &str = "ミドリヤ";
/// 〒100-0001 is one town: 東京都千代田区千代田.
const POSTCODE: &str = "1000001";
/// 事務的職業 → 一般事務・秘書・受付の職業.
const OCCUPATION_MAJOR: &str = "06";
const OCCUPATION_MIDDLE: &str = "034";

#[tokio::test]
async fn portrait() {
    smoke(Orientation::Portrait).await;
}

#[tokio::test]
async fn landscape() {
    smoke(Orientation::Landscape).await;
}

async fn smoke(orientation: Orientation) {
    let run = KioskRun::start(orientation).await;
    let mut shots = Shots::new(orientation, run.display());
    let walks = async {
        apply_in_japanese(&run, &mut shots).await;
        first_steps_in(&run, &mut shots, "en").await;
        first_steps_in(&run, &mut shots, "ja-easy").await;
    };
    if tokio::time::timeout(LIMIT, walks).await.is_err() {
        panic!(
            "the {} run took longer than {LIMIT:?}; see {}",
            orientation.name(),
            run.log().display()
        );
    }
    shots.publish();
    eprintln!(
        "{}: {} screenshots in artifacts/screens/{}",
        orientation.name(),
        shots.taken().len(),
        orientation.name()
    );
    run.quit().await;
}

/// 次へ, and the screen it leads to.
async fn next(d: &WebDriver, to: &str) {
    tap(d, "btn-next").await;
    screen(d, to).await;
}

/// The screen's heading is the locale's text for it.
async fn expect_heading(d: &WebDriver, screen_name: &str, language: &str, id: &str) {
    let want = message(language, id);
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let got = heading(d, screen_name).await;
        if got == want {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "screen-{screen_name} is headed {got:?}; locales/{language}: {id} = {want:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn expect_keyboard(d: &WebDriver, mode: &str) {
    let panel = shown(d, "keyboard").await;
    let got = panel.attr("data-mode").await.ok().flatten();
    assert_eq!(got.as_deref(), Some(mode), "the keyboard's layout");
}

async fn apply_in_japanese(run: &KioskRun, shots: &mut Shots) {
    let d = run.driver();

    screen(d, "attract").await;
    expect_heading(d, "attract", "ja", "attract-title").await;
    shots.take(d, "attract").await;
    tap(d, "btn-start").await;

    screen(d, "consent").await;
    expect_heading(d, "consent", "ja", "consent-title").await;
    tap(d, "field-consent").await;
    shots.take(d, "consent").await;
    next(d, "basic").await;

    // 基本情報: the name in katakana only, typed on the 50音 keyboard.
    expect_heading(d, "basic", "ja", "basic-title").await;
    tap(d, "field-basic.name_in_kana_only").await;
    let checkbox = shown(d, "field-basic.name_in_kana_only").await;
    assert_eq!(
        checkbox
            .attr("data-checked")
            .await
            .ok()
            .flatten()
            .as_deref(),
        Some("true"),
        "「漢字で入力できない」 is ticked"
    );
    for (field, name) in [
        ("field-basic.family_name", FAMILY),
        ("field-basic.given_name", GIVEN),
        ("field-basic.family_kana", FAMILY),
        ("field-basic.given_kana", GIVEN),
    ] {
        tap(d, field).await;
        expect_keyboard(d, "kana").await;
        kana(d, name).await;
        expect_value(d, field, name).await;
    }
    shots.take(d, "basic-kana-keyboard").await;
    // 入力を閉じる first: a tap elsewhere that closes the keyboard can be lost (see the report).
    tap(d, "key-close").await;
    choose(d, "choice-basic.birth_date.calendar-showa").await;
    for (field, typed) in [
        ("field-basic.birth_date.year", "60"),
        ("field-basic.birth_date.month", "4"),
        ("field-basic.birth_date.day", "1"),
    ] {
        tap(d, field).await;
        expect_keyboard(d, "numeric").await;
        digits(d, typed).await;
        expect_value(d, field, typed).await;
    }
    tap(d, "key-close").await;
    choose(d, "choice-basic.sex-female").await;
    shots.take(d, "basic").await;
    next(d, "contact").await;

    // 住所・連絡先: postcode → 住所を検索 → (pick) → 番地, phone on the numeric pad.
    expect_heading(d, "contact", "ja", "contact-title").await;
    tap(d, "field-contact.postcode").await;
    expect_keyboard(d, "numeric").await;
    digits(d, POSTCODE).await;
    tap(d, "btn-lookup-postcode").await;
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if is_shown(d, "address-option-0").await {
            shots.take(d, "contact-address-options").await;
            tap(d, "address-option-0").await;
        }
        if !value(d, "field-contact.prefecture").await.is_empty() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "住所を検索 filled no address for {POSTCODE}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    expect_value(d, "field-contact.prefecture", "東京都").await;
    expect_value(d, "field-contact.city", "千代田区").await;
    expect_value(d, "field-contact.town", "千代田").await;
    tap(d, "field-contact.street").await;
    expect_keyboard(d, "numeric").await;
    digits(d, "1-1").await;
    expect_value(d, "field-contact.street", "1-1").await;
    tap(d, "field-contact.phone").await;
    expect_keyboard(d, "numeric").await;
    digits(d, PHONE).await;
    expect_value(d, "field-contact.phone", PHONE).await;
    shots.take(d, "contact-keyboard").await;
    tap(d, "key-close").await;
    shots.take(d, "contact").await;
    next(d, "desired-work").await;

    // 希望する仕事: an occupation by major → middle group, a chip, a monthly wage.
    expect_heading(d, "desired-work", "ja", "work-title").await;
    tap(d, "btn-add-occupation").await;
    shown(d, "occupation-picker").await;
    shown(d, &format!("occ-major-{OCCUPATION_MAJOR}")).await;
    shots.take(d, "occupation-major").await;
    tap(d, &format!("occ-major-{OCCUPATION_MAJOR}")).await;
    shown(d, &format!("occ-middle-{OCCUPATION_MIDDLE}")).await;
    shots.take(d, "occupation-middle").await;
    tap(d, &format!("occ-middle-{OCCUPATION_MIDDLE}")).await;
    assert_eq!(
        text(d, "occupation-0").await,
        occupation_name("ja", OCCUPATION_MIDDLE),
        "the chosen occupation is listed as 第1希望"
    );
    assert!(!is_shown(d, "occupation-picker").await, "the picker closed");
    choose(d, "chip-desired_work.employment_types-full-time").await;
    choose(d, "choice-desired_work.wage.kind-monthly").await;
    tap(d, "field-desired_work.wage.amount").await;
    expect_keyboard(d, "numeric").await;
    digits(d, "250000").await;
    tap(d, "key-close").await;
    shots.take(d, "desired-work").await;
    next(d, "situation").await;

    // 現在の状況
    expect_heading(d, "situation", "ja", "situation-title").await;
    choose(d, "choice-situation.employment-not-employed").await;
    choose(d, "choice-situation.unemployment_insurance-yes").await;
    shots.take(d, "situation").await;
    next(d, "education").await;

    // 学歴・資格
    expect_heading(d, "education", "ja", "education-title").await;
    choose(d, "choice-education.final_level-high-school").await;
    shots.take(d, "education").await;
    next(d, "work-history").await;

    // 職歴: one job.
    expect_heading(d, "work-history", "ja", "history-title").await;
    tap(d, "btn-add-job").await;
    tap(d, "field-work_history.0.employer").await;
    expect_keyboard(d, "kana").await;
    kana(d, EMPLOYER).await;
    expect_value(d, "field-work_history.0.employer", EMPLOYER).await;
    shots.take(d, "work-history-keyboard").await;
    for (field, typed) in [
        ("field-work_history.0.from.year", "2010"),
        ("field-work_history.0.from.month", "4"),
        ("field-work_history.0.to.year", "2020"),
        ("field-work_history.0.to.month", "3"),
    ] {
        tap(d, field).await;
        expect_keyboard(d, "numeric").await;
        digits(d, typed).await;
        expect_value(d, field, typed).await;
    }
    tap(d, "key-close").await;
    choose(d, "choice-work_history.0.employment_type-full-time").await;
    shots.take(d, "work-history").await;
    next(d, "review").await;

    // 確認
    expect_heading(d, "review", "ja", "review-title").await;
    for step in [
        "basic",
        "contact",
        "desired-work",
        "situation",
        "education",
        "work-history",
    ] {
        shown(d, &format!("review-{step}")).await;
    }
    let basic = text(d, "review-basic").await;
    assert!(
        basic.contains(FAMILY) && basic.contains(GIVEN),
        "the review shows the name: {basic:?}"
    );
    if is_shown(d, "review-blocked").await {
        panic!("the review is blocked: {}", describe(d).await);
    }
    shots.take(d, "review").await;
    next(d, "my-page").await;

    // 求職者マイページ: the email on the Latin keyboard with a domain key; then 申し込む.
    expect_heading(d, "my-page", "ja", "mypage-title").await;
    let wanted = shown(d, "choice-my_page.wanted-yes").await;
    assert_eq!(
        wanted.attr("aria-checked").await.ok().flatten().as_deref(),
        Some("true"),
        "My Page is offered by default"
    );
    tap(d, "field-contact.email").await;
    expect_keyboard(d, "latin").await;
    latin(d, EMAIL_LOCAL).await;
    tap(d, &format!("key-{EMAIL_DOMAIN}")).await;
    let email = format!("{EMAIL_LOCAL}{EMAIL_DOMAIN}");
    expect_value(d, "field-contact.email", &email).await;
    shown(d, "mypage-password-note").await;
    shots.take(d, "my-page-keyboard").await;
    tap(d, "key-close").await;
    shots.take(d, "my-page").await;
    tap(d, "btn-next").await;

    // 完了: QR, receipt number, and the application already on disk.
    shown_within(d, "screen-done", Duration::from_secs(30)).await;
    expect_heading(d, "done", "ja", "done-title").await;
    shown(d, "qr-code").await;
    let receipt = text(d, "receipt-number").await.trim().to_owned();
    assert_eq!(
        receipt.chars().count(),
        6,
        "a receipt number of 6 characters: {receipt:?}"
    );
    outbox_holds_only(
        run.data_dir(),
        &receipt,
        &[FAMILY, GIVEN, PHONE, &email, EMAIL_LOCAL, EMPLOYER],
    );
    choose(d, "survey-score-4").await;
    shown(d, "survey-reason-easy").await;
    shots.take(d, "done").await;
    tap(d, "btn-finish").await;
    screen(d, "attract").await;
    expect_heading(d, "attract", "ja", "attract-title").await;
}

/// Chooses a language on the attract screen and goes as far as the first form screen, then
/// starts over with 最初からやり直す.
async fn first_steps_in(run: &KioskRun, shots: &mut Shots, language: &str) {
    let d = run.driver();
    screen(d, "attract").await;
    tap(d, &format!("lang-{language}")).await;
    expect_heading(d, "attract", language, "attract-title").await;
    let lang = if language == "en" { "en" } else { "ja" };
    assert_eq!(page_language(d).await, lang, "<html lang>");
    shots.take(d, &format!("{language}-attract")).await;
    tap(d, "btn-start").await;

    screen(d, "consent").await;
    expect_heading(d, "consent", language, "consent-title").await;
    tap(d, "field-consent").await;
    shots.take(d, &format!("{language}-consent")).await;
    next(d, "basic").await;

    expect_heading(d, "basic", language, "basic-title").await;
    shots.take(d, &format!("{language}-basic")).await;

    tap(d, "btn-reset").await;
    shown(d, "dialog-reset").await;
    tap(d, "btn-reset-confirm").await;
    screen(d, "attract").await;
    expect_heading(d, "attract", "ja", "attract-title").await;
}

/// The outbox has one row, for this receipt, and neither it nor any other file in the data
/// directory holds the test person's details in plain text.
fn outbox_holds_only(data_dir: &Path, receipt: &str, personal: &[&str]) {
    let db = data_dir.join("outbox.db");
    let conn = Connection::open_with_flags(&db, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap_or_else(|e| panic!("{} cannot be opened: {e}", db.display()));
    let rows: Vec<(String, Vec<u8>)> = conn
        .prepare("SELECT receipt, envelope FROM outbox")
        .and_then(|mut s| {
            s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<_, _>>()
        })
        .unwrap_or_else(|e| panic!("the outbox cannot be read: {e}"));
    assert_eq!(rows.len(), 1, "exactly one queued application");
    let (queued, envelope) = &rows[0];
    assert_eq!(queued, receipt, "the queued row is the one on screen");
    for secret in personal {
        assert!(
            !contains(envelope, secret.as_bytes()),
            "the envelope holds {secret:?} in plain text"
        );
    }
    for entry in std::fs::read_dir(data_dir).expect("the data directory can be listed") {
        let path = entry.expect("a directory entry").path();
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        for secret in personal {
            assert!(
                !contains(&bytes, secret.as_bytes()),
                "{} holds {secret:?} in plain text",
                path.display()
            );
        }
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// A one-line message of `locales/<language>/kiosk.ftl`.
fn message(language: &str, id: &str) -> String {
    ftl_line(language, "kiosk.ftl", id)
}

fn occupation_name(language: &str, code: &str) -> String {
    ftl_line(language, "occupations.ftl", &format!("occ-{code}"))
}

fn ftl_line(language: &str, file: &str, id: &str) -> String {
    let path = repo_root().join("locales").join(language).join(file);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} cannot be read: {e}", path.display()));
    let prefix = format!("{id} =");
    let value = text
        .lines()
        .find_map(|line| line.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("{} has no message {id}", path.display()))
        .trim();
    assert!(
        !value.is_empty(),
        "{id} in {} is not a one-line message",
        path.display()
    );
    value.to_owned()
}
