//! 音声案内 (issue 17): turned on at the attract screen, the kiosk says the consent and basic
//! screens' titles and instructions, the field touched and its value, each key pressed on the
//! 50音 keyboard, and the findings after 次へ; the reset turns it off and forgets what was said.
//! Checked through the spoken-text log, which the shell keeps in memory and the UI's web adapter
//! reads (`POST /kiosk-api/spoken_log`, the route `ui/src/platform/web.ts` sends every command
//! to); on the web kiosk the sound itself goes to ALSA's null device.

use std::path::Path;
use std::time::{Duration, Instant};

use madoguchi_e2e::kiosk::{Link, Setup};
use madoguchi_e2e::touch::{screen, shown, tap};
use madoguchi_e2e::visitor::message;
use madoguchi_e2e::webkiosk::WebKioskRun;
use madoguchi_e2e::Orientation;
use serde_json::Value;
use thirtyfour::WebDriver;

use crate::WEB_KIOSK;

/// The shell's spoken-text log, `(language, text)` oldest first, read from the page.
async fn spoken_log(d: &WebDriver) -> Vec<(String, String)> {
    const SCRIPT: &str = r#"
        const done = arguments[arguments.length - 1];
        fetch('/kiosk-api/spoken_log', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{}',
            cache: 'no-store',
        })
            .then((r) => r.text())
            .then(done, (e) => done('error: ' + e));
    "#;
    let answer = d
        .execute_async(SCRIPT, Vec::new())
        .await
        .unwrap_or_else(|e| panic!("the spoken log cannot be read: {e}"));
    let text = answer.json().as_str().unwrap_or_default().to_owned();
    let lines: Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("spoken_log answered {text:?}: {e}"));
    lines
        .as_array()
        .unwrap_or_else(|| panic!("spoken_log answered {text:?}"))
        .iter()
        .map(|l| {
            (
                l["language"].as_str().unwrap_or_default().to_owned(),
                l["text"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

/// Waits until the log holds `want` (the UI sends its lines one after another, so they arrive a
/// moment after the tap that caused them).
async fn expect_log(d: &WebDriver, want: &[(String, String)], when: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let got = spoken_log(d).await;
        if got == want {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{when}: the spoken log is\n{got:#?}\nnot\n{want:#?}"
        );
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}

fn ja(id: &str) -> (String, String) {
    ("ja".to_owned(), message("ja", id))
}

fn said(text: &str) -> (String, String) {
    ("ja".to_owned(), text.to_owned())
}

#[tokio::test]
async fn speech_a_walk_is_spoken_in_order_and_forgotten_at_the_reset() {
    let kiosk = WebKioskRun::start(
        Path::new(WEB_KIOSK),
        Orientation::Portrait,
        Setup::new("speech", Link::Offline),
    )
    .await;
    let d = kiosk.driver();
    let walk = async {
        screen(d, "attract").await;
        assert!(
            spoken_log(d).await.is_empty(),
            "nothing said before the toggle"
        );
        // Off until the visitor asks: the attract screen says nothing by itself.
        tap(d, "speech-toggle").await;
        let toggle = shown(d, "speech-toggle").await;
        assert_eq!(
            toggle.attr("aria-checked").await.ok().flatten().as_deref(),
            Some("true")
        );
        let mut want = vec![ja("speech-on")];
        expect_log(d, &want, "the toggle").await;

        tap(d, "btn-start").await;
        screen(d, "consent").await;
        want.extend([ja("consent-title"), ja("consent-lead")]);
        expect_log(d, &want, "the consent screen").await;

        tap(d, "field-consent").await;
        want.extend([ja("consent-agree"), ja("speech-checked")]);
        expect_log(d, &want, "the consent ticked").await;

        tap(d, "btn-next").await;
        screen(d, "basic").await;
        want.extend([ja("basic-title"), ja("speech-form-hint")]);
        expect_log(d, &want, "the basic screen").await;

        tap(d, "field-basic.family_name").await;
        want.extend([ja("basic-family-name"), ja("speech-empty")]);
        expect_log(d, &want, "the family name touched").await;

        for key in ["ヤ", "マ"] {
            tap(d, &format!("key-{key}")).await;
        }
        tap(d, "key-backspace").await;
        want.extend([said("ヤ"), said("マ"), ja("kb-backspace")]);
        expect_log(d, &want, "keys pressed").await;

        // 次へ with the given name and the フリガナ missing: the findings are said, how many first,
        // then each with its field.
        tap(d, "btn-next").await;
        shown(d, "error-summary").await;
        let deadline = Instant::now() + Duration::from_secs(10);
        let findings = loop {
            let got = spoken_log(d).await;
            let count = got.get(want.len()).and_then(|(_, title)| {
                title
                    .chars()
                    .filter(char::is_ascii_digit)
                    .collect::<String>()
                    .parse::<usize>()
                    .ok()
            });
            if let Some(count) = count {
                if got.len() >= want.len() + 1 + count {
                    break got;
                }
            }
            assert!(
                Instant::now() < deadline,
                "the findings are not said: {got:#?}"
            );
            tokio::time::sleep(Duration::from_millis(150)).await;
        };
        assert_eq!(findings[..want.len()], want[..], "what came before stays");
        let title = &findings[want.len()].1;
        assert!(title.ends_with("か所を直してください"), "{findings:#?}");
        let given_name = message("ja", "basic-given-name");
        assert!(
            findings[want.len() + 1..]
                .iter()
                .any(|(_, t)| t.starts_with(&given_name)),
            "the given name's finding is said with its field: {findings:#?}"
        );

        // The reset: silence, the log forgotten, the toggle off for the next visitor.
        tap(d, "btn-reset").await;
        tap(d, "btn-reset-confirm").await;
        screen(d, "attract").await;
        expect_log(d, &[], "after the reset").await;
        let toggle = shown(d, "speech-toggle").await;
        assert_eq!(
            toggle.attr("aria-checked").await.ok().flatten().as_deref(),
            Some("false")
        );
    };
    if tokio::time::timeout(Duration::from_secs(240), walk)
        .await
        .is_err()
    {
        panic!(
            "the spoken walk took too long; see {}",
            kiosk.log().display()
        );
    }
    kiosk.quit().await;
}
