//! My Page's 職歴 (`/my/edit/work-history`) and 障害について (`/my/edit/disability`): a job
//! changed, added and removed, a bad date told beside its field with nothing else lost, the
//! answers about a disability out of the edit page until the visitor opens them, clearing that
//! really removes them, and nobody but the visitor's own session (with its CSRF token) reading
//! or changing either. With `UPDATE_SCREENS`, the app is served on a loopback port and headless
//! Chromium (through chromedriver, with the visitor's session cookie) photographs the pages at a
//! phone's width into `docs/screens/phone/`, filling and sending the forms as a visitor would.

use axum::http::StatusCode;
use madoguchi_core::{
    Application, Certificate, Disability, DisabilitySupport, EmploymentType, Job, Language,
    LeavingReason, SupportNeed,
};
use madoguchi_server::change_record::{Actor, AuditAction, ChangedField};
use madoguchi_server::storage::Role;

use crate::on_every_database;
use crate::pending_changes::{accept_at_counter, my_page_cookie};
use crate::support::{hidden_value, sample_application, Answer, Harness, Submitted, OFFICE_A};

const NEEDS_TEXT: &str = "月に一度、通院のため休みます";
const EMPLOYER: &str = "株式会社ミナト";

fn with_jobs_and_answers(email: &str) -> Application {
    let mut app = sample_application(Language::JA, email);
    app.work_history = vec![Job {
        employer: EMPLOYER.into(),
        duties: "一般事務".into(),
        from: "2010-04".into(),
        to: "2020-03".into(),
        employment_type: Some(EmploymentType::FullTime),
        occupation: String::new(),
        leaving_reason: Some(LeavingReason::Own),
    }];
    app.disability = Disability {
        support: Some(DisabilitySupport::Wanted),
        certificate: Some(Certificate::Mental),
        grade: "2".into(),
        needs: vec![SupportNeed::Hospital],
        needs_text: NEEDS_TEXT.into(),
    };
    app
}

async fn submitted(h: &Harness, kiosk_id: &str, email: &str) -> Submitted {
    let kiosk = h.enrol(OFFICE_A, kiosk_id).await;
    h.submit(&kiosk, &with_jobs_and_answers(email)).await
}

async fn stored(h: &Harness, sub: &Submitted) -> Application {
    let row =
        h.db.application(&sub.id())
            .await
            .expect("read")
            .expect("row");
    serde_json::from_str(&row.application_json).expect("json")
}

/// A form page: its CSRF token and the fingerprint of the job it is about (empty for none).
async fn open(h: &Harness, cookie: &str, path: &str) -> (Answer, String, String) {
    let page = h.get(path, Some(cookie)).await;
    assert_eq!(page.status, StatusCode::OK, "{path}: {}", page.text());
    let csrf = hidden_value(&page.text(), "csrf").expect("csrf");
    let seen = hidden_value(&page.text(), "seen").unwrap_or_default();
    (page, csrf, seen)
}

/// A job's fields as the form posts them.
fn job<'a>(
    csrf: &'a str,
    seen: &'a str,
    employer: &'a str,
    from: &'a str,
    to: &'a str,
    duties: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("seen", seen),
        ("employer", employer),
        ("from", from),
        ("to", to),
        ("employment_type", "contract"),
        ("occupation", ""),
        ("duties", duties),
        ("leaving_reason", "contract-end"),
    ]
}

#[tokio::test]
async fn a_visitor_changes_adds_and_removes_jobs_and_the_counter_sees_them() {
    on_every_database!(|h| {
        let sub = submitted(&h, "jobs-01", "jobs@example.jp").await;
        let cookie = my_page_cookie(&h, &sub).await;

        let mine = h.get("/my", Some(&cookie)).await;
        assert!(mine.text().contains(EMPLOYER), "My Page shows the 職歴");
        let edit = h.get("/my/edit", Some(&cookie)).await;
        assert!(edit.text().contains("href=\"/my/edit/work-history\""));
        let list = h.get("/my/edit/work-history", Some(&cookie)).await;
        assert_eq!(list.status, StatusCode::OK);
        assert!(list.text().contains(EMPLOYER) && list.text().contains("2010-04"));

        // Changed: the 和暦 and a slash read as core reads them.
        let (form, csrf, seen) = open(&h, &cookie, "/my/edit/work-history/0").await;
        assert!(form.text().contains(&format!("value=\"{EMPLOYER}\"")));
        let fields = job(
            &csrf,
            &seen,
            EMPLOYER,
            "平成22年4月",
            "2021/3",
            "一般事務と電話応対",
        );
        let saved = h
            .post_form("/my/edit/work-history/0", Some(&cookie), &fields)
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
        assert_eq!(saved.location(), "/my/edit/work-history?saved=saved");
        let jobs = stored(&h, &sub).await.work_history;
        assert_eq!(jobs.len(), 1);
        assert_eq!(
            (jobs[0].from.as_str(), jobs[0].to.as_str()),
            ("2010-04", "2021-03")
        );
        assert_eq!(jobs[0].employment_type, Some(EmploymentType::Contract));
        assert_eq!(jobs[0].leaving_reason, Some(LeavingReason::ContractEnd));
        assert_eq!(jobs[0].duties, "一般事務と電話応対");

        // Added.
        let (_, csrf, _) = open(&h, &cookie, "/my/edit/work-history/new").await;
        let fields = job(&csrf, "", "みどり商店", "2021/4", "", "レジ");
        let added = h
            .post_form("/my/edit/work-history/new", Some(&cookie), &fields)
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text());
        let jobs = stored(&h, &sub).await.work_history;
        assert_eq!(jobs.len(), 2);
        assert_eq!(jobs[1].employer, "みどり商店");
        assert_eq!(jobs[1].to, "");

        // Removed, after the question.
        let (ask, csrf, seen) = open(&h, &cookie, "/my/edit/work-history/0/remove").await;
        assert!(ask.text().contains(EMPLOYER));
        let removed = h
            .post_form(
                "/my/edit/work-history/0/remove",
                Some(&cookie),
                &[("csrf", &csrf), ("seen", &seen)],
            )
            .await;
        assert_eq!(removed.status, StatusCode::SEE_OTHER, "{}", removed.text());
        assert_eq!(removed.location(), "/my/edit/work-history?saved=removed");
        let jobs = stored(&h, &sub).await.work_history;
        assert_eq!(jobs.len(), 1);
        assert_eq!(jobs[0].employer, "みどり商店");

        // The same removal again (an older page) names another job now: refused.
        let again = h
            .post_form(
                "/my/edit/work-history/0/remove",
                Some(&cookie),
                &[("csrf", &csrf), ("seen", &seen)],
            )
            .await;
        assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.text());
        assert_eq!(stored(&h, &sub).await.work_history.len(), 1);

        // Every change is in the audit, by the visitor, applied.
        let audit = h.db.change_audit(&sub.id()).await.expect("audit");
        let jobs: Vec<_> = audit
            .iter()
            .filter(|e| e.field == ChangedField::WorkHistory)
            .collect();
        assert_eq!(jobs.len(), 3, "{audit:?}");
        assert!(jobs
            .iter()
            .all(|e| e.actor == Actor::Visitor && e.action == AuditAction::Applied));
        assert!(jobs
            .iter()
            .any(|e| e.old.is_empty() && e.new.contains("みどり商店")));
        assert!(jobs
            .iter()
            .any(|e| e.old.contains(EMPLOYER) && e.new.is_empty()));

        // The counter reads the new values.
        let staff = h.staff("jobs-staff", Role::Staff, Some(OFFICE_A)).await;
        let counter = h
            .get(
                &format!("/counter/applications/{}", sub.id()),
                Some(&staff.cookie),
            )
            .await;
        assert_eq!(counter.status, StatusCode::OK);
        assert!(counter.text().contains("みどり商店"), "{}", counter.text());
    });
}

#[tokio::test]
async fn a_bad_date_is_told_beside_its_field_in_the_visitors_language_and_nothing_is_lost() {
    on_every_database!(|h| {
        let sub = submitted(&h, "jobs-02", "baddate@example.jp").await;
        let cookie = my_page_cookie(&h, &sub).await;
        let before = stored(&h, &sub).await;
        let (_, csrf, seen) = open(&h, &cookie, "/my/edit/work-history/0").await;
        let fields = job(
            &csrf,
            &seen,
            "株式会社ミナト本店",
            "2010/4",
            "2019/13",
            "経理と総務",
        );
        let refused = h
            .post_form("/my/edit/work-history/0", Some(&cookie), &fields)
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        let html = refused.text();
        assert!(html.contains("年月は年と月で入力してください"), "{html}");
        assert!(
            html.contains("id=\"to-error\"") && html.contains("href=\"#to\""),
            "{html}"
        );
        assert!(html.contains("aria-invalid=\"true\""), "{html}");
        // What was typed is all still there.
        for typed in [
            "value=\"株式会社ミナト本店\"",
            "value=\"2010/4\"",
            "value=\"2019/13\"",
            "経理と総務",
            "value=\"contract\" selected",
        ] {
            assert!(html.contains(typed), "{typed} in {html}");
        }
        assert_eq!(stored(&h, &sub).await, before, "nothing is saved");

        // In the visitor's language, and a start after the end is told too.
        let english = h
            .post_form("/my/edit/work-history/0?lang=en", Some(&cookie), &fields)
            .await;
        assert_eq!(english.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            english.text().contains("Please enter a year and a month"),
            "{}",
            english.text()
        );
        let backwards = job(&csrf, &seen, EMPLOYER, "2015/4", "2012/3", "");
        let refused = h
            .post_form("/my/edit/work-history/0", Some(&cookie), &backwards)
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            refused
                .text()
                .contains("退社した年月が、入社した年月より前"),
            "{}",
            refused.text()
        );

        // A job with nothing in it, or a choice no list has, is refused the same way.
        let blank = job(&csrf, "", "", "", "", "");
        let blank: Vec<(&str, &str)> = blank
            .into_iter()
            .map(|(k, v)| {
                if k.ends_with("type") || k.starts_with("leaving") {
                    (k, "")
                } else {
                    (k, v)
                }
            })
            .collect();
        let empty = h
            .post_form("/my/edit/work-history/new", Some(&cookie), &blank)
            .await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            empty.text().contains("id=\"employer-error\""),
            "{}",
            empty.text()
        );
        let mut forged = job(&csrf, "", "x", "2020/1", "", "");
        forged.retain(|(k, _)| *k != "employment_type");
        forged.push(("employment_type", "boss"));
        let forged = h
            .post_form("/my/edit/work-history/new", Some(&cookie), &forged)
            .await;
        assert_eq!(forged.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            forged.text().contains("id=\"employment_type-error\""),
            "{}",
            forged.text()
        );
        assert_eq!(stored(&h, &sub).await, before, "nothing is saved");

        // An unknown position is not found.
        let nowhere = h.get("/my/edit/work-history/7", Some(&cookie)).await;
        assert_eq!(nowhere.status, StatusCode::NOT_FOUND);
        let nonsense = h.get("/my/edit/work-history/x", Some(&cookie)).await;
        assert_eq!(nonsense.status, StatusCode::NOT_FOUND);
    });
}

#[tokio::test]
async fn the_answers_about_a_disability_stay_closed_until_opened_and_clearing_removes_them() {
    on_every_database!(|h| {
        let sub = submitted(&h, "dis-01", "answers@example.jp").await;
        let id = sub.id();
        let cookie = my_page_cookie(&h, &sub).await;

        let edit = h.get("/my/edit", Some(&cookie)).await;
        let html = edit.text();
        for private in [NEEDS_TEXT, "精神障害者保健福祉手帳", "通院・服薬への配慮"]
        {
            assert!(!html.contains(private), "the edit page shows {private}");
        }
        assert!(html.contains("href=\"/my/edit/disability\""), "{html}");

        let (opened, csrf, _) = open(&h, &cookie, "/my/edit/disability").await;
        let html = opened.text();
        assert!(
            html.contains(NEEDS_TEXT) && html.contains("value=\"mental\" checked"),
            "{html}"
        );

        // A grade the certificate has not: told beside the grade, the rest kept as typed.
        let refused = h
            .post_form(
                "/my/edit/disability",
                Some(&cookie),
                &[
                    ("csrf", &csrf),
                    ("support", "wanted"),
                    ("certificate", "mental"),
                    ("grade", "5"),
                    ("need_hours", "on"),
                    ("needs_text", "午前は通院です"),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        let html = refused.text();
        assert!(
            html.contains("等級は1級から3級から選んでください")
                && html.contains("id=\"grade-error\""),
            "{html}"
        );
        assert!(
            html.contains("午前は通院です")
                && html.contains("name=\"need_hours\" value=\"on\" checked"),
            "{html}"
        );
        assert_eq!(stored(&h, &sub).await.disability.needs_text, NEEDS_TEXT);

        // A change applies and is audited without its values.
        let saved = h
            .post_form(
                "/my/edit/disability",
                Some(&cookie),
                &[
                    ("csrf", &csrf),
                    ("support", "wanted"),
                    ("certificate", "mental"),
                    ("grade", "３級"),
                    ("need_hospital", "on"),
                    ("needs_text", NEEDS_TEXT),
                ],
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
        assert_eq!(stored(&h, &sub).await.disability.grade, "3");

        // Staff corrected the answers once: the version as received and the correction hold them.
        let staff = h.staff("dis-staff", Role::Staff, Some(OFFICE_A)).await;
        let form = h
            .get(
                &format!("/counter/applications/{id}/correct?field=disability.needs_text"),
                Some(&staff.cookie),
            )
            .await;
        let version = hidden_value(&form.text(), "version").expect("version");
        let corrected = h
            .post_form(
                &format!("/counter/applications/{id}/correct"),
                Some(&staff.cookie),
                &[
                    ("csrf", &staff.csrf),
                    ("field", "disability.needs_text"),
                    ("value", "週に一度、通院します"),
                    ("version", &version),
                ],
            )
            .await;
        assert_eq!(
            corrected.status,
            StatusCode::SEE_OTHER,
            "{}",
            corrected.text()
        );
        let received =
            h.db.received_version(&id)
                .await
                .expect("read")
                .expect("kept");
        assert!(received.contains(NEEDS_TEXT));

        // Cleared: gone from the application, the version as received, the corrections.
        let cleared = h
            .post_form(
                "/my/edit/disability/clear",
                Some(&cookie),
                &[("csrf", &csrf)],
            )
            .await;
        assert_eq!(cleared.status, StatusCode::SEE_OTHER, "{}", cleared.text());
        assert_eq!(cleared.location(), "/my?saved=disability-cleared");
        assert_eq!(stored(&h, &sub).await.disability, Disability::default());
        let received =
            h.db.received_version(&id)
                .await
                .expect("read")
                .expect("kept");
        for gone in [NEEDS_TEXT, "週に一度", "mental", "hospital"] {
            assert!(
                !received.contains(gone),
                "the version as received keeps {gone}"
            );
        }
        let corrections = h.db.corrections(&id).await.expect("corrections");
        let line = corrections
            .iter()
            .find(|l| l.field == "disability.needs_text")
            .expect("the correction is still listed");
        assert_eq!((line.old.as_str(), line.new.as_str()), ("", ""));
        let audit = h.db.change_audit(&id).await.expect("audit");
        let answers: Vec<_> = audit
            .iter()
            .filter(|e| e.field == ChangedField::Disability)
            .collect();
        assert_eq!(answers.len(), 2, "{audit:?}");
        assert!(answers.iter().all(|e| e.old.is_empty() && e.new.is_empty()));
        let mine = h.get(&cleared.location(), Some(&cookie)).await.text();
        assert!(
            mine.contains("障害についての回答をすべて消しました"),
            "{mine}"
        );
        assert!(!mine.contains(NEEDS_TEXT) && !mine.contains("週に一度"));
        let counter = h
            .get(&format!("/counter/applications/{id}"), Some(&staff.cookie))
            .await
            .text();
        // The counter's audit says that the answers changed, never what they were.
        assert!(counter.contains("（内容は記録していません）"), "{counter}");
        assert!(
            !counter.contains(NEEDS_TEXT) && !counter.contains("週に一度"),
            "{counter}"
        );
    });
}

#[tokio::test]
async fn nobody_but_the_visitors_own_session_reads_or_changes_jobs_or_answers() {
    on_every_database!(|h| {
        let sub = submitted(&h, "sec-01", "owner@example.jp").await;
        let cookie = my_page_cookie(&h, &sub).await;
        let other = submitted(&h, "sec-02", "other@example.jp").await;
        let other_cookie = my_page_cookie(&h, &other).await;
        // The other visitor's answers are cleared first, so theirs never read like the owner's.
        let (_, other_csrf, _) = open(&h, &other_cookie, "/my/edit/disability").await;
        let _ = h
            .post_form(
                "/my/edit/disability/clear",
                Some(&other_cookie),
                &[("csrf", &other_csrf)],
            )
            .await;
        let staff = h.staff("sec-staff", Role::Staff, Some(OFFICE_A)).await;
        let before = stored(&h, &sub).await;
        let (_, csrf, seen) = open(&h, &cookie, "/my/edit/work-history/0").await;

        let pages = [
            "/my/edit/work-history",
            "/my/edit/work-history/new",
            "/my/edit/work-history/0",
            "/my/edit/work-history/0/remove",
            "/my/edit/disability",
        ];
        for path in pages {
            for who in [None, Some(staff.cookie.as_str())] {
                let page = h.get(path, who).await;
                assert_eq!(page.status, StatusCode::SEE_OTHER, "{path}");
                assert!(page.location().starts_with("/my/signin"), "{path}");
                assert!(!page.text().contains(EMPLOYER) && !page.text().contains(NEEDS_TEXT));
            }
        }
        let job = job(&csrf, &seen, "乗っ取り商事", "2020/1", "", "");
        let posts: [(&str, Vec<(&str, &str)>); 5] = [
            ("/my/edit/work-history/0", job.clone()),
            ("/my/edit/work-history/new", job.clone()),
            (
                "/my/edit/work-history/0/remove",
                vec![("csrf", csrf.as_str()), ("seen", seen.as_str())],
            ),
            (
                "/my/edit/disability",
                vec![("csrf", csrf.as_str()), ("support", "not-wanted")],
            ),
            ("/my/edit/disability/clear", vec![("csrf", csrf.as_str())]),
        ];
        for (path, fields) in &posts {
            // No session (the token alone, stolen), or another's session: nothing happens.
            let anonymous = h.post_form(path, None, fields).await;
            assert!(
                anonymous.status == StatusCode::FORBIDDEN
                    || anonymous.location().starts_with("/my/signin"),
                "{path}: {:?}",
                anonymous.status
            );
            let staffs = h.post_form(path, Some(&staff.cookie), fields).await;
            assert!(
                staffs.status == StatusCode::FORBIDDEN
                    || staffs.location().starts_with("/my/signin"),
                "{path}: {:?}",
                staffs.status
            );
            // The visitor's own session with a forged token.
            let mut forged = fields.clone();
            forged.retain(|(k, _)| *k != "csrf");
            forged.push(("csrf", "forged"));
            let forged = h.post_form(path, Some(&cookie), &forged).await;
            assert_eq!(forged.status, StatusCode::FORBIDDEN, "{path}");
            // Another visitor's session with its own token reaches only its own application.
            let mut theirs = fields.clone();
            theirs.retain(|(k, _)| *k != "csrf");
            theirs.push(("csrf", other_csrf.as_str()));
            let _ = h.post_form(path, Some(&other_cookie), &theirs).await;
        }
        assert_eq!(
            stored(&h, &sub).await,
            before,
            "the owner's application is untouched"
        );
        let theirs = h
            .get("/my/edit/disability", Some(&other_cookie))
            .await
            .text();
        assert!(
            !theirs.contains(NEEDS_TEXT),
            "another visitor reads the owner's answers"
        );
        let theirs = h
            .get("/my/edit/work-history", Some(&other_cookie))
            .await
            .text();
        assert!(!theirs.contains("一般事務"), "{theirs}");
    });
}

#[tokio::test]
async fn after_acceptance_jobs_and_answers_still_apply_at_once() {
    on_every_database!(|h| {
        let sub = submitted(&h, "acc-01", "accepted@example.jp").await;
        let staff = h.staff("acc-staff", Role::Staff, Some(OFFICE_A)).await;
        accept_at_counter(&h, &staff, &sub.id()).await;
        let cookie = my_page_cookie(&h, &sub).await;
        let (_, csrf, seen) = open(&h, &cookie, "/my/edit/work-history/0").await;
        let fields = job(&csrf, &seen, EMPLOYER, "2010/4", "2022/3", "");
        let saved = h
            .post_form("/my/edit/work-history/0", Some(&cookie), &fields)
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
        assert_eq!(stored(&h, &sub).await.work_history[0].to, "2022-03");
        let cleared = h
            .post_form(
                "/my/edit/disability/clear",
                Some(&cookie),
                &[("csrf", &csrf)],
            )
            .await;
        assert_eq!(cleared.status, StatusCode::SEE_OTHER);
        assert_eq!(stored(&h, &sub).await.disability, Disability::default());
        assert!(h
            .db
            .pending_changes(&sub.id())
            .await
            .expect("pending")
            .is_empty());
    });
}

/// A WebDriver session of headless Chromium, spoken to over plain HTTP (no client library).
struct Browser {
    driver: std::process::Child,
    port: u16,
    session: String,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// One HTTP/1.1 exchange with `127.0.0.1:port`; the answer's body.
async fn http_json(
    port: u16,
    method: &str,
    path: &str,
    body: &serde_json::Value,
) -> serde_json::Value {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let body = body.to_string();
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .expect("connect to chromedriver");
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.expect("send");
    // chromedriver keeps the connection open: read the head, then exactly Content-Length bytes.
    let mut answer = Vec::new();
    let mut chunk = [0u8; 8192];
    let (head_end, length) = loop {
        let n = stream.read(&mut chunk).await.expect("read");
        assert!(n > 0, "{method} {path}: the connection closed early");
        answer.extend_from_slice(&chunk[..n]);
        if let Some(end) = answer.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&answer[..end]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(0);
            break (end + 4, length);
        }
    };
    while answer.len() < head_end + length {
        let n = stream.read(&mut chunk).await.expect("read");
        assert!(n > 0, "{method} {path}: the body was cut short");
        answer.extend_from_slice(&chunk[..n]);
    }
    let text = String::from_utf8_lossy(&answer[..head_end + length]);
    let json = &text[head_end..];
    serde_json::from_str(json).unwrap_or_else(|_| panic!("{method} {path}: {text}"))
}

impl Browser {
    async fn start(width: u32, height: u32) -> Browser {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let driver = std::process::Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("chromedriver runs");
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let args = [
            "--headless=new".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-gpu".to_owned(),
            "--hide-scrollbars".to_owned(),
            format!("--window-size={width},{height}"),
        ];
        let caps = serde_json::json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"args": args}
        }}});
        let answer = http_json(port, "POST", "/session", &caps).await;
        let session = answer["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {answer}"))
            .to_owned();
        Browser {
            driver,
            port,
            session,
        }
    }

    async fn call(&self, method: &str, path: &str, body: serde_json::Value) -> serde_json::Value {
        let path = format!("/session/{}{path}", self.session);
        let answer = http_json(self.port, method, &path, &body).await;
        assert!(answer["value"]["error"].is_null(), "{path}: {answer}");
        answer["value"].clone()
    }

    /// Ends the session, which closes Chromium, before chromedriver is stopped.
    async fn quit(&self) {
        let path = format!("/session/{}", self.session);
        http_json(self.port, "DELETE", &path, &serde_json::json!({})).await;
    }

    async fn go(&self, url: &str) {
        self.call("POST", "/url", serde_json::json!({ "url": url }))
            .await;
    }

    async fn element(&self, css: &str) -> String {
        let found = self
            .call(
                "POST",
                "/element",
                serde_json::json!({"using": "css selector", "value": css}),
            )
            .await;
        found
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(|v| v.as_str())
            .unwrap_or_else(|| panic!("no {css}"))
            .to_owned()
    }

    async fn click(&self, css: &str) {
        let id = self.element(css).await;
        self.call(
            "POST",
            &format!("/element/{id}/click"),
            serde_json::json!({}),
        )
        .await;
    }

    async fn type_into(&self, css: &str, text: &str) {
        let id = self.element(css).await;
        self.call(
            "POST",
            &format!("/element/{id}/clear"),
            serde_json::json!({}),
        )
        .await;
        self.call(
            "POST",
            &format!("/element/{id}/value"),
            serde_json::json!({ "text": text }),
        )
        .await;
    }

    /// The whole page (the window as tall as the page), into `docs/screens/phone/<name>.png`.
    async fn photograph(&self, name: &str, width: u32) {
        use base64::Engine as _;
        // The window's frame is outside the page: the window is the page's height plus it.
        let script = "return document.documentElement.scrollHeight + window.outerHeight - window.innerHeight";
        for _ in 0..2 {
            let height = self
                .call(
                    "POST",
                    "/execute/sync",
                    serde_json::json!({"script": script, "args": []}),
                )
                .await
                .as_f64()
                .unwrap_or(844.0)
                .max(844.0);
            self.call(
                "POST",
                "/window/rect",
                serde_json::json!({"width": width, "height": height.round()}),
            )
            .await;
        }
        let png = self.call("GET", "/screenshot", serde_json::json!({})).await;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(png.as_str().unwrap_or_default())
            .expect("a PNG");
        let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../docs/screens/phone")
            .join(format!("{name}.png"));
        std::fs::write(&out, bytes).expect("write the picture");
        self.call(
            "POST",
            "/window/rect",
            serde_json::json!({"width": width, "height": 844}),
        )
        .await;
    }
}

/// With `UPDATE_SCREENS` (SQLite only): the pages as a phone shows them, served over a real
/// socket, the visitor's session cookie in the browser, the forms filled and sent by clicks.
#[tokio::test]
async fn phone_screens_of_work_history_and_disability() {
    if std::env::var_os("UPDATE_SCREENS").is_none() {
        return;
    }
    let Some(db) = crate::support::databases().await.into_iter().next() else {
        return;
    };
    let h = Harness::new(db).await;
    let sub = submitted(&h, "screens-01", "screens@example.jp").await;
    let cookie = my_page_cookie(&h, &sub).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let app = h.app.clone();
    tokio::spawn(async move {
        let service = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
        let _ = axum::serve(listener, service).await;
    });

    let b = Browser::start(390, 844).await;
    b.go(&format!("{base}/static/site.css")).await;
    let (name, value) = cookie.split_once('=').expect("name=value");
    b.call(
        "POST",
        "/cookie",
        serde_json::json!({"cookie": {"name": name, "value": value, "path": "/"}}),
    )
    .await;

    b.go(&format!("{base}/my/edit/work-history")).await;
    b.photograph("11-my-page-work-history", 390).await;
    b.click("a[href='/my/edit/work-history/0']").await;
    b.photograph("12-my-page-job-edit", 390).await;
    b.type_into("#employer", "株式会社ミナト本店").await;
    b.type_into("#to", "2019/13").await;
    b.click("main form button[type=submit]").await;
    b.photograph("13-my-page-job-error", 390).await;
    b.go(&format!("{base}/my/edit/work-history/0/remove")).await;
    b.photograph("14-my-page-job-remove", 390).await;
    b.go(&format!("{base}/my/edit")).await;
    b.photograph("15-my-page-edit-sections", 390).await;
    b.click("a[href='/my/edit/disability']").await;
    b.photograph("16-my-page-disability", 390).await;
    b.click("#grade option[value='5']").await;
    b.click("main form button[type=submit]").await;
    b.photograph("17-my-page-disability-error", 390).await;
    b.click("form[action='/my/edit/disability/clear'] button")
        .await;
    b.photograph("18-my-page-disability-cleared", 390).await;
    // In other languages: the Japanese terms of the paper form beside the translation.
    b.go(&format!("{base}/my/edit/work-history/0?lang=en"))
        .await;
    b.photograph("19-my-page-job-edit-en", 390).await;
    b.go(&format!("{base}/my/edit/disability?lang=ja-easy"))
        .await;
    b.photograph("20-my-page-disability-ja-easy", 390).await;
    b.quit().await;
    assert_eq!(stored(&h, &sub).await.disability, Disability::default());
}
