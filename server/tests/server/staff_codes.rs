//! Staff codes: made on the console (shown once, kept as an argon2 hash), given to the office's
//! kiosks in the heartbeat answer, revoked; the assists the kiosks report are logged with the
//! code's owner, kiosk and time.

use axum::http::StatusCode;
use madoguchi_server::auth::verify_password_blocking;
use madoguchi_server::storage::Role;

use crate::on_every_database;
use crate::support::{Harness, NowUnix as _, Staff, TestKiosk, OFFICE_A, OFFICE_B};

const HEARTBEAT: &str = r#"{"version":"0.1.0","queue_depth":0,"last_error":null}"#;

async fn codes_of(h: &Harness, kiosk: &TestKiosk) -> Vec<(String, String)> {
    let answer = h
        .post_json(
            "/api/v1/kiosks/heartbeat",
            Some(&kiosk.token),
            &[],
            HEARTBEAT,
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    answer.json()["staff_codes"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap_or_default().to_owned(),
                c["hash"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

/// Makes a code for `name` on the console; the code as the page shows it once.
async fn make(h: &Harness, staff: &Staff, name: &str) -> String {
    let page = h
        .post_form(
            "/counter/staff-codes",
            Some(&staff.cookie),
            &[("csrf", &staff.csrf), ("name", name)],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text());
    let html = page.text();
    let marker = "data-testid=\"staff-code\">";
    let start = html.find(marker).expect("the code is shown") + marker.len();
    html[start..start + 8].to_owned()
}

#[tokio::test]
async fn codes_reach_their_office_s_kiosks_and_leave_when_revoked() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let elsewhere = h.enrol(OFFICE_B, "osaka-01").await;
        let staff = h.staff("codes-a", Role::Staff, Some(OFFICE_A)).await;
        assert!(codes_of(&h, &kiosk).await.is_empty());

        let code = make(&h, &staff, "窓口係・北村").await;
        assert!(code.bytes().all(|b| b.is_ascii_digit()), "{code}");
        let codes = codes_of(&h, &kiosk).await;
        assert_eq!(codes.len(), 1);
        let (id, hash) = codes[0].clone();
        assert!(hash.starts_with("$argon2"), "only the hash travels: {hash}");
        assert!(verify_password_blocking(&code, &hash));
        assert!(
            codes_of(&h, &elsewhere).await.is_empty(),
            "not another office's"
        );
        // The list page never shows the code again.
        let list = h.get("/counter/staff-codes", Some(&staff.cookie)).await;
        assert!(list.text().contains("窓口係・北村"));
        assert!(!list.text().contains(&code));

        // An assist is logged once, with who, where and when.
        let at = h.clock.now_unix();
        let body = serde_json::json!({ "staff_id": id, "at": at }).to_string();
        let t = Some(kiosk.token.as_str());
        let first = h.post_json("/api/v1/kiosks/assists", t, &[], &body).await;
        assert_eq!(first.status, StatusCode::CREATED, "{}", first.text());
        let again = h.post_json("/api/v1/kiosks/assists", t, &[], &body).await;
        assert_eq!(again.status, StatusCode::OK);
        h.post_json("/api/v1/kiosks/assists", Some(&elsewhere.token), &[], &body)
            .await
            .assert_problem(422, "invalid-body");
        let unknown = serde_json::json!({ "staff_id": "sc_nobody", "at": at }).to_string();
        h.post_json("/api/v1/kiosks/assists", t, &[], &unknown)
            .await
            .assert_problem(422, "invalid-body");
        let list = h.get("/counter/staff-codes", Some(&staff.cookie)).await;
        let html = list.text();
        assert_eq!(
            html.matches("data-testid=\"staff-assist-row\"").count(),
            1,
            "{html}"
        );
        assert!(html.contains("iidabashi-01"));

        // Another office's staff cannot revoke it; its own can.
        let other = h.staff("codes-b", Role::Staff, Some(OFFICE_B)).await;
        let revoke = format!("/counter/staff-codes/{id}/revoke");
        let refused = h
            .post_form(&revoke, Some(&other.cookie), &[("csrf", &other.csrf)])
            .await;
        assert_eq!(refused.status, StatusCode::NOT_FOUND);
        assert_eq!(codes_of(&h, &kiosk).await.len(), 1);
        let done = h
            .post_form(&revoke, Some(&staff.cookie), &[("csrf", &staff.csrf)])
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER);
        assert!(
            codes_of(&h, &kiosk).await.is_empty(),
            "revoked codes leave the kiosks"
        );
    });
}

#[tokio::test]
async fn a_bad_name_is_refused_with_a_message() {
    on_every_database!(|h| {
        let staff = h.staff("codes-a", Role::Staff, Some(OFFICE_A)).await;
        let page = h
            .post_form(
                "/counter/staff-codes",
                Some(&staff.cookie),
                &[("csrf", &staff.csrf), ("name", "  ")],
            )
            .await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.text().contains("data-testid=\"staff-code\""));
        assert!(page.text().contains("role=\"alert\""));
    });
}
