//! Scenario 5, in the real webview: a visitor types their name, phone and email and stops
//! touching. The warning appears after `idle.warning_after_seconds`; a touch (続ける) keeps the
//! session with everything typed; no touch lets the countdown run out and wipes it. Then the
//! test person's name, phone and email are in none of: the DOM (with form values),
//! localStorage, sessionStorage, IndexedDB, Cache Storage, the webview's data directories
//! (WebKit's storage and cache, under the run's own XDG directories), the kiosk's data directory,
//! the kiosk's logs, nor a page kept for going back. Portrait and landscape (the warning is
//! photographed in both).

use std::time::{Duration, Instant};

use madoguchi_e2e::axe::Audit;
use madoguchi_e2e::kiosk::{Link, Setup};
use madoguchi_e2e::search::{self, find_in_bytes, find_in_tree};
use madoguchi_e2e::shots::IDLE;
use madoguchi_e2e::touch::{expect_value, is_shown, screen, shown_within, tap};
use madoguchi_e2e::visitor::{self, Eyes, Person, KYOKO};
use madoguchi_e2e::{KioskRun, Orientation, Shots};

/// The shortest times the configuration allows: warning after 15 s, 5 s of countdown.
const WARNING_AFTER: u32 = 15;
const COUNTDOWN: u32 = 5;
const LIMIT: Duration = Duration::from_secs(240);

#[tokio::test]
async fn s5_idle_portrait() {
    idle(Orientation::Portrait).await;
}

#[tokio::test]
async fn s5_idle_landscape() {
    idle(Orientation::Landscape).await;
}

async fn idle(orientation: Orientation) {
    let setup = Setup {
        idle: Some((WARNING_AFTER, COUNTDOWN, 10)),
        ..Setup::new("s5-idle", Link::Offline)
    };
    let run = KioskRun::start_with(orientation, setup).await;
    let mut shots = Shots::of_display(orientation, run.display(), IDLE);
    let mut audit = Audit::new(&format!("s5-idle-{}", orientation.name()));
    let d = run.driver();
    let p = KYOKO;
    let work = async {
        let mut none = Eyes::default();
        visitor::start(d, &mut none, "ja").await;
        visitor::basic(d, &mut none, &p).await;
        visitor::next(d, "contact").await;
        visitor::contact_address_and_phone(d, &mut none, &p).await;
        visitor::type_email(d, &p).await;
        tap(d, "key-close").await;
        // A mark in this page's JavaScript, to tell whether the page itself ever comes back.
        d.execute("window.__lastVisitorsPage = true;", Vec::new())
            .await
            .expect("a script runs in the page");
        let last_touch = Instant::now();
        // The page search sees what is there (so that finding nothing later means something).
        let before = page_hits(&run, &p).await;
        for secret in [p.phone.to_owned(), p.email()] {
            assert!(
                before.iter().any(|h| h.ends_with(&secret)),
                "the page search does not find {secret} while it is on screen: {before:?}"
            );
        }

        // No touch: the warning comes after the configured time, not before.
        let warning = shown_within(
            d,
            "dialog-idle",
            Duration::from_secs(u64::from(WARNING_AFTER) + 10),
        )
        .await;
        let waited = last_touch.elapsed();
        assert!(
            waited >= Duration::from_secs(u64::from(WARNING_AFTER) - 1),
            "the idle warning came after {waited:?}, before {WARNING_AFTER} s without a touch"
        );
        drop(warning);
        shots.take(d, "idle-warning").await;
        audit.check(d, "kiosk/idle-warning").await;

        // A touch keeps the session, with everything typed.
        tap(d, "btn-continue").await;
        let deadline = Instant::now() + Duration::from_secs(5);
        while is_shown(d, "dialog-idle").await {
            assert!(
                Instant::now() < deadline,
                "続ける did not close the warning"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        screen(d, "contact").await;
        expect_value(d, "field-contact.phone", p.phone).await;
        expect_value(d, "field-contact.email", &p.email()).await;
        tap(d, "btn-back").await;
        screen(d, "basic").await;
        expect_value(d, "field-basic.family_name", p.family).await;
        expect_value(d, "field-basic.given_name", p.given).await;
        let last_touch = Instant::now();

        // No touch again: the warning, then the countdown runs out and the session is wiped.
        shown_within(
            d,
            "dialog-idle",
            Duration::from_secs(u64::from(WARNING_AFTER) + 10),
        )
        .await;
        shown_within(
            d,
            "screen-attract",
            Duration::from_secs(u64::from(COUNTDOWN) + 10),
        )
        .await;
        let gone_after = last_touch.elapsed();
        assert!(
            gone_after >= Duration::from_secs(u64::from(WARNING_AFTER + COUNTDOWN) - 1),
            "the session was wiped after {gone_after:?}, before warning + countdown"
        );
        assert!(
            !is_shown(d, "dialog-idle").await,
            "the warning stays after the wipe"
        );
        // Let the wipe's storage clearing and reload settle before looking.
        tokio::time::sleep(Duration::from_secs(2)).await;
        screen(d, "attract").await;
        nothing_left(&run, &p).await;

        // Nor is the page the wipe left kept in the webview's memory: going back in its history
        // (what Alt+← or a swipe would do, both blocked) loads the UI afresh, on the attract
        // screen, instead of restoring the last visitor's page from a back/forward cache.
        let back = d
            .execute(
                "const n = history.length; history.back(); return n;",
                Vec::new(),
            )
            .await
            .expect("history.back() runs in the page");
        assert!(
            back.json().as_i64().unwrap_or(0) >= 2,
            "the wipe left no page to go back to ({:?}): the check would prove nothing",
            back.json()
        );
        tokio::time::sleep(Duration::from_secs(2)).await;
        screen(d, "attract").await;
        let restored = d
            .execute("return window.__lastVisitorsPage === true;", Vec::new())
            .await
            .expect("a script runs in the page");
        assert_eq!(
            restored.json(),
            &serde_json::json!(false),
            "going back after the wipe restored the last visitor's page from memory"
        );
        let hits = page_hits(&run, &p).await;
        assert!(
            hits.is_empty(),
            "going back after the wipe shows the last visitor's details:\n{}",
            hits.join("\n")
        );
    };
    if tokio::time::timeout(LIMIT, work).await.is_err() {
        panic!(
            "the idle scenario took longer than {LIMIT:?}; see {}",
            run.log().display()
        );
    }
    shots.publish();
    run.quit().await;
    audit.finish();
}

/// `page <place>: <secret>` for each of the person's details the page holds.
async fn page_hits(run: &KioskRun, p: &Person) -> Vec<String> {
    let secrets = p.secrets();
    let mut found = Vec::new();
    for (place, text) in search::page_text(run.driver()).await {
        for (secret, _) in find_in_bytes(text.as_bytes(), &secrets) {
            found.push(format!("page {place}: {secret}"));
        }
    }
    found
}

/// The person's details are nowhere the kiosk or its webview keep anything.
async fn nothing_left(run: &KioskRun, p: &Person) {
    let secrets = p.secrets();
    let mut found = page_hits(run, p).await;
    let webview = run.webview_home();
    let files = search::files_under(webview);
    assert!(
        !files.is_empty(),
        "the webview wrote nothing under its XDG directories {}: the search would prove nothing",
        webview.display()
    );
    for dir in [webview, run.data_dir()] {
        for (path, secret, encoding) in find_in_tree(dir, &secrets) {
            found.push(format!("{} ({encoding}): {secret}", path.display()));
        }
    }
    let log = std::fs::read(run.log()).unwrap_or_default();
    for (secret, encoding) in find_in_bytes(&log, &secrets) {
        found.push(format!(
            "log {} ({encoding}): {secret}",
            run.log().display()
        ));
    }
    assert!(
        found.is_empty(),
        "after the idle wipe the visitor's details are still kept:\n{}",
        found.join("\n")
    );
    eprintln!(
        "idle wipe: searched the page, {} webview files, the data directory and the log",
        files.len()
    );
}
