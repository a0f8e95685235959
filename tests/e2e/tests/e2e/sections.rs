//! Scenario 9: the official form's 求職情報提供等, 障害について and 自己PR screens.
//!
//! - In the real kiosk (portrait, with the server): a visitor fills every item of the three
//!   screens by touch, 変換 and 改行 included; the review keeps the answers about a disability
//!   hidden until 「表示する」; staff at the counter (Chromium, signed in) read every item back.
//! - In the real kiosk (landscape, offline): the same screens, for the pictures.
//! - On the web adapter: a visitor who leaves every 任意 item empty, skips 障害について with its
//!   own button and declines My Page still finishes, and the counter reads what was required.
//!
//! Pictures: `docs/screens/{portrait,landscape}/60–69` and `docs/screens/counter/50–59`.

use std::path::Path;
use std::time::Duration;

use madoguchi_e2e::axe::Audit;
use madoguchi_e2e::chrome::{Chrome, DESKTOP};
use madoguchi_e2e::kiosk::{Link, Setup};
use madoguchi_e2e::pages::{server_message, Look};
use madoguchi_e2e::sections;
use madoguchi_e2e::server::ServerRun;
use madoguchi_e2e::shots::{COUNTER_SECTIONS, SECTIONS};
use madoguchi_e2e::touch::{choose, close_keyboard, digits, screen, tap};
use madoguchi_e2e::visitor::{self, next, Eyes, Person, Receipt, HANAKO, KYOKO, TARO};
use madoguchi_e2e::webkiosk::WebKioskRun;
use madoguchi_e2e::{KioskRun, Orientation, Shots};

use crate::WEB_KIOSK;

const LIMIT: Duration = Duration::from_secs(420);

/// From the attract screen to 完了 with every item of the three new screens filled; the other
/// screens as the smoke walk fills them, unphotographed.
async fn walk_in_full(d: &thirtyfour::WebDriver, eyes: &mut Eyes<'_>, p: &Person) -> Receipt {
    let mut quiet = Eyes::default();
    visitor::start(d, &mut quiet, "ja").await;
    visitor::basic(d, &mut quiet, p).await;
    next(d, "contact").await;
    visitor::contact_address_and_phone(d, &mut quiet, p).await;
    visitor::type_email(d, p).await;
    tap(d, "key-close").await;
    next(d, "disclosure").await;
    sections::disclosure_in_full(d, eyes).await;
    next(d, "desired-work").await;
    visitor::desired_work(d, &mut quiet, "ja").await;
    next(d, "situation").await;
    visitor::situation(d, &mut quiet).await;
    next(d, "education").await;
    visitor::education(d, &mut quiet).await;
    next(d, "work-history").await;
    visitor::work_history(d, &mut quiet, p).await;
    next(d, "disability").await;
    sections::disability_in_full(d, eyes).await;
    next(d, "self-pr").await;
    sections::self_pr_in_full(d, eyes).await;
    next(d, "review").await;
    sections::review_keeps_disability_hidden(d, eyes).await;
    next(d, "my-page").await;
    visitor::submitted(d, "ja").await
}

fn ja(id: &str) -> String {
    server_message("ja", id)
}

#[tokio::test]
async fn s9_three_screens_in_full_to_the_counter() {
    let orientation = Orientation::Portrait;
    let server = ServerRun::start("s9");
    let link = Link::Enrolled {
        url: server.url(),
        code: server.enrolment_code().to_owned(),
        key: server.public_key(),
    };
    let run = KioskRun::start_with(orientation, Setup::new("s9", link)).await;
    let mut shots = Shots::of_display(orientation, run.display(), SECTIONS);
    let mut counter_shots = Shots::of_browser("counter", COUNTER_SECTIONS);
    let d = run.driver();
    let p = HANAKO;
    // axe-core on every screen of the walk, the three new ones among them, and on the counter.
    let mut kiosk_audit = Audit::new("s9-sections-kiosk");
    let mut counter_audit = Audit::new("s9-sections-counter");
    let work = async {
        let mut eyes = Eyes {
            shots: Some(&mut shots),
            audit: Some(&mut kiosk_audit),
            fit: false,
        };
        let receipt = walk_in_full(d, &mut eyes, &p).await;
        server
            .wait_for_application(&receipt.number, Duration::from_secs(60))
            .await;
        visitor::data_dir_is_clean(run.data_dir(), &p);
        let counter = Chrome::start("s9-counter", DESKTOP).await;
        let want = [
            (
                "disclosure.publication",
                ja("srv-publication-without-employer-names"),
            ),
            (
                "disclosure.contact_methods",
                [
                    ja("srv-contact-method-phone"),
                    ja("srv-contact-method-email"),
                    ja("srv-contact-method-post"),
                ]
                .join("、"),
            ),
            ("disclosure.avoid_times", "午前中".to_owned()),
            ("disability.support", ja("srv-disability-wanted")),
            (
                "disability.certificate",
                format!("{} 2級", ja("srv-certificate-mental")),
            ),
            (
                "disability.needs",
                [ja("srv-need-hours"), ja("srv-need-hospital")].join("、"),
            ),
            ("disability.needs_text", "通院".to_owned()),
            ("self_pr.appeal", "接客\nレジ".to_owned()),
            ("self_pr.notes", "シガツカラ".to_owned()),
        ];
        let mut look = Look {
            shots: Some(&mut counter_shots),
            audit: Some(&mut counter_audit),
        };
        sections::counter_reads(&counter, &mut look, &server, &receipt, &want).await;
        counter.quit().await;
    };
    if tokio::time::timeout(LIMIT, work).await.is_err() {
        panic!(
            "scenario 9 took longer than {LIMIT:?}; see {} and {}",
            run.log().display(),
            server.log_path().display()
        );
    }
    shots.publish();
    counter_shots.publish();
    run.quit().await;
    kiosk_audit.finish();
    counter_audit.finish();
}

#[tokio::test]
async fn s9_three_screens_in_landscape() {
    let orientation = Orientation::Landscape;
    let run = KioskRun::start(orientation).await;
    let mut shots = Shots::of_display(orientation, run.display(), SECTIONS);
    let d = run.driver();
    let work = async {
        let mut eyes = Eyes {
            shots: Some(&mut shots),
            audit: None,
            fit: false,
        };
        let receipt = walk_in_full(d, &mut eyes, &TARO).await;
        visitor::outbox_holds(run.data_dir(), &receipt.number, 1, &TARO);
    };
    if tokio::time::timeout(LIMIT, work).await.is_err() {
        panic!(
            "scenario 9 (landscape) took longer than {LIMIT:?}; see {}",
            run.log().display()
        );
    }
    shots.publish();
    run.quit().await;
}

#[tokio::test]
async fn s9_every_optional_item_skipped_still_finishes() {
    let server = ServerRun::start("s9-skip");
    let link = Link::Enrolled {
        url: server.url(),
        code: server.enrolment_code().to_owned(),
        key: server.public_key(),
    };
    let kiosk = WebKioskRun::start(
        Path::new(WEB_KIOSK),
        Orientation::Portrait,
        Setup::new("s9-skip", link),
    )
    .await;
    let d = kiosk.driver();
    let p = KYOKO;
    let work = async {
        let mut quiet = Eyes::default();
        visitor::start(d, &mut quiet, "ja").await;
        // 基本情報: the name in kana and the birth date; no sex, no card name.
        for (field, name) in [
            ("field-basic.family_name", p.family),
            ("field-basic.given_name", p.given),
            ("field-basic.family_kana", p.family),
            ("field-basic.given_kana", p.given),
        ] {
            tap(d, field).await;
            madoguchi_e2e::touch::kana(d, name).await;
        }
        tap(d, "key-close").await;
        choose(d, "choice-basic.birth_date.calendar-showa").await;
        for (field, typed) in [
            ("field-basic.birth_date.year", "60"),
            ("field-basic.birth_date.month", "4"),
            ("field-basic.birth_date.day", "1"),
        ] {
            tap(d, field).await;
            digits(d, typed).await;
        }
        close_keyboard(d).await;
        next(d, "contact").await;
        // 住所・連絡先 without building or e-mail address.
        visitor::contact_address_and_phone(d, &mut quiet, &p).await;
        close_keyboard(d).await;
        next(d, "disclosure").await;
        visitor::disclosure_required_only(d).await;
        next(d, "desired-work").await;
        tap(d, "btn-add-occupation").await;
        tap(d, &format!("occ-major-{}", visitor::OCCUPATION_MAJOR)).await;
        tap(d, &format!("occ-middle-{}", visitor::OCCUPATION_MIDDLE)).await;
        choose(d, "chip-desired_work.employment_types-part-time").await;
        next(d, "situation").await;
        visitor::situation(d, &mut quiet).await;
        next(d, "education").await;
        visitor::education(d, &mut quiet).await;
        next(d, "work-history").await;
        next(d, "disability").await;
        // Something chosen, then the whole screen skipped: nothing of it is kept.
        choose(d, "choice-disability.support-wanted").await;
        choose(d, "choice-disability.certificate-physical").await;
        tap(d, "btn-skip-disability").await;
        screen(d, "self-pr").await;
        next(d, "review").await;
        assert!(
            !madoguchi_e2e::touch::is_shown(d, "btn-show-disability").await,
            "a skipped screen has nothing to hide"
        );
        if madoguchi_e2e::touch::is_shown(d, "review-blocked").await {
            panic!(
                "the review is blocked: {}",
                madoguchi_e2e::touch::describe(d).await
            );
        }
        next(d, "my-page").await;
        choose(d, "choice-my_page.wanted-no").await;
        let receipt = visitor::submitted(d, "ja").await;
        server
            .wait_for_application(&receipt.number, Duration::from_secs(60))
            .await;

        let counter = Chrome::start("s9-skip-counter", DESKTOP).await;
        let none = ja("srv-value-none");
        let want = [
            (
                "disclosure.publication",
                ja("srv-publication-not-published"),
            ),
            ("disclosure.contact_methods", ja("srv-contact-method-phone")),
            ("disclosure.avoid_times", none.clone()),
            ("disability.support", none.clone()),
            ("self_pr.appeal", none.clone()),
            ("self_pr.notes", none.clone()),
        ];
        let mut look = Look {
            shots: None,
            audit: None,
        };
        sections::counter_reads(&counter, &mut look, &server, &receipt, &want).await;
        counter.quit().await;
    };
    if tokio::time::timeout(LIMIT, work).await.is_err() {
        panic!(
            "scenario 9 (skipped) took longer than {LIMIT:?}; see {} and {}",
            kiosk.log().display(),
            server.log_path().display()
        );
    }
    kiosk.quit().await;
}
