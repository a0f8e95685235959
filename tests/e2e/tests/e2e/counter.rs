//! Scenario 9: the counter finishes the job. A visitor who could give the name only in katakana
//! applies at the kiosk (web adapter); staff accept the application, correct the name into
//! kanji in the correction form, see the history on the application's page, print the
//! 求職申込書 and download the day's export, both holding the corrected name.
//!
//! The PDF and the export are fetched by the page itself (`fetch` with the staff session's
//! cookie), as the browser's download would, and checked for what they hold.

use std::path::Path;
use std::time::{Duration, Instant};

use madoguchi_e2e::chrome::{Chrome, DESKTOP};
use madoguchi_e2e::kiosk::{Link, Setup};
use madoguchi_e2e::pages::{self, describe_page, expect_h1, find, Look};
use madoguchi_e2e::server::ServerRun;
use madoguchi_e2e::visitor::{self, Eyes, KYOKO};
use madoguchi_e2e::webkiosk::WebKioskRun;
use madoguchi_e2e::{Orientation, Shots};
use thirtyfour::{By, WebDriver};

use crate::WEB_KIOSK;

const LIMIT: Duration = Duration::from_secs(240);
/// The counter's pictures of corrections, after the acceptance walk's (01–49).
const SHOTS: std::ops::Range<u32> = 50..60;
const KANJI_FAMILY: &str = "山田";
const KANJI_GIVEN: &str = "恭子";

async fn click(d: &WebDriver, css: &str) {
    let e = find(d, css).await;
    if let Err(err) = e.click().await {
        panic!("clicking `{css}` failed: {err}: {}", describe_page(d).await);
    }
}

/// Waits until the page's text holds `want`.
async fn expect_text(d: &WebDriver, want: &str) {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let body = match d.find(By::Css("body")).await {
            Ok(b) => b.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        };
        if body.contains(want) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "`{want}` is not on the page: {}",
            describe_page(d).await
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Corrects one field through the form: its row's link, the new value, the submit button.
async fn correct(d: &WebDriver, shots: &mut Shots, field: &str, value: &str, shot: bool) {
    click(
        d,
        &format!("a[href$='correct?field={field}#correct-field']"),
    )
    .await;
    let input = find(d, "#value").await;
    let _ = input.clear().await;
    input
        .send_keys(value)
        .await
        .unwrap_or_else(|e| panic!("typing into the correction form failed: {e}"));
    if shot {
        shots.take(d, "correction-form").await;
    }
    click(d, "form[action$='/correct'] button[type=submit]").await;
    // The notice names the field as the printed form does (「基本情報 › 氏名」), not by its path.
    expect_text(d, "を訂正しました").await;
}

/// `url` (plain HTTP on loopback) fetched with the browser's staff cookie, as the browser's
/// download would: (status, content type, body). The page's own `fetch` is refused by the
/// counter's Content-Security-Policy, rightly.
async fn fetch(d: &WebDriver, url: &str) -> (u16, String, Vec<u8>) {
    use std::io::{Read as _, Write as _};
    let cookie = d
        .get_named_cookie("mdg_staff")
        .await
        .expect("the staff cookie");
    let rest = url.strip_prefix("http://").expect("a loopback URL");
    let (host, path) = rest.split_once('/').expect("a path");
    let mut stream = std::net::TcpStream::connect(host).expect("connect");
    write!(
        stream,
        "GET /{path} HTTP/1.1\r\nHost: {host}\r\nCookie: mdg_staff={}\r\nConnection: close\r\n\r\n",
        cookie.value
    )
    .expect("send");
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).expect("read");
    let split = answer
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("headers")
        + 4;
    let head = String::from_utf8_lossy(&answer[..split]).into_owned();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let kind = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-type:")
                .map(|v| v.trim().to_owned())
        })
        .unwrap_or_default();
    (status, kind, answer[split..].to_vec())
}

#[tokio::test]
async fn s9_counter_corrects_prints_and_exports() {
    let name = "s9-counter";
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
    let mut shots = Shots::of_browser("counter", SHOTS);
    let d = kiosk.driver();
    let work = async {
        let receipt = visitor::apply(d, &mut Eyes::default(), "ja", &KYOKO).await;
        server
            .wait_for_application(&receipt.number, Duration::from_secs(60))
            .await;
        visitor::finish(d, &mut Eyes::default()).await;

        let browser = Chrome::start(name, DESKTOP).await;
        let mut look = Look {
            shots: None,
            audit: None,
        };
        pages::counter_accepts(&browser, &mut look, &server, &receipt).await;
        // counter_accepts ends on the fleet page: back to the application, by its receipt.
        let shown = pages::counter_name(&browser, &server, &receipt).await;
        assert!(shown.contains(KYOKO.family), "the counter shows {shown}");
        let c = browser.driver();
        let page = c
            .current_url()
            .await
            .expect("the application's page")
            .to_string();

        // The katakana name into kanji.
        click(c, "#history a.button").await;
        expect_h1(
            c,
            &server_message_counter("srv-correct-title", &receipt.number),
        )
        .await;
        shots.take(c, "correction-fields").await;
        correct(c, &mut shots, "basic.family_name", KANJI_FAMILY, true).await;
        shots.take(c, "corrected").await;
        correct(c, &mut shots, "basic.given_name", KANJI_GIVEN, false).await;

        // The history on the application's page: old → new, who, when.
        c.goto(&page).await.expect("back to the application");
        expect_text(c, "訂正の履歴").await;
        let history = find(c, "table.correction-history").await;
        let rows = history
            .find_all(By::Css("tbody tr"))
            .await
            .unwrap_or_default();
        assert_eq!(rows.len(), 2, "two corrections: {}", describe_page(c).await);
        // Both corrections may fall in the same second (the history is ordered by time, to the
        // second): find the family name's line by its field.
        let mut lines = Vec::new();
        for row in &rows {
            lines.push(row.text().await.unwrap_or_default());
        }
        let family = lines
            .iter()
            .find(|l| l.contains("basic.family_name"))
            .unwrap_or_else(|| panic!("no history line for the family name: {lines:?}"));
        for part in ["ヤマダ", KANJI_FAMILY, "e2e-staff"] {
            assert!(
                family.contains(part),
                "the family name's history line holds {part}: {family}"
            );
        }
        let history_el = find(c, "#history").await;
        let _ = history_el.scroll_into_view().await;
        shots.take(c, "history").await;
        expect_text(c, &format!("{KANJI_FAMILY} {KANJI_GIVEN}")).await;

        // The printed 求職申込書, from the corrected application.
        let pdf_url = format!("{page}/form.pdf");
        let (status, kind, pdf) = fetch(c, &pdf_url).await;
        assert_eq!((status, kind.as_str()), (200, "application/pdf"));
        assert!(pdf.starts_with(b"%PDF-"), "a PDF");
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("form.pdf");
        std::fs::write(&file, &pdf).expect("write the PDF");
        let text = std::process::Command::new("pdftotext")
            .arg(&file)
            .arg("-")
            .output()
            .unwrap_or_else(|e| panic!("pdftotext does not run ({e}): install poppler-utils"));
        let text = String::from_utf8_lossy(&text.stdout).into_owned();
        for want in [
            "求職申込書",
            KANJI_FAMILY,
            KANJI_GIVEN,
            receipt.number.as_str(),
        ] {
            assert!(text.contains(want), "the PDF holds {want}:\n{text}");
        }

        // The day's export holds the application, corrected.
        let (status, kind, csv) =
            fetch(c, &format!("{}/counter/export?format=csv", server.url())).await;
        assert_eq!(status, 200, "{kind}");
        assert!(csv.starts_with(&[0xEF, 0xBB, 0xBF]), "UTF-8 with a BOM");
        let csv = String::from_utf8_lossy(&csv).into_owned();
        assert!(csv.contains(&receipt.number), "{csv}");
        assert!(
            csv.contains(&format!(",{KANJI_FAMILY},{KANJI_GIVEN},")),
            "{csv}"
        );
        browser.quit().await;
    };
    if tokio::time::timeout(LIMIT, work).await.is_err() {
        panic!(
            "scenario 9 took longer than {LIMIT:?}; see {} and {}",
            kiosk.log().display(),
            server.log_path().display()
        );
    }
    kiosk.quit().await;
    shots.publish();
}

/// A line of `locales/ja/counter.ftl` with its `{ $receipt }` filled in.
fn server_message_counter(id: &str, receipt: &str) -> String {
    madoguchi_e2e::visitor::ftl_line("ja", "counter.ftl", id).replace("{ $receipt }", receipt)
}
