//! Scenario 9: one visitor fills every item the official form asks on the existing screens —
//! 国籍 and 在留資格 with its expiry, 最寄り駅 and 通勤, 就業形態, 希望休日 and the week,
//! 離職日 and 離職理由, 配偶者 and 扶養家族, 学部・学科 and 卒業区分, licences from the list (found
//! by typing their reading) and one written out, each with its year in 和暦 or 西暦, and a past
//! job's 職種 and 離職理由 — and the counter (signed-in staff) sees each of them. On the web
//! adapter in headless Chromium, once per orientation; the filled screens are photographed
//! (`docs/screens/<orientation>/6x-*.png`). The visitor who skips every 任意 item is scenario 2,
//! whose walk fills none of them.

use std::path::Path;
use std::time::Duration;

use madoguchi_e2e::chrome::{Chrome, PHONE};
use madoguchi_e2e::kiosk::{Link, Setup};
use madoguchi_e2e::pages::{self, server_message, Look};
use madoguchi_e2e::server::ServerRun;
use madoguchi_e2e::shots::ITEMS;
use madoguchi_e2e::touch::{
    choose, close_keyboard, describe, is_shown, shown, tap, text, type_physical,
};
use madoguchi_e2e::visitor::{
    self, expect_heading, ftl_line, message, next, occupation_name, Eyes, Receipt, KYOKO,
    OCCUPATION_MAJOR, OCCUPATION_MIDDLE,
};
use madoguchi_e2e::webkiosk::WebKioskRun;
use madoguchi_e2e::{Orientation, Shots};

use crate::WEB_KIOSK;

const LIMIT: Duration = Duration::from_secs(300);

#[tokio::test]
async fn s9_every_item_portrait() {
    every_item(Orientation::Portrait).await;
}

#[tokio::test]
async fn s9_every_item_landscape() {
    every_item(Orientation::Landscape).await;
}

/// A message of `server.ftl` with its arguments filled in (`{ $n }` → 2).
fn server_text(id: &str, args: &[(&str, &str)]) -> String {
    let mut text = server_message("ja", id);
    for (name, value) in args {
        text = text.replace(&format!("{{ ${name} }}"), value);
    }
    text
}

async fn every_item(orientation: Orientation) {
    let name = format!("s8-{}", orientation.name());
    let server = ServerRun::start(&name);
    let link = Link::Enrolled {
        url: server.url(),
        code: server.enrolment_code().to_owned(),
        key: server.public_key(),
    };
    let kiosk =
        WebKioskRun::start(Path::new(WEB_KIOSK), orientation, Setup::new(&name, link)).await;
    let mut shots = Shots::of_browser(orientation.name(), ITEMS);
    let d = kiosk.driver();
    let p = KYOKO;
    let work = async {
        let receipt = kiosk_walk(d, &mut shots, &p).await;
        server
            .wait_for_application(&receipt.number, Duration::from_secs(60))
            .await;
        assert_eq!(server.copies_of(&receipt.number), 1, "held once");

        let browser = Chrome::start(&name, PHONE).await;
        let rows = pages::counter_rows(
            &browser,
            &mut Look {
                shots: None,
                audit: None,
            },
            &server,
            &receipt,
        )
        .await;
        counter_sees_every_item(&rows);
        browser.quit().await;
    };
    if tokio::time::timeout(LIMIT, work).await.is_err() {
        panic!(
            "scenario 9 ({}) took longer than {LIMIT:?}; see {} and {}",
            orientation.name(),
            kiosk.log().display(),
            server.log_path().display()
        );
    }
    shots.publish();
    kiosk.quit().await;
}

/// Every screen with every item filled, to 完了.
async fn kiosk_walk(d: &thirtyfour::WebDriver, shots: &mut Shots, p: &visitor::Person) -> Receipt {
    let mut eyes = Eyes::default();
    visitor::start(d, &mut eyes, "ja").await;
    visitor::basic(d, &mut eyes, p).await;

    // 国籍・在留資格: a student (留学), whose work needs permission: an orange note, confirmed.
    choose(d, "choice-basic.nationality-foreign").await;
    type_physical(d, "field-basic.country", "ベトナム").await;
    close_keyboard(d).await;
    tap(d, "btn-residence-status").await;
    shown(d, "residence-picker").await;
    shots.take(d, "residence-status-picker").await;
    tap(d, "residence-picker-student").await;
    assert!(!is_shown(d, "residence-picker").await, "the picker closed");
    assert_eq!(
        text(d, "residence-status-chosen").await,
        ftl_line("ja", "residence.ftl", "res-student")
    );
    choose(d, "choice-basic.residence_expiry.calendar-reiwa").await;
    type_physical(d, "field-basic.residence_expiry.year", "10").await;
    type_physical(d, "field-basic.residence_expiry.month", "3").await;
    type_physical(d, "field-basic.residence_expiry.day", "31").await;
    close_keyboard(d).await;
    tap(d, "btn-next").await;
    shown(d, "finding-basic.residence_status").await;
    shots.take(d, "basic-residence-note").await;
    next(d, "contact").await;

    // 最寄り駅 without 駅, two ways to get to work, 45 minutes.
    visitor::contact(d, &mut eyes, p).await;
    type_physical(d, "field-contact.nearest_station", "新宿").await;
    type_physical(d, "field-contact.commute_minutes", "45").await;
    close_keyboard(d).await;
    choose(d, "chip-contact.commute-walk").await;
    choose(d, "chip-contact.commute-train").await;
    shots.take(d, "contact-station-commute").await;
    next(d, "disclosure").await;
    visitor::disclosure_required_only(d).await;
    next(d, "desired-work").await;

    // フルタイム, 土日祝 and 水曜, 40 hours on 5 days.
    visitor::desired_work(d, &mut eyes, "ja").await;
    choose(d, "chip-desired_work.work_styles-full-time").await;
    choose(d, "choice-desired_work.holidays-weekends").await;
    choose(d, "chip-desired_work.days_off-wed").await;
    type_physical(d, "field-desired_work.weekly_hours", "40").await;
    type_physical(d, "field-desired_work.days_per_week", "5").await;
    close_keyboard(d).await;
    shots.take(d, "desired-work-week").await;
    next(d, "situation").await;

    // 離職中: left on 令和8年3月31日 for own reasons; a spouse and two dependants.
    visitor::situation(d, &mut eyes).await;
    choose(d, "choice-situation.left_on.calendar-reiwa").await;
    type_physical(d, "field-situation.left_on.year", "8").await;
    type_physical(d, "field-situation.left_on.month", "3").await;
    type_physical(d, "field-situation.left_on.day", "31").await;
    close_keyboard(d).await;
    choose(d, "choice-situation.leaving_reason-own").await;
    choose(d, "choice-situation.spouse-yes").await;
    type_physical(d, "field-situation.dependants", "2").await;
    close_keyboard(d).await;
    shots.take(d, "situation-leaving-family").await;
    next(d, "education").await;

    // 学部, 卒業, the year in 和暦; 介護福祉士 found by 「かいご」, TOEIC with a score, one written out.
    visitor::education(d, &mut eyes).await;
    type_physical(d, "field-education.school_name", "みどり高校").await;
    type_physical(d, "field-education.department", "普通科").await;
    type_physical(d, "field-education.graduation_year", "平成16").await;
    close_keyboard(d).await;
    choose(d, "choice-education.completion-graduated").await;
    tap(d, "btn-add-education.qualifications").await;
    type_physical(d, "field-education.qualifications.0.name", "かいご").await;
    close_keyboard(d).await;
    shown(d, "licence-0-care-worker").await;
    shots.take(d, "education-licence-search").await;
    tap(d, "licence-0-care-worker").await;
    assert_eq!(
        text(d, "licence-chosen-0").await,
        ftl_line("ja", "licences.ftl", "lic-care-worker")
    );
    type_physical(d, "field-education.qualifications.0.year", "平成27").await;
    close_keyboard(d).await;
    tap(d, "btn-add-education.qualifications").await;
    type_physical(d, "field-education.qualifications.1.name", "とーいっく").await;
    close_keyboard(d).await;
    tap(d, "licence-1-toeic").await;
    type_physical(d, "field-education.qualifications.1.score", "730").await;
    type_physical(d, "field-education.qualifications.1.year", "2019").await;
    close_keyboard(d).await;
    tap(d, "btn-add-education.qualifications").await;
    type_physical(
        d,
        "field-education.qualifications.2.name",
        "ビル清掃作業監督者",
    )
    .await;
    type_physical(d, "field-education.qualifications.2.year", "令和元").await;
    close_keyboard(d).await;
    shots.take(d, "education-licences").await;
    next(d, "work-history").await;

    // 職歴: the job's 職種 from the classification, 契約期間の満了.
    visitor::work_history(d, &mut eyes, p).await;
    tap(d, "btn-job-0-occupation").await;
    shown(d, "occupation-picker").await;
    tap(d, &format!("occ-major-{OCCUPATION_MAJOR}")).await;
    tap(d, &format!("occ-middle-{OCCUPATION_MIDDLE}")).await;
    assert_eq!(
        text(d, "job-0-occupation").await,
        occupation_name("ja", OCCUPATION_MIDDLE)
    );
    choose(d, "choice-work_history.0.leaving_reason-contract-end").await;
    shots.take(d, "work-history-occupation").await;
    next(d, "disability").await;
    next(d, "self-pr").await;
    next(d, "review").await;

    // The review shows the normalised values.
    let review: String = {
        let mut all = String::new();
        for step in visitor::STEPS {
            all.push_str(&text(d, &format!("review-{step}")).await);
            all.push('\n');
        }
        all
    };
    for want in [
        "ベトナム".to_owned(),
        ftl_line("ja", "residence.ftl", "res-student"),
        "新宿駅".to_owned(),
        "普通科".to_owned(),
        ftl_line("ja", "licences.ftl", "lic-care-worker"),
        "2015".to_owned(),
        "ビル清掃作業監督者".to_owned(),
        message("ja", "leaving-own"),
        message("ja", "leaving-contract-end"),
    ] {
        assert!(
            review.contains(&want),
            "the review shows {want:?}: {review}\n{}",
            describe(d).await
        );
    }
    shots.take(d, "review-items").await;
    next(d, "my-page").await;
    expect_heading(d, "my-page", "ja", "mypage-title").await;
    visitor::my_page_and_submit(d, &mut eyes, "ja", p).await
}

/// The counter's rows hold every item, in the counter's words.
fn counter_sees_every_item(rows: &[(String, String)]) {
    let row = |label_id: &str| -> String {
        let label = server_message("ja", label_id);
        rows.iter()
            .find(|(l, _)| *l == label)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| panic!("the counter has no row {label}: {rows:?}"))
    };
    let expect = |label_id: &str, parts: &[String]| {
        let value = row(label_id);
        for part in parts {
            assert!(
                value.contains(part.as_str()),
                "the counter's {label_id} is {value:?}, without {part:?}"
            );
        }
    };
    let s = |id: &str| server_message("ja", id);
    expect(
        "srv-field-nationality",
        &[s("srv-nationality-foreign"), "ベトナム".into()],
    );
    expect(
        "srv-field-residence-status",
        &[
            ftl_line("ja", "residence.ftl", "res-student"),
            ftl_line("ja", "residence.ftl", "res-work-none"),
        ],
    );
    expect("srv-field-residence-expiry", &["令和10年3月31日".into()]);
    expect("srv-field-station", &["新宿駅".into()]);
    expect(
        "srv-field-commute",
        &[s("srv-commute-walk"), s("srv-commute-train")],
    );
    expect(
        "srv-field-commute-minutes",
        &[server_text("srv-minutes", &[("minutes", "45")])],
    );
    expect("srv-field-work-styles", &[s("srv-style-full-time")]);
    expect(
        "srv-field-holidays",
        &[s("srv-holiday-weekends"), s("srv-weekday-wed")],
    );
    expect(
        "srv-field-week",
        &[
            server_text("srv-hours-a-week", &[("hours", "40")]),
            server_text("srv-days-a-week", &[("days", "5")]),
        ],
    );
    expect("srv-field-left-on", &["令和8年3月31日".into()]);
    expect("srv-field-leaving-reason", &[s("srv-leaving-own")]);
    expect("srv-field-spouse", &[s("srv-spouse-yes")]);
    expect(
        "srv-field-dependants",
        &[server_text("srv-people", &[("n", "2")])],
    );
    expect(
        "srv-field-education",
        &[
            "みどり高校".into(),
            "普通科".into(),
            s("srv-completion-graduated"),
            "2004".into(),
        ],
    );
    expect(
        "srv-field-qualifications",
        &[
            ftl_line("ja", "licences.ftl", "lic-care-worker"),
            server_text("srv-year-obtained", &[("year", "2015")]),
            ftl_line("ja", "licences.ftl", "lic-toeic"),
            server_text("srv-score", &[("score", "730")]),
            "ビル清掃作業監督者".into(),
            server_text("srv-year-obtained", &[("year", "2019")]),
        ],
    );
    expect(
        "srv-field-work-history",
        &[
            occupation_name("ja", OCCUPATION_MIDDLE),
            s("srv-leaving-contract-end"),
        ],
    );
}
