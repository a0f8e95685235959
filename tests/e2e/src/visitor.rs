//! A visitor's way through the kiosk, by taps on the on-screen keyboards only, step by step, so
//! that scenarios can stop anywhere (the idle scenario stops on 住所・連絡先) and the same walk
//! runs in the real webview and on the web adapter in Chromium. Every screen can be photographed
//! and audited on the way ([`Eyes`]).

use std::path::Path;
use std::time::{Duration, Instant};

use rusqlite::{Connection, OpenFlags};
use thirtyfour::WebDriver;

use crate::axe::Audit;
use crate::tools::repo_root;
use crate::touch::{
    choose, close_keyboard, describe, digits, expect_value, heading, is_shown, kana, latin,
    page_language, screen, shown, shown_within, tap, text, value,
};
use crate::Shots;

/// A test person. Names are given in katakana only (the 「漢字で入力できない」 way), with voiced
/// and small kana so that ゛ and 小 are exercised; every value is made up.
#[derive(Debug, Clone, Copy)]
pub struct Person {
    pub family: &'static str,
    pub given: &'static str,
    pub phone: &'static str,
    pub email_local: &'static str,
    pub email_domain: &'static str,
    pub employer: &'static str,
}

impl Person {
    pub fn email(&self) -> String {
        format!("{}{}", self.email_local, self.email_domain)
    }

    /// What must never be left behind once the visitor has gone.
    pub fn secrets(&self) -> Vec<String> {
        vec![
            self.family.to_owned(),
            self.given.to_owned(),
            self.phone.to_owned(),
            self.email(),
            self.email_local.to_owned(),
            self.employer.to_owned(),
        ]
    }
}

pub const KYOKO: Person = Person {
    family: "ヤマダ",
    given: "キョウコ",
    phone: "09012345678",
    email_local: "kyoko.yamada",
    email_domain: "@gmail.com",
    employer: "ミドリヤ",
};

pub const TARO: Person = Person {
    family: "スズキ",
    given: "ジュンペイ",
    phone: "08055501234",
    email_local: "junpei.suzuki",
    email_domain: "@yahoo.co.jp",
    employer: "ハナブサ",
};

pub const HANAKO: Person = Person {
    family: "タナカ",
    given: "ショウコ",
    phone: "07011112222",
    email_local: "shoko.tanaka",
    email_domain: "@gmail.com",
    employer: "コバヤシ",
};

/// 〒100-0001 is one town: 東京都千代田区千代田.
pub const POSTCODE: &str = "1000001";
/// 事務的職業 → 一般事務・秘書・受付の職業.
pub const OCCUPATION_MAJOR: &str = "06";
pub const OCCUPATION_MIDDLE: &str = "034";

/// What the visitor takes away from the done screen.
#[derive(Debug, Clone)]
pub struct Receipt {
    pub number: String,
    /// The QR code's URL (`data-url` of `qr-code`), which the phone opens.
    pub url: String,
}

/// Screenshots and the accessibility audit taken on the way; either may be absent.
#[derive(Default)]
pub struct Eyes<'a> {
    pub shots: Option<&'a mut Shots>,
    pub audit: Option<&'a mut Audit>,
    /// Also fails the test if any text on screen is clipped (`overflow::expect_nothing_clipped`).
    pub fit: bool,
}

impl Eyes<'_> {
    /// Photographs (as `NN-<name>.png`) and audits (as `kiosk/<name>`) what is on screen.
    pub async fn look(&mut self, d: &WebDriver, name: &str) {
        if self.fit {
            crate::overflow::expect_nothing_clipped(d, name).await;
            crate::overflow::expect_page_fits(d, name).await;
        }
        if let Some(shots) = self.shots.as_deref_mut() {
            shots.take(d, name).await;
        }
        if let Some(audit) = self.audit.as_deref_mut() {
            audit.check(d, &format!("kiosk/{name}")).await;
        }
    }
}

/// 次へ, and the screen it leads to.
pub async fn next(d: &WebDriver, to: &str) {
    tap(d, "btn-next").await;
    screen(d, to).await;
}

/// The screen's heading is the locale's text for it.
pub async fn expect_heading(d: &WebDriver, screen_name: &str, language: &str, id: &str) {
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

pub async fn expect_keyboard(d: &WebDriver, mode: &str) {
    let panel = shown(d, "keyboard").await;
    let got = panel.attr("data-mode").await.ok().flatten();
    assert_eq!(got.as_deref(), Some(mode), "the keyboard's layout");
}

/// From the attract screen, in `language`, to 基本情報 (consent given).
pub async fn start(d: &WebDriver, eyes: &mut Eyes<'_>, language: &str) {
    screen(d, "attract").await;
    if language != "ja" {
        tap(d, &format!("lang-{language}")).await;
    }
    expect_heading(d, "attract", language, "attract-title").await;
    let tag = madoguchi_core::Language::from_code(language)
        .unwrap_or_else(|| panic!("{language} is not in locales/languages.tsv"))
        .info()
        .tag;
    assert_eq!(page_language(d).await, tag, "<html lang>");
    eyes.look(d, &shot_name(language, "attract")).await;
    tap(d, "btn-start").await;

    screen(d, "consent").await;
    expect_heading(d, "consent", language, "consent-title").await;
    tap(d, "field-consent").await;
    eyes.look(d, &shot_name(language, "consent")).await;
    next(d, "basic").await;
    expect_heading(d, "basic", language, "basic-title").await;
}

/// `ja` pictures keep their plain names (the committed set); others are prefixed.
fn shot_name(language: &str, name: &str) -> String {
    if language == "ja" {
        name.to_owned()
    } else {
        format!("{language}-{name}")
    }
}

/// 基本情報: the name in katakana only on the 50音 keyboard, a 昭和 birth date, sex.
pub async fn basic(d: &WebDriver, eyes: &mut Eyes<'_>, p: &Person) {
    screen(d, "basic").await;
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
        ("field-basic.family_name", p.family),
        ("field-basic.given_name", p.given),
        ("field-basic.family_kana", p.family),
        ("field-basic.given_kana", p.given),
    ] {
        tap(d, field).await;
        expect_keyboard(d, "kana").await;
        kana(d, name).await;
        expect_value(d, field, name).await;
    }
    eyes.look(d, "basic-kana-keyboard").await;
    birth_date_and_sex(d, eyes).await;
}

/// The rest of 基本情報 once the names are in: a 昭和 birth date on the numeric pad, sex.
pub async fn birth_date_and_sex(d: &WebDriver, eyes: &mut Eyes<'_>) {
    // 入力を閉じる first: a tap elsewhere that closes the keyboard can be lost (a known UI bug).
    close_keyboard(d).await;
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
    close_keyboard(d).await;
    choose(d, "choice-basic.sex-female").await;
    eyes.look(d, "basic").await;
}

/// 住所・連絡先 up to the phone number: postcode → 住所を検索 → (pick) → 番地, phone on the
/// numeric pad. The keyboard is left open.
pub async fn contact_address_and_phone(d: &WebDriver, eyes: &mut Eyes<'_>, p: &Person) {
    screen(d, "contact").await;
    tap(d, "field-contact.postcode").await;
    expect_keyboard(d, "numeric").await;
    digits(d, POSTCODE).await;
    tap(d, "btn-lookup-postcode").await;
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if is_shown(d, "address-option-0").await {
            eyes.look(d, "contact-address-options").await;
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
    digits(d, p.phone).await;
    expect_value(d, "field-contact.phone", p.phone).await;
}

/// The email on the Latin keyboard with a domain key (on 住所・連絡先 or on マイページ).
pub async fn type_email(d: &WebDriver, p: &Person) {
    tap(d, "field-contact.email").await;
    expect_keyboard(d, "latin").await;
    latin(d, p.email_local).await;
    tap(d, &format!("key-{}", p.email_domain)).await;
    expect_value(d, "field-contact.email", &p.email()).await;
}

/// 住所・連絡先, the whole step (the email is left for マイページ).
pub async fn contact(d: &WebDriver, eyes: &mut Eyes<'_>, p: &Person) {
    contact_address_and_phone(d, eyes, p).await;
    eyes.look(d, "contact-keyboard").await;
    close_keyboard(d).await;
    eyes.look(d, "contact").await;
}

/// 希望する仕事: an occupation by major → middle group, a chip, a monthly wage.
pub async fn desired_work(d: &WebDriver, eyes: &mut Eyes<'_>, language: &str) {
    screen(d, "desired-work").await;
    tap(d, "btn-add-occupation").await;
    shown(d, "occupation-picker").await;
    shown(d, &format!("occ-major-{OCCUPATION_MAJOR}")).await;
    eyes.look(d, "occupation-major").await;
    tap(d, &format!("occ-major-{OCCUPATION_MAJOR}")).await;
    shown(d, &format!("occ-middle-{OCCUPATION_MIDDLE}")).await;
    eyes.look(d, "occupation-middle").await;
    tap(d, &format!("occ-middle-{OCCUPATION_MIDDLE}")).await;
    assert_eq!(
        text(d, "occupation-0").await,
        occupation_name(language, OCCUPATION_MIDDLE),
        "the chosen occupation is listed as 第1希望"
    );
    assert!(!is_shown(d, "occupation-picker").await, "the picker closed");
    choose(d, "chip-desired_work.employment_types-full-time").await;
    choose(d, "choice-desired_work.wage.kind-monthly").await;
    tap(d, "field-desired_work.wage.amount").await;
    expect_keyboard(d, "numeric").await;
    digits(d, "250000").await;
    close_keyboard(d).await;
    eyes.look(d, "desired-work").await;
}

/// 求職情報の提供等, only what it requires: not published, contact by phone.
pub async fn disclosure_required_only(d: &WebDriver) {
    screen(d, "disclosure").await;
    choose(d, "choice-disclosure.publication-not-published").await;
    choose(d, "chip-disclosure.contact_methods-phone").await;
}

/// 現在の状況
pub async fn situation(d: &WebDriver, eyes: &mut Eyes<'_>) {
    screen(d, "situation").await;
    choose(d, "choice-situation.employment-not-employed").await;
    choose(d, "choice-situation.unemployment_insurance-yes").await;
    eyes.look(d, "situation").await;
}

/// 学歴・資格
pub async fn education(d: &WebDriver, eyes: &mut Eyes<'_>) {
    screen(d, "education").await;
    choose(d, "choice-education.final_level-high-school").await;
    eyes.look(d, "education").await;
}

/// 職歴: one job.
pub async fn work_history(d: &WebDriver, eyes: &mut Eyes<'_>, p: &Person) {
    screen(d, "work-history").await;
    tap(d, "btn-add-job").await;
    tap(d, "field-work_history.0.employer").await;
    // Free text starts on the visitor's language's layout (languages.tsv); this person writes kana.
    kana_layout(d).await;
    expect_keyboard(d, "kana").await;
    kana(d, p.employer).await;
    expect_value(d, "field-work_history.0.employer", p.employer).await;
    eyes.look(d, "work-history-keyboard").await;
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
    close_keyboard(d).await;
    choose(d, "choice-work_history.0.employment_type-full-time").await;
    eyes.look(d, "work-history").await;
}

/// Switches the open keyboard to the 50音 layout unless it already shows it.
pub async fn kana_layout(d: &WebDriver) {
    let panel = shown(d, "keyboard").await;
    if panel.attr("data-mode").await.ok().flatten().as_deref() != Some("kana") {
        tap(d, "key-mode-kana").await;
    }
}

/// 確認: every step is listed, the name shows, nothing blocks.
pub async fn review(d: &WebDriver, eyes: &mut Eyes<'_>, language: &str, p: &Person) {
    screen(d, "review").await;
    expect_heading(d, "review", language, "review-title").await;
    for step in STEPS {
        shown(d, &format!("review-{step}")).await;
    }
    let basic = text(d, "review-basic").await;
    assert!(
        basic.contains(p.family) && basic.contains(p.given),
        "the review shows the name: {basic:?}"
    );
    if is_shown(d, "review-blocked").await {
        panic!("the review is blocked: {}", describe(d).await);
    }
    eyes.look(d, "review").await;
}

/// The form steps, in order, as in `screen-<step>` and `review-<step>`.
pub const STEPS: [&str; 9] = [
    "basic",
    "contact",
    "disclosure",
    "desired-work",
    "situation",
    "education",
    "work-history",
    "disability",
    "self-pr",
];

/// The heading id of each form step in kiosk.ftl.
pub fn title_id(step: &str) -> &'static str {
    match step {
        "basic" => "basic-title",
        "contact" => "contact-title",
        "desired-work" => "work-title",
        "situation" => "situation-title",
        "education" => "education-title",
        "work-history" => "history-title",
        "disclosure" => "disclosure-title",
        "disability" => "disability-title",
        "self-pr" => "selfpr-title",
        "review" => "review-title",
        "my-page" => "mypage-title",
        _ => panic!("no form step {step}"),
    }
}

/// 求職者マイページ: the email, then 申し込む; waits for 完了 and reads the receipt and the QR's
/// URL.
pub async fn my_page_and_submit(
    d: &WebDriver,
    eyes: &mut Eyes<'_>,
    language: &str,
    p: &Person,
) -> Receipt {
    screen(d, "my-page").await;
    expect_heading(d, "my-page", language, "mypage-title").await;
    let wanted = shown(d, "choice-my_page.wanted-yes").await;
    assert_eq!(
        wanted.attr("aria-checked").await.ok().flatten().as_deref(),
        Some("true"),
        "My Page is offered by default"
    );
    type_email(d, p).await;
    shown(d, "mypage-password-note").await;
    eyes.look(d, "my-page-keyboard").await;
    close_keyboard(d).await;
    eyes.look(d, "my-page").await;
    submitted(d, language).await
}

/// 申し込む on the My Page screen as it stands; waits for 完了 and reads the receipt and the QR's
/// URL.
pub async fn submitted(d: &WebDriver, language: &str) -> Receipt {
    tap(d, "btn-next").await;

    shown_within(d, "screen-done", Duration::from_secs(30)).await;
    expect_heading(d, "done", language, "done-title").await;
    let qr = shown(d, "qr-code").await;
    let url = qr
        .attr("data-url")
        .await
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("`qr-code` has no data-url"));
    let number = text(d, "receipt-number").await.trim().to_owned();
    assert_eq!(
        number.chars().count(),
        6,
        "a receipt number of 6 characters: {number:?}"
    );
    Receipt { number, url }
}

/// The survey (a score and a reason), a picture of the done screen, 終了, back to the start.
pub async fn finish(d: &WebDriver, eyes: &mut Eyes<'_>) {
    choose(d, "survey-score-4").await;
    shown(d, "survey-reason-easy").await;
    eyes.look(d, "done").await;
    tap(d, "btn-finish").await;
    screen(d, "attract").await;
    expect_heading(d, "attract", "ja", "attract-title").await;
}

/// The whole application from the attract screen to 完了, in `language`.
pub async fn apply(d: &WebDriver, eyes: &mut Eyes<'_>, language: &str, p: &Person) -> Receipt {
    start(d, eyes, language).await;
    basic(d, eyes, p).await;
    after_basic(d, eyes, language, p).await
}

/// From 基本情報, filled, to 完了: every other screen as [`apply`] fills it.
pub async fn after_basic(
    d: &WebDriver,
    eyes: &mut Eyes<'_>,
    language: &str,
    p: &Person,
) -> Receipt {
    next(d, "contact").await;
    expect_heading(d, "contact", language, "contact-title").await;
    contact(d, eyes, p).await;
    next(d, "disclosure").await;
    expect_heading(d, "disclosure", language, "disclosure-title").await;
    disclosure_required_only(d).await;
    next(d, "desired-work").await;
    expect_heading(d, "desired-work", language, "work-title").await;
    desired_work(d, eyes, language).await;
    next(d, "situation").await;
    expect_heading(d, "situation", language, "situation-title").await;
    situation(d, eyes).await;
    next(d, "education").await;
    expect_heading(d, "education", language, "education-title").await;
    education(d, eyes).await;
    next(d, "work-history").await;
    expect_heading(d, "work-history", language, "history-title").await;
    work_history(d, eyes, p).await;
    next(d, "disability").await;
    expect_heading(d, "disability", language, "disability-title").await;
    next(d, "self-pr").await;
    expect_heading(d, "self-pr", language, "selfpr-title").await;
    next(d, "review").await;
    review(d, eyes, language, p).await;
    next(d, "my-page").await;
    my_page_and_submit(d, eyes, language, p).await
}

/// Chooses a language on the attract screen and goes as far as the first form screen, then
/// starts over with 最初からやり直す.
pub async fn first_steps_in(d: &WebDriver, eyes: &mut Eyes<'_>, language: &str) {
    start(d, eyes, language).await;
    eyes.look(d, &shot_name(language, "basic")).await;
    tap(d, "btn-reset").await;
    shown(d, "dialog-reset").await;
    tap(d, "btn-reset-confirm").await;
    screen(d, "attract").await;
    expect_heading(d, "attract", "ja", "attract-title").await;
}

/// The outbox has `rows` rows, one of them for this receipt, and neither it nor any other file in
/// the data directory holds the test person's details in plain text.
pub fn outbox_holds(data_dir: &Path, receipt: &str, rows: usize, p: &Person) {
    let queued = outbox_receipts(data_dir);
    assert_eq!(queued.len(), rows, "queued applications: {queued:?}");
    assert!(
        queued.iter().any(|r| r == receipt),
        "the queued rows {queued:?} hold the one on screen, {receipt}"
    );
    data_dir_is_clean(data_dir, p);
}

/// The receipts of the applications waiting in the outbox.
pub fn outbox_receipts(data_dir: &Path) -> Vec<String> {
    let db = data_dir.join("outbox.db");
    let conn = Connection::open_with_flags(&db, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap_or_else(|e| panic!("{} cannot be opened: {e}", db.display()));
    conn.prepare("SELECT receipt FROM outbox")
        .and_then(|mut s| {
            s.query_map([], |r| r.get(0))?
                .collect::<Result<Vec<String>, _>>()
        })
        .unwrap_or_else(|e| panic!("the outbox cannot be read: {e}"))
}

/// No file in the kiosk's data directory holds the person's details in plain text.
pub fn data_dir_is_clean(data_dir: &Path, p: &Person) {
    let found = crate::search::find_in_tree(data_dir, &p.secrets());
    assert!(
        found.is_empty(),
        "the kiosk's data directory holds personal data in plain text: {found:?}"
    );
}

/// A one-line message of `locales/<language>/kiosk.ftl`.
/// Furigana (`｛漢字｜よみ｝`) read as the plain text shows them, `漢字（よみ）`.
pub fn message(language: &str, id: &str) -> String {
    madoguchi_core::i18n::ruby_plain(&ftl_line(language, "kiosk.ftl", id))
}

pub fn occupation_name(language: &str, code: &str) -> String {
    ftl_line(language, "occupations.ftl", &format!("occ-{code}"))
}

pub fn ftl_line(language: &str, file: &str, id: &str) -> String {
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
