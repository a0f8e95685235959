//! The server's pages as people use them in a browser: the visitor's phone opening the QR code's
//! URL (email code, password, My Page) and staff at the counter (sign in, find the application,
//! record the identity check, accept). Server pages have no test ids; they are found by their
//! form actions and field ids, and checked by the locale's texts (`locales/<lang>/server.ftl`).

use std::time::{Duration, Instant};

use thirtyfour::{By, WebDriver, WebElement};

use crate::axe::Audit;
use crate::chrome::{Chrome, DESKTOP, PHONE};
use crate::overflow::found_by;
use crate::server::{ServerRun, STAFF_LOGIN, STAFF_PASSWORD};
use crate::visitor::{ftl_line, Person, Receipt};
use crate::Shots;

const WAIT: Duration = Duration::from_secs(15);

/// After a form post: the server's 403 page fails the test, naming the page.
async fn after_post(d: &WebDriver, what: &str) {
    tokio::time::sleep(Duration::from_millis(200)).await;
    let h1 = match d.find(By::Css("h1")).await {
        Ok(h1) => h1.text().await.unwrap_or_default(),
        Err(_) => String::new(),
    };
    let forbidden = ["ja", "ja-easy", "en"]
        .iter()
        .any(|l| h1.trim() == server_message(l, "srv-error-forbidden-title"));
    if forbidden {
        let page = describe_page(d).await;
        panic!("{what}: the server refused the browser's form post with 403: {page}");
    }
}

/// The visitor's password for My Page (long, and nothing of their own in it).
pub const VISITOR_PASSWORD: &str = "sakura-tsubame-2026-hikari";

/// A one-line message of `locales/<language>/server.ftl`.
pub fn server_message(language: &str, id: &str) -> String {
    madoguchi_core::i18n::ruby_plain(&ftl_line(language, "server.ftl", id))
}

/// What a browser session looks at and records on the way.
pub struct Look<'a> {
    pub shots: Option<&'a mut Shots>,
    pub audit: Option<&'a mut Audit>,
}

impl Look<'_> {
    /// Photographs (`NN-<name>.png`) and audits (`<area>/<name>`) the page.
    pub async fn at(&mut self, d: &WebDriver, area: &str, name: &str) {
        if let Some(shots) = self.shots.as_deref_mut() {
            shots.take(d, name).await;
        }
        if let Some(audit) = self.audit.as_deref_mut() {
            audit.check(d, &format!("{area}/{name}")).await;
        }
    }
}

/// A short account of the page for failure messages: its address, heading and alerts.
pub async fn describe_page(d: &WebDriver) -> String {
    const SCRIPT: &str = r#"
        const t = (sel) => [...document.querySelectorAll(sel)].map((e) => e.innerText.trim()).join(' | ');
        return JSON.stringify({ url: location.href, h1: t('h1'), alerts: t('.notice, .error, [role=alert]') });
    "#;
    match d.execute(SCRIPT, Vec::new()).await {
        Ok(r) => r.json().as_str().unwrap_or_default().to_owned(),
        Err(e) => format!("(the page cannot be asked: {e})"),
    }
}

/// The first element matching `css`, once it exists.
pub async fn find(d: &WebDriver, css: &str) -> WebElement {
    let deadline = Instant::now() + WAIT;
    loop {
        if let Ok(e) = d.find(By::Css(css)).await {
            return e;
        }
        if Instant::now() >= deadline {
            panic!(
                "`{css}` is not on the page after {WAIT:?}: {}",
                describe_page(d).await
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn exists(d: &WebDriver, css: &str) -> bool {
    d.find(By::Css(css)).await.is_ok()
}

pub async fn click(d: &WebDriver, css: &str) {
    let e = find(d, css).await;
    if let Err(err) = e.click().await {
        panic!("clicking `{css}` failed: {err}: {}", describe_page(d).await);
    }
}

pub async fn fill(d: &WebDriver, css: &str, text: &str) {
    let e = find(d, css).await;
    let _ = e.clear().await;
    e.send_keys(text)
        .await
        .unwrap_or_else(|err| panic!("typing into `{css}` failed: {err}"));
}

/// Waits until the page's `<h1>` reads `want` (or contains it, for headings with a number).
pub async fn expect_h1(d: &WebDriver, want: &str) {
    let deadline = Instant::now() + WAIT;
    loop {
        let got = match d.find(By::Css("h1")).await {
            Ok(h1) => h1.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        };
        if got.trim() == want || got.contains(want) {
            return;
        }
        if Instant::now() >= deadline {
            panic!(
                "the page is headed {got:?}, expected {want:?}: {}",
                describe_page(d).await
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The text of the `<dd>` after the `<dt>` that reads `label`, if there is one.
pub async fn definition(d: &WebDriver, label: &str) -> Option<String> {
    const SCRIPT: &str = r#"
        const label = arguments[0];
        for (const dt of document.querySelectorAll('dt')) {
            if (dt.innerText.trim() === label) {
                const dd = dt.nextElementSibling;
                return dd ? dd.innerText.trim() : null;
            }
        }
        return null;
    "#;
    d.execute(SCRIPT, vec![serde_json::json!(label)])
        .await
        .ok()
        .and_then(|r| r.json().as_str().map(str::to_owned))
}

/// A 求職番号 as the server shows it: `13010-00000042`.
pub fn is_job_seeker_number(s: &str) -> bool {
    let Some((office, serial)) = s.split_once('-') else {
        return false;
    };
    office.len() == 5
        && serial.len() == 8
        && office.bytes().all(|b| b.is_ascii_digit())
        && serial.bytes().all(|b| b.is_ascii_digit())
}

/// Fails naming `what` if `page` holds any of the person's details.
#[track_caller]
fn nothing_of(page: &str, p: &Person, what: &str) {
    for secret in p.secrets() {
        assert!(!page.contains(&secret), "{what} shows {secret}");
    }
}

/// The phone opens the QR code's URL, asks for the email code, types it, sets a password, and
/// lands on My Page (provisional). `language` is the visitor's.
pub async fn phone_opens_my_page(
    phone: &Chrome,
    look: &mut Look<'_>,
    server: &ServerRun,
    receipt: &Receipt,
    language: &str,
    p: &Person,
) {
    let d = phone.driver();
    phone.fit_viewport(PHONE.0, PHONE.1).await;
    assert!(
        receipt.url.starts_with(&server.url()),
        "the QR code's URL {} is on the server {}",
        receipt.url,
        server.url()
    );
    d.goto(&receipt.url)
        .await
        .unwrap_or_else(|e| panic!("the phone cannot open {}: {e}", receipt.url));
    // The kiosk may still be sending: the page says so and refreshes itself.
    let deadline = Instant::now() + Duration::from_secs(60);
    while !exists(d, "form[action*='/send-code']").await {
        assert!(
            Instant::now() < deadline,
            "the phone's page never offers the email code: {}",
            describe_page(d).await
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
        let _ = d.refresh().await;
    }
    expect_h1(d, &server_message(language, "srv-continue-title")).await;
    let page = d.source().await.unwrap_or_default();
    assert!(
        page.contains(&receipt.number),
        "the phone's page shows the receipt number {}",
        receipt.number
    );
    nothing_of(&page, p, "the QR code's page before the proof");
    look.at(d, "phone", "continue").await;
    click(d, "form[action*='/send-code'] button[type=submit]").await;
    after_post(d, "the phone's 確認コードを送る").await;

    find(d, "#code").await;
    look.at(d, "phone", "email-code").await;
    let code = server.email_code_for(&p.email()).await;
    fill(d, "#code", &code).await;
    click(d, "form[action*='/verify'] button[type=submit]").await;
    after_post(d, "the phone's email code").await;

    find(d, "#password").await;
    let page = d.source().await.unwrap_or_default();
    assert!(
        page.contains(p.family),
        "after the proof the phone shows what was received"
    );
    // A photograph of the QR opened in a second browser: the same page without the binding
    // cookie of the browser that typed the code is the proof step again, with nothing personal.
    let binding = d
        .get_named_cookie("mdg_phone")
        .await
        .unwrap_or_else(|e| panic!("the proving browser holds no binding cookie: {e}"));
    d.delete_cookie("mdg_phone")
        .await
        .unwrap_or_else(|e| panic!("the binding cookie cannot be deleted: {e}"));
    d.refresh()
        .await
        .unwrap_or_else(|e| panic!("the phone cannot reload: {e}"));
    find(d, "form[action*='/send-code']").await;
    assert!(
        !exists(d, "#password").await,
        "a second browser gets the password form"
    );
    let page = d.source().await.unwrap_or_default();
    nothing_of(&page, p, "the QR code's page in a second browser");
    d.add_cookie(binding)
        .await
        .unwrap_or_else(|e| panic!("the binding cookie cannot be put back: {e}"));
    d.refresh()
        .await
        .unwrap_or_else(|e| panic!("the phone cannot reload: {e}"));

    find(d, "#password").await;
    look.at(d, "phone", "password").await;
    fill(d, "#password", VISITOR_PASSWORD).await;
    fill(d, "#confirm", VISITOR_PASSWORD).await;
    click(d, "form[action*='/password'] button[type=submit]").await;
    after_post(d, "the phone's password").await;

    expect_h1(d, &server_message(language, "srv-my-title")).await;
    let status = find(d, ".status").await.text().await.unwrap_or_default();
    assert_eq!(
        status.trim(),
        server_message(language, "srv-status-provisional"),
        "My Page shows the application as provisional"
    );
    look.at(d, "phone", "my-page-provisional").await;
}

/// On My Page the visitor moves house: a new postcode that stands for several towns, the town
/// picked from the list the page offers; then a new email address, proven by the code mailed to
/// it. Both in the visitor's language, without JavaScript doing anything for them.
pub async fn phone_moves_house(
    phone: &Chrome,
    look: &mut Look<'_>,
    server: &ServerRun,
    language: &str,
    p: &Person,
) {
    let d = phone.driver();
    d.goto(&format!("{}/my/edit", server.url()))
        .await
        .expect("the edit page opens");
    expect_h1(d, &server_message(language, "srv-my-edit-title")).await;
    look.at(d, "phone", "my-page-edit").await;
    // 〒441-1324 stands for three towns of 新城市; typed with full-width digits and a dash.
    fill(d, "#postcode", "４４１ー１３２４").await;
    fill(d, "#street", "５－６").await;
    click(d, "form[action='/my/edit'] button[type=submit]").await;
    after_post(d, "the phone's new postcode").await;
    find(d, "input[name=town]").await;
    let page = d.source().await.unwrap_or_default();
    for town in ["井道", "奥井道", "内井道"] {
        assert!(
            page.contains(&format!("愛知県新城市{town}")),
            "the towns of 〒441-1324 are offered: {}",
            describe_page(d).await
        );
    }
    look.at(d, "phone", "my-page-edit-town").await;
    click(d, "#town-1").await;
    click(d, "form[action='/my/edit'] button[type=submit]").await;
    after_post(d, "the phone's town choice").await;
    expect_h1(d, &server_message(language, "srv-my-title")).await;
    let address = definition(d, &server_message(language, "srv-field-address")).await;
    assert_eq!(
        address.as_deref(),
        Some("〒441-1324 愛知県新城市奥井道5-6"),
        "My Page shows the new address, normalised: {}",
        describe_page(d).await
    );

    let new_email = format!("moved.{}", p.email());
    d.goto(&format!("{}/my/email", server.url()))
        .await
        .expect("the email page opens");
    expect_h1(d, &server_message(language, "srv-my-email-title")).await;
    fill(d, "#email", &new_email).await;
    fill(d, "#password", VISITOR_PASSWORD).await;
    look.at(d, "phone", "my-page-email").await;
    click(d, "form[action='/my/email'] button[type=submit]").await;
    after_post(d, "the phone's new email address").await;
    find(d, "#code").await;
    look.at(d, "phone", "my-page-email-code").await;
    let code = server.email_code_for(&new_email).await;
    fill(d, "#code", &code).await;
    click(d, "form[action='/my/email/verify'] button[type=submit]").await;
    after_post(d, "the phone's email change code").await;
    expect_h1(d, &server_message(language, "srv-my-title")).await;
    let notice = find(d, ".notice.ok").await.text().await.unwrap_or_default();
    assert!(
        notice.contains(&new_email),
        "My Page says the address is now {new_email}: {}",
        describe_page(d).await
    );
    let shown = definition(d, &server_message(language, "srv-field-email")).await;
    assert_eq!(shown.as_deref(), Some(new_email.as_str()));
    look.at(d, "phone", "my-page-moved").await;

    // The work history and the disability answers have pages of their own (pictured by the
    // server's tests, phone 11–20): audited here in the visitor's language. Their headings may
    // carry furigana (<ruby>): compared without the readings.
    for (path, title) in [
        ("/my/edit/work-history", "srv-my-jobs-title"),
        ("/my/edit/disability", "srv-my-disability-title"),
    ] {
        d.goto(&format!("{}{path}", server.url()))
            .await
            .unwrap_or_else(|e| panic!("{path} opens: {e}"));
        let want = madoguchi_core::i18n::ruby_plain_base(&ftl_line(language, "server.ftl", title));
        let got = found_by(
            d,
            "const h = document.querySelector('h1'); if (!h) return [''];
             const c = h.cloneNode(true); c.querySelectorAll('rt, rp').forEach((e) => e.remove());
             return [c.textContent.trim()];",
            Vec::new(),
            "the heading without its readings",
        )
        .await;
        assert_eq!(
            got.first().map(String::as_str),
            Some(want.as_str()),
            "{path}: {}",
            describe_page(d).await
        );
        if let Some(audit) = look.audit.as_deref_mut() {
            audit.check(d, &format!("phone{path}")).await;
        }
    }
}

/// Signs in at the counter's sign-in page, which is showing.
pub async fn counter_signs_in(d: &WebDriver) {
    fill(d, "#login", STAFF_LOGIN).await;
    fill(d, "#password", STAFF_PASSWORD).await;
    click(d, "form[action='/counter/signin'] button[type=submit]").await;
    after_post(d, "the counter's sign-in").await;
}

/// From the counter's list of today's applications, opens the one with this receipt number.
pub(crate) async fn open_at_counter(d: &WebDriver, look: &mut Look<'_>, receipt: &Receipt) {
    expect_h1(d, &server_message("ja", "srv-counter-title")).await;
    let link = "a.receipt-link";
    find(d, link).await;
    let links = d.find_all(By::Css(link)).await.unwrap_or_default();
    let mut target = None;
    for l in links {
        if l.text().await.unwrap_or_default().contains(&receipt.number) {
            target = Some(l);
            break;
        }
    }
    let target = target.unwrap_or_else(|| {
        panic!(
            "today's applications at the counter do not list {}",
            receipt.number
        )
    });
    look.at(d, "counter", "today").await;
    target.click().await.expect("the application opens");

    expect_h1(d, &receipt.number).await;
    look.at(d, "counter", "application").await;
}

/// The name as the counter shows it for this receipt (signing in first if needed).
pub async fn counter_name(browser: &Chrome, server: &ServerRun, receipt: &Receipt) -> String {
    let d = browser.driver();
    browser.fit_viewport(DESKTOP.0, DESKTOP.1).await;
    d.goto(&format!("{}/counter", server.url()))
        .await
        .expect("the counter opens");
    let h1 = find(d, "h1").await.text().await.unwrap_or_default();
    if h1.trim() == server_message("ja", "srv-counter-signin-title") {
        counter_signs_in(d).await;
    }
    open_at_counter(
        d,
        &mut Look {
            shots: None,
            audit: None,
        },
        receipt,
    )
    .await;
    let label = server_message("ja", "srv-field-name");
    definition(d, &label)
        .await
        .unwrap_or_else(|| panic!("the counter shows no {label}"))
}

/// Every row of the application as the counter shows it for this receipt, as (label, value)
/// pairs in page order (signing in first if needed).
pub async fn counter_rows(
    browser: &Chrome,
    look: &mut Look<'_>,
    server: &ServerRun,
    receipt: &Receipt,
) -> Vec<(String, String)> {
    const SCRIPT: &str = r#"
        return [...document.querySelectorAll('dl.summary dt')].map((dt) => {
            const dd = dt.nextElementSibling;
            return [dt.innerText.trim(), dd ? dd.innerText.trim() : ''];
        });
    "#;
    let d = browser.driver();
    browser.fit_viewport(DESKTOP.0, DESKTOP.1).await;
    d.goto(&format!("{}/counter", server.url()))
        .await
        .expect("the counter opens");
    let h1 = find(d, "h1").await.text().await.unwrap_or_default();
    if h1.trim() == server_message("ja", "srv-counter-signin-title") {
        counter_signs_in(d).await;
    }
    open_at_counter(d, look, receipt).await;
    let rows = d
        .execute(SCRIPT, vec![])
        .await
        .ok()
        .and_then(|r| serde_json::from_value::<Vec<(String, String)>>(r.json().clone()).ok())
        .unwrap_or_default();
    assert!(
        !rows.is_empty(),
        "the counter shows no rows: {}",
        describe_page(d).await
    );
    rows
}

/// Staff sign in at `/counter`, open the application by its receipt number, record the identity
/// check and accept it. Returns the 求職番号 issued.
pub async fn counter_accepts(
    browser: &Chrome,
    look: &mut Look<'_>,
    server: &ServerRun,
    receipt: &Receipt,
) -> String {
    let d = browser.driver();
    browser.fit_viewport(DESKTOP.0, DESKTOP.1).await;
    d.goto(&format!("{}/counter", server.url()))
        .await
        .expect("the counter opens");
    expect_h1(d, &server_message("ja", "srv-counter-signin-title")).await;
    look.at(d, "counter", "signin").await;
    counter_signs_in(d).await;
    open_at_counter(d, look, receipt).await;
    click(d, "form[action$='/identity'] button[type=submit]").await;
    after_post(d, "the counter's identity check").await;
    let accept = "form[action$='/accept'] button[type=submit]";
    let deadline = Instant::now() + WAIT;
    loop {
        let button = find(d, accept).await;
        if button.is_enabled().await.unwrap_or(false) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "受理 stays disabled after the identity check: {}",
            describe_page(d).await
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    look.at(d, "counter", "identity-checked").await;
    click(d, accept).await;
    after_post(d, "the counter's 受理").await;

    let label = server_message("ja", "srv-field-job-seeker-number");
    let deadline = Instant::now() + WAIT;
    let number = loop {
        if let Some(n) = definition(d, &label).await {
            break n;
        }
        assert!(
            Instant::now() < deadline,
            "the counter shows no {label} after 受理: {}",
            describe_page(d).await
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(
        is_job_seeker_number(&number),
        "the counter issued {number:?}, not a 求職番号 like 13010-00000042"
    );
    look.at(d, "counter", "accepted").await;

    // The rest of the console, for the pictures and the audit: the 求職受付票 print view, the
    // scorecard (one application, one My Page opened) and the kiosk fleet.
    for (path, name, title) in [
        ("/counter/scorecard", "scorecard", "srv-scorecard-title"),
        ("/counter/fleet", "fleet", "srv-fleet-title"),
    ] {
        d.goto(&format!("{}{path}", server.url()))
            .await
            .unwrap_or_else(|e| panic!("{path} does not open: {e}"));
        expect_h1(d, &server_message("ja", title)).await;
        look.at(d, "counter", name).await;
    }
    number
}

/// The phone's My Page, reloaded, shows the application accepted with this 求職番号.
pub async fn phone_sees_number(
    phone: &Chrome,
    look: &mut Look<'_>,
    server: &ServerRun,
    language: &str,
    number: &str,
) {
    let d = phone.driver();
    phone.fit_viewport(PHONE.0, PHONE.1).await;
    d.goto(&format!("{}/my", server.url()))
        .await
        .expect("My Page opens");
    expect_h1(d, &server_message(language, "srv-my-title")).await;
    let label = server_message(language, "srv-field-job-seeker-number");
    let shown = definition(d, &label).await;
    assert_eq!(
        shown.as_deref(),
        Some(number),
        "the phone's My Page shows the 求職番号 the counter issued: {}",
        describe_page(d).await
    );
    let status = find(d, ".status").await.text().await.unwrap_or_default();
    assert_eq!(
        status.trim(),
        server_message(language, "srv-status-accepted"),
        "My Page shows the application as accepted"
    );
    look.at(d, "phone", "my-page-accepted").await;
}

/// The phone opens the QR code's URL and My Page; the counter accepts; the phone sees the
/// 求職番号, which is returned.
#[allow(clippy::too_many_arguments, clippy::needless_option_as_deref)]
pub async fn phone_and_counter(
    browser: &Chrome,
    server: &ServerRun,
    receipt: &Receipt,
    language: &str,
    p: &Person,
    mut phone_shots: Option<&mut Shots>,
    mut counter_shots: Option<&mut Shots>,
    mut audit: Option<&mut Audit>,
) -> String {
    let mut look = Look {
        shots: phone_shots.as_deref_mut(),
        audit: audit.as_deref_mut(),
    };
    phone_opens_my_page(browser, &mut look, server, receipt, language, p).await;
    phone_moves_house(browser, &mut look, server, language, p).await;
    let mut look = Look {
        shots: counter_shots.as_deref_mut(),
        audit: audit.as_deref_mut(),
    };
    // The counter is another device (its own profile: no cookie of the phone's comes along).
    let counter = Chrome::start(&format!("counter-{}", receipt.number), DESKTOP).await;
    let number = counter_accepts(&counter, &mut look, server, receipt).await;
    counter.quit().await;
    let mut look = Look {
        shots: phone_shots.as_deref_mut(),
        audit: audit.as_deref_mut(),
    };
    phone_sees_number(browser, &mut look, server, language, &number).await;
    number
}

#[cfg(test)]
mod tests {
    use super::is_job_seeker_number;

    #[test]
    fn job_seeker_numbers() {
        assert!(is_job_seeker_number("13010-00000042"));
        assert!(!is_job_seeker_number("13010-42"));
        assert!(!is_job_seeker_number(""));
    }
}
