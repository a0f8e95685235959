//! The plan's web survey: answered without signing in, in every language, its comment stripped
//! of phone numbers and email addresses before it reaches the database, limited against floods,
//! and reported to staff by fiscal year with the comments for staff only.

use axum::http::StatusCode;
use madoguchi_server::storage::Role;
use sqlx::{Connection as _, Row as _};
use time::macros::datetime;

use crate::on_every_database;
use madoguchi_server::ratelimit::RateLimits;

use crate::support::{databases, hidden_value, Harness, OFFICE_A, OFFICE_B};

const PHONE: &str = "０９０－１２３４－５６７８";
const EMAIL: &str = "taro.yamada@example.jp";

/// Opens the survey form and answers it as a browser would; returns the answer.
async fn answer(h: &Harness, query: &str, fields: &[(&str, &str)]) -> crate::support::Answer {
    let form = h.get(&format!("/survey{query}"), None).await;
    assert_eq!(form.status, StatusCode::OK);
    let csrf = hidden_value(&form.text(), "csrf").expect("csrf");
    let cookie = form.cookie("mdg_signin").expect("the form's cookie");
    let office = hidden_value(&form.text(), "office").unwrap_or_default();
    let from = hidden_value(&form.text(), "from").unwrap_or_default();
    let mut all = vec![
        ("csrf", csrf.as_str()),
        ("office", office.as_str()),
        ("from", from.as_str()),
    ];
    all.extend_from_slice(fields);
    h.post_form(&format!("/survey{query}"), Some(&cookie), &all)
        .await
}

/// Every text column of every stored answer, read straight from the table.
async fn raw_rows(h: &Harness) -> Vec<String> {
    sqlx::any::install_default_drivers();
    let mut conn = sqlx::AnyConnection::connect(&h.url).await.expect("connect");
    let rows = sqlx::query(
        "SELECT id, COALESCE(office_code, '') AS office_code, channel, language, time_taken, hard,
                comment FROM web_surveys",
    )
    .fetch_all(&mut conn)
    .await
    .expect("rows");
    let _ = conn.close().await;
    rows.iter()
        .map(|r| {
            [
                "id",
                "office_code",
                "channel",
                "language",
                "time_taken",
                "hard",
                "comment",
            ]
            .iter()
            .map(|c| r.try_get::<String, _>(*c).expect("text"))
            .collect::<Vec<_>>()
            .join("|")
        })
        .collect()
}

#[tokio::test]
async fn a_phone_number_and_an_email_in_the_comment_never_reach_the_database() {
    on_every_database!(|h| {
        h.clock.set(datetime!(2026-11-25 01:00 UTC));
        let comment =
            format!("メールの番号が来なかった。{PHONE} か {EMAIL} に連絡ください。〒100-0001");
        let sent = answer(
            &h,
            &format!("?from=my-page&office={OFFICE_A}&lang=en"),
            &[
                ("ease", "2"),
                ("time_taken", "15-30"),
                ("hard", "email-code"),
                ("hard", "password"),
                ("comment", &comment),
            ],
        )
        .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
        assert_eq!(sent.location(), "/survey/thanks?lang=en");
        let rows = raw_rows(&h).await;
        assert_eq!(rows.len(), 1);
        let row = &rows[0];
        assert!(!row.contains("1234") && !row.contains("１２３４"), "{row}");
        assert!(!row.contains('@') && !row.contains("example.jp"), "{row}");
        assert!(!row.contains("100-0001"), "{row}");
        assert!(
            row.contains("メールの番号が来なかった。[…] か […] に連絡ください。[…]"),
            "{row}"
        );
        assert!(
            row.contains(&format!("{OFFICE_A}|my-page|en|15-30|email-code password|")),
            "{row}"
        );
    });
}

#[tokio::test]
async fn the_survey_speaks_every_language_and_refuses_what_is_not_a_choice() {
    on_every_database!(|h| {
        for (lang, title) in [
            ("ja", "オンライン手続のアンケート"),
            ("ja-easy", "オンラインの 手続きの アンケート"),
            ("en", "Survey on the online procedure"),
        ] {
            let form = h.get(&format!("/survey?lang={lang}"), None).await;
            assert!(form.text().contains(title), "{lang}");
        }
        let refused = answer(
            &h,
            "?lang=en",
            &[
                ("ease", "9"),
                ("time_taken", "forever"),
                ("hard", "<script>"),
            ],
        )
        .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        let html = refused.text();
        assert!(
            html.contains("Choose how easy it was.") && html.contains("Choose how long it took.")
        );
        assert!(!html.contains("<script>"));
        assert!(raw_rows(&h).await.is_empty());
        // Without the form's own token (another site's page posting into it): refused.
        let forged = h
            .post_form("/survey", None, &[("ease", "5"), ("time_taken", "under-5")])
            .await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);
        // An office that does not exist is not kept.
        let sent = answer(
            &h,
            "?office=99999",
            &[("ease", "5"), ("time_taken", "under-5")],
        )
        .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER);
        let rows = raw_rows(&h).await;
        assert!(rows[0].contains("||public|ja|under-5||"), "{}", rows[0]);
    });
}

#[tokio::test]
async fn a_flood_of_answers_is_refused() {
    for db in databases().await {
        let h = Harness::with_limits(db, RateLimits::default()).await;
        let mut statuses = Vec::new();
        for _ in 0..8 {
            let sent = answer(&h, "", &[("ease", "3"), ("time_taken", "5-15")]).await;
            statuses.push(sent.status);
        }
        assert!(
            statuses[..5].iter().all(|s| *s == StatusCode::SEE_OTHER),
            "{statuses:?}"
        );
        assert_eq!(statuses[7], StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(raw_rows(&h).await.len(), 5);
    }
}

#[tokio::test]
async fn the_annual_report_counts_by_office_and_channel_and_keeps_comments_for_staff() {
    on_every_database!(|h| {
        h.clock.set(datetime!(2026-11-25 01:00 UTC));
        for (office, ease, comment) in [
            (OFFICE_A, "5", "とても便利でした"),
            (OFFICE_A, "2", "パスワードが難しい"),
            (OFFICE_B, "4", "大阪の意見"),
        ] {
            let sent = answer(
                &h,
                &format!("?from=my-page&office={office}"),
                &[
                    ("ease", ease),
                    ("time_taken", "5-15"),
                    ("hard", "typing"),
                    ("comment", comment),
                ],
            )
            .await;
            assert_eq!(sent.status, StatusCode::SEE_OTHER);
        }
        // Answered in the next fiscal year: not in FY2026's report.
        h.clock.set(datetime!(2027-04-01 01:00 UTC));
        answer(
            &h,
            "?from=public",
            &[("ease", "1"), ("time_taken", "over-30")],
        )
        .await;

        let staff = h.staff("tanaka", Role::Staff, Some(OFFICE_A)).await;
        let report = h
            .get("/counter/survey?year=2026", Some(&staff.cookie))
            .await;
        assert_eq!(report.status, StatusCode::OK);
        let html = report.text();
        assert!(
            html.contains("2026年度：回答 2 件、簡単さの平均 3.50"),
            "{html}"
        );
        assert!(html.contains("パスワードが難しい") && html.contains("とても便利でした"));
        assert!(!html.contains("大阪の意見"), "another office's comment");
        let csv = h
            .get("/counter/survey.csv?year=2026", Some(&staff.cookie))
            .await;
        assert!(csv.content_type().starts_with("text/csv"));
        assert_eq!(csv.text().lines().count(), 3, "the header and two answers");

        let admin = h.staff("admin", Role::Admin, None).await;
        let all = h
            .get("/counter/survey?year=2026&lang=en", Some(&admin.cookie))
            .await
            .text();
        assert!(
            all.contains("FY2026 — answers: 3, mean ease: 3.67"),
            "{all}"
        );
        assert!(all.contains("大阪の意見"));
        let next = h
            .get("/counter/survey?year=2027&lang=en", Some(&admin.cookie))
            .await
            .text();
        assert!(next.contains("FY2027 — answers: 1,"));

        // Comments never reach the public page.
        let public = h.get("/scorecard", None).await.text();
        assert!(!public.contains("パスワードが難しい"));
    });
}
