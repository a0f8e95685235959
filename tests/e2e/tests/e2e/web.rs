//! The kiosk UI on its web adapter, in headless Chromium: `web-kiosk` serves `ui/dist` and answers
//! `POST /kiosk-api/<command>` with the real kiosk library (checks, postcodes, sealing, outbox,
//! delivery). The same taps as in the real webview, at the kiosk's screen size, in a fraction of
//! the time.
//!
//! - Scenario 2: the whole application in every language but 日本語 (which the real webview
//!   walks), to the server, the phone and the counter (phone and counter pages audited with axe
//!   in the visitor's language).
//! - Scenario 3: forgiving input: full-width digits, ひらがな in フリガナ and odd hyphens are
//!   normalised; an impossible date and an unknown postcode show red; an unusual age shows orange
//!   and is confirmed by pressing 次へ again.
//! - Scenario 4: edit from the review screen and come back with everything else intact.

use std::path::Path;
use std::time::Duration;

use madoguchi_e2e::axe::Audit;
use madoguchi_e2e::chrome::{Chrome, PHONE};
use madoguchi_e2e::kiosk::{Link, Setup};
use madoguchi_e2e::pages;
use madoguchi_e2e::server::ServerRun;
use madoguchi_e2e::touch::{
    choose, close_keyboard, describe, digits, erase, expect_value, field_mark_colour,
    finding_severity, is_shown, screen, tap, text, type_physical, value,
};
use madoguchi_e2e::visitor::{self, next, Eyes, Person, HANAKO, KYOKO, STEPS, TARO};
use madoguchi_e2e::webkiosk::WebKioskRun;
use madoguchi_e2e::Orientation;

use crate::WEB_KIOSK;

const LIMIT: Duration = Duration::from_secs(240);

#[tokio::test]
async fn s2_english_to_the_counter_and_my_page() {
    application_in("en", &TARO).await;
}

#[tokio::test]
async fn s2_easy_japanese_to_the_counter_and_my_page() {
    application_in("ja-easy", &HANAKO).await;
}

// The other languages, each through the server, the phone and the counter (about half a minute
// each on the web adapter); `scripts/e2e-languages` runs only these.
#[tokio::test]
async fn s2_vietnamese_to_the_counter_and_my_page() {
    application_in("vi", &KYOKO).await;
}

#[tokio::test]
async fn s2_thai_to_the_counter_and_my_page() {
    application_in("th", &TARO).await;
}

macro_rules! every_other_language {
    ($($test:ident: $code:literal, $person:ident;)*) => {$(
        #[tokio::test]
        async fn $test() {
            application_in($code, &$person).await;
        }
    )*};
}

every_other_language! {
    s2_lang_zh_hans: "zh-Hans", HANAKO;
    s2_lang_zh_hant: "zh-Hant", KYOKO;
    s2_lang_ko: "ko", TARO;
    s2_lang_pt_br: "pt-BR", HANAKO;
    s2_lang_es: "es", KYOKO;
    s2_lang_id: "id", TARO;
    s2_lang_tl: "tl", HANAKO;
    s2_lang_ne: "ne", KYOKO;
}

async fn application_in(language: &str, p: &Person) {
    let name = format!("s2-{language}");
    let server = ServerRun::start(&name);
    let link = Link::Enrolled {
        url: server.url(),
        code: server.enrolment_code().to_owned(),
        key: server.public_key(),
    };
    let kiosk = WebKioskRun::start(
        Path::new(WEB_KIOSK),
        Orientation::Portrait,
        Setup::new(&name, link),
    )
    .await;
    let mut audit = Audit::new(&format!("{name}-phone-counter"));
    let d = kiosk.driver();
    let work = async {
        let receipt = visitor::apply(d, &mut Eyes::default(), language, p).await;
        server
            .wait_for_application(&receipt.number, Duration::from_secs(60))
            .await;
        assert_eq!(server.copies_of(&receipt.number), 1, "held once");
        visitor::data_dir_is_clean(kiosk.data_dir(), p);
        visitor::finish(d, &mut Eyes::default()).await;

        let browser = Chrome::start(&name, PHONE).await;
        let number = pages::phone_and_counter(
            &browser,
            &server,
            &receipt,
            language,
            p,
            None,
            None,
            Some(&mut audit),
        )
        .await;
        eprintln!("{name}: receipt {}, 求職番号 {number}", receipt.number);
        browser.quit().await;
    };
    if tokio::time::timeout(LIMIT, work).await.is_err() {
        panic!(
            "scenario 2 ({language}) took longer than {LIMIT:?}; see {} and {}",
            kiosk.log().display(),
            server.log_path().display()
        );
    }
    kiosk.quit().await;
    audit.finish();
}

/// Red: the field's mark is pure red (`--c-error`), not orange.
fn is_red([r, g, b]: [u8; 3]) -> bool {
    r >= 180 && g < 50 && b < 50
}

/// Orange: red with a good share of green (`--c-warn`).
fn is_orange([r, g, b]: [u8; 3]) -> bool {
    r >= 180 && (60..=180).contains(&g) && b < 60
}

/// Waits until the field's finding has this severity and the field its colour: the finding
/// of the last 次へ stays on screen until the check of this one answers, so the first look
/// may still see the old one.
async fn expect_finding(d: &thirtyfour::WebDriver, field: &str, severity: &str) {
    let testid = format!("finding-{field}");
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let seen = finding_severity(d, &testid).await;
        let colour = field_mark_colour(d, &testid).await;
        let coloured = if severity == "error" {
            is_red(colour)
        } else {
            is_orange(colour)
        };
        if seen == severity && coloured {
            return;
        }
        if tokio::time::Instant::now() >= deadline {
            panic!(
                "{testid} is {seen}, marked {colour:?}, not {severity} in its colour: {}",
                describe(d).await
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn s3_forgiving_input() {
    let kiosk = WebKioskRun::start(
        Path::new(WEB_KIOSK),
        Orientation::Portrait,
        Setup::new("s3-forgiving", Link::Offline),
    )
    .await;
    let d = kiosk.driver();
    let work = async {
        visitor::start(d, &mut Eyes::default(), "ja").await;

        // 基本情報: kanji names, フリガナ in ひらがな, a Western year in full-width digits that makes
        // the visitor over 80, and 2月30日.
        type_physical(d, "field-basic.family_name", "山田").await;
        type_physical(d, "field-basic.given_name", "花子").await;
        type_physical(d, "field-basic.family_kana", "やまだ").await;
        type_physical(d, "field-basic.given_kana", "はなこ").await;
        choose(d, "choice-basic.birth_date.calendar-western").await;
        type_physical(d, "field-basic.birth_date.year", "１９３０").await;
        type_physical(d, "field-basic.birth_date.month", "２").await;
        type_physical(d, "field-basic.birth_date.day", "３０").await;
        tap(d, "key-close").await;
        choose(d, "choice-basic.sex-female").await;
        tap(d, "btn-next").await;
        // An impossible date is red and blocks.
        expect_finding(d, "basic.birth_date", "error").await;
        screen(d, "basic").await;
        // …and what was typed came back normalised.
        expect_value(d, "field-basic.family_kana", "ヤマダ").await;
        expect_value(d, "field-basic.given_kana", "ハナコ").await;
        expect_value(d, "field-basic.birth_date.year", "1930").await;
        expect_value(d, "field-basic.birth_date.month", "2").await;
        expect_value(d, "field-basic.birth_date.day", "30").await;
        // A real date: the age (over 80) is orange; 次へ once more confirms it.
        erase(d, "field-basic.birth_date.day").await;
        digits(d, "28").await;
        tap(d, "key-close").await;
        tap(d, "btn-next").await;
        expect_finding(d, "basic.birth_date", "warning").await;
        screen(d, "basic").await;
        next(d, "contact").await;

        // 住所・連絡先: an unknown postcode is red; a full-width one with a 長音 for its hyphen is
        // found; a phone with odd hyphens is kept as digits.
        type_physical(d, "field-contact.postcode", "９９９ー９９９９").await;
        type_physical(d, "field-contact.street", "１ー２ー３").await;
        type_physical(d, "field-contact.phone", "０９０‐１２３４－５６７８").await;
        tap(d, "key-close").await;
        tap(d, "btn-next").await;
        expect_finding(d, "contact.postcode", "error").await;
        screen(d, "contact").await;
        expect_value(d, "field-contact.postcode", "9999999").await;

        erase(d, "field-contact.postcode").await;
        type_physical(d, "field-contact.postcode", "１００ー０００１").await;
        tap(d, "btn-lookup-postcode").await;
        if is_shown(d, "address-option-0").await {
            tap(d, "address-option-0").await;
        }
        expect_value(d, "field-contact.prefecture", "東京都").await;
        expect_value(d, "field-contact.city", "千代田区").await;
        expect_value(d, "field-contact.town", "千代田").await;
        close_keyboard(d).await;
        next(d, "disclosure").await;
        // Back on the contact screen, the stored values are the normalised ones.
        tap(d, "btn-back").await;
        screen(d, "contact").await;
        expect_value(d, "field-contact.postcode", "1000001").await;
        expect_value(d, "field-contact.phone", "09012345678").await;
        let street = value(d, "field-contact.street").await;
        assert_eq!(street, "1-2-3", "番地's odd hyphens become '-'");
        assert!(
            !is_shown(d, "error-summary").await,
            "nothing is wrong any more: {}",
            describe(d).await
        );
    };
    if tokio::time::timeout(LIMIT, work).await.is_err() {
        panic!(
            "scenario 3 took longer than {LIMIT:?}; see {}",
            kiosk.log().display()
        );
    }
    kiosk.quit().await;
}

#[tokio::test]
async fn s4_edit_from_review_keeps_the_rest() {
    let kiosk = WebKioskRun::start(
        Path::new(WEB_KIOSK),
        Orientation::Landscape,
        Setup::new("s4-edit", Link::Offline),
    )
    .await;
    let d = kiosk.driver();
    let p = KYOKO;
    let work = async {
        let mut eyes = Eyes::default();
        visitor::start(d, &mut eyes, "ja").await;
        visitor::basic(d, &mut eyes, &p).await;
        next(d, "contact").await;
        visitor::contact(d, &mut eyes, &p).await;
        next(d, "disclosure").await;
        visitor::disclosure_required_only(d).await;
        next(d, "desired-work").await;
        visitor::desired_work(d, &mut eyes, "ja").await;
        next(d, "situation").await;
        visitor::situation(d, &mut eyes).await;
        next(d, "education").await;
        visitor::education(d, &mut eyes).await;
        next(d, "work-history").await;
        visitor::work_history(d, &mut eyes, &p).await;
        next(d, "disability").await;
        next(d, "self-pr").await;
        next(d, "review").await;
        visitor::review(d, &mut eyes, "ja", &p).await;
        let before = review_texts(d).await;

        // 修正 on the contact step: the phone changes, 確認画面へ戻る goes straight back.
        tap(d, "btn-edit-contact").await;
        screen(d, "contact").await;
        let forward = text(d, "btn-next").await;
        assert_eq!(
            forward.lines().next().unwrap_or_default().trim(),
            visitor::message("ja", "nav-return-review"),
            "the forward button returns to the review"
        );
        expect_value(d, "field-contact.phone", p.phone).await;
        erase(d, "field-contact.phone").await;
        digits(d, "0312345678").await;
        expect_value(d, "field-contact.phone", "0312345678").await;
        tap(d, "key-close").await;
        tap(d, "btn-next").await;
        screen(d, "review").await;
        let after = review_texts(d).await;
        for ((step, was), (_, now)) in before.iter().zip(&after) {
            if step == "contact" {
                let shows_new = now.contains("0312345678") || now.contains("03-1234-5678");
                let shows_old = now.contains(p.phone) || now.contains("090-1234-5678");
                assert!(
                    shows_new && !shows_old,
                    "the review shows the new phone, not the old one: {now:?}"
                );
                let without_phone = |s: &str| {
                    s.lines()
                        .filter(|l| {
                            !l.contains(p.phone)
                                && !l.contains("0312345678")
                                && !l.contains("03-1234-5678")
                        })
                        .collect::<Vec<_>>()
                        .join("\n")
                };
                assert_eq!(
                    without_phone(was),
                    without_phone(now),
                    "the rest of the contact step is intact"
                );
            } else {
                assert_eq!(was, now, "review-{step} is unchanged by editing the phone");
            }
        }

        // And the edited application goes through.
        next(d, "my-page").await;
        let receipt = visitor::my_page_and_submit(d, &mut eyes, "ja", &p).await;
        visitor::outbox_holds(kiosk.data_dir(), &receipt.number, 1, &p);
    };
    if tokio::time::timeout(LIMIT, work).await.is_err() {
        panic!(
            "scenario 4 took longer than {LIMIT:?}; see {}",
            kiosk.log().display()
        );
    }
    kiosk.quit().await;
}

/// The review's text per step.
async fn review_texts(d: &thirtyfour::WebDriver) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for step in STEPS {
        out.push((step.to_owned(), text(d, &format!("review-{step}")).await));
    }
    out
}
