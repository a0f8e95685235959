//! Staff beside the visitor, on the web adapter (`web-kiosk`) in Chromium with a real server and
//! the counter in its own Chromium:
//!
//! - 係員を呼ぶ mid-form: the counter, already open, shows the call live (no reload) naming the
//!   kiosk, its lobby place and the screen, and nothing the visitor typed; staff press 向かいます;
//!   the kiosk says 係員が向かっています; the form is as it was.
//! - A staff assist mid-form: a code made on the console reaches the kiosk with its heartbeat;
//!   staff open the assist layer over the visitor's form with it, switch the language to
//!   English, hand back, and the form is intact; the console logs the assist.

use std::path::Path;
use std::time::{Duration, Instant};

use madoguchi_e2e::axe::Audit;
use madoguchi_e2e::chrome::{Chrome, DESKTOP};
use madoguchi_e2e::kiosk::{Link, Setup};
use madoguchi_e2e::pages::{self, click, describe_page, fill, find, server_message};
use madoguchi_e2e::server::ServerRun;
use madoguchi_e2e::shots::{Shots, COUNTER_STAFF, STAFF};
use madoguchi_e2e::touch::{close_keyboard, expect_value, is_shown, page_language, shown, tap};
use madoguchi_e2e::visitor::{self, message, Eyes, KYOKO};
use madoguchi_e2e::webkiosk::WebKioskRun;
use madoguchi_e2e::Orientation;
use thirtyfour::prelude::*;

use crate::WEB_KIOSK;

const LIMIT: Duration = Duration::from_secs(240);
/// deploy/demo/kiosk.toml's `lobby_place`, which every run keeps.
const PLACE: &str = "入口の左（1番）";

/// Waits until the call notice on the kiosk says `state`.
async fn call_state_is(d: &WebDriver, state: &str, within: Duration) {
    let deadline = Instant::now() + within;
    loop {
        let e = shown(d, "call-staff-state").await;
        let got = e
            .attr("data-state")
            .await
            .ok()
            .flatten()
            .unwrap_or_default();
        if got == state {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "the call stays {got:?}, not {state:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Waits for the counter's live notice of a call, without reloading the page.
async fn notice(c: &WebDriver, within: Duration) -> WebElement {
    let deadline = Instant::now() + within;
    loop {
        if let Ok(e) = c
            .find(By::Css("#staff-calls [data-testid=staff-call]"))
            .await
        {
            return e;
        }
        assert!(
            Instant::now() < deadline,
            "no staff call on the counter: {}",
            describe_page(c).await
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test]
async fn s17_call_staff_reaches_the_counter_live_and_the_answer_comes_back() {
    let name = "s17-call-staff";
    let server = ServerRun::start(name);
    let link = Link::Enrolled {
        url: server.url(),
        code: server.enrolment_code().to_owned(),
        key: server.public_key(),
    };
    let kiosk = WebKioskRun::start(
        Path::new(WEB_KIOSK),
        Orientation::Portrait,
        Setup::new(name, link),
    )
    .await;
    let mut shots = Shots::of_browser(Orientation::Portrait.name(), STAFF.start..120);
    let mut counter_shots = Shots::of_browser("counter", COUNTER_STAFF);
    let mut audit = Audit::new(name);
    let d = kiosk.driver();
    let work = async {
        // The counter is open before anyone calls.
        let browser = Chrome::start(name, DESKTOP).await;
        let c = browser.driver();
        c.goto(&format!("{}/counter", server.url()))
            .await
            .expect("the counter opens");
        pages::counter_signs_in(c).await;
        find(c, "#staff-calls").await;
        c.execute("window.madoguchiNotReloaded = true;", Vec::new())
            .await
            .expect("a mark on the page");

        // Mid-form, on 基本情報 with the name typed.
        visitor::start(d, &mut Eyes::default(), "ja").await;
        visitor::basic(d, &mut Eyes::default(), &KYOKO).await;
        close_keyboard(d).await;
        tap(d, "btn-call-staff").await;
        call_state_is(d, "sent", Duration::from_secs(15)).await;
        let mut eyes = Eyes {
            shots: Some(&mut shots),
            audit: Some(&mut audit),
            fit: false,
        };
        eyes.look(d, "call-staff-sent").await;

        // The counter hears it live.
        let call = notice(c, Duration::from_secs(15)).await;
        let said = call.text().await.unwrap_or_default();
        for part in [
            "demo-kiosk-01",
            PLACE,
            &server_message("ja", "srv-calls-screen-basic"),
        ] {
            assert!(said.contains(part), "the notice names {part}: {said}");
        }
        for secret in [KYOKO.family, KYOKO.given] {
            assert!(
                !said.contains(secret),
                "the notice holds no visitor data: {said}"
            );
        }
        let still = c
            .execute("return window.madoguchiNotReloaded === true;", Vec::new())
            .await
            .expect("script")
            .json()
            .as_bool()
            == Some(true);
        assert!(still, "the notice came without a reload");
        counter_shots.take(c, "staff-call").await;
        audit.check(c, "counter/staff-call").await;

        click(c, "#staff-calls [data-testid=staff-call-acknowledge]").await;
        find(c, "[data-testid=staff-call-acknowledged]").await;
        counter_shots.take(c, "staff-call-answered").await;

        // The kiosk learns of it.
        call_state_is(d, "acknowledged", Duration::from_secs(15)).await;
        let body = shown(d, "call-staff-state")
            .await
            .text()
            .await
            .unwrap_or_default();
        assert_eq!(body, message("ja", "call-staff-coming-body"));
        let button = shown(d, "btn-call-staff")
            .await
            .text()
            .await
            .unwrap_or_default();
        assert_eq!(button.trim(), message("ja", "call-staff-coming-title"));
        let mut eyes = Eyes {
            shots: Some(&mut shots),
            audit: Some(&mut audit),
            fit: false,
        };
        eyes.look(d, "call-staff-coming").await;
        tap(d, "btn-call-staff-close").await;
        // The form is as the visitor left it.
        expect_value(d, "field-basic.family_name", KYOKO.family).await;
        expect_value(d, "field-basic.given_name", KYOKO.given).await;
        browser.quit().await;
    };
    if tokio::time::timeout(LIMIT, work).await.is_err() {
        panic!("{name} did not finish within {LIMIT:?}");
    }
    audit.finish();
    shots.publish();
    counter_shots.publish();
    kiosk.quit().await;
}

/// Makes a staff code on the console; the code, shown once.
async fn make_code(c: &WebDriver, server: &ServerRun) -> String {
    c.goto(&format!("{}/counter/staff-codes", server.url()))
        .await
        .expect("the staff codes page opens");
    fill(c, "#name", "山田（総合窓口）").await;
    click(c, "form[action='/counter/staff-codes'] button[type=submit]").await;
    let code = find(c, "[data-testid=staff-code]")
        .await
        .text()
        .await
        .unwrap_or_default();
    assert_eq!(code.len(), 8, "an eight-digit code: {code}");
    code
}

#[tokio::test]
async fn s17_staff_assist_mid_form_switches_language_and_hands_back() {
    let name = "s17-assist";
    let server = ServerRun::start(name);
    let browser = Chrome::start(name, DESKTOP).await;
    let c = browser.driver();
    c.goto(&format!("{}/counter", server.url()))
        .await
        .expect("the counter opens");
    pages::counter_signs_in(c).await;
    let code = make_code(c, &server).await;
    let link = Link::Enrolled {
        url: server.url(),
        code: server.enrolment_code().to_owned(),
        key: server.public_key(),
    };
    let kiosk = WebKioskRun::start(
        Path::new(WEB_KIOSK),
        Orientation::Portrait,
        Setup::new(name, link),
    )
    .await;
    let mut shots = Shots::of_browser(Orientation::Portrait.name(), 120..130);
    let mut audit = Audit::new(name);
    let d = kiosk.driver();
    let work = async {
        visitor::start(d, &mut Eyes::default(), "ja").await;
        visitor::basic(d, &mut Eyes::default(), &KYOKO).await;
        close_keyboard(d).await;
        // The code reaches the kiosk with its first heartbeat; until then the pad says so.
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            tap(d, "btn-call-staff").await;
            tap(d, "btn-assist").await;
            shown(d, "assist-pad").await;
            for digit in code.chars() {
                tap(d, &format!("assist-key-{digit}")).await;
            }
            tap(d, "btn-assist-ok").await;
            let opened = Instant::now() + Duration::from_secs(10);
            while !is_shown(d, "assist-layer").await
                && !is_shown(d, "assist-pad-error").await
                && Instant::now() < opened
            {
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            if is_shown(d, "assist-layer").await {
                break;
            }
            let why = shown(d, "assist-pad-error")
                .await
                .attr("data-code")
                .await
                .ok()
                .flatten();
            assert_eq!(
                why.as_deref(),
                Some("assist-no-codes"),
                "the code is refused"
            );
            assert!(
                Instant::now() < deadline,
                "the staff code never reached the kiosk"
            );
            tap(d, "btn-assist-cancel").await;
            tokio::time::sleep(Duration::from_secs(2)).await;
        }
        let mut eyes = Eyes {
            shots: Some(&mut shots),
            audit: Some(&mut audit),
            fit: false,
        };
        eyes.look(d, "assist-layer").await;
        tap(d, "assist-explain-basic.family_name").await;
        shown(d, "assist-explained").await;
        tap(d, "lang-en").await;
        assert_eq!(page_language(d).await, "en", "<html lang> after the switch");
        eyes.look(d, "assist-layer-en").await;
        tap(d, "btn-hand-back").await;
        assert!(!is_shown(d, "assist-layer").await, "handed back");
        visitor::expect_heading(d, "basic", "en", "basic-title").await;
        expect_value(d, "field-basic.family_name", KYOKO.family).await;
        expect_value(d, "field-basic.given_name", KYOKO.given).await;
        expect_value(d, "field-basic.family_kana", KYOKO.family).await;
        eyes.look(d, "assist-handed-back").await;

        // The console logs the assist: who, which kiosk, when.
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            c.goto(&format!("{}/counter/staff-codes", server.url()))
                .await
                .expect("the staff codes page");
            if let Ok(row) = c.find(By::Css("[data-testid=staff-assist-row]")).await {
                let text = row.text().await.unwrap_or_default();
                assert!(text.contains("demo-kiosk-01"), "{text}");
                assert!(text.contains("山田"), "{text}");
                break;
            }
            assert!(
                Instant::now() < deadline,
                "no assist logged: {}",
                describe_page(c).await
            );
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    };
    if tokio::time::timeout(LIMIT, work).await.is_err() {
        panic!("{name} did not finish within {LIMIT:?}");
    }
    audit.finish();
    shots.publish();
    browser.quit().await;
    kiosk.quit().await;
}
