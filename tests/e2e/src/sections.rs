//! The official form's 求職情報提供等, 障害について and 自己PR screens as a visitor fills them by
//! touch (every item, or only what is required), the review that keeps the answers about a
//! disability hidden until the visitor taps 「表示する」, and the counter that reads every item
//! back.

use thirtyfour::WebDriver;

use crate::chrome::Chrome;
use crate::pages::{self, find, server_message, Look};
use crate::server::ServerRun;
use crate::touch::{choose, expect_value, is_shown, kana, screen, shown, tap, text};
use crate::visitor::{expect_keyboard, message, Eyes, Receipt};

/// 求職情報提供等, every item: shown without past employers' names, all three ways of contact,
/// 午前中 by 変換 as the time to avoid. The e-mail address must already be on 住所・連絡先.
pub async fn disclosure_in_full(d: &WebDriver, eyes: &mut Eyes<'_>) {
    screen(d, "disclosure").await;
    choose(d, "choice-disclosure.publication-without-employer-names").await;
    for method in ["phone", "email", "post"] {
        choose(d, &format!("chip-disclosure.contact_methods-{method}")).await;
    }
    tap(d, "field-disclosure.avoid_times").await;
    expect_keyboard(d, "kana").await;
    convert(d, "ゴゼンチュウ", "午前中").await;
    expect_value(d, "field-disclosure.avoid_times", "午前中").await;
    tap(d, "key-close").await;
    eyes.look(d, "disclosure").await;
}

/// 障害について, every item: support wanted, 精神障害者保健福祉手帳 2級, two kinds of help and
/// 通院 by 変換.
pub async fn disability_in_full(d: &WebDriver, eyes: &mut Eyes<'_>) {
    screen(d, "disability").await;
    assert!(
        !is_shown(d, "disability-details").await,
        "the certificate is asked only once support is wanted"
    );
    choose(d, "choice-disability.support-wanted").await;
    choose(d, "choice-disability.certificate-mental").await;
    assert!(
        !is_shown(d, "choice-disability.grade-4").await,
        "the mental certificate has three grades"
    );
    choose(d, "choice-disability.grade-2").await;
    choose(d, "chip-disability.needs-hours").await;
    choose(d, "chip-disability.needs-hospital").await;
    tap(d, "field-disability.needs_text").await;
    expect_keyboard(d, "kana").await;
    convert(d, "ツウイン", "通院").await;
    expect_value(d, "field-disability.needs_text", "通院").await;
    tap(d, "key-close").await;
    eyes.look(d, "disability").await;
}

/// 自己PR・特記事項, both: 接客 by 変換, 改行, レジ; then the notes in kana.
pub async fn self_pr_in_full(d: &WebDriver, eyes: &mut Eyes<'_>) {
    screen(d, "self-pr").await;
    tap(d, "field-self_pr.appeal").await;
    expect_keyboard(d, "kana").await;
    convert(d, "セッキャク", "接客").await;
    tap(d, "key-newline").await;
    kana(d, "レジ").await;
    expect_value(d, "field-self_pr.appeal", "接客\nレジ").await;
    assert_eq!(
        text(d, "count-self_pr.appeal").await,
        message("ja", "text-count")
            .replace("{ $count }", "5")
            .replace("{ $max }", "400"),
        "the count of characters so far"
    );
    eyes.look(d, "self-pr-keyboard").await;
    tap(d, "field-self_pr.notes").await;
    kana(d, "シガツカラ").await;
    expect_value(d, "field-self_pr.notes", "シガツカラ").await;
    tap(d, "key-close").await;
    eyes.look(d, "self-pr").await;
}

/// Types `reading` on the 50音 keyboard, then 変換 and the candidate `word`.
async fn convert(d: &WebDriver, reading: &str, word: &str) {
    kana(d, reading).await;
    tap(d, "key-convert").await;
    tap(d, &format!("candidate-{word}")).await;
}

/// The review hides the answers about a disability until 「表示する」, then shows them.
pub async fn review_keeps_disability_hidden(d: &WebDriver, eyes: &mut Eyes<'_>) {
    screen(d, "review").await;
    let certificate = message("ja", "certificate-mental");
    shown(d, "review-disability-hidden").await;
    let hidden = text(d, "review-disability").await;
    assert!(
        !hidden.contains(&certificate),
        "the review shows the certificate before 表示する: {hidden:?}"
    );
    let review = text(d, "screen-review").await;
    assert!(
        review.contains("午前中") && review.contains("接客"),
        "the review shows the other new screens: {review:?}"
    );
    let centre = "document.querySelector('[data-testid=review-disability]').scrollIntoView({block: 'center'})";
    d.execute(centre, vec![]).await.ok();
    eyes.look(d, "review-disability-hidden").await;
    tap(d, "btn-show-disability").await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while !text(d, "review-disability").await.contains(&certificate) {
        assert!(
            std::time::Instant::now() < deadline,
            "表示する shows no certificate: {}",
            text(d, "review-disability").await
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    d.execute(centre, vec![]).await.ok();
    eyes.look(d, "review-disability-shown").await;
}

/// The counter's text of the application's item `field` (its `dd[data-field]`).
async fn item(d: &WebDriver, field: &str) -> String {
    find(d, &format!("dd[data-field='{field}']"))
        .await
        .text()
        .await
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// Staff sign in at the counter, open the application and find each item of the three screens
/// as `want` says (field, text), photographing the two parts of the page that hold them.
pub async fn counter_reads(
    browser: &Chrome,
    look: &mut Look<'_>,
    server: &ServerRun,
    receipt: &Receipt,
    want: &[(&str, String)],
) {
    let d = browser.driver();
    browser
        .fit_viewport(crate::chrome::DESKTOP.0, crate::chrome::DESKTOP.1)
        .await;
    d.goto(&format!("{}/counter", server.url()))
        .await
        .expect("the counter opens");
    pages::expect_h1(d, &server_message("ja", "srv-counter-signin-title")).await;
    pages::counter_signs_in(d).await;
    pages::open_at_counter(
        d,
        &mut Look {
            shots: None,
            audit: None,
        },
        receipt,
    )
    .await;
    for (field, expected) in want {
        assert_eq!(
            &item(d, field).await,
            expected,
            "the counter's {field}: {}",
            pages::describe_page(d).await
        );
    }
    for (field, name) in [
        ("disclosure.publication", "application-disclosure"),
        ("disability.support", "application-disability-self-pr"),
    ] {
        let dd = find(d, &format!("dd[data-field='{field}']")).await;
        dd.scroll_into_view().await.ok();
        d.execute("window.scrollBy(0, -120)", vec![]).await.ok();
        look.at(d, "counter", name).await;
    }
}
