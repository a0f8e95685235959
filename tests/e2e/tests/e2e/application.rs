//! Scenario 1: a full application in 日本語, entered only through the on-screen keyboards, in the
//! real kiosk (portrait) enrolled with a real server; the server holds it exactly once; the QR
//! code's URL, opened on a phone (headless Chromium at 390×844), proves the email code and sets a
//! password; the counter (same browser, 1920×1080) checks identity and accepts; the phone's My Page
//! then shows the 求職番号. Every kiosk screen is photographed and audited with axe; so are the
//! phone's and the counter's pages.

use std::time::Duration;

use madoguchi_e2e::axe::Audit;
use madoguchi_e2e::chrome::{Chrome, PHONE};
use madoguchi_e2e::kiosk::{Link, Setup};
use madoguchi_e2e::pages;
use madoguchi_e2e::server::ServerRun;
use madoguchi_e2e::shots::PAGES;
use madoguchi_e2e::visitor::{self, Eyes, KYOKO};
use madoguchi_e2e::{KioskRun, Orientation, Shots};

const LIMIT: Duration = Duration::from_secs(420);

#[tokio::test]
async fn s1_japanese_by_touch_to_the_counter_and_my_page() {
    let orientation = Orientation::Portrait;
    let server = ServerRun::start("s1");
    let link = Link::Enrolled {
        url: server.url(),
        code: server.enrolment_code().to_owned(),
        key: server.public_key(),
    };
    let run = KioskRun::start_with(orientation, Setup::new("s1", link)).await;
    let mut shots = Shots::new(orientation, run.display());
    let mut phone_shots = Shots::of_browser("phone", PAGES);
    let mut counter_shots = Shots::of_browser("counter", PAGES);
    let mut kiosk_audit = Audit::new("s1-kiosk");
    let mut pages_audit = Audit::new("s1-phone-counter");
    let d = run.driver();
    let work = async {
        let mut eyes = Eyes {
            shots: Some(&mut shots),
            audit: Some(&mut kiosk_audit),
            fit: false,
        };
        let receipt = visitor::apply(d, &mut eyes, "ja", &KYOKO).await;
        server
            .wait_for_application(&receipt.number, Duration::from_secs(60))
            .await;
        assert_eq!(
            server.copies_of(&receipt.number),
            1,
            "the server holds the application once"
        );
        visitor::data_dir_is_clean(run.data_dir(), &KYOKO);
        visitor::finish(d, &mut eyes).await;
        // The first screens in the other languages, for the pictures and the audit.
        visitor::first_steps_in(d, &mut eyes, "en").await;
        visitor::first_steps_in(d, &mut eyes, "ja-easy").await;

        let browser = Chrome::start("s1", PHONE).await;
        let number = pages::phone_and_counter(
            &browser,
            &server,
            &receipt,
            "ja",
            &KYOKO,
            Some(&mut phone_shots),
            Some(&mut counter_shots),
            Some(&mut pages_audit),
        )
        .await;
        assert_eq!(server.application_count(), 1, "one application in all");
        eprintln!("s1: receipt {}, 求職番号 {number}", receipt.number);
        browser.quit().await;
    };
    if tokio::time::timeout(LIMIT, work).await.is_err() {
        panic!(
            "scenario 1 took longer than {LIMIT:?}; see {} and {}",
            run.log().display(),
            server.log_path().display()
        );
    }
    shots.publish();
    phone_shots.publish();
    counter_shots.publish();
    run.quit().await;
    kiosk_audit.finish();
    pages_audit.finish();
}
