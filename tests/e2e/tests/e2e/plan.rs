//! The plan's numbers in Chromium: staff record the counter's and online registrations (typed
//! and imported, a bad file refused), read the scorecard, its print view and the survey report;
//! anyone reads the public scorecard and answers the web survey. Every page is audited with axe
//! and photographed into `docs/screens/counter/` (20–29) and `docs/screens/public/`.

use std::time::{Duration, Instant};

use madoguchi_e2e::axe::Audit;
use madoguchi_e2e::chrome::{Chrome, DESKTOP, PHONE};
use madoguchi_e2e::pages::server_message;
use madoguchi_e2e::server::{ServerRun, STAFF_LOGIN, STAFF_PASSWORD};
use madoguchi_e2e::shots::Shots;
use thirtyfour::prelude::*;

const WAIT: Duration = Duration::from_secs(15);

async fn find(d: &WebDriver, css: &str) -> WebElement {
    let deadline = Instant::now() + WAIT;
    loop {
        if let Ok(e) = d.find(By::Css(css)).await {
            return e;
        }
        assert!(
            Instant::now() < deadline,
            "no `{css}` on {:?}",
            d.current_url().await
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn fill(d: &WebDriver, css: &str, text: &str) {
    let e = find(d, css).await;
    let _ = e.clear().await;
    e.send_keys(text).await.expect("typing");
}

async fn click(d: &WebDriver, css: &str) {
    find(d, css).await.click().await.expect("click");
    tokio::time::sleep(Duration::from_millis(300)).await;
}

async fn h1(d: &WebDriver) -> String {
    find(d, "h1").await.text().await.unwrap_or_default()
}

async fn open(d: &WebDriver, server: &ServerRun, path: &str) {
    d.goto(&format!("{}{path}", server.url()))
        .await
        .unwrap_or_else(|e| panic!("{path} does not open: {e}"));
    find(d, "h1").await;
}

#[tokio::test]
async fn plan_scorecard_tallies_public_page_and_survey() {
    let server = ServerRun::start("plan");
    let browser = Chrome::start("plan", DESKTOP).await;
    let d = browser.driver();
    let mut audit = Audit::new("plan-scorecard-survey");
    let mut counter = Shots::of_browser("counter", 20..30);
    let mut public = Shots::of_browser("public", 1..10);

    open(d, &server, "/counter").await;
    fill(d, "#login", STAFF_LOGIN).await;
    fill(d, "#password", STAFF_PASSWORD).await;
    click(d, "form[action='/counter/signin'] button[type=submit]").await;
    assert_eq!(h1(d).await, server_message("ja", "srv-counter-title"));

    // One day typed in: the form offers today.
    open(d, &server, "/counter/tallies").await;
    let today = find(d, "#day")
        .await
        .value()
        .await
        .ok()
        .flatten()
        .expect("the form offers today");
    fill(d, "#registered", "36").await;
    fill(d, "#opened", "4").await;
    click(d, "form[action='/counter/tallies'] button[type=submit]").await;
    assert_eq!(h1(d).await, server_message("ja", "srv-tally-title"));
    find(d, ".notice").await;
    // A file with a bad row is refused whole, the line and column named.
    fill(
        d,
        "#csv",
        &format!(
            "date,channel,registrations,my_pages_opened\n{today},online,20,10\n{today},fax,3,0\n"
        ),
    )
    .await;
    click(
        d,
        "form[action='/counter/tallies/import'] button[type=submit]",
    )
    .await;
    let summary = find(d, ".error-summary")
        .await
        .text()
        .await
        .unwrap_or_default();
    assert!(summary.contains("3 行目の channel 列"), "{summary}");
    counter.take(d, "tallies-refused").await;
    audit.check(d, "counter/tallies-refused").await;
    // The corrected file goes in.
    fill(
        d,
        "#csv",
        &format!("date,channel,registrations,my_pages_opened\n{today},online,20,10\n"),
    )
    .await;
    click(
        d,
        "form[action='/counter/tallies/import'] button[type=submit]",
    )
    .await;
    find(d, ".notice").await;
    counter.take(d, "tallies").await;
    audit.check(d, "counter/tallies").await;

    open(d, &server, "/counter/scorecard").await;
    let page = d.source().await.unwrap_or_default();
    // 14 of 56 job seekers opened My Page: 25.0 %.
    assert!(page.contains("25.0%"), "the office's rate");
    counter.take(d, "scorecard-plan").await;
    audit.check(d, "counter/scorecard-plan").await;
    d.execute(
        "window.scrollTo(0, document.body.scrollHeight / 2)",
        Vec::new(),
    )
    .await
    .expect("scroll");
    counter.take(d, "scorecard-trend").await;
    open(d, &server, "/counter/scorecard/print").await;
    counter.take(d, "scorecard-print").await;
    audit.check(d, "counter/scorecard-print").await;

    // Anyone: the public page and the survey, in Japanese and English.
    open(d, &server, "/scorecard?lang=ja").await;
    assert_eq!(h1(d).await, server_message("ja", "srv-public-title"));
    public.take(d, "scorecard").await;
    audit.check(d, "public/scorecard").await;
    open(d, &server, "/scorecard?lang=en").await;
    public.take(d, "scorecard-en").await;
    audit.check(d, "public/scorecard-en").await;

    browser.fit_viewport(PHONE.0, PHONE.1).await;
    open(d, &server, "/survey?from=my-page&office=13010&lang=ja").await;
    public.take(d, "survey").await;
    audit.check(d, "public/survey").await;
    click(d, "input[name=ease][value='4']").await;
    click(d, "input[name=time_taken][value='5-15']").await;
    click(d, "input[name=hard][value='email-code']").await;
    fill(
        d,
        "#comment",
        "メールが届くまで少し待ちました。090-1234-5678",
    )
    .await;
    click(d, "form[action^='/survey'] button[type=submit]").await;
    assert_eq!(h1(d).await, server_message("ja", "srv-survey-thanks-title"));
    public.take(d, "survey-thanks").await;
    audit.check(d, "public/survey-thanks").await;

    browser.fit_viewport(DESKTOP.0, DESKTOP.1).await;
    open(d, &server, "/counter/survey").await;
    let report = d.source().await.unwrap_or_default();
    assert!(
        report.contains("メールが届くまで少し待ちました。[…]"),
        "stripped before storing"
    );
    assert!(!report.contains("1234"));
    counter.take(d, "survey-report").await;
    audit.check(d, "counter/survey-report").await;

    browser.quit().await;
    audit.finish();
    counter.publish();
    public.publish();
}
